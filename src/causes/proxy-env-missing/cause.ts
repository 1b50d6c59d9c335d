import { defineCause, message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { findInTimeline, timelineEvidence } from '../../engine/match.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

/** Pull failures that mean "could not get out to the registry", the symptom of a missing proxy. */
const signatures: MessageSignature[] = [
  {
    name: 'pullWentThrough',
    pattern: /\bproxyconnect tcp\b/,
    weight: 0.6,
    why: 'the pull went through a proxy that could not be reached: the node\'s proxy settings are wrong or incomplete',
    phases: ['pull', 'any'],
  },
  {
    name: 'nodeCannotResolve',
    pattern: /\bdial tcp: lookup [\w.-]+(?: on <ip>)?:? .{0,60}(?:i\/o timeout|no such host|server misbehaving)/,
    weight: 0.35,
    why: 'the node cannot resolve the registry name directly, as on networks that only allow traffic through a proxy',
    phases: ['pull'],
  },
  {
    name: 'nodeCannotOpen',
    pattern: /\bdial tcp <ip>:?\s*(?:i\/o timeout|connectex: a connection attempt failed)/,
    weight: 0.35,
    why: 'the node cannot open a direct connection to the registry, as on networks that only allow traffic through a proxy',
    phases: ['pull'],
  },
  {
    name: 'imagePullsTime',
    // Timeouts without a dial step; the dial wording is covered by the two signatures above.
    pattern: /^(?!.*\bdial tcp\b).*(?:failed to do request|error pinging docker registry|pulling image|pull and unpack).{0,200}\bi\/o timeout\b/,
    weight: 0.3,
    why: 'image pulls time out, as they do on a node that needs a proxy to reach the registry',
    phases: ['pull'],
  },
  // The same text as Windows prints it in ja, ko, zh-CN. Source: SQL Server error 10060 pages on Microsoft Learn (ja-jp, ko-kr) and Windows socket errors quoted in public issues (zh-CN)
  {
    name: 'nodeCannotOpenLocalised',
    group: 'nodeCannotOpen',
    whyOf: 'nodeCannotOpen',
    pattern: /\bdial tcp <ip>:?\s*connectex: (?:接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかった|연결된 구성원으로부터 응답이 없어 연결하지 못했거나|由于连接方在一段时间后没有正确答复或连接的主机没有反应)/,
    weight: 0.35,
    why: 'the node cannot open a direct connection to the registry, as on networks that only allow traffic through a proxy',
    phases: ['pull'],
  },
];

const rule = defineCause({
  title: 'HTTP(S)_PROXY is not set machine-wide on a node whose pulls time out',
  area: 'node',
  severity: 'warning',
  inputs: ['pod-events', 'pod-status', 'node-probe'],
  probe: 'node',
  explanation:
    'Behind an outbound proxy, the Windows node services (containerd or Docker, kubelet, the setup scripts) only reach registries and download servers when HTTP_PROXY and HTTPS_PROXY are set as machine-level environment variables. ' +
    'Set only in a user session, they are invisible to services, so image pulls and installation steps time out.',
  fix: {
    confirmNetworkNeeds: 'Confirm this network needs a proxy to reach the registry (ask the network team, or test with Invoke-WebRequest -Proxy from the node).',
    setVariablesMachine: 'Set the variables at machine scope: [Environment]::SetEnvironmentVariable("HTTP_PROXY", "http://proxy.example.com:80/", [EnvironmentVariableTarget]::Machine), the same for HTTPS_PROXY, and NO_PROXY with the cluster, service and node ranges.',
    restartContainerRuntime: 'Restart the container runtime and the kubelet (Restart-Service containerd; Restart-Service kubelet) so they read the new environment.',
    deleteFailingPods: 'Delete the failing pods (or wait for the next pull back-off) and check that the images pull.',
  },
  messages: {
    notSet: 'machine-level HTTP_PROXY and HTTPS_PROXY are not set',
    node: 'Image pulls on {node} cannot reach the registry ({pods}) and no machine-wide HTTP(S)_PROXY is set; if this network needs a proxy, the node services do not use one.',
  },
  symptoms: [
    'image pulls on the Windows node time out behind the corporate proxy',
    'containerd on Windows does not use the HTTP proxy',
    'the node cannot download images although the proxy is configured for the user',
    'pulls fail with i/o timeout on one Windows node while Linux nodes pull fine',
    'HTTP_PROXY is set in the session but not machine wide so the service ignores it',
  ],
  references: [refs.k8sWindowsDebug, refs.k8sWindowsIntro],
  signatures,
  detect,
});

function isEmpty(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const proxy = ctx.nodeFacts.get(view.name)?.proxy;
  if (!proxy || !isEmpty(proxy.httpProxy) || !isEmpty(proxy.httpsProxy)) return undefined;
  const hits = view.pods.flatMap((pod) => findInTimeline(pod.timeline, signatures).map((hit) => ({ pod, hit })));
  if (hits.length === 0) return undefined;

  const evidence: Evidence[] = [{ source: 'probe', text: message('notSet') }];
  for (const { pod, hit } of hits.slice(0, 4)) {
    const line = timelineEvidence(hit.entry);
    evidence.push({ source: line.source, text: `${pod.key}: ${line.text}` });
  }
  const pods = [...new Set(hits.map(({ pod }) => pod.key))];
  return makeFinding(
    rule,
    nodeTarget(view.node),
    message('node', { node: view.name, pods: pods.join(', ') }),
    evidence,
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
