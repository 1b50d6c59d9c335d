/**
 * `collect <node>`: a state bundle streamed from the node through a probe pod into a local
 * windbg-<node>-<UTC time>.tar.gz. The node script (scripts/collect-bundle.ps1) prints files in
 * a line format (see its header); this side decodes them, redacts secrets, writes the tar.gz
 * into a temporary file and renames it only when the bundle arrived complete.
 */
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { KNode, KubeClient } from '../kube/types.js';
import type { Finding } from '../rules/types.js';
import { ClusterAccessError } from '../errors.js';
import { t } from '../i18n/index.js';
import { probeFailedMessage, probePodFailedFinding, probePodFailureMessage } from './findings.js';
import { checkProbeNamespace, createTrackedPod, isNodeReady, waitForPod } from './lifecycle.js';
import { hostProcessBlocker } from './admission.js';
import { powershellEnvScriptCommand, powershellStdinCommand, scriptStdin } from './bootstrap.js';
import { DEFAULT_PROBE_NAMESPACE, PROBE_CONTAINER, probePodManifest } from './manifests.js';
import { addToSummary, emptyRedactionSummary, redactBytes, type RedactionSummary } from './redact.js';
import { tarEnd, tarEntry } from '../archive/tar.js';
import bundleScript from './scripts/collect-bundle.ps1';
import nodeProbeScript from './scripts/node-probe.ps1';

/** Files in the bundle unpack readable by their owner only, like the bundle itself. */
const privateFileMode = 0o600;

/** The bundle's own account of what redaction removed. */
export const REDACTION_SUMMARY_FILE = 'redaction-summary.json';

export interface BundleEntry {
  path: string;
  content: Buffer;
}

/**
 * Decodes the bundle line format as it streams in. `onEntry` gets each complete file;
 * `complete` turns true on the final "Z <count>" line when the count matches.
 */
export class BundleDecoder {
  complete = false;
  error?: string;
  private pending = '';
  private current?: { path: string; chunks: Buffer[] };
  private count = 0;
  private sawHeader = false;

  constructor(private readonly onEntry: (entry: BundleEntry) => void) {}

  push(chunk: Buffer | string): void {
    this.pending += typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    let newline = this.pending.indexOf('\n');
    while (newline >= 0) {
      this.line(this.pending.slice(0, newline).replace(/\r$/, ''));
      this.pending = this.pending.slice(newline + 1);
      newline = this.pending.indexOf('\n');
    }
  }

  end(): void {
    if (this.pending.trim() !== '') this.line(this.pending.replace(/\r$/, ''));
    this.pending = '';
    if (!this.complete && !this.error) this.error = t('probes.bundle.truncated');
  }

  private line(line: string): void {
    if (this.error || this.complete) return;
    if (!this.sawHeader) {
      if (line.replace(/^\uFEFF|^\xEF\xBB\xBF/, '') === 'windbg-bundle 1') this.sawHeader = true;
      return; // anything before the header is PowerShell noise
    }
    const tag = line.slice(0, 2);
    if (tag === 'F ') {
      this.current = { path: sanitizePath(Buffer.from(line.slice(2), 'base64').toString('utf8')), chunks: [] };
    } else if (tag === 'D ' && this.current) {
      this.current.chunks.push(Buffer.from(line.slice(2), 'base64'));
    } else if (line === 'E' && this.current) {
      this.onEntry({ path: this.current.path, content: Buffer.concat(this.current.chunks) });
      this.current = undefined;
      this.count++;
    } else if (tag === 'Z ') {
      if (Number(line.slice(2)) === this.count) this.complete = true;
      else this.error = t('probes.bundle.countMismatch', { expected: line.slice(2), got: this.count });
    } else if (line.trim() !== '') {
      this.error = t('probes.bundle.garbled', { line: line.slice(0, 80) });
    }
  }
}

/** Paths inside the bundle: forward slashes, no drive letters, no "..". */
export function sanitizePath(path: string): string {
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.' && p !== '..')
    .map((p) => p.replace(/[:*?"<>|\0]/g, '_'));
  return parts.length ? parts.join('/') : 'unnamed';
}

/** 20250114T093107Z */
export function bundleTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

export interface CollectBundleOptions {
  image?: string;
  namespace?: string;
  /** Pod start plus collection. Default 10 minutes. */
  timeoutMs?: number;
  activeDeadlineSeconds?: number;
  node?: KNode;
  now?: Date;
  pollIntervalMs?: number;
  onProgress?: (text: string) => void;
}

export type CollectBundleResult =
  | { ok: true; path: string; entries: string[]; redactions: number; redactionSummary: RedactionSummary; notes: string[] }
  | { ok: false; finding: Finding; notes: string[] };

export async function collectBundle(client: KubeClient, nodeName: string, outDir: string, opts: CollectBundleOptions = {}): Promise<CollectBundleResult> {
  const namespace = opts.namespace ?? DEFAULT_PROBE_NAMESPACE;
  const notes: string[] = [];
  const admission = await checkProbeNamespace(client, namespace);
  if (!admission.admitted) {
    const finding = probePodFailedFinding(nodeName, admission.message);
    finding.evidence.push(...admission.evidence);
    return { ok: false, finding, notes };
  }
  notes.push(...admission.notes);
  if (opts.node && !isNodeReady(opts.node)) {
    return { ok: false, finding: probePodFailedFinding(nodeName, probeFailedMessage('nodeNotReady', { node: nodeName })), notes };
  }
  if (opts.node) {
    const blocker = hostProcessBlocker(await client.version().catch(() => undefined), opts.node);
    if (blocker) return { ok: false, finding: probePodFailedFinding(nodeName, probeFailedMessage(blocker.name, blocker.params)), notes };
  }

  const deadline = Date.now() + (opts.timeoutMs ?? 600_000);
  const manifest = probePodManifest(nodeName, {
    image: opts.image,
    namespace,
    activeDeadlineSeconds: opts.activeDeadlineSeconds ?? 900,
    inputs: { skipPortReservation: true },
    // The streamed exec has no stdin: the bundle script travels in the pod env.
    script: bundleScript,
  });
  const created = await createTrackedPod(client, namespace, manifest);
  if (created.failure) {
    const f = created.failure;
    return { ok: false, finding: probePodFailedFinding(nodeName, probePodFailureMessage(nodeName, f), f), notes };
  }
  const { tracked } = created;
  try {
    const started = await waitForPod(client, namespace, tracked.name, { deadline, pollIntervalMs: opts.pollIntervalMs });
    if (started.failure) {
      const f = started.failure;
      return { ok: false, finding: probePodFailedFinding(nodeName, probePodFailureMessage(nodeName, f), f), notes };
    }
    opts.onProgress?.(t('probes.progress.bundle', { node: nodeName }));
    const probe = await client.exec(namespace, tracked.name, PROBE_CONTAINER, powershellStdinCommand(), {
      stdin: scriptStdin(nodeProbeScript),
      timeoutMs: Math.max(5_000, deadline - Date.now()),
      timeoutFlag: '--probe-timeout',
    });
    const written = await streamBundle(client, namespace, tracked.name, nodeName, outDir, opts.now ?? new Date(), probe.stdout, deadline);
    return { ok: true, ...written, notes };
  } finally {
    const note = await tracked.remove();
    if (note) notes.push(note);
  }
}

async function streamBundle(
  client: KubeClient,
  namespace: string,
  podName: string,
  nodeName: string,
  outDir: string,
  now: Date,
  probeJson: string,
  deadline: number,
): Promise<{ path: string; entries: string[]; redactions: number; redactionSummary: RedactionSummary }> {
  const base = `windbg-${nodeName}-${bundleTimestamp(now)}`;
  const finalPath = join(outDir, `${base}.tar.gz`);
  const tempPath = join(outDir, `.${base}.tar.gz.${process.pid}.partial`);
  const gzip = createGzip();
  // The bundle holds node logs and configuration even after redaction: only its owner may read it.
  const file = createWriteStream(tempPath, { flags: 'wx', mode: 0o600 });
  const fileDone = new Promise<void>((resolve, reject) => {
    file.on('finish', () => resolve());
    file.on('error', reject);
    gzip.on('error', reject);
  });
  // Awaited only on success: when a failure destroys the streams, a write still in flight rejects it.
  fileDone.catch(() => undefined);
  gzip.pipe(file);
  const entries: string[] = [];
  const summary = emptyRedactionSummary();
  const add = (entry: BundleEntry) => {
    const { content, result } = redactBytes(entry.content);
    if (result) addToSummary(summary, entry.path, result);
    for (const part of tarEntry(`${base}/${entry.path}`, content, now, privateFileMode)) gzip.write(part);
    entries.push(entry.path);
  };
  let succeeded = false;
  try {
    add({ path: 'node-probe.json', content: Buffer.from(probeJson, 'utf8') });
    const decoder = new BundleDecoder(add);
    const sink = new Writable({
      write(chunk: Buffer, _enc, callback) {
        decoder.push(chunk);
        callback();
      },
    });
    const result = await client.execStream(namespace, podName, PROBE_CONTAINER, powershellEnvScriptCommand(), sink, {
      timeoutMs: Math.max(5_000, deadline - Date.now()),
      timeoutFlag: '--probe-timeout',
    });
    decoder.end();
    if (!decoder.complete) {
      throw new ClusterAccessError(t('probes.bundle.incomplete', { node: nodeName, reason: decoder.error ?? '', code: result.exitCode }), {
        hint: t('probes.bundle.hint'),
      });
    }
    // What was removed, by kind and file, never the values: the last file of the bundle.
    const summaryText = `${JSON.stringify({ schemaVersion: 1, redacted: summary.total, kinds: summary.kinds, files: summary.files }, null, 2)}\n`;
    for (const part of tarEntry(`${base}/${REDACTION_SUMMARY_FILE}`, Buffer.from(summaryText, 'utf8'), now, privateFileMode)) gzip.write(part);
    entries.push(REDACTION_SUMMARY_FILE);
    gzip.end(tarEnd());
    await fileDone;
    await rename(tempPath, finalPath);
    succeeded = true;
    return { path: finalPath, entries, redactions: summary.total, redactionSummary: summary };
  } finally {
    if (!succeeded) {
      gzip.destroy();
      // The file is opened (and so created) asynchronously: wait for the stream to close before removing
      // it, or a failure in the first moments leaves the partial file behind.
      await new Promise<void>((resolve) => {
        if (file.closed) return resolve();
        file.once('close', () => resolve());
        file.destroy();
      });
      await unlink(tempPath).catch(() => undefined);
    }
  }
}
