import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closestIds, editDistance } from '../src/cli/suggest.js';
import { installedPagesDir } from '../src/cli/render.js';
import { cniFromNode } from '../src/windows/node-network.js';
import type { KNode } from '../src/kube/types.js';
import { runCli } from './cli-harness.js';

/** An EKS cluster as `kubectl get nodes,pods,events -A -o json` wrote it: two Windows nodes, one Linux. */
const eks = fileURLToPath(new URL('./fixtures/offline/list/eks-windows.json', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
/** A Windows pod whose containers exited with an HRESULT, a Win32 number, an NTSTATUS and a plain code. */
const exitCodes = fileURLToPath(new URL('./fixtures/offline/list/windows-exit-codes.json', import.meta.url));

describe('the CNI a node says it uses', () => {
  const node = (metadata: Partial<KNode['metadata']>, allocatable?: Record<string, string>): KNode =>
    ({ metadata: { name: 'n', ...metadata }, status: allocatable ? { allocatable } : {} }) as KNode;
  it('reads the plugins own annotations, labels and resources', () => {
    expect(cniFromNode(node({ annotations: { 'flannel.alpha.coreos.com/backend-type': 'vxlan' } }))).toBe('flannel (vxlan)');
    expect(cniFromNode(node({ annotations: { 'projectcalico.org/IPv4Address': '10.0.0.4/24' } }))).toBe('calico');
    expect(cniFromNode(node({ labels: { 'kubernetes.azure.com/azure-cni-overlay': 'true' } }))).toBe('azure-cni (overlay)');
    expect(cniFromNode(node({}, { 'vpc.amazonaws.com/PrivateIPv4Address': '14' }))).toBe('amazon-vpc-cni');
  });
  it('says nothing when the node says nothing', () => {
    expect(cniFromNode(node({ labels: { 'kubernetes.io/os': 'windows' } }))).toBeUndefined();
  });
});

describe('closest rule ids', () => {
  const ids = ['image-os-mismatch', 'pause-image-incompatible', 'hns-network-missing', 'hns-stale-objects', 'os-selector-missing'];
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('mismtach', 'mismatch')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('finds typos and partial ids, closest first', () => {
    expect(closestIds('image-os-mismtach', ids)).toEqual(['image-os-mismatch']);
    expect(closestIds('hns-network-mising', ids)[0]).toBe('hns-network-missing');
    expect(closestIds('hns', ids)).toEqual(['hns-stale-objects', 'hns-network-missing']);
    expect(closestIds('completely-unrelated-words', ids)).toEqual([]);
  });
});

describe('kubectl windbg on an EKS dump', () => {
  it('nodes explains its columns; -o wide adds kube-proxy, the CNI and taints', async () => {
    const table = await runCli(['nodes', '--from', eks]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines.find((l) => l.startsWith('PODS = '))).toMatch(/^PODS = unhealthy\/total pods on the node; FINDINGS = errors\/warnings/);
    expect(lines.at(-1)).toMatch(/^NODES = Ready\/total nodes of the pool .*; FINDINGS = errors\/warnings/);
    const wide = await runCli(['nodes', '--from', eks, '-o', 'wide']);
    const [head, ...rows] = wide.stdout.split('\n');
    expect(head).toMatch(/INTERNAL-IP +KUBE-PROXY +CNI +TAINTS$/);
    const row = rows.find((r) => r.startsWith('ip-10-0-2-41.ec2.internal'));
    expect(row).toMatch(/v1\.29\.8-eks-a737599 +amazon-vpc-cni +/);
    const json = JSON.parse((await runCli(['nodes', '--from', eks, '-o', 'json'])).stdout) as { nodes: { name: string; cni?: string; kubeProxyVersion?: string }[] };
    expect(json.nodes.find((n) => n.name === 'ip-10-0-2-41.ec2.internal')).toMatchObject({ cni: 'amazon-vpc-cni', kubeProxyVersion: 'v1.29.8-eks-a737599' });
  });

  it('the legend under the nodes table reads in every language, naming the columns as the table heads them', async () => {
    const legends = {
      ja: ['Pod = Node上の異常なPod数/全Pod数。検出結果 = ', 'エラー/警告'],
      ko: ['파드 = 노드의 비정상/전체 파드 수, 진단 결과 = ', '오류/경고'],
      'zh-CN': ['Pod = 节点上异常/全部 Pod 数；诊断结果 = ', '错误/警告'],
    };
    for (const [lang, [start, errorsWarnings]] of Object.entries(legends)) {
      const run = await runCli(['nodes', '--from', eks, '--lang', lang]);
      const lines = run.stdout.split('\n');
      const legend = lines.find((line) => line.startsWith(start!));
      expect(legend, lang).toContain(errorsWarnings);
      // Right under the node rows: the line before it is a node row, the table head names the same columns.
      expect(lines[lines.indexOf(legend!) - 1]).toMatch(/^ip-10-0-2-\d+\.ec2\.internal /);
      expect(lines[0]).toContain(start!.split(' = ')[0]);
    }
  });

  it('-o wide shows the taints as key=value:effect, and <none> or <unknown> where the node says nothing', async () => {
    const tainted = await runCli(['nodes', '-o', 'wide', '--from', exitCodes]);
    const taintedRow = tainted.stdout.split('\n').find((r) => r.startsWith('ip-10-0-2-41.ec2.internal'));
    expect(taintedRow).toMatch(/ +10\.0\.2\.41 +v1\.29\.8-eks-a737599 +amazon-vpc-cni +os=windows:NoSchedule,node\.kubernetes\.io\/unschedulable:NoSchedule$/);
    const plain = await runCli(['nodes', '-o', 'wide', '--from', eks]);
    const plainRow = plain.stdout.split('\n').find((r) => r.startsWith('ip-10-0-2-41.ec2.internal'));
    expect(plainRow).toMatch(/ +10\.0\.2\.41 +v1\.29\.8-eks-a737599 +amazon-vpc-cni +<none>$/);
  });

  it('a pod report shows the Windows exit code in hex next to the decimal value', async () => {
    const run = await runCli(['pod', 'ledger-7b8c9d6f5-k2lmn', '-n', 'payments', '--from', eks]);
    expect(run.stdout).toMatch(/\n {2}Exit code +ledger: -1073741510 \(0xC000013A STATUS_CONTROL_C_EXIT\), Error, last state\n/);
  });

  it('a finding points to explain and never to a source path', async () => {
    const run = await runCli(['check', '--from', eks]);
    expect(run.stdout).toMatch(/Docs: kubectl windbg explain [a-z0-9-]+\n/);
    expect(run.stdout).not.toContain('docs/rules');
    const json = JSON.parse((await runCli(['check', '--from', eks, '-o', 'json'])).stdout) as { findings: { ruleId: string; docs: string }[] };
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) expect(f.docs).toBe(`kubectl windbg explain ${f.ruleId}`);
  });

  it('explain of a mistyped id suggests the closest ids', async () => {
    const run = await runCli(['explain', 'image-os-mismtach']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: There is no rule with the id "image-os-mismtach". Did you mean image-os-mismatch? Run "kubectl windbg rules" to list them, or quote a whole message to match it against the catalogue.\n',
    );
  });
});

describe('exit codes in pod reports', () => {
  const pod = ['pod', 'billing-batch-6d4f8c7b9-q7wzr', '-n', 'payments', '--from', exitCodes];
  const shown = [
    'fetch-config: -2147024894 (0x80070002 ERROR_FILE_NOT_FOUND), Error, last state',
    'importer: 2147942405 (0x80070005 ERROR_ACCESS_DENIED), Error, last state',
    'exporter: 5 (0x5 ERROR_ACCESS_DENIED), Error',
    'reporter: 1, Error',
    'reporter: 3221225477 (0xC0000005 STATUS_ACCESS_VIOLATION), Error, last state',
  ];

  it('the text report names each code in hex next to its decimal value', async () => {
    const run = await runCli(pod);
    const exits = run.stdout.split('\n').filter((line) => line.startsWith('  Exit code'));
    expect(exits.map((line) => line.replace(/^ {2}Exit code +/, ''))).toEqual(shown);
  });

  it('names each image once and counts the restarts of init containers', async () => {
    const lines = (await runCli(pod)).stdout.split('\n');
    expect(lines).toContain('  Images     contoso.azurecr.io/config-fetch:1.4.2-ltsc2019, contoso.azurecr.io/billing-batch:5.1.0-ltsc2019');
    expect(lines).toContain('  Restarts   9');
  });

  it('markdown lists the same facts above the findings', async () => {
    const run = await runCli([...pod, '-o', 'markdown']);
    const exits = run.stdout.split('\n').filter((line) => line.startsWith('- Exit code: '));
    expect(exits.map((line) => line.slice('- Exit code: '.length))).toEqual(shown);
    expect(run.stdout).toContain('- Node: ip-10-0-2-41.ec2.internal (Server 2019)\n');
  });

  it('the html page lists them in its header', async () => {
    const run = await runCli([...pod, '-o', 'html']);
    const facts = /<dl class="facts" id="facts">(.*?)<\/dl>/.exec(run.stdout)?.[1] ?? '';
    const exits = [...facts.matchAll(/<dt>Exit code<\/dt><dd>(.*?)<\/dd>/g)].map((m) => m[1]);
    expect(exits).toEqual(shown);
  });

  it('every language keeps the codes and translates the label', async () => {
    const lastState = { ja: '前回の状態', ko: '이전 상태', 'zh-CN': '上次状态' };
    for (const [lang, label] of [['ja', '終了コード'], ['ko', '종료 코드'], ['zh-CN', '退出代码']] as const) {
      const run = await runCli([...pod, '--lang', lang]);
      const exits = run.stdout.split('\n').filter((line) => line.startsWith(`  ${label}`));
      expect(exits.map((line) => line.slice(2 + label.length).trim())).toEqual(shown.map((line) => line.replace(/, last state$/, `, ${lastState[lang]}`)));
    }
  });
});

describe('explain: ids, mistyped ids and hyphenated words of messages', () => {
  it('several typos each suggest the id meant', async () => {
    for (const [typed, meant] of [
      ['hns-netwrok-missing', 'hns-network-missing'],
      ['flanel-subnet-env-missing', 'flannel-subnet-env-missing'],
      ['container-dll-not-foud', 'container-dll-not-found'],
      ['os-selector', 'os-selector-missing'],
    ]) {
      const run = await runCli(['explain', typed]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^error: There is no rule with the id "${typed}"\\. Did you mean ${meant}[,?]`));
    }
  });

  it('an id in other letter case is the id', async () => {
    const run = await runCli(['explain', 'Image-OS-Mismatch']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe("# image-os-mismatch: container image does not match the node's Windows build or OS");
  });

  it('a hyphenated word close to no id is matched as message text; refused as an unknown id only when no message matches', async () => {
    const run = await runCli(['explain', 'x509-certificate-signed-by-unknown-authority']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Likely causes, best first:\n {2}1\. apiserver-unreachable /);
    const unknown = await runCli(['explain', 'made-up-rule']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'error: There is no rule with the id "made-up-rule". Run "kubectl windbg rules" to list them, or quote a whole message to match it against the catalogue.\n',
    );
  });

  it('one word that matches no message suggests the ids it resembles, in the output language', async () => {
    expect((await runCli(['explain', 'imageosmismatch'])).stdout).toBe('No known cause matches this text.\nDid you mean image-os-mismatch?\n');
    expect((await runCli(['explain', 'hns'])).stdout).toMatch(/\nDid you mean hns-[a-z-]+, hns-[a-z-]+, hns-[a-z-]+\?\n$/);
    const ja = await runCli(['explain', 'imageosmismatch', '--lang', 'ja']);
    expect(ja.stdout).toContain('image-os-mismatch');
    expect(ja.stdout).not.toContain('Did you mean');
    const json = JSON.parse((await runCli(['explain', 'imageosmismatch', '-o', 'json'])).stdout) as { matches: unknown[] };
    expect(json.matches).toEqual([]);
  });
});

describe('installed page folder', () => {
  it('is the package docs/rules beside dist/ of an installation, never the sources', () => {
    expect(installedPagesDir(join(root, 'dist', 'kubectl-windbg.js'))).toBe(join(root, 'docs', 'rules'));
    expect(installedPagesDir(join(root, 'src', 'cli', 'render.ts'))).toBeUndefined();
    expect(installedPagesDir('/nonexistent/bin/kubectl-windbg')).toBeUndefined();
  });
});
