import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ClusterAccessError } from '../src/errors.js';
import { createKubeClient } from '../src/kube/client.js';
import { loadKubeConfig, mergeFirstWins } from '../src/kube/kubeconfig.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'windbg-kubeconfig-'));
}

interface ConfigSpec {
  current?: string;
  clusters: { name: string; server: string; caPem?: string }[];
  users: { name: string; user: Record<string, unknown> }[];
  contexts: { name: string; cluster: string; user: string; namespace?: string }[];
}

function writeConfig(dir: string, file: string, spec: ConfigSpec): string {
  const full = path.join(dir, file);
  writeFileSync(
    full,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: spec.clusters.map((c) => ({
        name: c.name,
        cluster: { server: c.server, ...(c.caPem ? { 'certificate-authority-data': Buffer.from(c.caPem).toString('base64') } : {}) },
      })),
      users: spec.users,
      contexts: spec.contexts.map((c) => ({ name: c.name, context: { cluster: c.cluster, user: c.user, namespace: c.namespace } })),
      ...(spec.current ? { 'current-context': spec.current } : {}),
    }),
  );
  return full;
}

/** An empty environment: no KUBECONFIG, a home without ~/.kube/config, not in a cluster. */
function bareEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, ...extra };
}

describe('kubeconfig resolution (no cluster needed)', () => {
  it('merges KUBECONFIG files first-wins, like kubectl', async () => {
    const dir = tempDir();
    const first = writeConfig(dir, 'first.yaml', {
      current: 'prod-westeurope',
      clusters: [{ name: 'shared', server: 'https://prod.example.test:443' }],
      users: [{ name: 'ops', user: { token: 'first-token' } }],
      contexts: [{ name: 'prod-westeurope', cluster: 'shared', user: 'ops', namespace: 'web' }],
    });
    const second = writeConfig(dir, 'second.yaml', {
      current: 'staging',
      clusters: [
        { name: 'shared', server: 'https://other.example.test:443' },
        { name: 'staging', server: 'https://staging.example.test:6443' },
      ],
      users: [
        { name: 'ops', user: { token: 'second-token' } },
        { name: 'dev', user: { token: 'dev-token' } },
      ],
      contexts: [
        { name: 'staging', cluster: 'staging', user: 'dev' },
        { name: 'prod-westeurope', cluster: 'staging', user: 'dev' },
      ],
    });
    const env = bareEnv({ KUBECONFIG: [first, path.join(dir, 'missing.yaml'), second].join(path.delimiter), HOME: dir });

    const merged = await loadKubeConfig({ env });
    expect(merged.contextName).toBe('prod-westeurope');
    expect(merged.server).toBe('https://prod.example.test:443');
    expect(merged.namespace).toBe('web');
    expect(merged.sources).toEqual([first, second]);
    expect(merged.kc.getCurrentUser()?.token).toBe('first-token');
    expect(merged.kc.contexts.map((c) => c.name)).toEqual(['prod-westeurope', 'staging']);

    const staging = await loadKubeConfig({ env, context: 'staging' });
    expect(staging.server).toBe('https://staging.example.test:6443');
    expect(staging.kc.getCurrentUser()?.token).toBe('dev-token');
  });

  it('lets --kubeconfig win over KUBECONFIG and falls back to ~/.kube/config', async () => {
    const dir = tempDir();
    const spec = (server: string): ConfigSpec => ({
      current: 'c',
      clusters: [{ name: 'k', server }],
      users: [{ name: 'u', user: { token: 't' } }],
      contexts: [{ name: 'c', cluster: 'k', user: 'u' }],
    });
    const explicit = writeConfig(dir, 'explicit.yaml', spec('https://explicit.example.test'));
    const fromEnv = writeConfig(dir, 'env.yaml', spec('https://env.example.test'));
    mkdirSync(path.join(dir, '.kube'));
    writeConfig(dir, '.kube/config', spec('https://home.example.test'));

    expect((await loadKubeConfig({ kubeconfig: explicit, env: bareEnv({ KUBECONFIG: fromEnv }) })).server).toBe('https://explicit.example.test');
    expect((await loadKubeConfig({ env: bareEnv({ KUBECONFIG: fromEnv, HOME: dir }) })).server).toBe('https://env.example.test');
    expect((await loadKubeConfig({ env: bareEnv({ HOME: dir }) })).server).toBe('https://home.example.test');
  });

  it('merges like kubectl, not like a plain list concatenation', () => {
    const merged = mergeFirstWins([
      { clusters: [], users: [], contexts: [{ name: 'a', cluster: 'x', user: 'u' }] },
      { clusters: [], users: [], contexts: [{ name: 'a', cluster: 'y', user: 'v' }], currentContext: 'a' },
    ]);
    expect(merged.contexts).toEqual([{ name: 'a', cluster: 'x', user: 'u' }]);
    expect(merged.currentContext).toBe('a');
  });

  it('says when no kubeconfig exists anywhere', async () => {
    const home = tempDir();
    const error = await loadKubeConfig({ env: bareEnv({ HOME: home }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect((error as Error).message).toBe(
      `no kubeconfig found: --kubeconfig is not set, KUBECONFIG is not set, ${path.join(home, '.kube', 'config')} does not exist, and this is not running inside a cluster`,
    );
  });

  it('says when --kubeconfig or every KUBECONFIG file is missing', async () => {
    await expect(loadKubeConfig({ kubeconfig: '/nonexistent/kubeconfig', env: bareEnv() })).rejects.toThrow(
      'the kubeconfig file /nonexistent/kubeconfig does not exist',
    );
    await expect(loadKubeConfig({ env: bareEnv({ KUBECONFIG: '/nonexistent/a:/nonexistent/b' }) })).rejects.toThrow(
      'none of the files in KUBECONFIG exist',
    );
  });

  it('names the malformed file and line', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.yaml');
    writeFileSync(file, 'apiVersion: v1\nclusters:\n- name: prod\n  cluster:\n    server: https://prod.example.test\n   bad-indent: true\n');
    const error = await loadKubeConfig({ kubeconfig: file, env: bareEnv() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect((error as Error).message).toMatch(/^the kubeconfig file .*broken\.yaml is not valid YAML \(line 6\): /);
  });

  it('lists the available contexts for an unknown one, and asks for one when none is current', async () => {
    const dir = tempDir();
    const file = writeConfig(dir, 'config', {
      clusters: [{ name: 'k', server: 'https://k.example.test' }],
      users: [{ name: 'u', user: { token: 't' } }],
      contexts: [
        { name: 'aks-prod', cluster: 'k', user: 'u' },
        { name: 'eks-dev', cluster: 'k', user: 'u' },
      ],
    });
    await expect(loadKubeConfig({ kubeconfig: file, context: 'gke-test', env: bareEnv() })).rejects.toThrow(
      'context "gke-test" is not in the kubeconfig; available contexts: aks-prod, eks-dev',
    );
    await expect(loadKubeConfig({ kubeconfig: file, env: bareEnv() })).rejects.toThrow(
      'the kubeconfig has no current context; available contexts: aks-prod, eks-dev',
    );
    expect((await loadKubeConfig({ kubeconfig: file, context: 'eks-dev', env: bareEnv() })).contextName).toBe('eks-dev');
  });

  it('says which cluster a context points to when it is not defined', async () => {
    const dir = tempDir();
    const file = writeConfig(dir, 'config', {
      current: 'c',
      clusters: [],
      users: [{ name: 'u', user: { token: 't' } }],
      contexts: [{ name: 'c', cluster: 'gone', user: 'u' }],
    });
    await expect(loadKubeConfig({ kubeconfig: file, env: bareEnv() })).rejects.toThrow(
      'context "c" refers to cluster "gone", which the kubeconfig does not define',
    );
  });
});

describe('kubeconfig against the simulated cluster', () => {
  let sim: SimCluster;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: path.join(import.meta.dirname, 'fixtures', 'offline', 'multidoc') });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('connects through KUBECONFIG with two files and --context', async () => {
    const dir = tempDir();
    const other = writeConfig(dir, 'other.yaml', {
      current: 'elsewhere',
      clusters: [{ name: 'elsewhere', server: 'https://127.0.0.1:1' }],
      users: [{ name: 'nobody', user: { token: 'x' } }],
      contexts: [{ name: 'elsewhere', cluster: 'elsewhere', user: 'nobody' }],
    });
    const env = bareEnv({ KUBECONFIG: [other, sim.kubeconfigPath].join(path.delimiter), HOME: dir });
    const client = await createKubeClient({ env, context: 'sim' });
    expect(client.contextName).toBe('sim');
    expect(client.server).toBe(sim.url);
    expect((await client.version()).gitVersion).toMatch(/^v1\./);
  });

  it('runs an exec credential plugin (relative to the kubeconfig) and reloads it on 401', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'bin'));
    const plugin = path.join(dir, 'bin', 'cred-plugin');
    const calls = path.join(dir, 'calls.log');
    // Prints an expired token on the first run and the right one afterwards, as a plugin with a
    // stale cache would; kubectl re-runs the plugin after a 401 and so must windbg.
    writeFileSync(
      plugin,
      `#!${process.execPath}
const fs = require('node:fs');
fs.appendFileSync(process.env.CALLS_FILE, process.argv.slice(2).join(' ') + '\\n');
const runs = fs.readFileSync(process.env.CALLS_FILE, 'utf8').trim().split('\\n').length;
process.stdout.write(JSON.stringify({
  apiVersion: 'client.authentication.k8s.io/v1',
  kind: 'ExecCredential',
  status: { token: runs === 1 ? 'expired-token' : process.env.SIM_TOKEN },
}));
`,
    );
    chmodSync(plugin, 0o755);
    const file = path.join(dir, 'kubeconfig');
    writeFileSync(
      file,
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'sim-exec',
        clusters: [{ name: 'sim', cluster: { server: sim.url, 'certificate-authority-data': Buffer.from(sim.caPem).toString('base64') } }],
        users: [
          {
            name: 'exec-user',
            user: {
              exec: {
                apiVersion: 'client.authentication.k8s.io/v1',
                command: './bin/cred-plugin',
                args: ['get-token', '--cluster', 'sim'],
                env: [
                  { name: 'SIM_TOKEN', value: sim.token },
                  { name: 'CALLS_FILE', value: calls },
                ],
                interactiveMode: 'Never',
              },
            },
          },
        ],
        contexts: [{ name: 'sim-exec', context: { cluster: 'sim', user: 'exec-user' } }],
      }),
    );
    const client = await createKubeClient({ kubeconfig: file, env: bareEnv() });
    expect(await client.getNode('akswin22000000')).toMatchObject({ metadata: { name: 'akswin22000000' } });
    expect(await client.getNode('winnode19-1')).toMatchObject({ metadata: { name: 'winnode19-1' } });
    // One run at start (stale token), one after the 401, none for the second call.
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual(['get-token --cluster sim', 'get-token --cluster sim']);
  });

  it('names a credential plugin that is not installed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kubeconfig');
    writeFileSync(
      file,
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'c',
        clusters: [{ name: 'sim', cluster: { server: sim.url } }],
        users: [
          { name: 'u', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'kubelogin-not-installed', args: ['get-token'] } } },
          {
            name: 'hinted',
            user: { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'kubelogin-not-installed', installHint: 'Install kubelogin: https://azure.github.io/kubelogin/install.html\n' } },
          },
        ],
        contexts: [
          { name: 'c', context: { cluster: 'sim', user: 'u' } },
          { name: 'h', context: { cluster: 'sim', user: 'hinted' } },
        ],
      }),
    );
    await expect(createKubeClient({ kubeconfig: file, env: bareEnv() })).rejects.toThrow(
      'the credential plugin "kubelogin-not-installed" of user "u" was not found',
    );
    // As kubectl does, the kubeconfig's installHint is what to try.
    const hinted = await createKubeClient({ kubeconfig: file, context: 'h', env: bareEnv() }).catch((e: unknown) => e);
    expect(hinted).toBeInstanceOf(ClusterAccessError);
    expect((hinted as ClusterAccessError).hint).toBe('Install kubelogin: https://azure.github.io/kubelogin/install.html');
  });

  it('uses the in-cluster service account when there is no kubeconfig', async () => {
    const home = tempDir();
    const serviceAccountRoot = tempDir();
    writeFileSync(path.join(serviceAccountRoot, 'token'), sim.token);
    writeFileSync(path.join(serviceAccountRoot, 'ca.crt'), sim.caPem);
    writeFileSync(path.join(serviceAccountRoot, 'namespace'), 'windbg-system');
    const port = new URL(sim.url).port;
    const client = await createKubeClient({
      env: bareEnv({ HOME: home, KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: port }),
      serviceAccountRoot,
    });
    expect(client.contextName).toBe('in-cluster');
    expect(client.defaultNamespace).toBe('windbg-system');
    expect(client.server).toBe(`https://127.0.0.1:${port}`);
    expect((await client.getNode('winnode19-1'))?.metadata.name).toBe('winnode19-1');
  });
});
