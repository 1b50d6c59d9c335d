import { defineCause, message } from '../define.js';
import { compact, describeBuild, findingsFromMessages, nodeBuildEvidence, officialPages } from '../../engine/rule-kit.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

/** Builds before this one cannot read the projected service-account files from inside a container. */
export const firstFixedBuild = 17074;

const signatures: MessageSignature[] = [
  {
    name: 'clientPodCannot',
    pattern: /unable to use specified ca cert .{0,80}serviceaccount/,
    weight: 0.8,
    why: 'the client in the pod cannot read the mounted service-account ca.crt',
  },
  {
    name: 'mountedServiceAccount',
    pattern: /serviceaccount[\\/](?:token|ca\.crt|namespace)\b.{0,60}(?:cannot find|no such file|not exist|access is denied|cannot access|cannot read|is not a regular file)/,
    weight: 0.75,
    why: 'the mounted service-account secret exists but cannot be read inside the Windows container',
  },
  {
    name: 'clientPodFailed',
    pattern: /open .{0,20}serviceaccount[\\/]token/,
    weight: 0.6,
    why: 'the client in the pod failed to open the service-account token',
  },
  {
    name: 'clusterClientCould',
    pattern: /unable to load in-cluster configuration/,
    weight: 0.35,
    why: 'the in-cluster client could not set itself up (token or environment missing)',
  },
  // The same text as Windows prints it in ja, ko, zh-CN. Source: localised "(os error 2/3)" texts of Windows; 拒绝访问 from the Simplified Chinese Win32 status table (code 5)
  {
    name: 'mountedServiceAccountLocalised',
    group: 'mountedServiceAccount',
    whyOf: 'mountedServiceAccount',
    pattern: /serviceaccount[\\/](?:token|ca\.crt|namespace)\b.{0,60}(?:(?:指定された(?:ファイル|パス)が見つかりません|系统找不到指定的(?:文件|路径)|지정된 (?:파일을|경로를) 찾을 수 없습니다)|拒绝访问)/,
    weight: 0.75,
    why: 'the mounted service-account secret exists but cannot be read inside the Windows container',
  },
];

function mountsServiceAccountToken(pod: PodView): boolean {
  return pod.pod.spec?.['automountServiceAccountToken'] !== false;
}

const rule = defineCause({
  title: 'Windows pod cannot read its service-account secret',
  area: 'pod',
  severity: 'error',
  inputs: ['pod-status', 'pod-events', 'pod-spec', 'node-status'],
  explanation:
    'On Windows builds older than 17074 the files of the mounted service-account secret (token, ca.crt) are listed inside the container but cannot be read, ' +
    'so in-cluster clients fail to authenticate to the API server. The fix is in the operating system, not in Kubernetes.',
  fix: {
    checkNodeBuild: 'Check the node build (kubectl get node <node> -o wide); builds older than 10.0.17074 are affected.',
    moveWorkloadNodes: 'Move the workload to nodes running a supported LTSC build (Windows Server 2019 or later).',
    upgradeReplaceOld: 'Upgrade or replace the old nodes.',
  },
  messages: {
    pod: 'Pod {pod} cannot read its mounted service-account secret.',
    oldBuild: 'Pod {pod} mounts a service-account token on {build}, a build that cannot read it from inside containers.',
    tokenMounted: 'service-account token is mounted (automountServiceAccountToken is not false)',
  },
  symptoms: [
    'the application in the Windows pod cannot read its service account token',
    'the client in the Windows container cannot use the CA certificate of the service account',
    'in-cluster config fails in a Windows pod because the token file cannot be opened',
    'access denied when reading the mounted secret files in the Windows container',
  ],
  references: [officialPages.windowsIntro, 'https://github.com/moby/moby/issues/28401'],
  signatures,
  detect(ctx: RuleContext): FindingDraft[] {
    const fromMessages = findingsFromMessages(rule, ctx, {
      podMessage: (pod) => message('pod', { pod: pod.key }),
      extraEvidence: (pod) => compact([pod?.node ? nodeBuildEvidence(pod.node) : undefined]),
    });
    const reported = new Set(fromMessages.map((f) => `${f.target.namespace}/${f.target.name}`));
    const fromBuild: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      const build = pod.node?.build;
      if (!build || build.build >= firstFixedBuild || reported.has(pod.key) || !mountsServiceAccountToken(pod)) continue;
      fromBuild.push(
        makeFinding(
          rule,
          podTarget(pod.pod),
          message('oldBuild', { pod: pod.key, build: describeBuild(build) }),
          compact([nodeBuildEvidence(pod.node!), { source: 'spec' as const, text: message('tokenMounted') }]),
          { severity: 'warning' },
        ),
      );
    }
    return [...fromMessages, ...fromBuild];
  },
});

export default rule;
