import { withWindowsMessages } from '../i18n/windows-messages.js';
import { t } from '../i18n/index.js';
import { withDetail } from '../engine/rule-kit.js';
import type { PodView } from '../engine/view.js';
import { makeFinding, podTarget } from './finding.js';
import { hostOf, refs } from './probe-rule-helpers.js';
import type { Finding, MessageSignature, Rule, RuleContext } from './types.js';

/** Windows ping output; Linux ping wording ("icmp_seq", "packet loss") is deliberately not matched. */
const signatures: MessageSignature[] = withWindowsMessages('icmp-not-supported', [
  {
    pattern: /\bpinging [\w.<>-]+ (?:\[<ip>\] )?with \d+ bytes of data\b.{0,200}(?:request timed out|destination host unreachable|general failure)/,
    weight: 0.6,
    why: 'Windows ping from a pod gets no reply: outbound ICMP from Windows pods is not programmed',
  },
  {
    pattern: /\blost = \d+ \(100% loss\)/,
    weight: 0.45,
    why: 'every Windows ping was lost, which is expected for ICMP leaving a Windows pod',
  },
  {
    pattern: /^(?:reply from <ip>: )?(?:request timed out\.?|destination host unreachable\.?)$/,
    weight: 0.35,
    why: 'Windows ping output; ICMP to external addresses is not supported from Windows pods',
  },
]);

const rule: Rule = {
  id: 'icmp-not-supported',
  title: 'Ping from Windows pods to outside the cluster is not supported',
  area: 'network',
  severity: 'info',
  inputs: ['pod-probe'],
  probe: 'pod',
  explanation:
    'Windows pods get outbound NAT rules for TCP and UDP only; ICMP to destinations outside the cluster network is not programmed, so ping fails while real traffic works. ' +
    'A failing ping from a Windows pod therefore says nothing about connectivity.',
  remediation: [
    'Test external connectivity with TCP instead of ping: curl.exe <address>, or Test-NetConnection <address> -Port 443 in a PowerShell image.',
    'Replace ping-based health or readiness checks with TCP or HTTP probes.',
    'If TCP also fails, look at the CNI OutBoundNAT ExceptionList (see outbound-nat-exceptionlist).',
  ],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems, refs.k8sWindowsNetworking],
  signatures,
  detect,
};

function detectOnPod(ctx: RuleContext, pod: PodView): Finding | undefined {
  const facts = ctx.podFacts.get(pod.key);
  const icmp = facts?.icmpExternal;
  const tcp = facts?.tcpExternal;
  if (!icmp || !tcp || icmp.ok || !tcp.ok) return undefined;
  // Only a comparison against the same destination shows that ICMP alone is dropped.
  if (hostOf(icmp.target).toLowerCase() !== hostOf(tcp.target).toLowerCase()) return undefined;
  return makeFinding(
    rule,
    podTarget(pod.pod),
    t('rules.icmp-not-supported.msg.pod', { pod: pod.key, host: hostOf(icmp.target) }),
    [
      { source: 'probe', text: withDetail(t('rules.icmp-not-supported.msg.icmpFailed', { target: icmp.target }), icmp.detail) },
      { source: 'probe', text: tcp.detail ? t('rules.icmp-not-supported.msg.tcpSucceededDetail', { target: tcp.target, detail: tcp.detail }) : t('rules.icmp-not-supported.msg.tcpSucceeded', { target: tcp.target }) },
    ],
  );
}

function detect(ctx: RuleContext): Finding[] {
  return ctx.view.pods.map((pod) => detectOnPod(ctx, pod)).filter((f): f is Finding => f !== undefined);
}

export default rule;
