import { it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startSimCluster } from './support/sim/index.js';
import { windbg } from './e2e-support.js';
it('x', async () => {
  const sim = await startSimCluster({ scenario: 'demo', podStartDelayMs: 50 });
  const e = { KUBECONFIG: sim.kubeconfigPath };
  const out = mkdtempSync(tmpdir() + '/wb-');
  for (const a of [['node', 'akswin22-1', '--probe', '-o', 'json'], ['check', '--probe', '-o', 'json'], ['check', '--canary', '-o', 'json', '-l', 'kubernetes.io/hostname=akswin22-0'], ['pod', 'dns-client-7b6c5d8f9-hj4rx', '-n', 'web', '--probe'], ['collect', 'akswin22-0', '--output-dir', out], ['cleanup']]) {
    const t0 = Date.now();
    const r = await windbg(a, e);
    let s = r.stdout;
    try { const j = JSON.parse(r.stdout); s = JSON.stringify({ f: j.findings.map((f: any) => f.ruleId + ' ' + f.target.name), n: j.notes, np: j.needsProbe }); } catch {}
    console.log(a.join(' '), '=>', r.code, Date.now() - t0, 'ms', r.stderr, s.slice(0, 1500));
  }
  console.log(sim.store.list('Pod').filter((p: any) => p.metadata.labels?.['app.kubernetes.io/managed-by'] === 'kubectl-windbg').length, 'leftover');
  await sim.close();
}, 300000);
