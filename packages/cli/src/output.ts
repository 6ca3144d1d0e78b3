/**
 * Plain-text output that works in any console, a Windows one included: colour only on a TTY
 * (and never with NO_COLOR), progress lines only on a TTY, and messages in zh-CN or en.
 */
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

/** The colour codes this module writes itself; every other control character is shown, not obeyed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const OWN_SGR = /(\x1b\[(?:0|2|31|32|33)m)/;

/**
 * Text from spreadsheets and feeds is untrusted: an escape sequence in a cell could clear the
 * screen, fake a "✔ 已导入" line or plant a hyperlink. Control characters other than a line break
 * and a tab are written as visible escapes (`\x1b`, `\r`, `\u009b`).
 */
export function escapeControls(text: string): string {
  return text
    .split(OWN_SGR)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : // eslint-disable-next-line no-control-regex -- matching control characters is the point here
          part.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => {
            const code = c.charCodeAt(0);
            return code === 13
              ? '\\r'
              : code < 0x80
                ? `\\x${code.toString(16).padStart(2, '0')}`
                : `\\u${code.toString(16).padStart(4, '0')}`;
          }),
    )
    .join('');
}

/** One line of untrusted text: its own line breaks are shown as \n, so it cannot fake the next line. */
export const oneLine = (text: string) => text.replace(/\r?\n/g, '\\n');

export function createOutput(
  lang: Lang,
  streams: OutputStreams = process,
  env: Record<string, string | undefined> = process.env,
): Output {
  const colour = Boolean(streams.stdout.isTTY) && !env.NO_COLOR;
  const paint = (code: number) => (s: string) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) streams.stderr.write('\r\x1b[K');
    progressShown = false;
  };
  return {
    lang,
    out: (line = '') => {
      clearProgress();
      streams.stdout.write(escapeControls(line) + '\n');
    },
    err: (line = '') => {
      clearProgress();
      streams.stderr.write(escapeControls(line) + '\n');
    },
    progress: (line) => {
      if (!streams.stderr.isTTY) return;
      streams.stderr.write(`\r\x1b[K${escapeControls(oneLine(line))}`);
      progressShown = true;
    },
    red: paint(31),
    yellow: paint(33),
    green: paint(32),
    dim: paint(2),
    t: (zh, en) => (lang === 'en' ? en : zh),
  };
}
