import { defineCause, message } from '../define.js';
import { withDetail } from '../../engine/rule-kit.js';
import { podKey } from '../../probes/facts.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const cause = defineCause({
  title: 'DNS traffic from the Windows node to the cluster DNS pods is blocked',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-probe'],
  probe: 'pod',
  explanation:
    'Windows nodes often sit in a different node group, with a different security group or NSG, than the Linux nodes that run CoreDNS. When the Linux nodes\' rules do not accept DNS (UDP and TCP 53) or pod traffic from the Windows nodes, every lookup from Windows pods times out while Linux pods resolve fine and other Service traffic from the Windows pods still works.',
  fix: {
    allowDns: 'Allow UDP and TCP 53 (and the pod / overlay traffic) from the Windows node group to the nodes that run CoreDNS, in both directions of the security groups / NSGs.',
    sameGroup: 'Alternatively put the Windows and Linux node groups in a shared security group, as managed node groups do.',
    retest: 'From a Windows pod, resolve kubernetes.default.svc.cluster.local and an external name again.',
  },
  messages: {
    pod: 'Pod {pod} cannot resolve names through cluster DNS although it reaches other Services; DNS traffic from its node to the CoreDNS pods is probably blocked.',
    dnsFails: '{target} does not resolve',
    tcpWorks: '{target} is reachable',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html', 'https://github.com/aws-ia/terraform-aws-eks-blueprints/issues/217', 'https://github.com/terraform-aws-modules/terraform-aws-eks/issues/2230', 'https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/'],
  symptoms: [
    'Windows containers have no internet access; the remote name could not be resolved, while the node itself has internet access.',
    'In a mixed cluster the Linux instances resolve DNS normally but the Windows instances cannot.',
    'Changing the Windows instances\' security group to the one of the Linux node group fixed DNS.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const facts = ctx.podFacts.get(podKey(pod.namespace, pod.name));
      const dns = facts?.dnsFqdn;
      if (!dns || dns.ok) continue;
      const tcp = [facts.tcpClusterIp, facts.tcpApiServer].find((fact) => fact?.ok === true);
      if (!tcp) continue;
      findings.push(
        makeFinding(cause, podTarget(pod.pod), message('pod', { pod: pod.key }), [
          { source: 'probe', text: withDetail(message('dnsFails', { target: dns.target }), dns.detail) },
          { source: 'probe', text: message('tcpWorks', { target: tcp.target }) },
        ]),
      );
    }
    return findings;
  },
});

export default cause;
