import { defineCause, message } from '../define.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { PodView } from '../../engine/view.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';
import { decodeWindowsCode, formatExitCode } from '../../windows/error-codes.js';

const missingDllStatuses = new Set(['STATUS_DLL_NOT_FOUND', 'STATUS_ENTRYPOINT_NOT_FOUND']);

const signatures: MessageSignature[] = [
  {
    name: 'dllNotFoundException',
    pattern: /dllnotfoundexception|unable to load dll .{1,80}(?:could not be found|module could not be found|procedure could not be found)/,
    weight: 0.7,
    why: 'the program could not load a DLL it depends on',
    phases: ['run', 'any'],
  },
  {
    name: 'procedureNotFound',
    pattern: /failed to find \S+ procedure in \S+\.dll|the specified procedure could not be found/,
    weight: 0.55,
    why: 'a DLL in the image lacks a function the program imports, typical of nanoserver',
    phases: ['run', 'any'],
  },
  {
    name: 'exitCodeDllNotFound',
    pattern: /exit code:? (?:3221225781|-1073741515)\b/,
    weight: 0.85,
    why: 'the container exited with STATUS_DLL_NOT_FOUND (0xC0000135)',
  },
];

/** Containers whose current or last termination carries a missing-DLL status. */
function missingDllExits(pod: PodView): Evidence[] {
  const evidence: Evidence[] = [];
  for (const status of [...(pod.pod.status?.initContainerStatuses ?? []), ...(pod.pod.status?.containerStatuses ?? [])]) {
    for (const terminated of [status.state?.terminated, status.lastState?.terminated]) {
      const code = terminated?.exitCode;
      if (code === undefined || !missingDllStatuses.has(decodeWindowsCode(code)?.name ?? '')) continue;
      evidence.push({ source: 'status', text: message('exited', { container: status.name, code: formatExitCode(code), image: status.image ?? '' }) });
      break;
    }
  }
  return evidence;
}

const rule = defineCause({
  title: 'Container exits because a DLL or API is missing from the image',
  area: 'pod',
  severity: 'error',
  inputs: ['pod-status', 'pod-events'],
  explanation:
    'The container\'s program ends as soon as it starts because Windows cannot load a DLL it needs: exit code 3221225781 (0xC0000135 STATUS_DLL_NOT_FOUND, shown as -1073741515) or 3221225785 (0xC0000139 STATUS_ENTRYPOINT_NOT_FOUND). ' +
    'It happens when an application moves from servercore to the much smaller nanoserver base, or when a runtime it needs (Visual C++ redistributable, a native library) is not in the image.',
  fix: {
    findMissingDll: 'Find the missing DLL: run the program in a servercore container, or trace it with Process Monitor on the host (failed loads show as NAME NOT FOUND) or with loader snaps.',
    useServercore: 'Use a servercore base image when the program needs APIs that nanoserver does not have.',
    addRuntime: 'Or add the missing runtime or DLLs to the image (install the Visual C++ redistributable in a build stage and copy the DLLs).',
  },
  messages: {
    exited: 'container {container} ({image}) exited with {code}',
    pod: 'Pod {pod} exits at start because a DLL it needs is not in the image.',
  },
  windowsCodes: ['ERROR_MOD_NOT_FOUND', 'ERROR_PROC_NOT_FOUND', 'STATUS_DLL_NOT_FOUND', 'STATUS_ENTRYPOINT_NOT_FOUND'],
  references: [
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-base-images',
    'https://github.com/microsoft/Windows-Containers/issues/564',
  ],
  signatures,
  symptoms: [
    'container exits immediately with exit code 3221225781',
    'pod crashes after switching from servercore to nanoserver',
    'exit code -1073741515 with no logs',
    'DllNotFoundException in a Windows container',
    'the application crashes at start because a DLL is missing from the nanoserver image',
    'the container exits right away without any log output',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const exits = missingDllExits(pod);
      if (exits.length === 0) continue;
      findings.push(makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), exits));
    }
    return findings;
  },
});

export default rule;
