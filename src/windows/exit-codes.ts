/**
 * Windows process exit codes as people look them up: an NTSTATUS or HRESULT is a 32-bit value that
 * Kubernetes reports as a decimal (signed or unsigned, depending on who converted it), while every
 * Microsoft page and forum thread spells it in hex.
 */

/** A name for an exit code, looked up by its unsigned 32-bit value. */
export type ExitCodeNamer = (unsigned: number) => string | undefined;

/** The unsigned 32-bit value of an exit code (-1073741510 and 3221225786 are both 0xC000013A). */
export function unsignedExitCode(code: number): number {
  return code >>> 0;
}

/** "0xC000013A": eight upper-case hex digits, the way Windows documentation prints them. */
export function exitCodeHex(code: number): string {
  return `0x${unsignedExitCode(code).toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * Exit codes below 256 are ordinary program results (1, 2, 137): hex adds nothing to them.
 * Anything larger, or negative, is a 32-bit status code worth showing in hex.
 */
export function isStatusCode(code: number): boolean {
  return code < 0 || code > 0xff;
}

/** "3221225786 (0xC000013A STATUS_CONTROL_C_EXIT)"; "1" stays "1" unless the namer knows it. */
export function formatExitCode(code: number, nameOf: ExitCodeNamer = () => undefined): string {
  if (!Number.isInteger(code)) return String(code);
  const name = nameOf(unsignedExitCode(code));
  if (!isStatusCode(code)) return name ? `${code} (${name})` : String(code);
  return `${code} (${exitCodeHex(code)}${name ? ` ${name}` : ''})`;
}

/** Reads "0xC000013A", "C000013A", "3221225786" or "-1073741510" back into the unsigned value. */
export function parseExitCode(text: string): number | undefined {
  const trimmed = text.trim();
  const hex = /^(?:0x)?([0-9a-f]{1,8})$/i.exec(trimmed);
  if (/^0x/i.test(trimmed) && hex) return Number.parseInt(hex[1]!, 16) >>> 0;
  if (/^-?\d+$/.test(trimmed)) {
    const value = Number(trimmed);
    if (value < -0x80000000 || value > 0xffffffff) return undefined;
    return value >>> 0;
  }
  if (hex && /[a-f]/i.test(trimmed) && trimmed.length === 8) return Number.parseInt(hex[1]!, 16) >>> 0;
  return undefined;
}
