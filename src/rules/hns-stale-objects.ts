import { withWindowsMessages } from '../i18n/windows-messages.js';
import { t } from '../i18n/index.js';
import { compact, findingsFromMessages, nodeBuildEvidence, officialPages } from '../engine/rule-kit.js';
import type { Finding, MessageSignature, Rule, RuleContext } from './types.js';

const signatures: MessageSignature[] = withWindowsMessages('hns-stale-objects', [
  {
    pattern: /wrong diskette is in the drive/,
    weight: 0.9,
    why: 'HNS answers "wrong diskette" when its stored networks or endpoints were written by an older HNS version',
  },
  {
    pattern: /hnscall failed in win32/,
    weight: 0.2,
    why: 'a call into the Host Networking Service failed',
  },
]);

const rule: Rule = {
  id: 'hns-stale-objects',
  title: 'HNS networks or endpoints are stale after an OS update',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-events'],
  explanation:
    'The Host Networking Service keeps its networks and endpoints on disk. After a Windows update that changes HNS, or after objects were edited by hand, ' +
    'objects created by the old version no longer fit the installed one and every HNS call on them fails with "The wrong diskette is in the drive".',
  remediation: [
    'Drain the node (kubectl drain <node> --ignore-daemonsets).',
    'List the HNS objects (hnsdiag list networks, hnsdiag list endpoints) and delete the stale ones (hnsdiag delete networks <id>, hnsdiag delete endpoints <id>).',
    'If that is not enough on Windows Server 2019 or later: Stop-Service hns, delete C:\\ProgramData\\Microsoft\\Windows\\HNS\\HNS.data, Start-Service hns.',
    'Restart the node services (kubelet, kube-proxy, the CNI daemon) so the networks are created again, then uncordon the node.',
  ],
  references: [officialPages.msCommonProblems, officialPages.windowsDebugging],
  signatures,
  detect(ctx: RuleContext): Finding[] {
    return findingsFromMessages(rule, ctx, {
      podMessage: (pod) => t('rules.hns-stale-objects.msg.pod', { pod: pod.key }),
      nodeMessage: (node) => t('rules.hns-stale-objects.msg.node', { node: node.name }),
      extraEvidence: (pod, node) => compact([(pod?.node ?? node) ? nodeBuildEvidence((pod?.node ?? node)!) : undefined]),
    });
  },
};

export default rule;
