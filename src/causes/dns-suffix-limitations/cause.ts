import { defineCause, message } from '../define.js';
import { officialPages, withDetail } from '../../engine/rule-kit.js';
import type { PodView } from '../../engine/view.js';
import { podKey } from '../../probes/facts.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'windowsPodGets',
    pattern: /connection-specific dns suffix[ .:]*[\w-]+\.svc\.cluster\.local/,
    weight: 0.45,
    why: 'a Windows pod gets only its own namespace as DNS suffix, so partially qualified names do not resolve',
  },
  {
    name: 'dnspolicyClusterfirstwithhostnetSupported',
    pattern: /clusterfirstwithhostnet.{0,80}(?:not supported|windows)/,
    weight: 0.6,
    why: 'dnsPolicy ClusterFirstWithHostNet is not supported for Windows pods',
  },
];

function isWindowsPod(pod: PodView): boolean {
  return pod.node !== undefined || pod.pod.spec?.os?.name?.toLowerCase() === 'windows';
}

const rule = defineCause({
  title: 'Windows DNS limits: one search suffix, no ClusterFirstWithHostNet',
  area: 'network',
  // The pod spec is what to change.
  rootTarget: 'workload',
  severity: 'warning',
  inputs: ['pod-spec', 'pod-probe'],
  probe: 'partial',
  explanation:
    'A Windows pod gets a single DNS suffix, the one of its own namespace (<namespace>.svc.cluster.local). Partially qualified names such as kubernetes.default or svc.other-namespace ' +
    'therefore do not resolve, while fully qualified names and bare names inside the namespace do. The dnsPolicy ClusterFirstWithHostNet is not supported on Windows.',
  fix: {
    useFullyQualified: 'Use fully qualified names (<service>.<namespace>.svc.cluster.local) for services in other namespaces, or the bare service name inside the same namespace.',
    replaceDnspolicyClusterfirstwithhostnet: 'Replace dnsPolicy ClusterFirstWithHostNet on Windows pods with ClusterFirst (or Default for host DNS).',
    testNameResolution: 'Test name resolution with Resolve-DnsName inside the pod (nslookup bypasses parts of the Windows resolver).',
  },
  messages: {
    hostNetPolicy: 'dnsPolicy: ClusterFirstWithHostNet (not supported on Windows)',
    resolves: '{target} resolves',
    doesNotResolve: '{target} does not resolve',
    singleSuffix: 'Pod {pod} resolves fully qualified names only: Windows pods get a single DNS suffix ({suffix}).',
    hostNetPod: 'Pod {pod} uses dnsPolicy ClusterFirstWithHostNet, which Windows does not support.',
  },
  advisory: true,
  symptoms: [
    'short service names do not resolve from a Windows pod but the full svc.cluster.local name does',
    'a Windows pod cannot resolve a service in another namespace by service.namespace',
    'only one DNS search suffix is configured inside the Windows container',
    'dnsPolicy ClusterFirstWithHostNet does not work on Windows, the hostNetwork pod gets the node DNS',
    'the application uses the short name of a service and fails on Windows but works on Linux',
    'name resolution in Windows pods only works with the fully qualified service name',
    'cross namespace service names do not resolve in Windows containers',
    'StatefulSet pod names under a headless service do not resolve from Windows pods unless fully qualified',
  ],
  references: [officialPages.dnsForWindows, officialPages.windowsNetworking, officialPages.windowsDebugging],
  signatures,
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!isWindowsPod(pod)) continue;
      const evidence: Evidence[] = [];
      if (pod.pod.spec?.dnsPolicy === 'ClusterFirstWithHostNet') {
        evidence.push({ source: 'spec', text: message('hostNetPolicy') });
      }
      const facts = ctx.podFacts.get(podKey(pod.namespace, pod.name));
      const partialFails = facts?.dnsFqdn?.ok === true && facts.dnsPartial?.ok === false;
      if (partialFails) {
        evidence.push({ source: 'probe', text: message('resolves', { target: facts.dnsFqdn!.target }) });
        evidence.push({ source: 'probe', text: withDetail(message('doesNotResolve', { target: facts.dnsPartial!.target }), facts.dnsPartial!.detail) });
      }
      if (evidence.length === 0) continue;
      const summary = partialFails
        ? message('singleSuffix', { pod: pod.key, suffix: `${pod.namespace}.svc.cluster.local` })
        : message('hostNetPod', { pod: pod.key });
      findings.push(makeFinding(rule, podTarget(pod.pod), summary, evidence));
    }
    return findings;
  },
});

export default rule;
