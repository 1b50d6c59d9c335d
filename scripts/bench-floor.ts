/**
 * The floor of the scale benchmark: the least any client can do to read the cluster. It fetches
 * every page (limit 500) of nodes, pods and events over the kubeconfig's TLS and bearer token,
 * JSON-parses each page and keeps nothing.
 *
 * Bundled by scripts/bench.ts and run with plain `node` (no TypeScript loader start-up cost):
 *   node bench-floor.mjs <kubeconfig>
 * Prints `{"nodes":N,"pods":N,"events":N,"pages":N}` on stdout.
 */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { parse } from 'yaml';

interface Kubeconfig {
  'current-context'?: string;
  contexts?: { name: string; context: { cluster: string; user: string } }[];
  clusters?: { name: string; cluster: { server: string; 'certificate-authority-data'?: string } }[];
  users?: { name: string; user: { token?: string } }[];
}

interface Target {
  server: URL;
  ca?: Buffer;
  token?: string;
}

function targetFrom(path: string): Target {
  const config = parse(readFileSync(path, 'utf8')) as Kubeconfig;
  const context = config.contexts?.find((c) => c.name === config['current-context'])?.context;
  const cluster = config.clusters?.find((c) => c.name === context?.cluster)?.cluster;
  const user = config.users?.find((u) => u.name === context?.user)?.user;
  if (!cluster) throw new Error(`${path}: the current context has no cluster`);
  const caData = cluster['certificate-authority-data'];
  return { server: new URL(cluster.server), ca: caData ? Buffer.from(caData, 'base64') : undefined, token: user?.token };
}

function fetchJson(target: Target, agent: https.Agent, path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        hostname: target.server.hostname,
        port: target.server.port,
        path,
        agent,
        headers: { Accept: 'application/json', ...(target.token ? { Authorization: `Bearer ${target.token}` } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) reject(new Error(`GET ${path}: HTTP ${response.statusCode}: ${text.slice(0, 200)}`));
          else resolve(JSON.parse(text));
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** Reads every page of one collection; returns how many items and pages there were. */
async function readAll(target: Target, agent: https.Agent, resource: string): Promise<{ items: number; pages: number }> {
  let items = 0;
  let pages = 0;
  let token: string | undefined;
  do {
    const query = new URLSearchParams({ limit: '500' });
    if (token) query.set('continue', token);
    const page = (await fetchJson(target, agent, `/api/v1/${resource}?${query}`)) as { items?: unknown[]; metadata?: { continue?: string } };
    items += page.items?.length ?? 0;
    pages++;
    token = page.metadata?.continue || undefined;
  } while (token);
  return { items, pages };
}

const kubeconfig = process.argv[2];
if (!kubeconfig) throw new Error('usage: node bench-floor.mjs <kubeconfig>');
const target = targetFrom(kubeconfig);
const agent = new https.Agent({ keepAlive: true, ca: target.ca });
const nodes = await readAll(target, agent, 'nodes');
const pods = await readAll(target, agent, 'pods');
const events = await readAll(target, agent, 'events');
agent.destroy();
process.stdout.write(
  `${JSON.stringify({ nodes: nodes.items, pods: pods.items, events: events.items, pages: nodes.pages + pods.pages + events.pages })}\n`,
);
