import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run, withServices } from '../../../test/fixtures/rules/probe/context.js';
import type { KPod, Snapshot } from '../../kube/types.js';
import type { NodeFacts } from '../../probes/facts.js';
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

describe('network-policy-unsupported-windows: policies on Windows nodes that do not enforce them', () => {
  function policyFindings(snapshot: Snapshot, nodeFacts: NodeFacts[] = []) {
    return run(rule, { snapshot, nodeFacts }).filter((finding) => finding.target.kind === 'NetworkPolicy');
  }

  describe('invalid (reported)', () => {
    it('a default-deny policy selecting pods on a flannel node, known from its annotation', () => {
      const findings = policyFindings(withServices());
      const deny = findings.find((finding) => finding.target.name === 'default-deny');
      expect(deny).toMatchObject({
        ruleId: 'network-policy-unsupported-windows',
        severity: 'warning',
        target: { kind: 'NetworkPolicy', namespace: 'web', name: 'default-deny' },
      });
      expect(deny!.message).toBe(
        'NetworkPolicy web/default-deny selects 2 pod(s) on Windows nodes whose network plugin does not enforce NetworkPolicy (win-flannel-0); the policy is not applied to them.',
      );
      expect(evidenceTexts(deny!)).toEqual([
        'spec: NetworkPolicy web/default-deny (Ingress, Egress) selects 2 pod(s) on Windows nodes',
        'node: node win-flannel-0: flannel (flannel.alpha.coreos.com/backend-type=host-gw) provides its pod network, which does not enforce NetworkPolicy, and no policy agent runs there',
        'spec: pod web/api-6c9b7d8f4-r7tnw runs on win-flannel-0',
        'spec: pod web/iis-hostport-5f6d8c7b9-kq2mz runs on win-flannel-0',
      ]);
      expect(deny!.affected).toEqual({
        count: 2,
        objects: [
          { kind: 'Pod', namespace: 'web', name: 'api-6c9b7d8f4-r7tnw' },
          { kind: 'Pod', namespace: 'web', name: 'iis-hostport-5f6d8c7b9-kq2mz' },
        ],
      });
    });

    it('a matchExpressions selector is honoured', () => {
      const monitoring = policyFindings(withServices()).find((finding) => finding.target.name === 'allow-prometheus');
      expect(monitoring?.target).toEqual({ kind: 'NetworkPolicy', namespace: 'monitoring', name: 'allow-prometheus' });
      expect(evidenceTexts(monitoring!).at(-1)).toBe('spec: pod monitoring/windows-exporter-8xk2d runs on win-flannel-0');
    });

    it('with the probe, the CNI config names the plugin of a node without flannel annotations', () => {
      const deny = policyFindings(withServices(), [loadNodeFacts('win19-old-0')]).find((finding) => finding.target.name === 'default-deny');
      expect(deny!.message).toContain('selects 3 pod(s) on Windows nodes whose network plugin does not enforce NetworkPolicy (win-flannel-0, win19-old-0)');
      expect(evidenceTexts(deny!)).toContain(
        'probe: node win19-old-0: the CNI config c:\\k\\cni\\config\\cni.conf uses flannel (win-bridge), which does not enforce NetworkPolicy, and no policy agent runs there',
      );
    });
  });

  describe('valid (not reported)', () => {
    it('pods on Azure CNI nodes are left alone: their engine may run out of sight', () => {
      const findings = policyFindings(withServices(), [loadNodeFacts('akswin22-0')]);
      for (const finding of findings) expect(evidenceTexts(finding).join('\n')).not.toContain('akswin22-0');
    });

    it('a Calico agent pod on the node', () => {
      const snapshot = withServices();
      const agent = parse(npmWindowsPod) as KPod;
      agent.metadata.name = 'calico-node-windows-5bq7x';
      agent.metadata.labels = { 'k8s-app': 'calico-node-windows' };
      agent.spec!.nodeName = 'win-flannel-0';
      agent.spec!.containers[0]!.image = 'docker.io/calico/node-windows:v3.28.1';
      snapshot.pods.push(agent);
      expect(policyFindings(snapshot)).toEqual([]);
    });

    it("Calico's node annotations", () => {
      const snapshot = withServices();
      const node = snapshot.nodes.find((n) => n.metadata.name === 'win-flannel-0')!;
      node.metadata.annotations = { ...node.metadata.annotations, 'projectcalico.org/IPv4Address': '10.127.130.21/24' };
      expect(policyFindings(snapshot)).toEqual([]);
    });

    it('pods on the host network are not subject to policies', () => {
      const snapshot = withServices();
      for (const pod of snapshot.pods) if (pod.spec?.nodeName === 'win-flannel-0') pod.spec.hostNetwork = true;
      expect(policyFindings(snapshot)).toEqual([]);
    });

    it('a policy that selects no pod of the snapshot is not kept', () => {
      const snapshot = withServices();
      expect(snapshot.networkPolicies!.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual(['web/default-deny', 'monitoring/allow-prometheus']);
      expect(policyFindings(snapshot).map((finding) => finding.target.name)).not.toContain('isolate-runners');
    });

    it('NetworkPolicies that were not read say nothing', () => {
      expect(policyFindings(loadSnapshot())).toEqual([]);
    });
  });
});
