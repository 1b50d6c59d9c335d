import { documentedHex, windowsCodes, type WindowsCode, type WindowsCodeFamily } from './error-codes.js';

const sectionTitles: Record<Exclude<WindowsCodeFamily, 'pdh'>, string> = {
  hcs: 'Host Compute Service (HCS)',
  hypervisor: 'Hypervisor',
  hns: 'Host Networking Service (HNS / HCN)',
  win32: 'Win32 errors',
  hresult: 'Generic HRESULT and performance-counter codes',
  ntstatus: 'NTSTATUS values and exit codes',
  exception: 'Exception codes',
};

const introduction = `# Windows error codes

Windows container failures carry numeric status codes: the Host Compute Service (HCS) reports
\`0xC037xxxx\`, the Host Networking Service reports \`0x803Bxxxx\`, Win32 errors appear as small hex
numbers or wrapped as \`0x8007xxxx\`, and a container that dies returns an NTSTATUS value as its exit
code, which Kubernetes shows in decimal (\`3221225781\`) or as a negative number (\`-1073741515\`).
kubectl-windbg finds these codes in events, statuses and logs, names them in the evidence, and shows
exit codes in both forms: \`3221225781 (0xC0000135 STATUS_DLL_NOT_FOUND)\`.

Reading the forms:

- An HCS code may be printed as \`0xC037xxxx\` (the form containerd, hcsshim and Docker print) or as
  the HRESULT \`0x8037xxxx\`; both mean the same condition.
- \`0x8007xxxx\` is a Win32 error wrapped as an HRESULT: \`0x8007007E\` is Win32 error 126.
- A code with the NT facility bit, such as \`0xD0020017\` (hcsshim prints it as
  \`winapi error #3489792023\`), is the NTSTATUS \`0xC0020017\` wrapped as an HRESULT.
- Exit codes above 2147483647 are NTSTATUS or exception codes; Kubernetes may print the same value
  as an unsigned or a signed 32-bit number.

"Points at" names the causes the code most often belongs to (each cause folder lists its codes in
\`windowsCodes\`); it is a hint for the matcher and for the reader, never a verdict on its own.

Sources: the Windows SDK header \`winerror.h\` (HCS_E_* and HCN_E_* values), Microsoft's HCN error code
reference (Host Compute Network API documentation),
[System error codes](https://learn.microsoft.com/windows/win32/debug/system-error-codes),
[NTSTATUS values](https://learn.microsoft.com/openspecs/windows_protocols/ms-erref/596a1078-e883-4972-9bbc-49e60bebca55)
and [HRESULT values](https://learn.microsoft.com/openspecs/windows_protocols/ms-erref/705fb797-2175-4a90-b5a3-3918024b10b8).
The meanings are written for Kubernetes operators; where a code is tied to a cause, the cause page
cites the public reports that showed it.

This page is generated from \`src/windows/error-codes.ts\` and the cause folders: run \`npm run causes\`.
`;

function decimalForms(code: WindowsCode): string {
  if (code.family === 'win32') return String(code.value);
  const unsigned = code.value >>> 0;
  return unsigned >= 0x80000000 ? `${unsigned} / ${unsigned | 0}` : String(unsigned);
}

/** The ids of the causes whose folders list a code name in their windowsCodes. */
export type PointsAt = (codeName: string) => readonly string[];

function row(code: WindowsCode, pointsAt: PointsAt): string {
  const causes = pointsAt(code.name).map((id) => `\`${id}\``).join(', ');
  return `| \`${documentedHex(code)}\` | ${decimalForms(code)} | \`${code.name}\` | ${code.meaning} | ${causes} |`;
}

/** The whole documentation page, as docs/windows-error-codes.md holds it. */
export function windowsErrorCodesPage(pointsAt: PointsAt): string {
  const lines = [introduction];
  let section = '';
  for (const code of windowsCodes) {
    const family = code.family === 'pdh' ? 'hresult' : code.family;
    if (family !== section) {
      section = family;
      lines.push('', `## ${sectionTitles[family]}`, '', '| Code | Decimal | Name | Meaning | Points at |', '| --- | --- | --- | --- | --- |');
    }
    lines.push(row(code, pointsAt));
  }
  return `${lines.join('\n')}\n`;
}
