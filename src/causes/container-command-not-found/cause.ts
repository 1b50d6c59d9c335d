import { defineCause, message } from '../define.js';
import { messageDetector, podContainers } from '../../engine/rule-kit.js';
import type { PodView } from '../../engine/view.js';
import { isHostProcessPod } from '../../windows/pods.js';
import type { Evidence, MessageSignature } from '../../rules/types.js';

/** cmd.exe built-ins: not programs, so Windows cannot start them directly. */
const cmdBuiltins = new Set(['echo', 'dir', 'md', 'mkdir', 'type', 'set', 'copy', 'del', 'cd', 'ren', 'move', 'rd', 'rmdir', 'cls', 'ver', 'exit']);
const linuxShells = new Set(['sh', 'bash', '/bin/sh', '/bin/bash', 'ash']);

const signatures: MessageSignature[] = [
  {
    name: 'createProcessFileMissing',
    pattern: /createprocess\W.{0,160}the system cannot find the (?:file|path) specified/,
    weight: 0.8,
    why: 'Windows could not find the program the container, exec or probe asked to start',
    phases: ['create', 'run', 'any'],
  },
  {
    name: 'applicationNameMissing',
    pattern: /failed to get application name from commandline|failed to find executable/,
    weight: 0.6,
    why: 'the runtime could not resolve the command line to an executable file',
    phases: ['create', 'run', 'any'],
  },
];

/** Spec evidence: commands that Windows cannot start as a program. */
function suspiciousCommands(pod: PodView): Evidence[] {
  const evidence: Evidence[] = [];
  for (const { container } of podContainers(pod.pod)) {
    const first = (container.command ?? container.args ?? [])[0];
    if (!first) continue;
    const word = first.trim().split(/\s+/)[0]!.toLowerCase();
    if (cmdBuiltins.has(word)) evidence.push({ source: 'spec', text: message('builtin', { container: container.name, command: first }) });
    else if (linuxShells.has(word)) evidence.push({ source: 'spec', text: message('linuxShell', { container: container.name, command: first }) });
    else if (/\.ps1$/i.test(word)) evidence.push({ source: 'spec', text: message('script', { container: container.name, command: first }) });
  }
  return evidence;
}

const rule = defineCause({
  title: 'Container command or entrypoint does not exist in the Windows image',
  area: 'pod',
  severity: 'error',
  inputs: ['pod-spec', 'pod-status', 'pod-events'],
  explanation:
    'Windows starts the container process (and every exec or exec probe) directly from the command line, without a shell. ' +
    'A cmd built-in such as echo or dir, a PowerShell script without powershell in front, a shell-form command under containerd, a Linux shell (sh, bash) or a path that is not in the image all fail with "The system cannot find the file specified" when the process is created.',
  fix: {
    useInterpreter: 'Start built-ins and scripts through their interpreter: ["cmd", "/c", "echo hello"], ["powershell", "-File", "C:\\\\app\\\\start.ps1"].',
    jsonForm: 'Write ENTRYPOINT and CMD in JSON (exec) form in the Dockerfile; containerd does not wrap a shell-form command in cmd /S /C.',
    checkPath: 'Check that the program exists in the image at that path (kubectl debug or a test container with the same image).',
    execWindowsShell: 'Exec into Windows pods with cmd or powershell, not sh or bash.',
  },
  messages: {
    builtin: 'container {container} starts "{command}", a cmd built-in that is not a program',
    linuxShell: 'container {container} starts "{command}", a Linux shell that Windows images do not have',
    script: 'container {container} starts the script "{command}" without powershell',
    pod: 'Pod {pod} asks Windows to start a program that is not in the image.',
  },
  references: ['https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-docker/manage-windows-dockerfile', 'https://github.com/containerd/containerd/issues/5188'],
  signatures,
  symptoms: [
    'The system cannot find the file specified when the container starts',
    'kubectl exec into a Windows pod fails',
    'exec liveness probe fails on Windows with CreateProcess error',
    'the command works with docker but not with containerd',
    'the pod fails because the executable in the command does not exist in the Windows image',
    'the container cannot start, the entrypoint path is wrong',
  ],
  detect: messageDetector({
    scheduledOnly: true,
    accept: (_hit, pod) => pod !== undefined && !isHostProcessPod(pod.pod),
    extraEvidence: (pod) => (pod ? suspiciousCommands(pod) : []),
  }),
});

export default rule;
