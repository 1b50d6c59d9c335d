import { defineCause } from '../define.js';
import { messageDetector, officialPages } from '../../engine/rule-kit.js';
import type { MessageSignature } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'hnsAnswersWrong',
    pattern: /wrong diskette is in the drive/,
    weight: 0.9,
    why: 'HNS answers "wrong diskette" when its stored networks or endpoints were written by an older HNS version',
  },
  {
    name: 'callIntoHost',
    pattern: /hnscall failed in win32/,
    weight: 0.2,
    why: 'a call into the Host Networking Service failed',
  },
  // The same text as Windows prints it in zh-CN. Source: Simplified Chinese Win32 status table (code 34: 驱动器中的软盘不正确。请将 %2 (卷标序列号: %3) 插入驱动器 %1)
  {
    name: 'hnsAnswersWrongLocalised',
    group: 'hnsAnswersWrong',
    whyOf: 'hnsAnswersWrong',
    pattern: /驱动器中的软盘不正确/,
    weight: 0.9,
    why: 'HNS answers "wrong diskette" when its stored networks or endpoints were written by an older HNS version',
  },
];

const rule = defineCause({
  title: 'HNS networks or endpoints are stale after an OS update',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-events'],
  explanation:
    'The Host Networking Service keeps its networks and endpoints on disk. After a Windows update that changes HNS, or after objects were edited by hand, ' +
    'objects created by the old version no longer fit the installed one and every HNS call on them fails with "The wrong diskette is in the drive".',
  fix: {
    drainNodeKubectl: 'Drain the node (kubectl drain <node> --ignore-daemonsets).',
    listHnsObjects: 'List the HNS objects (hnsdiag list networks, hnsdiag list endpoints) and delete the stale ones (hnsdiag delete networks <id>, hnsdiag delete endpoints <id>).',
    ifEnoughWindows: 'If that is not enough on Windows Server 2019 or later: Stop-Service hns, delete C:\\ProgramData\\Microsoft\\Windows\\HNS\\HNS.data, Start-Service hns.',
    restartNodeServices: 'Restart the node services (kubelet, kube-proxy, the CNI daemon) so the networks are created again, then uncordon the node.',
  },
  messages: {
    pod: 'Pod {pod} cannot get a network: HNS on its node reports objects left over from an older HNS version.',
    node: 'HNS on node {node} reports objects left over from an older HNS version.',
  },
  symptoms: [
    'after a Windows update pods on the node can no longer get a network',
    'HNS calls fail with a strange error about the wrong diskette in the drive',
    'sandbox creation fails until the HNS networks are deleted and recreated',
    'pod networking broke after someone removed HNS objects by hand',
    'stale HNS networks remain on the node after the update',
  ],
  references: [officialPages.msCommonProblems, officialPages.windowsDebugging],
  signatures,
  detect: messageDetector({ nodes: true, nodeBuild: true }),
});

export default rule;
