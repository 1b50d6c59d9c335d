import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser } from 'web-tree-sitter';
import { parse, parseAllDocuments } from 'yaml';
import type { KNode, KPod } from '../src/kube/types.js';
import { BundleDecoder, bundleTimestamp, sanitizePath } from '../src/probes/bundle.js';
import { canaryImageForBuild, canaryPodManifest, nslookupResolved, pickCanaryNodes, validatedApiServerUrl } from '../src/probes/canary.js';
import { envPrelude, podNetworkEnv, servercoreImageForNode } from '../src/probes/pod-network.js';
import { checkPodSecurity, hostProcessUnsupportedReason } from '../src/probes/admission.js';
import { compactScript, DAEMONSET_BOOTSTRAP, POWERSHELL_STDIN_BOOTSTRAP, powershellEnvScriptCommand, scriptStdin } from '../src/probes/bootstrap.js';
import { dryRunManifests, probeDaemonSetManifest, probePodManifest } from '../src/probes/manifests.js';
import { diagnoseProbePod } from '../src/probes/probe-pod-failure.js';
import { redactSecrets } from '../src/probes/redact.js';
import nodeProbeScript from '../src/probes/scripts/node-probe.ps1';

function node(name: string, build: number, ready = true, runtime = 'containerd://1.7.20'): KNode {
  return {
    metadata: { name, labels: { 'kubernetes.io/os': 'windows', 'node.kubernetes.io/windows-build': `10.0.${build}` } },
    status: {
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      nodeInfo: { operatingSystem: 'windows', kernelVersion: `10.0.${build}.1000`, containerRuntimeVersion: runtime },
    },
  };
}

describe('probe pod manifest', () => {
  it('matches DESIGN.md, with options applied', () => {
    const pod = probePodManifest('akswin22-0', { image: 'registry.corp/hpc:v1.0.0', namespace: 'windbg', activeDeadlineSeconds: 120, nodeIp: '10.224.0.33', inputs: { serviceVip: '10.0.0.10:53' } });
    expect(pod.metadata).toEqual({
      name: '',
      generateName: 'windbg-probe-',
      namespace: 'windbg',
      labels: { 'app.kubernetes.io/managed-by': 'kubectl-windbg', 'app.kubernetes.io/name': 'windbg-probe', 'windbg.io/node': 'akswin22-0' },
      annotations: { 'windbg.io/node': 'akswin22-0' },
    });
    expect(pod.spec?.activeDeadlineSeconds).toBe(120);
    expect(pod.spec?.containers[0]?.image).toBe('registry.corp/hpc:v1.0.0');
    expect(pod.spec?.containers[0]?.command).toEqual(['powershell.exe', '-NoProfile', '-NonInteractive', '-Command', 'Start-Sleep -Seconds 120']);
    expect(pod.spec?.containers[0]?.['env']).toEqual([
      { name: 'WINDBG_NODE_NAME', value: 'akswin22-0' },
      { name: 'WINDBG_NODE_IP', value: '10.224.0.33' },
      { name: 'WINDBG_SERVICE_VIP', value: '10.0.0.10:53' },
    ]);
  });

  it('rejects inputs that are not what they claim to be', () => {
    expect(() => probePodManifest('Bad_Node')).toThrow('not a valid Kubernetes node name');
    expect(() => probePodManifest('n1', { inputs: { serviceVip: "10.0.0.1:80'; Stop-Computer" } })).toThrow('is not an IPv4 address and port');
    expect(() => probePodManifest('n1', { inputs: { nodePort: 70000 } })).toThrow('is not a port number');
    expect(() => probePodManifest('n1', { activeDeadlineSeconds: 5 })).toThrow('at least 30');
  });

  it('DaemonSet: node affinity on exactly the selected nodes, script in env', () => {
    const ds = probeDaemonSetManifest(['win-a', 'win-b']);
    const spec = ds.spec as { template: { spec: KPod['spec'] & { affinity: unknown } } };
    expect(spec.template.spec.affinity).toEqual({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['win-a', 'win-b'] }] }],
        },
      },
    });
    expect(spec.template.spec.securityContext?.windowsOptions).toEqual({ hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' });
    const env = spec.template.spec.containers[0]!['env'] as { name: string; value?: string }[];
    expect(env.find((e) => e.name === 'WINDBG_SCRIPT')?.value).toBe(compactScript(nodeProbeScript));
    expect(compactScript(nodeProbeScript).split('\n')[0]).toBe(nodeProbeScript.split('\n')[0]);
    expect(compactScript(nodeProbeScript)).not.toMatch(/\n\s*#/);
    expect(compactScript(nodeProbeScript).length).toBeLessThan(nodeProbeScript.length);
    expect(env.find((e) => e.name === 'WINDBG_NODE_NAME')).toEqual({ name: 'WINDBG_NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } });
    expect(ds.metadata.labels).toEqual({ 'app.kubernetes.io/managed-by': 'kubectl-windbg', 'app.kubernetes.io/name': 'windbg-probe' });
  });

  it('dry run prints the pod YAML and the script, without the empty name', () => {
    const text = dryRunManifests(['akswin22-0', 'win19-0']);
    const docs = parseAllDocuments(text).map((d) => d.toJSON() as KPod | null);
    expect(docs[0]?.metadata).not.toHaveProperty('name');
    expect(docs.slice(0, 2).map((d) => d?.spec?.nodeName)).toEqual(['akswin22-0', 'win19-0']);
    expect(text).toContain('# $ErrorActionPreference = \'Stop\'');
    expect(text).toContain('powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command');
    const ds = parse(dryRunManifests(['a', 'b'], { mode: 'daemonset' }).split('---\n')[0]!) as { kind: string };
    expect(ds.kind).toBe('DaemonSet');
  });
});

describe('bootstrap commands parse as PowerShell', () => {
  let parser: Parser;
  beforeAll(async () => {
    await Parser.init();
    parser = new Parser();
    parser.setLanguage(await Language.load(fileURLToPath(new URL('../node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm', import.meta.url))));
  });
  it('stdin, env-script and DaemonSet bootstraps', () => {
    for (const text of [POWERSHELL_STDIN_BOOTSTRAP, powershellEnvScriptCommand().at(-1)!, DAEMONSET_BOOTSTRAP]) {
      expect(parser.parse(text)!.rootNode.hasError).toBe(false);
    }
  });
  it('the stdin ends with the marker the bootstrap waits for, and CRLF is normalised', () => {
    expect(scriptStdin('a\r\nb')).toBe('a\nb\n#windbg-end-of-script\n');
    expect(POWERSHELL_STDIN_BOOTSTRAP).toContain("'#windbg-end-of-script'");
  });
  it('the pod-network prelude only takes plain host/IP/port values', () => {
    expect(envPrelude(podNetworkEnv({ clusterIp: '10.0.0.1:443' }))).toBe(
      "$env:WINDBG_DNS_FQDN = 'kubernetes.default.svc.cluster.local'\n$env:WINDBG_DNS_PARTIAL = 'kubernetes.default'\n$env:WINDBG_CLUSTERIP = '10.0.0.1:443'\n",
    );
    expect(parser.parse(envPrelude(podNetworkEnv({ externalIp: '1.1.1.1', externalPort: 443 })))!.rootNode.hasError).toBe(false);
    expect(() => envPrelude([{ name: 'WINDBG_X', value: "a'b" }])).toThrow('Refusing to pass WINDBG_X');
    expect(() => podNetworkEnv({ externalIp: '1.1.1' })).toThrow('is not an IPv4 address');
  });
});

describe('pre-flight checks', () => {
  it('Pod Security: privileged or unlabelled passes, baseline and restricted do not', () => {
    expect(checkPodSecurity({ metadata: { name: 'kube-system' } })).toEqual({ allowed: true, level: 'privileged' });
    const verdict = checkPodSecurity({ metadata: { name: 'apps', labels: { 'pod-security.kubernetes.io/enforce': 'baseline' } } });
    expect(verdict.allowed).toBe(false);
    expect(verdict.message).toBe('Namespace apps enforces the Pod Security level "baseline", which rejects HostProcess pods, so the probe pod would not be admitted.');
    expect(verdict.fix).toContain('kubectl label namespace apps pod-security.kubernetes.io/enforce=privileged --overwrite');
  });
  it('HostProcess support from server version and runtime', () => {
    const v = (minor: string) => ({ major: '1', minor, gitVersion: `v1.${minor}.3` });
    expect(hostProcessUnsupportedReason(v('30'), node('a', 20348))).toBeUndefined();
    expect(hostProcessUnsupportedReason({ major: '1', minor: '25+', gitVersion: 'v1.25.6-eks-48e63af' }, node('a', 20348))).toContain('v1.25.6-eks-48e63af');
    expect(hostProcessUnsupportedReason(v('30'), node('a', 17763, true, 'containerd://1.5.9'))).toContain('containerd 1.6');
    expect(hostProcessUnsupportedReason(v('30'), node('a', 17763, true, 'docker://20.10.9'))).toContain('docker://20.10.9');
    expect(hostProcessUnsupportedReason(undefined, node('a', 17763, true, 'containerd://1.6.28'))).toBeUndefined();
  });
});

describe('probe pod diagnosis', () => {
  const base: KPod = { metadata: { name: 'windbg-probe-abcde', namespace: 'kube-system' }, spec: { containers: [{ name: 'probe' }] } };
  it('image pull from the container status', () => {
    const pod: KPod = {
      ...base,
      status: { phase: 'Pending', containerStatuses: [{ name: 'probe', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' } } }] },
    };
    expect(diagnoseProbePod(pod, [])).toEqual({
      kind: 'image-pull',
      reason: 'ImagePullBackOff',
      message: 'Back-off pulling image "x"',
      evidence: [{ source: 'status', text: 'probe: ImagePullBackOff: Back-off pulling image "x"' }],
    });
  });
  it('HostProcess unsupported from a sandbox event', () => {
    const failure = diagnoseProbePod({ ...base, status: { phase: 'Pending' } }, [
      {
        metadata: { name: 'e1' },
        involvedObject: { name: 'windbg-probe-abcde' },
        type: 'Warning',
        reason: 'FailedCreatePodSandBox',
        message: 'Failed to create pod sandbox: rpc error: code = Unknown desc = hostprocess containers are not supported on this runtime',
      },
    ]);
    expect(failure?.kind).toBe('hostprocess-unsupported');
    expect(failure?.evidence).toEqual([{ source: 'event', text: expect.stringContaining('FailedCreatePodSandBox: Failed to create pod sandbox') }]);
  });
  it('nothing wrong yet', () => {
    expect(diagnoseProbePod({ ...base, status: { phase: 'Pending' } }, [])).toBeUndefined();
  });
});

describe('canary pieces', () => {
  it('one Ready node per build, image by build', () => {
    const picks = pickCanaryNodes([node('w22-b', 20348), node('w22-a', 20348, false), node('w25', 26100), node('w19', 17763)]);
    expect(picks.map((p) => [p.build, p.node.metadata.name, canaryImageForBuild(p.build, p.imageTag)])).toEqual([
      [17763, 'w19', 'mcr.microsoft.com/windows/nanoserver:ltsc2019'],
      [20348, 'w22-b', 'mcr.microsoft.com/windows/nanoserver:ltsc2022'],
      [26100, 'w25', 'mcr.microsoft.com/windows/nanoserver:ltsc2025'],
    ]);
    expect(servercoreImageForNode(node('x', 17763))).toBe('mcr.microsoft.com/windows/servercore:ltsc2019');
  });
  it('canary pod is not HostProcess and is pinned', () => {
    const pod = canaryPodManifest('w19', 'mcr.microsoft.com/windows/nanoserver:ltsc2019', 'default');
    expect(pod.spec?.nodeName).toBe('w19');
    expect(pod.spec?.hostNetwork).toBeUndefined();
    expect(pod.spec?.activeDeadlineSeconds).toBe(300);
    expect(pod.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('kubectl-windbg');
  });
  it('nslookup output and the API server URL', () => {
    expect(nslookupResolved('Server:  UnKnown\r\nAddress:  10.0.0.10\r\n\r\nName:    kubernetes.default.svc.cluster.local\r\nAddress:  10.0.0.1\r\n', 'kubernetes.default.svc.cluster.local')).toBe(true);
    expect(nslookupResolved("Server:  UnKnown\r\nAddress:  10.0.0.10\r\n\r\n*** UnKnown can't find kubernetes.default.svc.cluster.local: Non-existent domain\r\n", 'kubernetes.default.svc.cluster.local')).toBe(false);
    expect(validatedApiServerUrl('https://aks-dns-1a2b.hcp.westeurope.azmk8s.io:443')).toBe('https://aks-dns-1a2b.hcp.westeurope.azmk8s.io/version');
    expect(() => validatedApiServerUrl('http://10.0.0.1')).toThrow('not an https URL');
  });
});

describe('bundle pieces', () => {
  it('decodes the line format, ignoring noise before the header', () => {
    const entries: { path: string; content: string }[] = [];
    const decoder = new BundleDecoder((e) => entries.push({ path: e.path, content: e.content.toString() }));
    decoder.push('WARNING: something\r\nwindbg-bundle 1\r\nF ' + Buffer.from('logs/k/kube-proxy.log').toString('base64') + '\r\nD ' + Buffer.from('hello ').toString('base64'));
    decoder.push('\r\nD ' + Buffer.from('world').toString('base64') + '\r\nE\r\nZ 1\r\n');
    decoder.end();
    expect(decoder.complete).toBe(true);
    expect(entries).toEqual([{ path: 'logs/k/kube-proxy.log', content: 'hello world' }]);
  });
  it('a wrong count or a cut stream is incomplete', () => {
    const wrong = new BundleDecoder(() => undefined);
    wrong.push('windbg-bundle 1\nZ 3\n');
    wrong.end();
    expect(wrong.complete).toBe(false);
    expect(wrong.error).toBe('the bundle announced 3 files but 0 arrived');
    const cut = new BundleDecoder(() => undefined);
    cut.push('windbg-bundle 1\nF YQ==\nD YQ==\n');
    cut.end();
    expect(cut.error).toBe('the bundle stream ended before its final line');
  });
  it('paths cannot escape the bundle; timestamps are UTC', () => {
    expect(sanitizePath('..\\..\\C:\\Windows\\win.ini')).toBe('C_/Windows/win.ini');
    expect(bundleTimestamp(new Date('2025-01-14T09:31:07.441Z'))).toBe('20250114T093107Z');
  });
});

describe('redaction', () => {
  it('redacts each kind of secret and counts them', () => {
    const input = [
      'Authorization: Bearer abc.DEF-123_456',
      '"password": "s3cr3t!"',
      'client-key-data: LS0tLS1CRUdJTiBFQy==',
      'token: 0123456789abcdef',
      'kube-proxy.exe --token=xyz --v=2',
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBg',
      '-----END PRIVATE KEY-----',
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----',
      'server: https://10.0.0.1:443',
    ].join('\n');
    const { text, count } = redactSecrets(input);
    expect(text).toBe(
      [
        'Authorization: Bearer [REDACTED]',
        '"password": "[REDACTED]"',
        'client-key-data: [REDACTED]',
        'token: [REDACTED]',
        'kube-proxy.exe --token=[REDACTED] --v=2',
        '-----BEGIN PRIVATE KEY-----',
        '[REDACTED]',
        '-----END PRIVATE KEY-----',
        '-----BEGIN EC PRIVATE KEY-----\n[REDACTED]\n-----END EC PRIVATE KEY-----',
        'server: https://10.0.0.1:443',
      ].join('\n'),
    );
    expect(count).toBe(7);
  });
  it('leaves ordinary log lines alone', () => {
    const line = 'I0114 09:31:07.441 kubelet.go:2345] "SyncLoop ADD" source="api" pods=["web/iis-7d9"]';
    expect(redactSecrets(line)).toEqual({ text: line, count: 0, kinds: {} });
  });
});
