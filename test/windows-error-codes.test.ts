import { describe, expect, it } from 'vitest';
import {
  decodeWindowsCode,
  describeWindowsCodes,
  findWindowsCodes,
  formatExitCode,
  formatWindowsCode,
  hexOf,
  windowsCodes,
} from '../src/windows/error-codes.js';

describe('decodeWindowsCode', () => {
  it.each([
    [3221225781, 'STATUS_DLL_NOT_FOUND'],
    [-1073741515, 'STATUS_DLL_NOT_FOUND'],
    [0xc0000135, 'STATUS_DLL_NOT_FOUND'],
    [3221225786, 'STATUS_CONTROL_C_EXIT'],
    [-1073741510, 'STATUS_CONTROL_C_EXIT'],
    [-1073741511, 'STATUS_ENTRYPOINT_NOT_FOUND'],
    [3221225794, 'STATUS_DLL_INIT_FAILED'],
    [1073807364, 'DBG_TERMINATE_PROCESS'],
    [0xc0370101, 'HCS_E_IMAGE_MISMATCH'],
    [0x80370101, 'HCS_E_IMAGE_MISMATCH'],
    [0xc0370106, 'HCS_E_UNEXPECTED_EXIT'],
    [0xc0370112, 'HCS_E_INVALID_LAYER'],
    [0x803b002f, 'HCN_E_ADDR_INVALID_OR_RESERVED'],
    [0x803b0001, 'HCN_E_NETWORK_NOT_FOUND'],
    [0x8007007e, 'ERROR_MOD_NOT_FOUND'],
    [0x8007000e, 'ERROR_OUTOFMEMORY'],
    [0x80070057, 'ERROR_INVALID_PARAMETER'],
    [0xc0351000, 'ERROR_HV_NOT_PRESENT'],
    // HRESULT_FROM_NT: the NT facility bit on top of an NTSTATUS, as hcsshim prints it.
    [3489792023, 'RPC_NT_SERVER_UNAVAILABLE'],
  ])('%s is %s', (value, name) => {
    expect(decodeWindowsCode(value)?.name).toBe(name);
  });

  it('reads small numbers as Win32 errors only when asked to', () => {
    expect(decodeWindowsCode(0x57)).toBeUndefined();
    expect(decodeWindowsCode(0x57, { win32: true })?.name).toBe('ERROR_INVALID_PARAMETER');
    expect(decodeWindowsCode(65, { win32: true })?.name).toBe('ERROR_NETWORK_ACCESS_DENIED');
    expect(decodeWindowsCode(0, { win32: true })).toBeUndefined();
    expect(decodeWindowsCode(1)).toBeUndefined();
  });

  it('knows nothing of values outside the table', () => {
    expect(decodeWindowsCode(0xc0ffee00)).toBeUndefined();
    expect(decodeWindowsCode(0x80079999)).toBeUndefined();
    expect(decodeWindowsCode(1.5)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('shows exit codes in decimal and hex with their name', () => {
    expect(formatExitCode(3221225781)).toBe('3221225781 (0xC0000135 STATUS_DLL_NOT_FOUND)');
    expect(formatExitCode(-1073741510)).toBe('-1073741510 (0xC000013A STATUS_CONTROL_C_EXIT)');
    expect(formatExitCode(1073807364)).toBe('1073807364 (0x40010004 DBG_TERMINATE_PROCESS)');
  });

  it('names HRESULTs and the Win32 error numbers Windows programs exit with', () => {
    expect(formatExitCode(-2147024894)).toBe('-2147024894 (0x80070002 ERROR_FILE_NOT_FOUND)');
    expect(formatExitCode(2147942405)).toBe('2147942405 (0x80070005 ERROR_ACCESS_DENIED)');
    expect(formatExitCode(5)).toBe('5 (0x5 ERROR_ACCESS_DENIED)');
    expect(formatExitCode(1455)).toBe('1455 (0x5AF ERROR_COMMITMENT_LIMIT)');
  });

  it('keeps ordinary exit codes plain and shows unknown status-range codes in hex', () => {
    expect(formatExitCode(1)).toBe('1');
    expect(formatExitCode(137)).toBe('137');
    expect(formatExitCode(-1)).toBe('-1 (0xFFFFFFFF)');
    expect(formatExitCode(4294967295)).toBe('4294967295 (0xFFFFFFFF)');
  });

  it('formats Win32 numbers in their short form', () => {
    expect(formatWindowsCode(87, { win32: true })).toBe('87 (0x57 ERROR_INVALID_PARAMETER)');
    expect(hexOf(0xc0370101)).toBe('0xC0370101');
    expect(hexOf(0x57)).toBe('0x57');
  });
});

describe('findWindowsCodes', () => {
  it('finds the HCS code of an OS mismatch event', () => {
    const text =
      'failure in a Windows system call: The operating system of the container does not match the operating system of the host. (0xc0370101) extra info: {"SystemType":"Container"}';
    const found = findWindowsCodes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: '0xc0370101', form: 'hex', value: 0xc0370101 });
    expect(found[0]!.code?.name).toBe('HCS_E_IMAGE_MISMATCH');
    expect(text.slice(found[0]!.index, found[0]!.index + 10)).toBe('0xc0370101');
  });

  it('finds decimal and negative exit codes', () => {
    expect(findWindowsCodes('the container just exists with exit code -1073741515').map((f) => [f.form, f.code?.name])).toEqual([
      ['negative', 'STATUS_DLL_NOT_FOUND'],
    ]);
    expect(findWindowsCodes('Last State: Terminated, Exit Code: 3221225786').map((f) => f.code?.name)).toEqual(['STATUS_CONTROL_C_EXIT']);
    expect(findWindowsCodes('hcsshim::CreateComputeSystem a7d2: winapi error #3489792023.').map((f) => f.code?.name)).toEqual([
      'RPC_NT_SERVER_UNAVAILABLE',
    ]);
  });

  it('reads short hex and worded Win32 errors', () => {
    const hns = findWindowsCodes('hnsCall failed in Win32: An address provided is invalid or reserved. (0x803b002f)');
    expect(hns.map((f) => f.code?.name)).toEqual(['HCN_E_ADDR_INVALID_OR_RESERVED']);
    const docker = findWindowsCodes('failure in a Windows system call: The parameter is incorrect. (0x57)');
    expect(docker.map((f) => f.code?.name)).toEqual(['ERROR_INVALID_PARAMETER']);
    const smb = findWindowsCodes('+ FullyQualifiedErrorId : Windows System Error 65,New-SmbGlobalMapping');
    expect(smb.map((f) => [f.form, f.text, f.code?.name])).toEqual([['win32-decimal', '65', 'ERROR_NETWORK_ACCESS_DENIED']]);
  });

  it('reports an unknown error-severity code without a name, and ignores ordinary numbers', () => {
    const found = findWindowsCodes('CreateContainer failed (0xc0ffee00) after 2694484453 bytes; WAIT_HINT : 0x7d0; exit 0 (0x0)');
    expect(found.map((f) => [f.text, f.code])).toEqual([['0xc0ffee00', undefined]]);
  });

  it('does not read memory addresses or long hex ids as codes', () => {
    expect(findWindowsCodes('UNEXPECTED_KERNEL_MODE_TRAP 0xFFFFAD8068589EF0 0x0000000000000008')).toEqual([]);
  });

  it('returns codes in order of appearance', () => {
    const found = findWindowsCodes('exit code 3221225781 then (0xc0370106)');
    expect(found.map((f) => f.code?.name)).toEqual(['STATUS_DLL_NOT_FOUND', 'HCS_E_UNEXPECTED_EXIT']);
  });
});

describe('describeWindowsCodes', () => {
  it('gives one line per distinct known code', () => {
    const lines = describeWindowsCodes('exit code 3221225781, again -1073741515, and 0x8007007E');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^0xC0000135 STATUS_DLL_NOT_FOUND: /);
    expect(lines[1]).toMatch(/^0x8007007E ERROR_MOD_NOT_FOUND: /);
  });
});

describe('the table', () => {
  it('has unique values and names', () => {
    expect(new Set(windowsCodes.map((c) => c.value)).size).toBe(windowsCodes.length);
    expect(new Set(windowsCodes.map((c) => c.name)).size).toBe(windowsCodes.length);
  });

  it('keeps each family in its numeric range', () => {
    for (const code of windowsCodes) {
      if (code.family === 'hcs') expect(code.value >>> 16).toBe(0xc037);
      if (code.family === 'hns') expect(code.value >>> 16).toBe(0x803b);
      if (code.family === 'win32') expect(code.value).toBeLessThan(0x10000);
    }
  });
});

describe('docs/windows-error-codes.md', () => {
  it('matches the table and the causes that list each code (regenerate with: npm run causes)', async () => {
    const { readFileSync } = await import('node:fs');
    const { generatedFiles, windowsCodesPagePath } = await import('../scripts/causes.js');
    const onDisk = readFileSync(windowsCodesPagePath, 'utf8');
    expect(onDisk).toBe((await generatedFiles()).files.get(windowsCodesPagePath));
    for (const code of windowsCodes) expect(onDisk).toContain(`\`${code.name}\``);
    expect(onDisk).toMatch(/\| `HCS_E_IMAGE_MISMATCH` \|[^\n]*\| `image-os-mismatch`, `pause-image-incompatible`/);
  });
});
