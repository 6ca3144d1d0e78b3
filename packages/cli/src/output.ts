/**
 * Plain-text output that works in any console, a Windows one included: colour only on a TTY
 * (and never with NO_COLOR), progress lines only on a TTY, and messages in zh-CN or en.
 */
import { randomBytes } from 'node:crypto';
import type { Lang } from '@gongkai/sdk';

export interface Output {
  lang: Lang;
  out(line?: string): void;
  err(line?: string): void;
  /** Overwrites one status line on a TTY; silent otherwise. */
  progress(line: string): void;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  /** zh-CN or en, whichever the user asked for. */
  t(zh: string, en: string): string;
}

export interface OutputStreams {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

/**
 * Our own colour is written as a marker that no file can contain (a random token made per run) and
 * turned into its escape code only when the line is printed: a cell holding the very bytes of our
 * green (`ESC[32m`) is shown as text like any other escape, and with NO_COLOR nothing is coloured.
 */
const MARK = `\u{F8FF}${randomBytes(8).toString('hex')}:`;
const OWN_COLOUR = new RegExp(`${MARK}(\\d+)m`);

/**
 * Text from spreadsheets and feeds is untrusted: an escape sequence in a cell could clear the
 * screen, fake a "✔ 已导入" line or plant a hyperlink. Every control character other than a line
 * break and a tab is written as a visible escape (`\x1b`, `\r`, `\u009b`), so no sequence is obeyed.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code === 13
      ? '\\r'
      : code < 0x80
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A line for the terminal: untrusted text escaped, then our own colour markers made real. */
const terminalLine = (line: string) =>
  line
    .split(OWN_COLOUR)
    .map((part, i) => (i % 2 === 1 ? `\x1b[${part}m` : escapeControls(part)))
    .join('');

/** One line of untrusted text: its own line breaks are shown as \n, so it cannot fake the next line. */
export const oneLine = (text: string) => text.replace(/\r?\n/g, '\\n');

export function createOutput(
  lang: Lang,
  streams: OutputStreams = process,
  env: Record<string, string | undefined> = process.env,
): Output {
  const colour = Boolean(streams.stdout.isTTY) && !env.NO_COLOR;
  const paint = (code: number) => (s: string) => (colour ? `${MARK}${code}m${s}${MARK}0m` : s);
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) streams.stderr.write('\r\x1b[K');
    progressShown = false;
  };
  return {
    lang,
    out: (line = '') => {
      clearProgress();
      streams.stdout.write(terminalLine(line) + '\n');
    },
    err: (line = '') => {
      clearProgress();
      streams.stderr.write(terminalLine(line) + '\n');
    },
    progress: (line) => {
      if (!streams.stderr.isTTY) return;
      streams.stderr.write(`\r\x1b[K${terminalLine(oneLine(line))}`);
      progressShown = true;
    },
    red: paint(31),
    yellow: paint(33),
    green: paint(32),
    dim: paint(2),
    t: (zh, en) => (lang === 'en' ? en : zh),
  };
}
