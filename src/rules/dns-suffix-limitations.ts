import { officialPages } from '../engine/rule-kit.js';
import type { PodView } from '../engine/view.js';
import { podKey } from '../probes/facts.js';
import { makeFinding, podTarget } from './finding.js';
import type { Evidence, Finding, MessageSignature, Rule, RuleContext } from './types.js';

const signatures: MessageSignature[] = [
  {
    pattern: /connection-specific dns suffix[ .:]*[\w-]+\.svc\.cluster\.local/,
    weight: 0.45,
    why: 'a Windows pod gets only its own namespace as DNS suffix, so partially qualified names do not resolve',
  },
  {
    pattern: /clusterfirstwithhostnet.{0,80}(?:not supported|windows)/,
    weight: 0.6,
    why: 'dnsPolicy ClusterFirstWithHostNet is not supported for Windows pods',
  },
];

function isWindowsPod(pod: PodView): boolean {
  return pod.node !== undefined || pod.pod.spec?.os?.name?.toLowerCase() === 'windows';
}

const rule: Rule = {
  id: 'dns-suffix-limitations',
  title: 'Windows DNS limits: one search suffix, no ClusterFirstWithHostNet',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-spec', 'pod-probe'],
  probe: 'partial',
  explanation:
    'A Windows pod gets a single DNS suffix, the one of its own namespace (<namespace>.svc.cluster.local). Partially qualified names such as kubernetes.default or svc.other-namespace ' +
    'therefore do not resolve, while fully qualified names and bare names inside the namespace do. The dnsPolicy ClusterFirstWithHostNet is not supported on Windows.',
  remediation: [
    'Use fully qualified names (<service>.<namespace>.svc.cluster.local) for services in other namespaces, or the bare service name inside the same namespace.',
    'Replace dnsPolicy ClusterFirstWithHostNet on Windows pods with ClusterFirst (or Default for host DNS).',
    'Test name resolution with Resolve-DnsName inside the pod (nslookup bypasses parts of the Windows resolver).',
  ],
  references: [officialPages.dnsForWindows, officialPages.windowsNetworking, officialPages.windowsDebugging],
  signatures,
  detect(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const pod of ctx.view.pods) {
      if (!isWindowsPod(pod)) continue;
      const evidence: Evidence[] = [];
      if (pod.pod.spec?.dnsPolicy === 'ClusterFirstWithHostNet') {
        evidence.push({ source: 'spec', text: 'dnsPolicy: ClusterFirstWithHostNet (not supported on Windows)' });
      }
      const facts = ctx.podFacts.get(podKey(pod.namespace, pod.name));
      const partialFails = facts?.dnsFqdn?.ok === true && facts.dnsPartial?.ok === false;
      if (partialFails) {
        evidence.push({ source: 'probe', text: `${facts.dnsFqdn!.target} resolves` });
        evidence.push({ source: 'probe', text: `${facts.dnsPartial!.target} does not resolve${facts.dnsPartial!.detail ? `: ${facts.dnsPartial!.detail}` : ''}` });
      }
      if (evidence.length === 0) continue;
      const message = partialFails
        ? `Pod ${pod.key} resolves fully qualified names only: Windows pods get a single DNS suffix (${pod.namespace}.svc.cluster.local).`
        : `Pod ${pod.key} uses dnsPolicy ClusterFirstWithHostNet, which Windows does not support.`;
      findings.push(makeFinding(rule, podTarget(pod.pod), message, evidence));
    }
    return findings;
  },
};

export default rule;
