/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY the way kubectl (Go's net/http) reads them:
 *   - HTTPS_PROXY (or https_proxy) for https servers, HTTP_PROXY (or http_proxy) for http ones;
 *     a value without a scheme means http://;
 *   - the name localhost and loopback addresses are never proxied (other names always may be);
 *   - of HTTPS_PROXY and https_proxy the first that is set and not empty counts (same for the others);
 *   - NO_PROXY is a comma-separated list of "*", IP addresses, CIDR ranges and domain names, each
 *     optionally with a port; "example.com" matches the name and its subdomains, ".example.com"
 *     and "*.example.com" only the subdomains.
 * An https server is reached through a CONNECT tunnel; the proxy's user and password, if the URL
 * has them, go in a Proxy-Authorization header.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

type Env = Readonly<Record<string, string | undefined>>;

/** The first of NAME and name that is set and not empty, as Go reads the proxy variables. */
function envValue(env: Env, name: string): string | undefined {
  for (const value of [env[name.toUpperCase()], env[name.toLowerCase()]]) {
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** The proxy for requests to `target`, or undefined when they go direct. */
export function proxyFor(target: URL, env: Env): URL | undefined {
  const raw = envValue(env, target.protocol === 'https:' || target.protocol === 'wss:' ? 'https_proxy' : 'http_proxy');
  if (raw === undefined) return undefined;
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  const port = target.port || (target.protocol === 'http:' || target.protocol === 'ws:' ? '80' : '443');
  if (isLoopback(host)) return undefined;
  if (noProxyMatches(host, port, envValue(env, 'no_proxy') ?? '')) return undefined;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
}

/** "localhost" itself and loopback addresses; Go proxies any other name (even "x.localhost"). */
function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  if (net.isIPv6(host)) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

/** True when NO_PROXY exempts host:port. */
export function noProxyMatches(host: string, port: string, noProxy: string): boolean {
  for (const rawEntry of noProxy.split(',')) {
    const entry = rawEntry.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (inCidr(host, entry)) return true;
      continue;
    }
    const { name, port: entryPort } = splitHostPort(entry);
    if (entryPort !== undefined && entryPort !== port) continue;
    if (net.isIP(name)) {
      if (net.isIP(host) && sameAddress(name, host)) return true;
      continue;
    }
    const suffix = name.startsWith('*.') ? name.slice(1) : name;
    if (suffix.startsWith('.')) {
      if (host.endsWith(suffix)) return true;
    } else if (host === suffix || host.endsWith(`.${suffix}`)) {
      return true;
    }
  }
  return false;
}

function splitHostPort(entry: string): { name: string; port?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1]!, port: bracketed[2] };
  if (net.isIPv6(entry)) return { name: entry };
  const colon = /^(.*):(\d+)$/.exec(entry);
  return colon ? { name: colon[1]!, port: colon[2] } : { name: entry };
}

function sameAddress(a: string, b: string): boolean {
  const list = new net.BlockList();
  list.addAddress(a, net.isIPv6(a) ? 'ipv6' : 'ipv4');
  return list.check(b, net.isIPv6(b) ? 'ipv6' : 'ipv4');
}

function inCidr(host: string, cidr: string): boolean {
  const [base = '', bits = ''] = cidr.split('/');
  const family = net.isIPv6(base) ? 'ipv6' : net.isIPv4(base) ? 'ipv4' : undefined;
  const prefix = Number(bits);
  if (!family || !Number.isInteger(prefix) || !net.isIP(host)) return false;
  if ((net.isIPv6(host) ? 'ipv6' : 'ipv4') !== family) return false;
  const list = new net.BlockList();
  try {
    list.addSubnet(base, prefix, family);
  } catch {
    return false;
  }
  return list.check(host, family);
}

/** "Basic <base64 user:password>" from the proxy URL, when it carries credentials. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (proxy.username === '' && proxy.password === '') return undefined;
  const user = decodeURIComponent(proxy.username);
  const password = decodeURIComponent(proxy.password);
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** What a CONNECT request needs from the caller. */
interface TunnelTarget {
  host: string;
  port: number;
}

/** Opens a CONNECT tunnel through the proxy to host:port; resolves with the raw tunnel socket. */
export function openTunnel(proxy: URL, target: TunnelTarget): Promise<Duplex> {
  const authority = net.isIPv6(target.host) ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
  const headers: Record<string, string> = { Host: authority };
  const authorization = proxyAuthorization(proxy);
  if (authorization) headers['Proxy-Authorization'] = authorization;
  const module = proxy.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = module.request({
      host: proxy.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false,
    });
    request.once('connect', (response, socket) => {
      if (response.statusCode === 200) {
        resolve(socket);
        return;
      }
      socket.destroy();
      const error = new Error(`the proxy ${proxy.host} refused the tunnel to ${authority}: ${response.statusCode ?? 0} ${response.statusMessage ?? ''}`.trim()) as NodeJS.ErrnoException;
      error.code = 'EPROXY';
      reject(error);
    });
    request.once('error', reject);
    request.end();
  });
}

/**
 * An https.Agent whose connections go through a CONNECT tunnel; TLS to the API server runs inside
 * the tunnel with the agent's usual options (CA, client certificate, server name).
 */
export class TunnelingAgent extends https.Agent {
  constructor(
    private readonly proxy: URL,
    options: https.AgentOptions,
  ) {
    super(options);
  }

  override createConnection(options: http.RequestOptions, callback?: (error: Error | null, socket: Duplex) => void): Duplex | undefined {
    const tlsOptions = options as tls.ConnectionOptions;
    const host = String(options.host ?? options.hostname ?? 'localhost');
    const port = Number(options.port ?? 443);
    openTunnel(this.proxy, { host, port }).then(
      (socket) => {
        const secure = tls.connect({ ...tlsOptions, socket, servername: tlsOptions.servername ?? (net.isIP(host) ? undefined : host) });
        callback?.(null, secure);
      },
      (error: Error) => callback?.(error, undefined as unknown as Duplex),
    );
    return undefined;
  }
}
