/**
 * Minimal clients for talking to a simulated cluster directly in tests: HTTPS requests and
 * WebSocket exec, both verifying the cluster's CA and sending its bearer token.
 */
import { request } from 'node:https';
import WebSocket from 'ws';
import type { SimCluster } from './types.js';

export interface SimResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: any; // tests read arbitrary API shapes
}

export function simRequest(
  sim: Pick<SimCluster, 'url' | 'caPem' | 'token'>,
  method: string,
  path: string,
  opts: { body?: unknown; headers?: Record<string, string>; token?: string | null } = {},
): Promise<SimResponse> {
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  const token = opts.token === undefined ? sim.token : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    // Node sends DELETE bodies without chunked encoding, so the length must be explicit.
    headers['Content-Length'] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    const req = request(`${sim.url}${path}`, { method, ca: sim.caPem, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface ExecFrames {
  protocol: string;
  stdout: string;
  stderr: string;
  /** The metav1.Status sent on channel 3. */
  status: Record<string, unknown> | undefined;
  /** Every message as received: channel and payload. */
  frames: { channel: number; data: Buffer }[];
}

/**
 * Runs an exec over WebSocket the way client-go does. `stdin`, when given, is sent on channel 0
 * and closed with the v5 close signal (or, under v4, simply left to the server to pick up).
 */
export function simExec(
  sim: Pick<SimCluster, 'url' | 'caPem' | 'token'>,
  opts: { namespace: string; pod: string; container?: string; command: string[]; stdin?: string; protocols?: string[] },
): Promise<ExecFrames> {
  const q = new URLSearchParams();
  for (const c of opts.command) q.append('command', c);
  if (opts.container) q.set('container', opts.container);
  q.set('stdout', 'true');
  q.set('stderr', 'true');
  if (opts.stdin !== undefined) q.set('stdin', 'true');
  const url = `${sim.url.replace(/^https/, 'wss')}/api/v1/namespaces/${opts.namespace}/pods/${opts.pod}/exec?${q}`;
  const ws = new WebSocket(url, opts.protocols ?? ['v5.channel.k8s.io', 'v4.channel.k8s.io'], {
    ca: sim.caPem,
    headers: { Authorization: `Bearer ${sim.token}` },
  });
  const result: ExecFrames = { protocol: '', stdout: '', stderr: '', status: undefined, frames: [] };
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => reject(new Error(`exec upgrade refused with ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8')}`)));
    });
    ws.on('error', reject);
    ws.on('open', () => {
      result.protocol = ws.protocol;
      if (opts.stdin !== undefined) {
        ws.send(Buffer.concat([Buffer.from([0]), Buffer.from(opts.stdin, 'utf8')]));
        if (ws.protocol === 'v5.channel.k8s.io') ws.send(Buffer.from([255, 0]));
      }
    });
    ws.on('message', (data: Buffer) => {
      const channel = data[0]!;
      const payload = data.subarray(1);
      result.frames.push({ channel, data: payload });
      if (channel === 1) result.stdout += payload.toString('utf8');
      else if (channel === 2) result.stderr += payload.toString('utf8');
      else if (channel === 3) result.status = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
    });
    ws.on('close', () => resolve(result));
  });
}
