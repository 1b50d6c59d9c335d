import { defineCause, message, type SignatureDefinition } from '../define.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'noDnsServers',
    pattern: /no dns servers configured/,
    weight: 0.45,
    why: 'the container had no DNS server yet, typical of the first seconds of a Windows container',
  },
  {
    name: 'noSuchHost',
    pattern: /no such host is known/,
    weight: 0.3,
    why: 'a lookup failed; right after a Windows container starts, DNS may not be configured yet',
  },
];

const lookupFailure = /no such host is known|the remote name could not be resolved|no dns servers configured|dns name does not exist|name or service not known|temporary failure in name resolution/i;

/** Seconds between two RFC 3339 times, when both are known. */
function runSeconds(started: string | undefined, finished: string | undefined): number | undefined {
  if (!started || !finished) return undefined;
  const seconds = (Date.parse(finished) - Date.parse(started)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds) : undefined;
}

const cause = defineCause({
  title: 'DNS is not usable in the first moments after a Windows container starts',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-status'],
  explanation:
    'With dockershim and older Windows builds, a Windows container\'s DNS settings can be applied only after its process has started, so name lookups made right at start-up fail ("No such host is known", "No DNS servers configured") and succeed a few seconds later. Init containers and start-up code that call a service immediately are hit most, and the pod recovers after a restart.',
  fix: {
    retryAtStart: 'Make start-up code (or a first init step) retry name resolution for a few seconds before it gives up, instead of failing on the first lookup.',
    moveRuntime: 'Move the node to containerd with HNS v2 CNI plugins and a current Windows build, where the DNS settings are in place when the container starts.',
    readinessGate: 'Keep calls to other services out of the first seconds of the container, or behind a readiness check that waits until DNS answers.',
  },
  messages: {
    pod: 'Container {container} of pod {pod} failed a name lookup {seconds}s after it started; DNS is often not ready yet in the first seconds of a Windows container.',
    ran: 'container {container} ran {seconds}s: {message}',
  },
  references: ['https://github.com/microsoft/Windows-Containers/issues/132', 'https://github.com/Azure/AKS/issues/2213', 'https://github.com/Azure/AKS/issues/1029', 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#dns-windows'],
  signatures,
  symptoms: [
    'Intermittent DNS failures on startup of Windows containers that go away after a few seconds or a restart.',
    'An HTTP request made during container start-up cannot resolve the host until the pod is ready.',
    'The DNS server shows up in ipconfig /all inside the container, but Resolve-DnsName says no DNS servers are configured.',
    'Init containers on Windows fail on name resolution and succeed when retried.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const statuses = [...(pod.pod.status?.initContainerStatuses ?? []), ...(pod.pod.status?.containerStatuses ?? [])];
      for (const status of statuses) {
        const terminated = status.state?.terminated ?? status.lastState?.terminated;
        if (!terminated?.message || !lookupFailure.test(terminated.message)) continue;
        const seconds = runSeconds(terminated.startedAt, terminated.finishedAt);
        if (seconds === undefined || seconds > 60) continue;
        findings.push(
          makeFinding(cause, podTarget(pod.pod), message('pod', { pod: pod.key, container: status.name, seconds }), [
            { source: 'status', text: message('ran', { container: status.name, seconds, message: terminated.message }) },
          ]),
        );
        break;
      }
    }
    return findings;
  },
});

export default cause;
