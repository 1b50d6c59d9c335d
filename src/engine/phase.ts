import type { Phase } from '../rules/types.js';

/**
 * Where in a pod's life a message was produced. The same words ("operating system does not
 * match the host") mean a broken pause image during sandbox creation and a mismatched workload
 * image during container creation, so every timeline entry carries its phase.
 */

const phaseByReason: Readonly<Record<string, Phase>> = {
  failedscheduling: 'schedule',
  unschedulable: 'schedule',
  scheduled: 'schedule',
  failedmount: 'mount',
  failedattachvolume: 'mount',
  failedmapvolume: 'mount',
  failedcreatepodsandbox: 'sandbox',
  sandboxchanged: 'sandbox',
  failedcreatepodcontainer: 'sandbox',
  failedkillpod: 'sandbox',
  errimagepull: 'pull',
  imagepullbackoff: 'pull',
  errimageneverpull: 'pull',
  invalidimagename: 'pull',
  pulling: 'pull',
  pulled: 'pull',
  failedtoinspectimage: 'pull',
  createcontainererror: 'create',
  createcontainerconfigerror: 'create',
  precreatehookerror: 'create',
  created: 'create',
  crashloopbackoff: 'run',
  runcontainererror: 'run',
  postarthookerror: 'run',
  poststarthookerror: 'run',
  started: 'run',
  oomkilled: 'run',
  error: 'run',
  completed: 'run',
  containercannotrun: 'run',
  killing: 'run',
  unhealthy: 'run',
};

/**
 * Phase from message wording alone (normalised text). Sandbox wording wins over container wording
 * because sandbox errors often quote the container call that failed inside them
 * ("failed to start sandbox container ... error during CreateContainer").
 */
export function phaseFromText(normalized: string): Phase | undefined {
  if (/failedcreatepodsandbox|pod sandbox|sandbox container|startsandbox|runpodsandbox|start sandbox|sandbox image|\bsandbox\b/.test(normalized)) {
    return 'sandbox';
  }
  if (/failedscheduling|nodes are available|untolerated taint|didnt match/.test(normalized)) return 'schedule';
  if (/failedmount|mountvolume|unable to attach or mount|timed out waiting for the condition.*volume/.test(normalized)) return 'mount';
  if (/errimagepull|imagepullbackoff|failed to pull|pulling image|pull image|pullimage|pull and unpack|back-off pulling|no matching manifest|no match for platform in manifest/.test(normalized)) {
    return 'pull';
  }
  if (/back-off restarting|crashloopbackoff|runcontainererror/.test(normalized)) return 'run';
  if (/createcontainererror|failed to create containerd container|failed to create containerd task|createcontainer\b|error during createcontainer|failed to start container|failed to create container|starting container process|error: failed to create/.test(normalized)) {
    return 'create';
  }
  return undefined;
}

/** Phase of a pod timeline entry: the reason decides when it is specific, the wording otherwise. */
export function inferPhase(reason: string, normalized: string): Phase {
  const byReason = phaseByReason[reason.toLowerCase()];
  // "Failed" and "BackOff" are used by the kubelet for pulls, creates and runs alike.
  if (byReason) return byReason;
  return phaseFromText(normalized) ?? 'any';
}
