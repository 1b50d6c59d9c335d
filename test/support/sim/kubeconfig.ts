/** The kubeconfig a real cluster hands out: embedded CA data, a bearer-token user, one context. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface KubeconfigInput {
  server: string;
  caPem: string;
  token: string;
  contextName?: string;
  namespace?: string;
}

export function kubeconfigYaml(input: KubeconfigInput): string {
  const context = input.contextName ?? 'sim';
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: [{ name: context, cluster: { server: input.server, 'certificate-authority-data': Buffer.from(input.caPem).toString('base64') } }],
    users: [{ name: `${context}-admin`, user: { token: input.token } }],
    contexts: [{ name: context, context: { cluster: context, user: `${context}-admin`, namespace: input.namespace ?? 'default' } }],
    'current-context': context,
  });
}

/** Writes the kubeconfig into a fresh temporary directory; returns its path. */
export async function writeKubeconfig(input: KubeconfigInput): Promise<{ path: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'windbg-sim-'));
  const path = join(dir, 'kubeconfig');
  await writeFile(path, kubeconfigYaml(input), { mode: 0o600 });
  return { path, dir };
}
