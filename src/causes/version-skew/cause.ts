import { defineCause, message } from '../define.js';
import { officialPages, parseMinorVersion } from '../../engine/rule-kit.js';
import type { ServerVersion } from '../../kube/types.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, Rule, RuleContext } from '../../rules/types.js';

/** Minor version of the API server; "30+" (EKS/GKE) counts as 30. */
export function serverMinor(version: ServerVersion): { major: number; minor: number } | undefined {
  const major = Number.parseInt(version.major, 10);
  const minor = Number.parseInt(version.minor, 10);
  if (Number.isInteger(major) && Number.isInteger(minor)) return { major, minor };
  return parseMinorVersion(version.gitVersion);
}

/** How many minor versions a kubelet may lag behind the API server (3 since Kubernetes 1.28, 2 before). */
export function allowedKubeletLag(serverMinorVersion: number): number {
  return serverMinorVersion >= 28 ? 3 : 2;
}

const rule = defineCause({
  title: 'Windows kubelet version is outside the supported skew with the API server',
  area: 'node',
  severity: 'warning',
  inputs: ['node-status', 'server-version'],
  explanation:
    'The kubelet must never be newer than the API server, and may be at most three minor versions older (two before Kubernetes 1.28). ' +
    'Outside that window API calls and features the kubelet relies on can break in ways that are hard to trace, and Windows nodes are often upgraded separately from the control plane.',
  fix: {
    compareVersionsKubectl: 'Compare the versions: kubectl version, and kubectl get node <node> -o wide (VERSION column).',
    upgradeControlPlane: 'Upgrade the control plane before the nodes, one minor version at a time.',
    upgradeReplaceWindows: 'Upgrade (or replace) Windows nodes whose kubelet lags too far behind; move back nodes whose kubelet is newer than the API server.',
  },
  messages: {
    apiServer: 'API server {version}',
    newer: 'Node {node} runs kubelet {kubelet}, newer than the API server {server}.',
    behind: 'Node {node} runs kubelet {kubelet}, {behind} minor versions behind the API server (at most {lag} are supported).',
  },
  advisory: true,
  symptoms: [
    'the Windows node runs a newer kubelet than the API server',
    'after upgrading the control plane the old Windows nodes misbehave',
    'kubelet version on the Windows worker is too old for the cluster',
    'the Windows node was upgraded before the control plane and shows odd API errors',
  ],
  references: [officialPages.versionSkew],
  detect(ctx: RuleContext): FindingDraft[] {
    const server = ctx.snapshot.serverVersion ? serverMinor(ctx.snapshot.serverVersion) : undefined;
    if (!server) return [];
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const kubeletText = node.node.status?.nodeInfo?.kubeletVersion;
      const kubelet = parseMinorVersion(kubeletText);
      if (!kubelet) continue;
      const evidence = [
        { source: 'node' as const, text: `kubelet ${kubeletText}` },
        { source: 'node' as const, text: message('apiServer', { version: ctx.snapshot.serverVersion!.gitVersion }) },
      ];
      const lag = allowedKubeletLag(server.minor);
      if (kubelet.major !== server.major || kubelet.minor > server.minor) {
        findings.push(
          makeFinding(
            rule,
            nodeTarget(node.node),
            message('newer', { node: node.name, kubelet: `${kubeletText}`, server: ctx.snapshot.serverVersion!.gitVersion }),
            evidence,
          ),
        );
      } else if (server.minor - kubelet.minor > lag) {
        findings.push(
          makeFinding(
            rule,
            nodeTarget(node.node),
            message('behind', { node: node.name, kubelet: `${kubeletText}`, behind: server.minor - kubelet.minor, lag }),
            evidence,
          ),
        );
      }
    }
    return findings;
  },
});

export default rule;
