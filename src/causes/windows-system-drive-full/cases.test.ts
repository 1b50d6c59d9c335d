import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import type { KEvent, Snapshot } from '../../kube/types.js';
import { causeOf } from '../../../test/rules/rule-tester.js';
import { defaultMatcher } from '../../engine/explain.js';

const rule = causeOf(import.meta.url);
const gib = 1024 ** 3;

/** A pull on win-flannel-0 that failed while extracting a layer. */
const diskFullEvent = `
apiVersion: v1
kind: Event
metadata:
  name: api-6c9b7d8f4-r7tnw.17fa01
  namespace: web
count: 6
firstTimestamp: "2024-11-20T09:20:00Z"
lastTimestamp: "2024-11-20T09:58:00Z"
involvedObject:
  apiVersion: v1
  kind: Pod
  name: api-6c9b7d8f4-r7tnw
  namespace: web
  fieldPath: spec.containers{api}
reason: Failed
message: 'Failed to pull image "contoso.azurecr.io/api:7.1-ltsc2022": rpc error: code = Unknown desc = failed to pull and unpack image "contoso.azurecr.io/api:7.1-ltsc2022": failed to extract layer sha256:5a8f3c0e9d7b6a4c2e1f0d9c8b7a6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f: hcsshim::ImportLayer failed in Win32: There is not enough space on the disk. (0x70): unknown'
source:
  component: kubelet
  host: win-flannel-0
type: Warning
`;

function withDiskFullEvent(): Snapshot {
  const snapshot = loadSnapshot();
  snapshot.events.push(parse(diskFullEvent) as KEvent);
  return snapshot;
}

function flannelNodeWithDrive(freeBytes: number, totalBytes: number) {
  const facts = loadNodeFacts('win-flannel-0');
  facts.resources = { ...facts.resources, systemDriveFreeBytes: freeBytes, systemDriveTotalBytes: totalBytes };
  return facts;
}

describe('windows-system-drive-full', () => {
  describe('invalid (reported)', () => {
    it('a pull that fails with ERROR_DISK_FULL, without probe facts', () => {
      const [finding, ...rest] = run(rule, { snapshot: withDiskFullEvent() });
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ ruleId: 'windows-system-drive-full', severity: 'error', target: { kind: 'Pod', namespace: 'web', name: 'api-6c9b7d8f4-r7tnw' } });
      expect(finding!.message).toBe('Pod web/api-6c9b7d8f4-r7tnw cannot be started: the system drive of its node is full.');
      expect(evidenceTexts(finding!)).toEqual([expect.stringMatching(/^event: Failed \(x6\): .*There is not enough space on the disk\. \(0x70\)/)]);
    });

    it('the probe measures a nearly full 30 GB system drive on a node whose pulls fail', () => {
      const snapshot = withDiskFullEvent();
      const findings = run(rule, { snapshot, nodeFacts: [flannelNodeWithDrive(0.6 * gib, 29.4 * gib)] });
      const onNode = findings.find((f) => f.target.kind === 'Node')!;
      expect(onNode.target).toEqual({ kind: 'Node', name: 'win-flannel-0' });
      expect(onNode.message).toBe('Only 0.6 GiB of 29.4 GiB is free on the system drive of win-flannel-0.');
      expect(evidenceTexts(onNode)).toEqual([
        'probe: system drive: 0.6 GiB free of 29.4 GiB',
        'probe: the system drive is only 29.4 GiB: if the VM disk is larger, the partition was not extended',
        expect.stringMatching(/^event: Failed \(x6\): .*not enough space on the disk/),
      ]);
      expect(findings.map((f) => `${f.target.kind}/${f.target.name}`).sort()).toEqual(['Node/win-flannel-0', 'Pod/api-6c9b7d8f4-r7tnw']);
    });

    it('less than 10 % free on a large drive, before anything failed', () => {
      const [finding] = run(rule, { nodeFacts: [flannelNodeWithDrive(9 * gib, 127 * gib)] });
      expect(finding).toMatchObject({ target: { kind: 'Node', name: 'win-flannel-0' } });
      expect(evidenceTexts(finding!)).toEqual(['probe: system drive: 9.0 GiB free of 127.0 GiB']);
    });
  });

  describe('valid (not reported)', () => {
    it('the recorded node with 65 GiB free', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
    });

    it('a small drive that still has room', () => {
      expect(run(rule, { nodeFacts: [flannelNodeWithDrive(12 * gib, 29.4 * gib)] })).toEqual([]);
    });

    it('a probe that could not read the drive', () => {
      const facts = loadNodeFacts('win-flannel-0');
      delete facts.resources;
      expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
    });

    it('the paging file message is another cause', () => {
      const snapshot = loadSnapshot();
      const event = parse(diskFullEvent) as KEvent;
      event.message = 'Error: failed to create containerd task: hcs::System::Start: The paging file is too small for this operation to complete. (0x5af): unknown';
      snapshot.events.push(event);
      expect(run(rule, { snapshot })).toEqual([]);
    });
  });

  it('reads ERROR_DISK_FULL in a message in another Windows language as a hint for this cause', () => {
    const localised = 'failed to extract layer sha256:4e3f: write C:\\ProgramData\\containerd\\x: ディスクに十分な空き領域がありません。 (0x80070070)';
    const [scored] = defaultMatcher().features(localised).filter((cause) => cause.id === 'windows-system-drive-full');
    expect(scored!.features.code).toBe(1);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
