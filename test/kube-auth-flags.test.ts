import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ClusterAccessError, UsageError } from '../src/errors.js';
import { createKubeClient, type CreateKubeClientOptions } from '../src/kube/client.js';
import { noProxyMatches, proxyFor } from '../src/kube/proxy.js';
import { runCli } from './cli-harness.js';
import { generateClientCertificate } from './support/sim/certs.js';
import { startSimCluster, type RequestRecord, type SimCluster } from './support/sim/index.js';

/**
 * Kubeconfigs and flags as kubectl reads them, each proven by what reaches the simulated API
 * server (its request log keeps headers, the TLS server name and the client certificate user) or a
 * logging CONNECT proxy.
 */

let sim: SimCluster;
let dir: string;
let caFile: string;
const port = (): string => new URL(sim.url).port;

beforeAll(async () => {
  sim = await startSimCluster({ scenario: 'basic' });
  dir = mkdtempSync(path.join(tmpdir(), 'windbg-auth-'));
  caFile = path.join(dir, 'ca.crt');
  writeFileSync(caFile, sim.caPem);
});
afterAll(async () => {
  await sim?.close();
});

interface ConfigSpec {
  server?: string;
  cluster?: Record<string, unknown>;
  user?: Record<string, unknown>;
  extraUsers?: { name: string; user: Record<string, unknown> }[];
  extraClusters?: { name: string; cluster: Record<string, unknown> }[];
}

/** Writes a kubeconfig into its own folder (relative paths in it are relative to that folder). */
function writeConfig(spec: ConfigSpec): { file: string; folder: string } {
  const folder = mkdtempSync(path.join(dir, 'kc-'));
  const file = path.join(folder, 'config');
  writeFileSync(
    file,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'ctx',
      clusters: [
        { name: 'main', cluster: { server: spec.server ?? sim.url, 'certificate-authority-data': Buffer.from(sim.caPem).toString('base64'), ...spec.cluster } },
        ...(spec.extraClusters ?? []),
      ],
      users: [{ name: 'me', user: spec.user ?? { token: sim.token } }, ...(spec.extraUsers ?? [])],
      contexts: [{ name: 'ctx', context: { cluster: 'main', user: 'me' } }],
    }),
  );
  return { file, folder };
}

/** Runs one request and returns what the server received for it. */
async function sent(opts: CreateKubeClientOptions): Promise<RequestRecord> {
  const before = sim.requests.length;
  const client = await createKubeClient({ env: {}, ...opts });
  await client.version();
  const records = sim.requests.slice(before).filter((r) => r.path === '/version');
  return records[records.length - 1]!;
}

describe('tokenFile', () => {
  it('is read relative to the kubeconfig folder, not the working directory, and sent as a bearer token', async () => {
    const { file, folder } = writeConfig({ user: { tokenFile: 'secrets/token' } });
    mkdirSync(path.join(folder, 'secrets'));
    writeFileSync(path.join(folder, 'secrets', 'token'), `${sim.token}\n`);
    const record = await sent({ kubeconfig: file });
    expect(record.headers.authorization).toEqual([`Bearer ${sim.token}`]);
    expect(process.cwd()).not.toBe(folder);
  });

  it('is read again when the server answers 401, so a rotated token is picked up', async () => {
    const { file, folder } = writeConfig({ user: { tokenFile: 'token' } });
    writeFileSync(path.join(folder, 'token'), 'expired-token');
    const client = await createKubeClient({ kubeconfig: file, env: {} });
    writeFileSync(path.join(folder, 'token'), sim.token);
    const before = sim.requests.length;
    await client.version();
    const auths = sim.requests.slice(before).map((r) => r.headers.authorization?.[0]);
    expect(auths).toEqual(['Bearer expired-token', `Bearer ${sim.token}`]);
  });

  // What kubectl 1.32 sends in each case was read from the simulated cluster's request log.
  it('a readable token file wins over a token next to it, as in kubectl; the token is the fallback', async () => {
    const both = writeConfig({ user: { token: 'stale-token', tokenFile: 'token' } });
    writeFileSync(path.join(both.folder, 'token'), `${sim.token}\n`);
    expect((await sent({ kubeconfig: both.file })).headers.authorization).toEqual([`Bearer ${sim.token}`]);
    const missing = writeConfig({ user: { token: sim.token, tokenFile: 'missing-token' } });
    expect((await sent({ kubeconfig: missing.file })).headers.authorization).toEqual([`Bearer ${sim.token}`]);
    const empty = writeConfig({ user: { token: sim.token, tokenFile: 'token' } });
    writeFileSync(path.join(empty.folder, 'token'), '');
    expect((await sent({ kubeconfig: empty.file })).headers.authorization).toEqual([`Bearer ${sim.token}`]);
  });

  it('--token does not displace a readable token file, as in kubectl', async () => {
    const { file, folder } = writeConfig({ user: { tokenFile: 'token' } });
    writeFileSync(path.join(folder, 'token'), sim.token);
    expect((await sent({ kubeconfig: file, overrides: { token: 'flag-token' } })).headers.authorization).toEqual([`Bearer ${sim.token}`]);
    const missing = writeConfig({ user: { tokenFile: 'missing-token' } });
    expect((await sent({ kubeconfig: missing.file, overrides: { token: sim.token } })).headers.authorization).toEqual([`Bearer ${sim.token}`]);
  });

  it('"token-file" is not a kubectl field: ignored, so nothing is sent', async () => {
    const { file, folder } = writeConfig({ user: { 'token-file': 'token' } });
    writeFileSync(path.join(folder, 'token'), sim.token);
    const error = await sent({ kubeconfig: file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAccessError);
    const last = sim.requests[sim.requests.length - 1]!;
    expect(last.headers.authorization).toBeUndefined();
  });

  it('an exec plugin does not run for a user with a token of its own, as in kubectl', async () => {
    const { file, folder } = writeConfig({
      user: { token: sim.token, exec: { apiVersion: 'client.authentication.k8s.io/v1', command: './plugin.sh', interactiveMode: 'Never' } },
    });
    const ran = path.join(folder, 'ran');
    writeFileSync(path.join(folder, 'plugin.sh'), `#!/bin/sh\necho ran >> '${ran}'\necho '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"exec-token"}}'\n`);
    chmodSync(path.join(folder, 'plugin.sh'), 0o755);
    expect((await sent({ kubeconfig: file })).headers.authorization).toEqual([`Bearer ${sim.token}`]);
    expect(() => readFileSync(ran, 'utf8')).toThrow();
  });

  it('a missing token file is a cluster access error naming the resolved path', async () => {
    const { file, folder } = writeConfig({ user: { tokenFile: 'missing-token' } });
    const error = await createKubeClient({ kubeconfig: file, env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect((error as Error).message).toContain(path.join(folder, 'missing-token'));
  });
});

describe("kubectl's global flags", () => {
  it('--token replaces the kubeconfig credentials', async () => {
    const { file } = writeConfig({ user: { token: 'revoked' } });
    const record = await sent({ kubeconfig: file, overrides: { token: sim.token } });
    expect(record.headers.authorization).toEqual([`Bearer ${sim.token}`]);
  });

  it('--as, --as-group (repeated) and --as-uid become impersonation headers', async () => {
    const { file } = writeConfig({});
    const record = await sent({ kubeconfig: file, overrides: { as: 'jane@contoso.com', asGroups: ['windows-admins', 'system:authenticated'], asUid: '8d2f-11' } });
    expect(record.headers['impersonate-user']).toEqual(['jane@contoso.com']);
    expect(record.headers['impersonate-group']).toEqual(['windows-admins', 'system:authenticated']);
    expect(record.headers['impersonate-uid']).toEqual(['8d2f-11']);
  });

  it('impersonation written in the kubeconfig (as, as-groups, as-uid) is sent too', async () => {
    const { file } = writeConfig({ user: { token: sim.token, as: 'ops-bot', 'as-groups': ['sre'], 'as-uid': '42' } });
    const record = await sent({ kubeconfig: file });
    expect(record.headers['impersonate-user']).toEqual(['ops-bot']);
    expect(record.headers['impersonate-group']).toEqual(['sre']);
    expect(record.headers['impersonate-uid']).toEqual(['42']);
  });

  it('as-user-extra in the kubeconfig: one Impersonate-Extra header per value, the key escaped as kubectl escapes it', async () => {
    const { file } = writeConfig({
      user: { token: sim.token, as: 'ops-bot', 'as-user-extra': { scopes: ['view', 'edit'], 'example.com/team+x': ['win ops'], 'weird(k)%é': ['v'] } },
    });
    const record = await sent({ kubeconfig: file });
    // What kubectl 1.32 sent for the same kubeconfig, read from the request log of the simulated cluster.
    expect(Object.fromEntries(Object.entries(record.headers).filter(([name]) => name.startsWith('impersonate-extra-')))).toEqual({
      'impersonate-extra-scopes': ['view', 'edit'],
      'impersonate-extra-example.com%2fteam+x': ['win ops'],
      'impersonate-extra-weird%28k%29%25%c3%a9': ['v'],
    });
  });

  it('--as-group without --as is a usage error', async () => {
    const { file } = writeConfig({});
    await expect(createKubeClient({ kubeconfig: file, env: {}, overrides: { asGroups: ['x'] } })).rejects.toBeInstanceOf(UsageError);
  });

  it('-s/--server replaces the cluster address', async () => {
    const { file } = writeConfig({ server: 'https://127.0.0.1:1' });
    const record = await sent({ kubeconfig: file, overrides: { server: sim.url } });
    expect(record.headers.authorization).toEqual([`Bearer ${sim.token}`]);
  });

  it('--user and --cluster pick other kubeconfig entries than the context names', async () => {
    const { file } = writeConfig({
      server: 'https://127.0.0.1:1',
      user: { token: 'wrong' },
      extraUsers: [{ name: 'good', user: { token: sim.token } }],
      extraClusters: [{ name: 'sim', cluster: { server: sim.url, 'certificate-authority-data': Buffer.from(sim.caPem).toString('base64') } }],
    });
    const record = await sent({ kubeconfig: file, overrides: { user: 'good', cluster: 'sim' } });
    expect(record.headers.authorization).toEqual([`Bearer ${sim.token}`]);
    await expect(createKubeClient({ kubeconfig: file, env: {}, overrides: { user: 'nobody' } })).rejects.toThrow(/user "nobody" \(--user\) is not in the kubeconfig; available users: me, good/);
  });

  it('--certificate-authority trusts the server a kubeconfig without CA data would reject', async () => {
    const { file } = writeConfig({ cluster: { 'certificate-authority-data': undefined } });
    const untrusted = await createKubeClient({ kubeconfig: file, env: {} }).then((c) => c.version()).catch((e: unknown) => e);
    expect((untrusted as Error).message).toMatch(/TLS: the server's certificate is not trusted/);
    const record = await sent({ kubeconfig: file, overrides: { certificateAuthority: caFile } });
    expect(record.path).toBe('/version');
  });

  it('--insecure-skip-tls-verify accepts a server the configured CA does not sign, and refuses to combine with a CA file', async () => {
    const { file } = writeConfig({ cluster: { 'certificate-authority-data': Buffer.from(sim.caPem.replace(/[A-Za-z]/, 'Q')).toString('base64') } });
    const record = await sent({ kubeconfig: file, overrides: { insecureSkipTlsVerify: true } });
    expect(record.path).toBe('/version');
    await expect(createKubeClient({ kubeconfig: file, env: {}, overrides: { insecureSkipTlsVerify: true, certificateAuthority: caFile } })).rejects.toBeInstanceOf(UsageError);
  });

  it('--tls-server-name is the name sent (SNI) and checked against the certificate', async () => {
    const { file } = writeConfig({});
    const record = await sent({ kubeconfig: file, overrides: { tlsServerName: 'kubernetes.default.svc' } });
    expect(record.serverName).toBe('kubernetes.default.svc');
    const wrong = await createKubeClient({ kubeconfig: file, env: {}, overrides: { tlsServerName: 'api.other.example' } })
      .then((c) => c.version())
      .catch((e: unknown) => e);
    expect((wrong as Error).message).toMatch(/not valid for api\.other\.example \(https:\/\/127\.0\.0\.1:\d+\)/);
  });

  it('--client-certificate and --client-key authenticate with a certificate the cluster CA signed', async () => {
    const client = await generateClientCertificate(sim, 'windbg-operator', ['windows-admins']);
    const certFile = path.join(dir, 'operator.crt');
    const keyFile = path.join(dir, 'operator.key');
    writeFileSync(certFile, client.certPem);
    writeFileSync(keyFile, client.keyPem);
    const { file } = writeConfig({ user: {} });
    const record = await sent({ kubeconfig: file, overrides: { clientCertificate: certFile, clientKey: keyFile } });
    expect(record.clientCertificateUser).toBe('windbg-operator');
    expect(record.headers.authorization).toBeUndefined();
  });

  it('on the command line: --server, --token and --certificate-authority work with an empty kubeconfig', async () => {
    const empty = path.join(dir, 'empty-config');
    writeFileSync(empty, '');
    const before = sim.requests.length;
    const run = await runCli(['nodes', '-o', 'json', '--kubeconfig', empty, '-s', sim.url, '--token', sim.token, '--certificate-authority', caFile, '--as', 'jane', '--as-group', 'a', '--as-group', 'b']);
    expect(run.code, run.stderr).toBe(0);
    const nodeLists = sim.requests.slice(before).filter((r) => r.path === '/api/v1/nodes');
    expect(nodeLists.length).toBeGreaterThan(0);
    expect(nodeLists[0]!.headers['impersonate-user']).toEqual(['jane']);
    expect(nodeLists[0]!.headers['impersonate-group']).toEqual(['a', 'b']);
    expect((JSON.parse(run.stdout) as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
  });
});

describe("kubectl's global flags on the command line, each seen by the server", () => {
  it('--user, --cluster, --client-certificate, --client-key, --tls-server-name, --as and --as-uid', async () => {
    const operator = await generateClientCertificate(sim, 'cli-operator', ['windows-admins']);
    const certFile = path.join(dir, 'cli-operator.crt');
    const keyFile = path.join(dir, 'cli-operator.key');
    writeFileSync(certFile, operator.certPem);
    writeFileSync(keyFile, operator.keyPem);
    const { file } = writeConfig({
      server: 'https://127.0.0.1:1',
      user: { token: 'wrong' },
      extraUsers: [{ name: 'cert-user', user: {} }],
      extraClusters: [{ name: 'sim', cluster: { server: sim.url, 'certificate-authority-data': Buffer.from(sim.caPem).toString('base64') } }],
    });
    const before = sim.requests.length;
    const run = await runCli([
      'nodes', '-o', 'json', '--kubeconfig', file, '--user', 'cert-user', '--cluster', 'sim', '--client-certificate', certFile, '--client-key', keyFile,
      '--tls-server-name', 'kubernetes.default.svc', '--as', 'jane', '--as-uid', '8d2f-11',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [record] = sim.requests.slice(before).filter((r) => r.path === '/api/v1/nodes');
    expect(record).toMatchObject({ clientCertificateUser: 'cli-operator', serverName: 'kubernetes.default.svc' });
    expect(record!.headers.authorization).toBeUndefined();
    expect(record!.headers['impersonate-user']).toEqual(['jane']);
    expect(record!.headers['impersonate-uid']).toEqual(['8d2f-11']);
  });

  it('--server (long form) with --insecure-skip-tls-verify reaches a server no configured CA signs', async () => {
    const { file } = writeConfig({ server: 'https://127.0.0.1:1', cluster: { 'certificate-authority-data': undefined } });
    const before = sim.requests.length;
    const refused = await runCli(['nodes', '--kubeconfig', file, '--server', sim.url]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/not trusted/);
    const run = await runCli(['nodes', '-o', 'json', '--kubeconfig', file, '--server', sim.url, '--insecure-skip-tls-verify']);
    expect(run.code, run.stderr).toBe(0);
    const lists = sim.requests.slice(before).filter((r) => r.path === '/api/v1/nodes');
    expect(lists.length).toBeGreaterThan(0);
    expect(lists[0]!.headers.authorization).toEqual([`Bearer ${sim.token}`]);
  });
});

describe('proxies from the environment', () => {
  interface ProxyLog {
    target: string;
    authorization?: string;
  }
  let proxy: http.Server;
  let proxyUrl: string;
  const log: ProxyLog[] = [];
  beforeAll(async () => {
    proxy = http.createServer((_req, res) => {
      res.writeHead(405);
      res.end();
    });
    proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      log.push({ target: req.url ?? '', authorization: req.headers['proxy-authorization'] });
      const [host, targetPort] = (req.url ?? '').split(':');
      // The test names the API server kube.windbg.test; only this proxy knows where that is.
      const upstream = net.connect(Number(targetPort), host === 'kube.windbg.test' ? '127.0.0.1' : host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    proxyUrl = `http://svc-proxy:p%40ss@127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    proxy.closeAllConnections();
    proxy.close();
  });

  it('HTTPS_PROXY tunnels with CONNECT and sends the proxy credentials; TLS runs end to end inside', async () => {
    const { file } = writeConfig({ server: `https://kube.windbg.test:${port()}`, cluster: { 'tls-server-name': 'localhost' } });
    log.length = 0;
    const record = await sent({ kubeconfig: file, env: { HTTPS_PROXY: proxyUrl } });
    expect(log[0]).toEqual({ target: `kube.windbg.test:${port()}`, authorization: `Basic ${Buffer.from('svc-proxy:p@ss').toString('base64')}` });
    expect(record.headers.authorization).toEqual([`Bearer ${sim.token}`]);
    expect(record.serverName).toBe('localhost');
  });

  it('exec goes through the same tunnel', async () => {
    const { file } = writeConfig({ server: `https://kube.windbg.test:${port()}`, cluster: { 'tls-server-name': 'localhost' } });
    const client = await createKubeClient({ kubeconfig: file, env: { https_proxy: proxyUrl } });
    const [pod] = (sim.store.list('Pod') as { metadata: { name: string; namespace: string }; spec: { containers: { name: string }[]; nodeName?: string }; status?: { phase?: string } }[]).filter(
      (p) => p.status?.phase === 'Running' && p.spec.nodeName,
    );
    sim.setExecHandler(() => ({ stdout: 'through the tunnel\n' }));
    log.length = 0;
    const result = await client.exec(pod!.metadata.namespace, pod!.metadata.name, pod!.spec.containers[0]!.name, ['tunnel-check.exe'], { timeoutMs: 10_000 });
    expect(result.stdout).toBe('through the tunnel\n');
    expect(log.map((l) => l.target)).toEqual([`kube.windbg.test:${port()}`]);
  });

  it('an interactive exec (shell) goes through the same tunnel', async () => {
    const { PassThrough } = await import('node:stream');
    const { file } = writeConfig({ server: `https://kube.windbg.test:${port()}`, cluster: { 'tls-server-name': 'localhost' } });
    const client = await createKubeClient({ kubeconfig: file, env: { HTTPS_PROXY: proxyUrl } });
    const [pod] = (sim.store.list('Pod') as { metadata: { name: string; namespace: string }; spec: { containers: { name: string }[]; nodeName?: string }; status?: { phase?: string } }[]).filter(
      (p) => p.status?.phase === 'Running' && p.spec.nodeName,
    );
    sim.setExecHandler(() => ({ stdout: 'interactive through the tunnel\n' }));
    log.length = 0;
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const input = new PassThrough();
    input.end();
    const result = await client.execInteractive!(pod!.metadata.namespace, pod!.metadata.name, pod!.spec.containers[0]!.name, ['tunnel-check.exe'], { tty: false, session: { input, output } });
    expect(result.exitCode).toBe(0);
    expect(text).toBe('interactive through the tunnel\n');
    expect(log.map((l) => l.target)).toEqual([`kube.windbg.test:${port()}`]);
  });

  it('NO_PROXY exempts the server by name, by domain suffix and never proxies loopback', () => {
    const target = new URL(`https://kube.windbg.test:${port()}`);
    expect(proxyFor(target, { HTTPS_PROXY: proxyUrl })?.host).toBe(new URL(proxyUrl).host);
    expect(proxyFor(target, { HTTPS_PROXY: proxyUrl, NO_PROXY: 'kube.windbg.test' })).toBeUndefined();
    expect(proxyFor(target, { HTTPS_PROXY: proxyUrl, no_proxy: 'example.com, .windbg.test' })).toBeUndefined();
    expect(proxyFor(target, { HTTPS_PROXY: proxyUrl, NO_PROXY: `windbg.test:${port()}` })).toBeUndefined();
    expect(proxyFor(target, { HTTPS_PROXY: proxyUrl, NO_PROXY: 'windbg.test:1' })?.host).toBe(new URL(proxyUrl).host);
    expect(proxyFor(new URL('https://127.0.0.1:6443'), { HTTPS_PROXY: proxyUrl })).toBeUndefined();
    expect(proxyFor(new URL('https://localhost:6443'), { HTTPS_PROXY: proxyUrl })).toBeUndefined();
    expect(proxyFor(new URL('http://10.0.0.1:8001'), { HTTPS_PROXY: proxyUrl })).toBeUndefined();
    expect(proxyFor(new URL('http://10.0.0.1:8001'), { HTTP_PROXY: 'proxy.corp:3128' })?.href).toBe('http://proxy.corp:3128/');
  });

  it('NO_PROXY matches like kubectl: "*", CIDR ranges, IP addresses, names and their subdomains', () => {
    expect(noProxyMatches('10.1.2.3', '443', '*')).toBe(true);
    expect(noProxyMatches('10.1.2.3', '443', '10.0.0.0/8')).toBe(true);
    expect(noProxyMatches('192.168.1.5', '443', '10.0.0.0/8,192.168.0.0/16')).toBe(true);
    expect(noProxyMatches('172.16.0.1', '443', '10.0.0.0/8,192.168.0.0/16')).toBe(false);
    expect(noProxyMatches('fd00::5', '443', 'fd00::/8')).toBe(true);
    expect(noProxyMatches('10.1.2.3', '443', '10.1.2.3')).toBe(true);
    expect(noProxyMatches('aks-dns.hcp.westeurope.azmk8s.io', '443', 'azmk8s.io')).toBe(true);
    expect(noProxyMatches('azmk8s.io', '443', '.azmk8s.io')).toBe(false);
    expect(noProxyMatches('x.azmk8s.io', '443', '*.azmk8s.io')).toBe(true);
    expect(noProxyMatches('notazmk8s.io', '443', 'azmk8s.io')).toBe(false);
    // A CIDR range exempts addresses only, never a name (kubectl does not resolve names for NO_PROXY).
    expect(noProxyMatches('kubernetes', '443', '0.0.0.0/0')).toBe(false);
  });

  it('reads the variables as kubectl does: an empty HTTPS_PROXY gives way to https_proxy; only "localhost" itself is exempt by name', () => {
    const proxyHost = new URL(proxyUrl).host;
    expect(proxyFor(new URL('https://kubernetes:6443'), { HTTPS_PROXY: '', https_proxy: proxyUrl })?.host).toBe(proxyHost);
    expect(proxyFor(new URL('https://kubernetes:6443'), { HTTPS_PROXY: proxyUrl, NO_PROXY: '', no_proxy: 'kubernetes' })).toBeUndefined();
    expect(proxyFor(new URL('https://api.localhost:6443'), { HTTPS_PROXY: proxyUrl })?.host).toBe(proxyHost);
    expect(proxyFor(new URL('https://[::1]:6443'), { HTTPS_PROXY: proxyUrl })).toBeUndefined();
  });

  it('a proxy that refuses the tunnel is a cluster access error that names the proxy and its answer', async () => {
    const refusing = http.createServer();
    refusing.on('connect', (_req: http.IncomingMessage, socket: net.Socket) => {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\n\r\n');
    });
    refusing.listen(0, '127.0.0.1');
    await once(refusing, 'listening');
    try {
      const { file } = writeConfig({ server: `https://kube.windbg.test:${port()}`, cluster: { 'tls-server-name': 'localhost' } });
      const client = await createKubeClient({ kubeconfig: file, env: { HTTPS_PROXY: `http://127.0.0.1:${(refusing.address() as AddressInfo).port}` }, retry: { maxAttempts: 1 } });
      const error = await client.version().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClusterAccessError);
      expect((error as Error).message).toMatch(/refused the tunnel to kube\.windbg\.test:\d+: 407 Proxy Authentication Required/);
    } finally {
      refusing.close();
    }
  });

  it('a NO_PROXY match goes direct (here: a name only the proxy can resolve fails)', async () => {
    const { file } = writeConfig({ server: `https://kube.windbg.test:${port()}`, cluster: { 'tls-server-name': 'localhost' } });
    log.length = 0;
    const client = await createKubeClient({ kubeconfig: file, env: { HTTPS_PROXY: proxyUrl, NO_PROXY: '.windbg.test' }, retry: { maxAttempts: 1 } });
    await expect(client.version()).rejects.toThrow(/cannot reach|ENOTFOUND|EAI_AGAIN/);
    expect(log).toEqual([]);
  });
});

describe('exec credential plugins get KUBERNETES_EXEC_INFO', () => {
  /** A plugin that records its environment and prints an ExecCredential with the sim token. */
  function plugin(): { command: string; infoFile: string } {
    const folder = mkdtempSync(path.join(dir, 'plugin-'));
    const infoFile = path.join(folder, 'exec-info.json');
    const command = path.join(folder, 'kubelogin-stub');
    writeFileSync(
      command,
      [
        `#!${process.execPath}`,
        "const fs = require('node:fs');",
        `fs.writeFileSync(${JSON.stringify(infoFile)}, process.env.KUBERNETES_EXEC_INFO ?? '');`,
        "process.stderr.write('To sign in, use a web browser to open https://microsoft.com/devicelogin and enter the code ABCD-EFGH\\n');",
        `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: process.env.SIM_TOKEN } }));`,
      ].join('\n'),
    );
    chmodSync(command, 0o755);
    return { command, infoFile };
  }

  function capture(): { stream: Writable; text: () => string } {
    let text = '';
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString('utf8');
        done();
      },
    });
    return { stream, text: () => text };
  }

  function execUser(command: string, extra: Record<string, unknown>): Record<string, unknown> {
    return { exec: { apiVersion: 'client.authentication.k8s.io/v1', command, env: [{ name: 'SIM_TOKEN', value: sim.token }], ...extra } };
  }

  it('with provideClusterInfo: the cluster, not interactive without a terminal; the plugin message reaches stderr', async () => {
    const { command, infoFile } = plugin();
    const { file } = writeConfig({
      user: execUser(command, { provideClusterInfo: true, interactiveMode: 'IfAvailable' }),
      cluster: {
        'tls-server-name': 'localhost',
        extensions: [
          { name: 'client.authentication.k8s.io/exec', extension: { audience: 'sim', scopes: ['a', 'b'] } },
          { name: 'other.example/ext', extension: { ignored: true } },
        ],
      },
    });
    const stderr = capture();
    const record = await sent({ kubeconfig: file, stdinIsTTY: false, pluginStderr: stderr.stream });
    expect(record.headers.authorization).toEqual([`Bearer ${sim.token}`]);
    expect(JSON.parse(readFileSync(infoFile, 'utf8'))).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        // As kubectl 1.32 writes it: the cluster's exec extension goes in as `config`.
        cluster: { server: sim.url, 'tls-server-name': 'localhost', 'certificate-authority-data': Buffer.from(sim.caPem).toString('base64'), config: { audience: 'sim', scopes: ['a', 'b'] } },
      },
    });
    expect(stderr.text()).toContain('enter the code ABCD-EFGH');
  });

  it('without provideClusterInfo: no cluster; interactive when stdin is a terminal', async () => {
    const { command, infoFile } = plugin();
    const { file } = writeConfig({ user: execUser(command, {}) });
    await sent({ kubeconfig: file, stdinIsTTY: true, pluginStderr: capture().stream });
    expect(JSON.parse(readFileSync(infoFile, 'utf8'))).toEqual({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', spec: { interactive: true } });
  });

  it('interactiveMode Never is never interactive; Always without a terminal is an error', async () => {
    const { command, infoFile } = plugin();
    const never = writeConfig({ user: execUser(command, { interactiveMode: 'Never' }) });
    await sent({ kubeconfig: never.file, stdinIsTTY: true, pluginStderr: capture().stream });
    expect(JSON.parse(readFileSync(infoFile, 'utf8')).spec).toEqual({ interactive: false });
    const always = writeConfig({ user: execUser(command, { interactiveMode: 'Always' }) });
    const error = await createKubeClient({ kubeconfig: always.file, env: {}, stdinIsTTY: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect((error as Error).message).toMatch(/needs a terminal \(interactiveMode: Always\)/);
  });
});
