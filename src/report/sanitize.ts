/**
 * Terminal safety for text that came from the cluster or from a file (event and status messages,
 * names, annotations, probe output, --from content). A terminal acts only on control characters,
 * so every one of them is replaced by a visible stand-in before the text reaches a human format:
 *
 *   - C0 controls (0x00-0x1F) become their Unicode "control pictures": ESC -> ␛, BEL -> ␇, ...
 *     With ESC gone, CSI (ESC [), OSC (ESC ]), DCS and every other sequence is inert text.
 *   - DEL becomes ␡; C1 controls (0x80-0x9F, where 0x9B is a one-byte CSI and 0x9D a one-byte
 *     OSC) and the bidirectional overrides that reorder what is displayed become \u escapes.
 *   - Line breaks: CRLF and the Unicode separators become LF; a lone CR (which would let text
 *     overwrite the line it is on) becomes LF too. Tabs become one space. In single-line mode
 *     (table cells, titles) every line break becomes " ⏎ " so text cannot start a fake line.
 *
 * JSON and YAML output keep their own escaping instead (see escapeJsonControls).
 */

export interface TerminalSafeOptions {
  /** Keep line breaks (normalised to LF); otherwise they are shown as " ⏎ ". */
  multiline?: boolean;
  /**
   * For text written as it is (stderr messages, where no renderer indents continuation lines):
   * CRLF stays CRLF and a lone CR is shown as ␍, so it neither overwrites the line nor starts one.
   */
  stream?: boolean;
}

const controlPictureBase = 0x2400;
const lineBreak = /\r\n|[\r\u2028\u2029\u0085]/g;
// Anything a terminal or a bidi-aware renderer could act on, except LF, which is handled per mode.
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const anyUnsafe = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

function visible(character: string): string {
  const code = character.charCodeAt(0);
  if (code === 0x09) return ' ';
  if (code < 0x20) return String.fromCharCode(controlPictureBase + code);
  if (code === 0x7f) return '\u2421';
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every control character made visible and line breaks normalised. */
export function terminalSafe(text: string, opts: TerminalSafeOptions = {}): string {
  if (!anyUnsafe.test(text)) return text;
  if (opts.stream === true) {
    return text
      .split('\r\n')
      .map((part) => part.replace(/\r/g, '\u240D').replace(/[\u2028\u2029\u0085]/g, '\n').replace(unsafe, visible))
      .join('\r\n');
  }
  const lines = text.replace(lineBreak, '\n').replace(unsafe, visible);
  return opts.multiline === true ? lines : lines.replace(/\n/g, ' \u23CE ');
}

/** Fields whose line breaks renderers keep, indenting the lines that follow. */
const multilineFields = new Set(['message', 'text']);

/**
 * A copy of a value (plain objects and arrays) whose every string went through terminalSafe, for
 * renderers that take a whole report. `message` and evidence `text` keep their line breaks (the
 * renderers indent continuation lines, so a line break cannot pose as a line of the report); every
 * other string (names, titles, notes, header values) is made single-line.
 */
export function terminalSafeDeep<T>(value: T): T {
  return deep(value, undefined) as T;
}

function deep(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') return terminalSafe(value, { multiline: key !== undefined && multilineFields.has(key) });
  if (Array.isArray(value)) return value.map((item) => deep(item, key));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) out[name] = deep(item, name);
    return out;
  }
  return value;
}

// eslint-disable-next-line no-control-regex
const rawInJson = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** True when the text holds a character JSON.stringify (and yaml) would write raw but a terminal may act on. */
export function hasRawControls(text: string): boolean {
  rawInJson.lastIndex = 0;
  return rawInJson.test(text);
}

/**
 * JSON.stringify escapes C0 controls but writes DEL, C1 controls, the Unicode line separators and
 * bidi overrides raw; this escapes those as \u escapes too, so JSON printed on a terminal is inert and
 * still parses to exactly the same strings. (The same escape is valid in a double-quoted YAML string.)
 */
export function escapeJsonControls(json: string): string {
  return json.replace(rawInJson, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
