/**
 * A throwaway CA and a server certificate for 127.0.0.1/localhost, made with the openssl CLI so
 * clients exercise a real TLS verification path (and a different CA is a real x509 failure).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Certificates {
  caPem: string;
  caKeyPem: string;
  certPem: string;
  keyPem: string;
}

async function openssl(args: string[], cwd: string): Promise<void> {
  try {
    await run('openssl', args, { cwd });
  } catch (e) {
    const err = e as { code?: string; stderr?: string };
    if (err.code === 'ENOENT') throw new Error('the simulated cluster needs the openssl command to create its certificates; install openssl');
    throw new Error(`openssl ${args[0]} failed: ${err.stderr ?? String(e)}`);
  }
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** A client certificate signed by the cluster CA, as kubeadm issues for users: CN is the user, O the groups. */
export async function generateClientCertificate(certs: Pick<Certificates, 'caPem' | 'caKeyPem'>, user: string, groups: string[] = []): Promise<{ certPem: string; keyPem: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'windbg-sim-client-'));
  try {
    await writeFile(join(dir, 'ca.crt'), certs.caPem);
    await writeFile(join(dir, 'ca.key'), certs.caKeyPem);
    const subject = `/CN=${user}${groups.map((g) => `/O=${g}`).join('')}`;
    await openssl(['req', ...EC_KEY, '-keyout', 'client.key', '-out', 'client.csr', '-subj', subject], dir);
    await writeFile(join(dir, 'client.ext'), ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature', 'extendedKeyUsage=clientAuth'].join('\n'));
    await openssl(['x509', '-req', '-in', 'client.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'client.crt', '-days', '365', '-extfile', 'client.ext'], dir);
    const [certPem, keyPem] = await Promise.all(['client.crt', 'client.key'].map((f) => readFile(join(dir, f), 'utf8')));
    return { certPem: certPem!, keyPem: keyPem! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Creates a CA named `caName` and a server certificate it signs (SAN IP:127.0.0.1, DNS:localhost). */
export async function generateCertificates(caName = 'windbg-sim-ca'): Promise<Certificates> {
  const dir = await mkdtemp(join(tmpdir(), 'windbg-sim-certs-'));
  try {
    await openssl(
      ['req', '-x509', ...EC_KEY, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', `/CN=${caName}`,
        '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign,digitalSignature'],
      dir,
    );
    await openssl(['req', ...EC_KEY, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=kube-apiserver'], dir);
    await writeFile(
      join(dir, 'server.ext'),
      [
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature,keyEncipherment',
        'extendedKeyUsage=serverAuth',
        'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default.svc',
      ].join('\n'),
    );
    await openssl(
      ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '365', '-extfile', 'server.ext'],
      dir,
    );
    const [caPem, caKeyPem, certPem, keyPem] = await Promise.all(
      ['ca.crt', 'ca.key', 'server.crt', 'server.key'].map((f) => readFile(join(dir, f), 'utf8')),
    );
    return { caPem: caPem!, caKeyPem: caKeyPem!, certPem: certPem!, keyPem: keyPem! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
