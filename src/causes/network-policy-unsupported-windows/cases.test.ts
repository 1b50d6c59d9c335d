import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evidenceTexts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import type { KPod, Snapshot } from '../../kube/types.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** The Windows DaemonSet pod AKS runs when a cluster was created with --network-policy azure. */
const npmWindowsPod = `
apiVersion: v1
kind: Pod
metadata:
  name: azure-npm-win-7xq2d
  namespace: kube-system
  labels:
    k8s-app: azure-npm
    component: daemon
    controller-revision-hash: 6b9c8f7d54
    pod-template-generation: "3"
  ownerReferences:
  - apiVersion: apps/v1
    kind: DaemonSet
    name: azure-npm-win
    uid: 5f0c2d7e-3b1a-4e8f-9c6d-2a7b8e9f0a1b
    controller: true
    blockOwnerDeletion: true
spec:
  nodeName: akswin22-0
  hostNetwork: true
  priorityClassName: system-node-critical
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: NT AUTHORITY\\SYSTEM
  nodeSelector:
    kubernetes.io/os: windows
  containers:
  - name: azure-npm
    image: mcr.microsoft.com/containernetworking/azure-npm:v1.5.45
    command: ["powershell.exe"]
    args: ["-command", ".\\\\setkubeconfigpath.ps1; .\\\\npm.exe start --kubeconfig=.\\\\kubeconfig"]
status:
  phase: Running
  podIP: 10.224.0.33
  hostIP: 10.224.0.33
  containerStatuses:
  - name: azure-npm
    ready: true
    restartCount: 0
    image: mcr.microsoft.com/containernetworking/azure-npm:v1.5.45
    state:
      running:
        startedAt: "2024-11-12T03:20:41Z"
`;

function withNpmPod(edit: (pod: KPod) => void = () => undefined): Snapshot {
  const snapshot = loadSnapshot();
  const pod = parse(npmWindowsPod) as KPod;
  edit(pod);
  snapshot.pods.push(pod);
  return snapshot;
}

const afterEndOfSupport = new Date('2026-12-06T09:00:00Z');
const beforeEndOfSupport = new Date('2026-06-01T09:00:00Z');

describe('network-policy-unsupported-windows', () => {
  describe('invalid (reported)', () => {
    it('Azure NPM still enforcing policy on a Windows node after its end of support', () => {
      const [finding, ...rest] = run(rule, { snapshot: withNpmPod(), now: afterEndOfSupport });
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ ruleId: 'network-policy-unsupported-windows', severity: 'warning', target: { kind: 'Node', name: 'akswin22-0' } });
      expect(finding!.message).toBe('Windows pods on akswin22-0 are protected by Azure NPM for Windows, whose support on AKS ended on 2026-09-30.');
      expect(evidenceTexts(finding!)).toEqual(['spec: pod kube-system/azure-npm-win-7xq2d runs Azure NPM (mcr.microsoft.com/containernetworking/azure-npm:v1.5.45) on this node']);
    });

    it('before the end of support it is advice only', () => {
      const [finding] = run(rule, { snapshot: withNpmPod(), now: beforeEndOfSupport });
      expect(finding).toMatchObject({ severity: 'info', target: { kind: 'Node', name: 'akswin22-0' } });
      expect(finding!.message).toBe('Windows pods on akswin22-0 are protected by Azure NPM for Windows, whose support on AKS ends on 2026-09-30.');
    });

    it('an NPM pod from a mirrored registry without the usual label is found by its image', () => {
      const snapshot = withNpmPod((pod) => {
        pod.metadata.labels = { app: 'policy' };
        pod.spec!.containers[0]!.image = 'registry.corp.example:5000/mirror/containernetworking/azure-npm:v1.5.45';
      });
      const [finding] = run(rule, { snapshot, now: afterEndOfSupport });
      expect(evidenceTexts(finding!)).toEqual([
        'spec: pod kube-system/azure-npm-win-7xq2d runs Azure NPM (registry.corp.example:5000/mirror/containernetworking/azure-npm:v1.5.45) on this node',
      ]);
    });
  });

  describe('valid (not reported)', () => {
    it('Windows nodes without Azure NPM', () => {
      expect(run(rule, { now: afterEndOfSupport })).toEqual([]);
    });

    it('an NPM pod that has already finished', () => {
      const snapshot = withNpmPod((pod) => {
        pod.status!.phase = 'Failed';
      });
      expect(run(rule, { snapshot, now: afterEndOfSupport })).toEqual([]);
    });

    it('an image whose name only contains azure-npm is not the policy manager', () => {
      const snapshot = withNpmPod((pod) => {
        pod.metadata.labels = {};
        pod.spec!.containers[0]!.image = 'contoso.azurecr.io/tools/azure-npm-exporter:1.2.0';
      });
      expect(run(rule, { snapshot, now: afterEndOfSupport })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
