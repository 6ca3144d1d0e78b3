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
      streams.stdout.write(line + '\n');
    },
    err: (line = '') => {
      clearProgress();
      streams.stderr.write(line + '\n');
    },
    progress: (line) => {
      if (!streams.stderr.isTTY) return;
      streams.stderr.write(`\r\x1b[K${line}`);
      progressShown = true;
    },
    red: paint(31),
    yellow: paint(33),
    green: paint(32),
    dim: paint(2),
    t: (zh, en) => (lang === 'en' ? en : zh),
  };
}
