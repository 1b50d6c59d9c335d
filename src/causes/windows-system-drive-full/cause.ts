import { defineCause, message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { timelineEvidence } from '../../engine/match.js';
import { findingsFromMessages, findingsOnProbedNodes } from '../../engine/rule-kit.js';
import type { NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { hitsOnNode } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

const gib = 1024 ** 3;
/** Below this share of free space, or this many bytes, the system drive counts as full. */
const fullShare = 0.1;
const fullBytes = 5 * gib;
/** A system partition this small on a node that stores Windows images was usually never extended to its disk. */
const smallPartitionBytes = 40 * gib;

const signatures: MessageSignature[] = [
  {
    name: 'diskFull',
    pattern: /there is not enough space on the disk/,
    weight: 0.85,
    why: 'Windows answered ERROR_DISK_FULL: the drive that holds image layers and container scratch space is full',
  },
];

const rule = defineCause({
  title: 'The Windows node\'s system drive is full',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'node-events', 'node-probe'],
  probe: 'partial',
  explanation:
    'Windows nodes keep image layers, container scratch space, kubelet and runtime logs on the system drive C:, and Windows images are several gigabytes each. ' +
    'When C: fills up, pulls fail while extracting layers and containers cannot be created, with "There is not enough space on the disk". ' +
    'Often the VM disk is large but C: kept the size of the VM image (30 GB for several Windows images) because node provisioning did not extend the partition, and the kubelet on Windows may not report DiskPressure, so nothing in the node status warns before pods start failing.',
  fix: {
    checkPartition: 'On the node, compare the size of C: with the size of the disk (Get-Partition, Get-Disk); if space is unallocated, extend C: (Resize-Partition -DriveLetter C -Size (Get-PartitionSupportedSize -DriveLetter C).SizeMax).',
    freeSpace: 'Free space now: remove unused images (crictl rmi --prune), old container logs and rotated kubelet or runtime logs, then let the kubelet retry the pods.',
    biggerDisk: 'Give Windows node pools a larger OS disk (at least 128 GB when several Windows images are in use) and make sure node provisioning extends C: to the whole disk.',
    imageGc: 'Check that image garbage collection runs on the Windows nodes (imageGCHighThresholdPercent, ImageGCFailed events) and that log rotation is set up for the node services.',
  },
  messages: {
    pod: 'Pod {pod} cannot be started: the system drive of its node is full.',
    node: 'The system drive of {node} is full.',
    lowSpace: 'Only {free} GiB of {total} GiB is free on the system drive of {node}.',
    driveSpace: 'system drive: {free} GiB free of {total} GiB',
    smallPartition: 'the system drive is only {total} GiB: if the VM disk is larger, the partition was not extended',
  },
  signatures,
  // The same failure in any Windows UI language carries the code (0x70, or 0x80070070 as an HRESULT).
  windowsCodes: ['ERROR_DISK_FULL'],
  symptoms: [
    'image pull fails with there is not enough space on the disk on the Windows node',
    'Windows node runs out of disk space although the OS disk is 128 GB',
    'only 30 GB of the Windows node OS disk is usable, the rest is unallocated',
    'Windows node shows no DiskPressure but pods fail because the disk is full',
    'failed to register layer ImportLayer not enough space on the disk',
    'C drive of the Windows node is full of container images and logs',
  ],
  references: [
    'https://github.com/Azure/acs-engine/issues/2015',
    'https://github.com/Azure/acs-engine/pull/2097',
    'https://github.com/Azure/aks-engine/issues/3734',
    'https://github.com/kubernetes/kubernetes/issues/103032',
    'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
  ],
  detect,
});

function inGib(bytes: number): string {
  return (bytes / gib).toFixed(1);
}

function lowSpaceOnNode(view: NodeView, facts: NodeFacts): FindingDraft | undefined {
  const free = facts.resources?.systemDriveFreeBytes;
  const total = facts.resources?.systemDriveTotalBytes;
  if (free === undefined || total === undefined || total <= 0) return undefined;
  if (free >= fullBytes && free / total >= fullShare) return undefined;
  const evidence: Evidence[] = [{ source: 'probe', text: message('driveSpace', { free: inGib(free), total: inGib(total) }) }];
  if (total < smallPartitionBytes) evidence.push({ source: 'probe', text: message('smallPartition', { total: inGib(total) }) });
  for (const hit of hitsOnNode(view, signatures).slice(0, 3)) evidence.push(timelineEvidence(hit.entry));
  return makeFinding(rule, nodeTarget(view.node), message('lowSpace', { free: inGib(free), total: inGib(total), node: view.name }), evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  const fromMessages = findingsFromMessages(rule, ctx, {
    podMessage: (pod) => message('pod', { pod: pod.key }),
    nodeMessage: (node) => message('node', { node: node.name }),
  });
  const fromProbe = findingsOnProbedNodes(ctx, lowSpaceOnNode);
  // A node measured by the probe is reported once, with the measurement; its own events join that finding.
  const measured = new Set(fromProbe.map((finding) => finding.target.name));
  return [...fromMessages.filter((finding) => finding.target.kind !== 'Node' || !measured.has(finding.target.name)), ...fromProbe];
}

export default rule;
