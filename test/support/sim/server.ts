/**
 * The HTTPS front of the simulated API server: request log, bearer-token authentication,
 * fault injection, then discovery or resource handling; WebSocket upgrades go to exec.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Certificates } from './certs.js';
import type { SimContext } from './context.js';
import { apiGroup, apiGroupList, apiResourceList, apiVersions, versionInfo } from './discovery.js';
import { createExecServer, pickProtocol, serveExec } from './exec.js';
import { takeFault } from './faults.js';
import { handleResource } from './handlers.js';
import { queryRecord, rejectUpgrade, sendJson, sendStatus, sendText } from './http.js';
import { containerNotRunning, resolveContainer } from './pods.js';
import { parseRoute, type Route } from './routes.js';
import { badRequest, notFound, statusBody, type StatusBody } from './status.js';
import type { RequestRecord, ServerVersionInfo, SimFault } from './types.js';
import { WatchHub } from './watch.js';

type Loose = Record<string, any>; // plain JSON objects

export interface ServerOptions {
  ctx: SimContext;
  certs: Certificates;
  token: string;
  serverVersion: ServerVersionInfo;
  faults: SimFault[];
  requests: RequestRecord[];
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

function unauthorized(): StatusBody {
  return statusBody(401, { message: 'Unauthorized' });
}

/** A bearer token, or a client certificate signed by the cluster CA, as the real API server accepts. */
function authorized(req: IncomingMessage, token: string): boolean {
  return req.headers.authorization === `Bearer ${token}` || clientCertificateUser(req) !== undefined;
}

function clientCertificateUser(req: IncomingMessage): string | undefined {
  const socket = req.socket as TLSSocket;
  if (typeof socket.getPeerCertificate !== 'function' || !socket.authorized) return undefined;
  const cn = socket.getPeerCertificate().subject?.CN;
  return typeof cn === 'string' && cn !== '' ? cn : undefined;
}

function verbOf(method: string, route: Route): string {
  if (route.type !== 'resource') return method.toLowerCase();
  const collection = route.name === undefined;
  switch (method) {
    case 'GET':
      return collection ? 'list' : 'get';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return collection ? 'deletecollection' : 'delete';
    default:
      return method.toLowerCase();
  }
}

/** The Status a scripted `status` fault answers with, worded like the real server. */
function faultStatus(fault: { status: number; reason?: string; message?: string; retryAfterSeconds?: number }, method: string, route: Route): StatusBody {
  let message = fault.message;
  if (!message && fault.status === 403 && route.type === 'resource') {
    const r = route.resource;
    const resource = route.subresource ? `${r.plural}/${route.subresource}` : r.plural;
    const scope = route.namespace ? `in the namespace "${route.namespace}"` : 'at the cluster scope';
    message = `${r.group ? `${r.plural}.${r.group}` : r.plural} is forbidden: User "system:serviceaccount:default:windbg-sim" cannot ${verbOf(method, route)} resource "${resource}" in API group "${r.group}" ${scope}`;
  }
  if (!message && fault.status === 404 && route.type === 'resource' && route.name) {
    return notFound(route.resource.plural, route.name, route.resource.group);
  }
  const details = fault.status === 429 ? { retryAfterSeconds: fault.retryAfterSeconds ?? 1 } : undefined;
  return statusBody(fault.status, { reason: fault.reason, message, details });
}

function retryHeaders(fault: { status: number; retryAfterSeconds?: number }): Record<string, string> {
  return fault.status === 429 || fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds ?? 1) } : {};
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies the fault matching this request. Returns true when the fault answered the request
 * (so nothing else must), false when the request should go on (none, or a delay).
 */
async function applyFault(
  opts: ServerOptions,
  method: string,
  url: URL,
  route: Route,
  answer: { status(s: StatusBody, headers: Record<string, string>): void; reset(): void; resetInsteadOfAnswer(): void; withholdAnswer(): void },
): Promise<boolean> {
  const fault = takeFault(opts.faults, { method, path: url.pathname, hasContinue: url.searchParams.has('continue') });
  if (!fault) return false;
  if ('delayMs' in fault) {
    await sleep(fault.delayMs);
    return false;
  }
  if ('resetConnection' in fault) {
    answer.reset();
    return true;
  }
  if ('resetAfterHandling' in fault) {
    answer.resetInsteadOfAnswer();
    return false;
  }
  if ('stallAfterHandling' in fault) {
    answer.withholdAnswer();
    return false;
  }
  if ('stall' in fault) return true;
  if ('expireContinue' in fault) {
    answer.status(statusBody(410, { reason: 'Expired' }), {});
    return true;
  }
  answer.status(faultStatus(fault, method, route), retryHeaders(fault));
  return true;
}

function record(opts: ServerOptions, req: IncomingMessage, method: string, url: URL): void {
  const servername = (req.socket as TLSSocket).servername;
  opts.requests.push({
    method,
    path: url.pathname,
    query: queryRecord(url.searchParams),
    headers: { ...req.headersDistinct } as Record<string, string[]>,
    serverName: typeof servername === 'string' ? servername : undefined,
    clientCertificateUser: clientCertificateUser(req),
  });
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const hub = new WatchHub(opts.ctx.store);
  const wss = createExecServer();
  let port = 0;

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    record(opts, req, method, url);
    if (!authorized(req, opts.token)) return sendStatus(res, unauthorized());
    const route = parseRoute(url.pathname);
    const answered = await applyFault(opts, method, url, route, {
      status: (s, headers) => sendStatus(res, s, headers),
      reset: () => req.socket.destroy(),
      resetInsteadOfAnswer: () => {
        res.writeHead = (() => res) as unknown as typeof res.writeHead;
        res.end = (() => {
          req.socket.destroy();
          return res;
        }) as unknown as typeof res.end;
      },
      withholdAnswer: () => {
        res.writeHead = (() => res) as unknown as typeof res.writeHead;
        res.end = (() => res) as unknown as typeof res.end;
      },
    });
    if (answered) return;
    switch (route.type) {
      case 'discovery':
        if (route.doc === 'version') return sendJson(res, 200, versionInfo(opts.serverVersion));
        if (route.doc === 'health') return sendText(res, 200, 'ok');
        if (route.doc === 'api') return sendJson(res, 200, apiVersions(`127.0.0.1:${port}`));
        return sendJson(res, 200, apiGroupList());
      case 'group':
        return sendJson(res, 200, apiGroup(route.group));
      case 'resourceList':
        return sendJson(res, 200, apiResourceList(route.group, route.version));
      case 'resource':
        return handleResource(opts.ctx, hub, { req, res, url, resource: route.resource, namespace: route.namespace, name: route.name, subresource: route.subresource });
      default:
        return sendStatus(res, statusBody(404, { message: 'the server could not find the requested resource', details: {} }));
    }
  }

  async function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    record(opts, req, method, url);
    if (!authorized(req, opts.token)) return rejectUpgrade(socket, unauthorized());
    const route = parseRoute(url.pathname);
    const answered = await applyFault(opts, method, url, route, {
      status: (s, headers) => rejectUpgrade(socket, s, headers),
      reset: () => socket.destroy(),
      resetInsteadOfAnswer: () => socket.destroy(),
      withholdAnswer: () => undefined,
    });
    if (answered) return;
    if (route.type !== 'resource' || route.resource.kind !== 'Pod' || route.subresource !== 'exec' || !route.name) {
      return rejectUpgrade(socket, badRequest('the simulated cluster upgrades only pods/exec requests'));
    }
    const pod = opts.ctx.store.read(route.resource, route.namespace, route.name) as Loose | undefined;
    if (!pod) return rejectUpgrade(socket, notFound('pods', route.name));
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') {
      return rejectUpgrade(socket, badRequest(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`));
    }
    if (!pod.spec?.nodeName) return rejectUpgrade(socket, badRequest(`pod ${route.name} does not have a host assigned`));
    const container = resolveContainer(pod, url.searchParams.get('container'));
    if ('error' in container) return rejectUpgrade(socket, badRequest(container.error));
    const waiting = containerNotRunning(pod, container.name);
    if (waiting) return rejectUpgrade(socket, badRequest(`unable to upgrade connection: ${waiting}`));
    const offered = new Set((req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter(Boolean));
    if (req.headers.upgrade?.toLowerCase() !== 'websocket' || !pickProtocol(offered)) {
      return rejectUpgrade(socket, badRequest(`unable to upgrade: the simulated cluster streams exec only over WebSocket with v5.channel.k8s.io or v4.channel.k8s.io (offered: ${[...offered].join(' ') || 'none'})`));
    }
    serveExec(opts.ctx, wss, req, socket, head, {
      call: { namespace: route.namespace!, pod: route.name, container: container.name, command: url.searchParams.getAll('command'), nodeName: pod.spec.nodeName },
      pod,
      stdinRequested: ['true', '1'].includes(url.searchParams.get('stdin') ?? ''),
      tty: ['true', '1'].includes(url.searchParams.get('tty') ?? ''),
    });
  }

  // Client certificates are asked for but optional, as on a real API server (tokens work without one).
  const tlsOptions = { key: opts.certs.keyPem, cert: opts.certs.certPem, ca: opts.certs.caPem, requestCert: true, rejectUnauthorized: false };
  const server = createServer({ ...tlsOptions, keepAliveTimeout: 30_000 }, (req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendStatus(res, statusBody(500, { message: `Internal error occurred: ${String(e)}` }));
      else res.destroy();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    onUpgrade(req, socket, head).catch(() => socket.destroy());
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;

  return {
    server,
    port,
    close: async () => {
      hub.closeAll();
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
