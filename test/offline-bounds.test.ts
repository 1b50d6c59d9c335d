import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { stringify } from 'yaml';
import { checkYamlText, defaultFromLimits, fromLimits, parseByteSize, splitYamlDocuments, type FromLimits } from '../src/kube/bounded-input.js';
import { loadObjectsFromPath, loadSnapshotFromPath } from '../src/kube/offline.js';
import { runCheck } from '../src/app/pipelines.js';
import type { AppUi } from '../src/app/ui.js';
import { renderCheck, type ReportFormat } from '../src/cli/render.js';
import { runCli } from './cli-harness.js';

/**
 * --from input is bounded: devices and FIFOs are refused, files past the size, depth, string or
 * object limits are refused with exit 2 naming the flag, lists are taken apart item by item, and
 * a seeded fuzz run over random and mutated dumps finds no input that crashes (exit 4) or grows
 * memory without bound.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'windbg-bounds-'));
const fixtures = path.join(import.meta.dirname, 'fixtures', 'offline');
const write = (name: string, content: string | Buffer): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

function eventList(message: string, count = 1): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'EventList',
    items: Array.from({ length: count }, (_, i) => ({
      metadata: { name: `iis-0.${i}`, namespace: 'web' },
      involvedObject: { kind: 'Pod', namespace: 'web', name: 'iis-0' },
      reason: 'Failed',
      message,
      type: 'Warning',
    })),
  });
}

describe('what --from refuses to read', () => {
  it.each(['/dev/zero', '/dev/urandom', '/dev/null'])('%s is a device: exit 2 at once', async (device) => {
    const run = await runCli(['check', '--from', device]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: --from path ${device} is a device, not a file or directory; point --from at YAML or JSON files (kubectl get -o yaml > file) or a folder of them\n`);
  });

  it('a FIFO is refused without opening it (opening would wait for a writer)', async () => {
    const fifo = path.join(dir, 'events.fifo');
    execFileSync('mkfifo', [fifo]);
    const run = await runCli(['check', '--from', fifo]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a FIFO, not a file or directory');
  });

  it('a 60 MB event message is refused by the string limit, and read when the flag raises it', async () => {
    const file = write('big-message.json', eventList('x'.repeat(3 * 1024 * 1024)));
    const refused = await runCli(['check', '--from', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/holds a string of 3145728 bytes, more than the limit of 1048576 bytes; if the input is genuine, raise the limit with --from-max-string/);
    const raised = await runCli(['check', '--from', file, '--from-max-string', '4Mi', '--allow-empty']);
    expect(raised.code).toBeLessThan(2);
  });

  it('nesting past the depth limit is refused for JSON and YAML alike, never a stack overflow', async () => {
    const json = write('deep.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    const yaml = write('deep.yaml', `items: ${'['.repeat(60_000)}${']'.repeat(60_000)}\n`);
    for (const file of [json, yaml]) {
      const run = await runCli(['check', '--from', file]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('levels deep');
      expect(run.stderr).toContain('raise the limit with --from-max-depth');
    }
    const blocks = write('deep-blocks.yaml', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n');
    const blockRun = await runCli(['check', '--from', blocks]);
    expect(blockRun.code, blockRun.stderr).toBe(2);
    expect(blockRun.stderr).toMatch(/more than 100 levels deep; if the input is genuine, raise the limit with --from-max-depth/);
    // At the highest depth the flag allows, a deep file is still a usage error, never a stack overflow.
    for (const file of [json, yaml, blocks]) {
      const run = await runCli(['check', '--from', file, '--from-max-depth', '1000']);
      expect(run.code, run.stderr).toBe(2);
    }
    const modest = write('modest.json', JSON.stringify({ kind: 'List', items: [{ a: { b: { c: { d: { e: {} } } } } }] }));
    await expect(loadObjectsFromPath(modest, { ...defaultFromLimits, maxDepth: 5 })).rejects.toThrow(/more than 5 levels deep/);
    await expect(loadObjectsFromPath(modest, { ...defaultFromLimits, maxDepth: 10 })).resolves.toBeDefined();
  });

  it('files past the size limit and dumps past the object limit are refused, naming the flag', async () => {
    const file = write('events.json', eventList('Back-off pulling image "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"', 20));
    const small = await runCli(['check', '--from', file, '--from-max-size', '1Ki']);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/is \d+ bytes, more than the limit of 1024 bytes; .*--from-max-size/);
    const few = await runCli(['check', '--from', file, '--from-max-items', '3']);
    expect(few.code).toBe(2);
    expect(few.stderr).toMatch(/hold more than 3 objects .*--from-max-items/);
    const bad = await runCli(['check', '--from', file, '--from-max-size', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from-max-size "lots" is not a valid limit');
  });

  it('a YAML alias bomb is refused instead of expanding', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']] as const) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const run = await runCli(['check', '--from', write('bomb.yaml', `${lines.join('\n')}\n`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/alias/i);
  });

  it('parses the size flags with Kubernetes suffixes', () => {
    expect(parseByteSize('256Mi')).toBe(256 * 1024 * 1024);
    expect(parseByteSize('2Gi')).toBe(2 * 1024 ** 3);
    expect(parseByteSize('500M')).toBe(500_000_000);
    expect(parseByteSize('1048576')).toBe(1048576);
    expect(parseByteSize('-1')).toBeUndefined();
    expect(fromLimits({})).toEqual(defaultFromLimits);
    expect(fromLimits({ object: '64Mi' }).maxObjectBytes).toBe(64 * 1024 * 1024);
    expect(() => fromLimits({ depth: '0' })).toThrow(UsageError);
    // Past what the stack can take, a raised depth limit would turn a deep file into a crash.
    expect(() => fromLimits({ depth: '100000' })).toThrow('--from-max-depth "100000" is more than the most windbg can read safely (1000)');
    expect(fromLimits({ depth: '1000' }).maxDepth).toBe(1000);
  });
});

describe('YAML is measured before it is parsed', () => {
  const limits: FromLimits = { ...defaultFromLimits, maxStringBytes: 1000 };

  it('a line longer than the string limit is refused without parsing', () => {
    expect(() => checkYamlText(`kind: Event\nmessage: "${'x'.repeat(1200)}"\n`, 'ev.yaml', limits)).toThrow(/holds a string of 1211 bytes, more than the limit of 1000 bytes/);
    expect(() => checkYamlText(`kind: Event\nmessage: "${'x'.repeat(900)}"\n`, 'ev.yaml', limits)).not.toThrow();
  });

  it('a block scalar of many short lines is measured as one string', () => {
    const block = (lines: number) => `kind: Event\nmessage: |\n${'  0123456789012345678901234567890123456789\n'.repeat(lines)}reason: Failed\n`;
    expect(() => checkYamlText(block(30), 'ev.yaml', limits)).toThrow(/holds a string of 10\d\d bytes, more than the limit of 1000 bytes$/);
    expect(() => checkYamlText(block(30), 'ev.yaml', limits)).toThrow(UsageError);
    expect(() => checkYamlText(block(10), 'ev.yaml', limits)).not.toThrow();
    // The next key ends the block: ordinary nested mappings after it are not counted.
    const mapping = `message: >-\n  short\nspec:\n${'  key: 0123456789012345678901234567890123456789\n'.repeat(50)}`;
    expect(() => checkYamlText(mapping, 'pod.yaml', limits)).not.toThrow();
  });

  it('nesting is measured on the text, block and flow alike, so the parser never recurses that deep', () => {
    const deepBlocks = Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}a${i}:`).join('\n');
    expect(() => checkYamlText(deepBlocks, 'deep.yaml', defaultFromLimits)).toThrow(/nests objects or lists more than 100 levels deep/);
    expect(() => checkYamlText(`spec:\n  list: ${'['.repeat(120)}${']'.repeat(120)}\n`, 'flow.yaml', defaultFromLimits)).toThrow(/more than 100 levels deep/);
    expect(() => checkYamlText(`spec:\n  list: [\n${'    [\n'.repeat(120)}`, 'flow-lines.yaml', defaultFromLimits)).toThrow(/more than 100 levels deep/);
    // Brackets in a sentence or a quoted string open nothing; a real dump nests some 15 levels.
    expect(() => checkYamlText(`message: failed ${'[x'.repeat(300)}\nnote: "${'{'.repeat(300)}"\n`, 'msg.yaml', defaultFromLimits)).not.toThrow();
    expect(() => checkYamlText(readFileSync(path.join(fixtures, 'multidoc', 'cluster.yaml'), 'utf8'), 'cluster.yaml', { ...defaultFromLimits, maxDepth: 20 })).not.toThrow();
  });

  it('a kubectl-style YAML list is split into its items, with the file lines they start on', () => {
    const text = ['# dump', 'apiVersion: v1', 'items:', '- apiVersion: v1', '  kind: Pod', '  metadata:', '    name: a', '- kind: Pod', '  metadata: {name: b}', 'kind: List', 'metadata:', '  resourceVersion: ""', '---', 'kind: Node', 'metadata: {name: n}', ''].join('\n');
    const documents = splitYamlDocuments(text);
    expect(documents).toHaveLength(2);
    expect(documents[0]!.items).toEqual([
      { text: '- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: a\n', line: 3 },
      { text: '- kind: Pod\n  metadata: {name: b}\n', line: 7 },
    ]);
    expect(documents[0]!.shell).toBe('# dump\napiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
    expect(documents[1]).toEqual({ text: '\nkind: Node\nmetadata: {name: n}\n', line: 12 });
  });

  it('a YAML list gives the same objects as its JSON, and an error in an item names its line in the file', async () => {
    const pods = Array.from({ length: 300 }, (_, i) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `web-${i}`, namespace: 'web', annotations: { note: `line one\nline two ${i}` } },
      spec: { nodeName: `akswin${i % 10}`, containers: [{ name: 'web', image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022' }] },
      status: { phase: 'Running' },
    }));
    const list = { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: pods };
    const fromYaml = await loadObjectsFromPath(write('list.yaml', stringify(list)));
    const fromJson = await loadObjectsFromPath(write('list.json', JSON.stringify(list)));
    expect(fromYaml.pods).toHaveLength(300);
    expect(fromYaml.pods).toEqual(fromJson.pods);
    const broken = stringify(list).replace('  name: web-7\n', '  name: web-7\n  labels: {a: [}\n');
    const line = broken.split('\n').findIndex((l) => l.includes('labels: {a: [}')) + 1;
    await expect(loadObjectsFromPath(write('broken.yaml', broken))).rejects.toThrow(new RegExp(`broken\\.yaml.*line ${line}|line ${line}.*broken\\.yaml`));
  });

  it('a YAML document or list item past --from-max-object is refused before parsing; raising the flag reads it', async () => {
    const annotations = Array.from({ length: 3000 }, (_, i) => `    note-${i}: value ${i} of a node that carries far too many annotations`).join('\n');
    const node = `kind: Node\nmetadata:\n  name: akswin000000\n  annotations:\n${annotations}\n`;
    const file = write('huge-object.yaml', `kind: Namespace\nmetadata:\n  name: web\n---\n${node}`);
    const refused = await runCli(['nodes', '--from', file, '--from-max-object', '100Ki']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/holds an object of \d+ bytes \(line 4\), more than the limit of 102400 bytes for one document or list item; if the input is genuine, raise the limit with --from-max-object/);
    await expect(loadObjectsFromPath(file, { ...defaultFromLimits, maxObjectBytes: 1024 * 1024 })).resolves.toMatchObject({ nodes: [{ metadata: { name: 'akswin000000' } }] });
    // In a list only each item counts: many small items pass however large the file.
    const list = `apiVersion: v1\nitems:\n${Array.from({ length: 2000 }, (_, i) => `- kind: Pod\n  metadata:\n    name: web-${i}\n    namespace: web\n  spec:\n    containers: []\n`).join('')}kind: List\n`;
    const many = await loadObjectsFromPath(write('many-items.yaml', list), { ...defaultFromLimits, maxObjectBytes: 1024 });
    expect(many.pods).toHaveLength(2000);
  });

  it('a JSON object parsed whole, or one JSON list item, past --from-max-object is refused before parsing; lists of a multi-document dump are not', async () => {
    const annotations = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`note-${i}`, `value ${i} of a node that carries far too many annotations`]));
    const node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'akswin000000', labels: { 'kubernetes.io/os': 'windows' }, annotations } };
    const single = write('huge-node.json', JSON.stringify(node, null, 1));
    const refused = await runCli(['nodes', '--from', single, '--from-max-object', '100Ki']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/huge-node\.json holds an object of \d+ bytes \(line 1\), more than the limit of 102400 bytes for one document or list item; if the input is genuine, raise the limit with --from-max-object/);
    await expect(loadObjectsFromPath(single, { ...defaultFromLimits, maxObjectBytes: 1024 * 1024 })).resolves.toMatchObject({ nodes: [{ metadata: { name: 'akswin000000' } }] });

    const small = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'akswin000001', labels: { 'kubernetes.io/os': 'windows' } } };
    const list = write('nodes.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [small, node] }, null, 1));
    const itemLine = readFileSync(list, 'utf8').split('\n').findIndex((l) => l.includes('akswin000000')) - 3;
    await expect(loadObjectsFromPath(list, { ...defaultFromLimits, maxObjectBytes: 100 * 1024 })).rejects.toThrow(new RegExp(`holds an object of \\d+ bytes \\(line ${itemLine}\\)`));

    // Several documents one after another, as `kubectl cluster-info dump` writes them: a large list among them is read.
    const many = { apiVersion: 'v1', kind: 'NodeList', items: Array.from({ length: 400 }, (_, i) => ({ ...small, metadata: { ...small.metadata, name: `akswin${String(i).padStart(6, '0')}` } })) };
    const dump = write('dump.json', `${JSON.stringify({ kind: 'EventList', items: [] })}\n${JSON.stringify(many, null, 1)}\n`);
    const loaded = await loadObjectsFromPath(dump, { ...defaultFromLimits, maxObjectBytes: 10 * 1024 });
    expect(loaded.nodes).toHaveLength(400);
  });

  it('a dump Windows PowerShell 5.1 wrote (UTF-16LE with a BOM, CRLF) reads like the UTF-8 original', async () => {
    const original = readFileSync(path.join(fixtures, 'multidoc', 'cluster.yaml'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original.replace(/\n/g, '\r\n'), 'utf16le')]);
    const fromUtf16 = await loadObjectsFromPath(write('cluster-ps51.yaml', utf16));
    const fromUtf8 = await loadObjectsFromPath(write('cluster-utf8.yaml', original));
    expect(fromUtf16.nodes.length).toBeGreaterThan(1);
    expect({ ...fromUtf16, newestFileTime: 0 }).toEqual({ ...fromUtf8, newestFileTime: 0 });
    const json = JSON.stringify({ kind: 'NodeList', items: fromUtf8.nodes });
    const big = Buffer.from(json, 'utf16le').swap16();
    expect((await loadObjectsFromPath(write('nodes-be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), big])))).nodes).toEqual(fromUtf8.nodes);
  });

  it('JSON saved as .yaml is read as JSON (item by item, depth checked before parsing)', async () => {
    const file = write('json-in.yaml', JSON.stringify({ kind: 'PodList', items: [{ metadata: { name: 'p', namespace: 'web' }, spec: { containers: [] } }] }, null, 2));
    const loaded = await loadObjectsFromPath(file);
    expect(loaded.pods.map((p) => p.metadata.name)).toEqual(['p']);
    const deep = write('deep-json.yaml', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    await expect(loadObjectsFromPath(deep)).rejects.toThrow(/more than 100 levels deep/);
  });
});

describe('a large JSON list is read item by item', () => {
  it('gives the same objects as the whole-text parse', async () => {
    const pods = Array.from({ length: 20_000 }, (_, i) => ({
      metadata: { name: `web-${i}`, namespace: 'web', uid: `u-${i}` },
      spec: { nodeName: `akswin${i % 10}`, containers: [{ name: 'web', image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022' }] },
      status: { phase: 'Running' },
    }));
    const list = write('pods.json', JSON.stringify({ apiVersion: 'v1', kind: 'PodList', metadata: { resourceVersion: '1' }, items: pods }));
    const asYaml = write('pods.yaml', JSON.stringify({ apiVersion: 'v1', kind: 'PodList', metadata: { resourceVersion: '1' }, items: pods.slice(0, 200) }));
    const loaded = await loadObjectsFromPath(list);
    expect(loaded.pods).toHaveLength(20_000);
    expect(loaded.pods[19_999]).toMatchObject({ kind: 'Pod', apiVersion: 'v1', metadata: { name: 'web-19999' }, spec: { nodeName: 'akswin9' } });
    const viaYaml = await loadObjectsFromPath(asYaml);
    expect(viaYaml.pods.slice(0, 200)).toEqual(loaded.pods.slice(0, 200));
  });
});

describe('shapes the API server never sends (found by the fuzz run below)', () => {
  it('null and wrongly typed list entries and fields are dropped, not dereferenced', async () => {
    const file = write(
      'odd-shapes.yaml',
      [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '- kind: Node',
        '  metadata: {name: akswin000000, labels: {kubernetes.io/os: windows, weight: 5}}',
        '  status:',
        '    conditions: [null, {type: Ready, status: "True", lastHeartbeatTime: 2024-11-20T10:41:07Z}, 7]',
        '    addresses: "10.224.0.4"',
        '    nodeInfo: {operatingSystem: windows, kernelVersion: 10.0.20348.2966, kubeletVersion: [v1]}',
        '- kind: Pod',
        '  metadata: {name: iis-0, namespace: web}',
        '  spec: {nodeName: akswin000000, containers: [null, {name: iis, image: 42}], tolerations: {}}',
        '  status: {phase: Pending, conditions: 5, containerStatuses: [null, {name: iis, state: {waiting: null}}]}',
        '- kind: Event',
        '  metadata: {name: iis-0.1, namespace: web}',
        '  involvedObject: {kind: Pod, name: iis-0, namespace: web}',
        '  series: [1]',
        '  lastTimestamp: 17',
        '  message: Back-off pulling image',
      ].join('\n'),
    );
    const snapshot = await loadSnapshotFromPath(file, {});
    expect(snapshot.nodes[0]?.status?.conditions).toEqual([{ type: 'Ready', status: 'True', lastHeartbeatTime: '2024-11-20T10:41:07Z' }]);
    expect(snapshot.nodes[0]?.metadata.labels).toEqual({ 'kubernetes.io/os': 'windows', weight: '5' });
    expect(snapshot.nodes[0]?.status?.nodeInfo?.kubeletVersion).toBeUndefined();
    expect(snapshot.pods[0]?.spec?.containers).toEqual([{ name: 'iis' }]);
    expect(snapshot.pods[0]?.status?.conditions).toBeUndefined();
    const run = await runCli(['check', '--from', file, '-o', 'json']);
    expect([0, 1], run.stderr).toContain(run.code);
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzzing

/** mulberry32: a small seeded generator, so every run tries the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real dumps cut to their first objects, so each of the thousands of runs stays quick. */
const seeds = [
  Buffer.from(readFileSync(path.join(fixtures, 'multidoc', 'cluster.yaml'), 'utf8').split('\n---\n').slice(0, 4).join('\n---\n')),
  Buffer.from(readFileSync(path.join(fixtures, 'multidoc', 'cluster.yaml'), 'utf8').split('\n---\n').slice(10, 14).join('\n---\n')),
  readFileSync(path.join(fixtures, 'dump', 'nodes.json')),
  readFileSync(path.join(fixtures, 'dump', 'shop', 'pods.json')),
  readFileSync(path.join(fixtures, 'dump', 'shop', 'events.json')),
];

const tokens = ['[', ']', '{', '}', '"', ':', ',', '\n', '- ', '&a ', '*a', '---\n', '\\u0000', '\u001b]0;x\u0007', '\uFEFF', '!!binary ', 'items:', '"items":', '%YAML 1.2\n', '? '];

function mutate(input: Buffer, random: () => number): Buffer {
  const bytes = Buffer.from(input);
  const pick = (n: number) => Math.floor(random() * n);
  const parts: Buffer[] = [bytes];
  const rounds = 1 + pick(6);
  let out = bytes;
  for (let r = 0; r < rounds; r++) {
    const at = pick(out.length + 1);
    switch (pick(7)) {
      case 0: // flip bytes
        out = Buffer.from(out);
        for (let k = 0; k < 1 + pick(8) && out.length > 0; k++) out[pick(out.length)] = pick(256);
        break;
      case 1: // cut
        out = out.subarray(0, at);
        break;
      case 2: // insert a structural token
        out = Buffer.concat([out.subarray(0, at), Buffer.from(tokens[pick(tokens.length)]!), out.subarray(at)]);
        break;
      case 3: // duplicate a slice
        out = Buffer.concat([out.subarray(0, at), out.subarray(pick(out.length + 1), pick(out.length + 1)), out.subarray(at)]);
        break;
      case 4: // deep nesting
        out = Buffer.concat([out.subarray(0, at), Buffer.from('['.repeat(50 + pick(5000))), out.subarray(at)]);
        break;
      case 5: // a long string
        out = Buffer.concat([out.subarray(0, at), Buffer.from(`"${'A'.repeat(pick(300_000))}"`), out.subarray(at)]);
        break;
      default: // random bytes
        out = Buffer.concat([out.subarray(0, at), Buffer.from(Array.from({ length: pick(64) }, () => pick(256))), out.subarray(at)]);
    }
  }
  parts.length = 0;
  return out;
}

/** The styling the table format itself emits; every other control character must be absent. */
const OWN_SGR = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('fuzzing --from', () => {
  const limits: FromLimits = { maxFileBytes: 2 * 1024 * 1024, maxDepth: 64, maxStringBytes: 128 * 1024, maxItems: 10_000, maxObjectBytes: 512 * 1024 };

  it('3000 random and mutated inputs (seed 14): every one loads or is a usage error, memory stays bounded', async () => {
    const random = prng(14);
    const outcomes = { loaded: 0, refused: 0 };
    const unexpected: string[] = [];
    const heapStart = process.memoryUsage().heapUsed;
    let heapPeak = heapStart;
    for (let i = 0; i < 3000; i++) {
      const input =
        random() < 0.2
          ? Buffer.from(Array.from({ length: Math.floor(random() * 4096) }, () => Math.floor(random() * 256)))
          : mutate(seeds[Math.floor(random() * seeds.length)]!, random);
      const file = write(`fuzz-${i % 8}${random() < 0.5 ? '.json' : '.yaml'}`, input);
      try {
        await loadSnapshotFromPath(file, {}, limits);
        outcomes.loaded++;
      } catch (error) {
        if (error instanceof UsageError) outcomes.refused++;
        else unexpected.push(`#${i} ${path.extname(file)}: ${(error as Error).name}: ${(error as Error).message.slice(0, 200)}`);
      }
      if (i % 100 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    expect(unexpected).toEqual([]);
    expect(outcomes.loaded).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(heapPeak - heapStart).toBeLessThan(512 * 1024 * 1024);
  }, 240_000);

  it('every input that loads also goes through diagnosis and every report format without an internal error', async () => {
    const random = prng(1415);
    const ui: AppUi = { step: (_text, work) => work(() => undefined), say: () => undefined, cwd: dir };
    const formats: ReportFormat[] = ['table', 'json', 'yaml', 'junit', 'markdown', 'github', 'html'];
    const flags = { size: '2Mi', depth: '64', string: '128Ki', items: '10000', object: '512Ki' };
    let reported = 0;
    const unexpected: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const file = write(`pipe-fuzz-${i % 8}${random() < 0.5 ? '.json' : '.yaml'}`, mutate(seeds[Math.floor(random() * seeds.length)]!, random));
      try {
        const outcome = await runCheck({ source: { from: file, fromLimits: flags }, probe: {} }, ui);
        if (outcome.kind !== 'report') continue;
        for (const format of formats) {
          let output = '';
          for (const chunk of await renderCheck(outcome.report.report, format, format === 'table')) output += chunk;
          expect(output.length, format).toBeGreaterThan(0);
          // The seeds' mutations insert ESC ] 0;x BEL and raw bytes: none reaches the output as a control.
          const found = TERMINAL_CONTROLS.exec(output.replace(OWN_SGR, ''));
          expect(found, `${format} #${i}: ${found ? JSON.stringify(output.slice(Math.max(0, found.index - 30), found.index + 10)) : ''}`).toBeNull();
        }
        reported++;
      } catch (error) {
        if (!(error instanceof UsageError)) unexpected.push(`#${i} ${path.extname(file)}: ${(error as Error).name}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(reported).toBeGreaterThan(80);
  }, 240_000);

  it('through the command line: mutated dumps end in 0, 1 or 2, never 4', async () => {
    const random = prng(1414);
    for (let i = 0; i < 24; i++) {
      const file = write(`cli-fuzz-${i}${i % 2 === 0 ? '.json' : '.yaml'}`, mutate(seeds[i % seeds.length]!, random));
      const run = await runCli(['check', '--from', file, '--allow-empty']);
      expect([0, 1, 2], `${file}: ${run.stderr}`).toContain(run.code);
    }
  }, 120_000);
});
