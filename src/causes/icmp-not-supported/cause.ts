import { defineCause, message } from '../define.js';
import { withDetail } from '../../engine/rule-kit.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import { hostOf, refs } from '../../rules/probe-rule-helpers.js';
import type { FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

/** Windows ping output; Linux ping wording ("icmp_seq", "packet loss") is deliberately not matched. */
const signatures: MessageSignature[] = [
  {
    name: 'windowsPingPod',
    pattern: /\bpinging [\w.<>-]+ (?:\[<ip>\] )?with \d+ bytes of data\b.{0,200}(?:request timed out|destination host unreachable|general failure)/,
    weight: 0.6,
    why: 'Windows ping from a pod gets no reply: outbound ICMP from Windows pods is not programmed',
  },
  {
    name: 'everyWindowsPing',
    pattern: /\blost = \d+ \(100% loss\)/,
    weight: 0.45,
    why: 'every Windows ping was lost, which is expected for ICMP leaving a Windows pod',
  },
  {
    name: 'windowsPingOutput',
    pattern: /^(?:reply from <ip>: )?(?:request timed out\.?|destination host unreachable\.?)$/,
    weight: 0.35,
    why: 'Windows ping output; ICMP to external addresses is not supported from Windows pods',
  },
  // The same text as Windows prints it in ja, ko, zh-CN. Source: ping.exe transcripts from Japanese, Korean and Simplified Chinese Windows in public repositories
  {
    name: 'windowsPingPodLocalised',
    group: 'windowsPingPod',
    whyOf: 'windowsPingPod',
    pattern: /(?:に ping を送信しています \d+ バイトのデータ.{0,200}(?:要求がタイムアウトしました|転送に失敗しました)|正在 ping .{1,120}具有 \d+ 字节的数据.{0,200}请求超时|ping .{1,120} \d+바이트 데이터 사용.{0,200}(?:요청 시간이 만료되었습니다|대상 호스트에 연결할 수 없습니다|전송하지 못했습니다))/,
    weight: 0.6,
    why: 'Windows ping from a pod gets no reply: outbound ICMP from Windows pods is not programmed',
  },
  // The same text as Windows prints it in ja, ko, zh-CN. Source: ping.exe statistics lines from Japanese, Korean and Simplified Chinese Windows in public repositories
  {
    name: 'everyWindowsPingLocalised',
    group: 'everyWindowsPing',
    whyOf: 'everyWindowsPing',
    pattern: /損失 = \d+ \(100% の損失\)|丢失 = \d+ \(100% 丢失\)|손실 = \d+ \(100% 손실\)/,
    weight: 0.45,
    why: 'every Windows ping was lost, which is expected for ICMP leaving a Windows pod',
  },
  // The same text as Windows prints it in ja, ko, zh-CN. Source: ping.exe reply lines from Japanese, Korean and Simplified Chinese Windows in public repositories
  {
    name: 'windowsPingOutputLocalised',
    group: 'windowsPingOutput',
    whyOf: 'windowsPingOutput',
    pattern: /^(?:<ip>의 응답: )?(?:要求がタイムアウトしました|请求超时|요청 시간이 만료되었습니다|대상 호스트에 연결할 수 없습니다)[.。]?$/,
    weight: 0.35,
    why: 'Windows ping output; ICMP to external addresses is not supported from Windows pods',
  },
];

const rule = defineCause({
  title: 'Ping from Windows pods to outside the cluster is not supported',
  area: 'network',
  severity: 'info',
  inputs: ['pod-probe'],
  probe: 'pod',
  explanation:
    'Windows pods get outbound NAT rules for TCP and UDP only; ICMP to destinations outside the cluster network is not programmed, so ping fails while real traffic works. ' +
    'A failing ping from a Windows pod therefore says nothing about connectivity.',
  fix: {
    testExternalConnectivity: 'Test external connectivity with TCP instead of ping: curl.exe <address>, or Test-NetConnection <address> -Port 443 in a PowerShell image.',
    replacePingBased: 'Replace ping-based health or readiness checks with TCP or HTTP probes.',
    ifTcpAlso: 'If TCP also fails, look at the CNI OutBoundNAT ExceptionList (see outbound-nat-exceptionlist).',
  },
  messages: {
    pod: 'Ping from {pod} to {host} fails while TCP to the same address works: ping is not a valid connectivity test from Windows pods.',
    icmpFailed: 'ICMP echo to {target} failed',
    tcpSucceeded: 'TCP to {target} succeeded',
    tcpSucceededDetail: 'TCP to {target} succeeded ({detail})',
  },
  symptoms: [
    'ping from a Windows pod to an external address always times out',
    'Windows pods cannot ping the internet but curl works',
    'ping to other pods works but ping outside the cluster fails from the Windows container',
    'Request timed out when pinging google from a Windows pod',
  ],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems, refs.k8sWindowsNetworking],
  signatures,
  detect,
});

function detectOnPod(ctx: RuleContext, pod: PodView): FindingDraft | undefined {
  const facts = ctx.podFacts.get(pod.key);
  const icmp = facts?.icmpExternal;
  const tcp = facts?.tcpExternal;
  if (!icmp || !tcp || icmp.ok || !tcp.ok) return undefined;
  // Only a comparison against the same destination shows that ICMP alone is dropped.
  if (hostOf(icmp.target).toLowerCase() !== hostOf(tcp.target).toLowerCase()) return undefined;
  return makeFinding(
    rule,
    podTarget(pod.pod),
    message('pod', { pod: pod.key, host: hostOf(icmp.target) }),
    [
      { source: 'probe', text: withDetail(message('icmpFailed', { target: icmp.target }), icmp.detail) },
      { source: 'probe', text: tcp.detail ? message('tcpSucceededDetail', { target: tcp.target, detail: tcp.detail }) : message('tcpSucceeded', { target: tcp.target }) },
    ],
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.pods.map((pod) => detectOnPod(ctx, pod)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
