/** A tiny ANSI styling helper. Styling is decided once by the caller (TTY, --no-color, NO_COLOR). */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

function wrap(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const identity = (text: string): string => text;

export function colors(enabled: boolean): Colors {
  if (!enabled) {
    return { red: identity, yellow: identity, cyan: identity, green: identity, bold: identity, dim: identity };
  }
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
  };
}

/**
 * Whether to colour output written to a stream: only on a TTY, never with --no-color or when the
 * NO_COLOR environment variable is set to anything non-empty (https://no-color.org).
 */
export function shouldUseColor(opts: { isTTY: boolean; noColorFlag: boolean; env: Readonly<Record<string, string | undefined>> }): boolean {
  if (opts.noColorFlag) return false;
  const noColor = opts.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return opts.isTTY;
}

/** Removes styling, for width maths and for comparing output. */
const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;
export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}
