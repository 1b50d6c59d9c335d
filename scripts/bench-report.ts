/**
 * The scale benchmark's figures as a console table and as docs/benchmark.md.
 */

export interface Measurement {
  label: string;
  seconds: number;
  peakRssMb: number;
}

export interface ColdStart {
  label: string;
  medianMs: number;
}

export interface Target {
  what: string;
  goal: string;
  measured: string;
  met: boolean;
}

export interface BenchResults {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; kubectl: string; os: string; loadAverage: number };
  workload: { nodes: number; windowsNodes: number; pods: number; events: number; brokenFraction: number };
  floor: Measurement[];
  check: Measurement[];
  /** check in the other output formats (table, yaml, junit, markdown, github), one run each. */
  formats: Measurement[];
  checkSummary: string;
  kubectl: Measurement[];
  coldStart: ColdStart[];
  probe: Measurement & { ideal: number; nodes: number; concurrency: number; startDelayMs: number };
  targets: Target[];
  totalSeconds: number;
}

/** The fastest wall time and the highest peak RSS of a process's runs. */
export function best(runs: readonly Measurement[]): Measurement {
  const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...fastest, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}

export function ratio(value: number, reference: number): string {
  return `${(value / reference).toFixed(2)}×`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function runsText(runs: readonly Measurement[]): string {
  return runs.map((r) => r.seconds.toFixed(2)).join(' / ');
}

export function scaleTable(results: BenchResults): string {
  const floor = best(results.floor);
  const podList = results.kubectl.find((m) => m.label.includes('pods'));
  const rows: string[][] = [];
  const add = (label: string, runs: readonly Measurement[]): void => {
    const m = best(runs);
    rows.push([
      label,
      m.seconds.toFixed(2),
      runs.length > 1 ? runsText(runs) : '',
      m.peakRssMb.toFixed(0),
      ratio(m.seconds, floor.seconds),
      podList ? ratio(m.seconds, podList.seconds) : 'n/a',
    ]);
  };
  add('floor: fetch + JSON.parse every page, keep nothing', results.floor);
  add('kubectl windbg check -o json', results.check);
  for (const m of results.formats) add(m.label, [m]);
  for (const m of results.kubectl) add(m.label, [m]);
  return table(['process', 'wall s (best)', 'runs s', 'peak RSS MB (highest)', 'vs floor', 'vs kubectl pods'], rows);
}

export function coldStartTable(results: BenchResults): string {
  const kubectl = results.coldStart.find((c) => c.label.startsWith('kubectl'))!;
  return table(
    ['command', 'median ms (15 interleaved runs)', 'vs kubectl version --client'],
    results.coldStart.map((c) => [c.label, c.medianMs.toFixed(0), ratio(c.medianMs, kubectl.medianMs)]),
  );
}

export function probeTable(results: BenchResults): string {
  const p = results.probe;
  return table(
    ['run', 'wall s', 'ideal s', 'vs ideal', 'peak RSS MB'],
    [[p.label, p.seconds.toFixed(2), p.ideal.toFixed(0), ratio(p.seconds, p.ideal), p.peakRssMb.toFixed(0)]],
  );
}

export function targetsTable(results: BenchResults): string {
  return table(
    ['target', 'goal', 'measured', 'met'],
    results.targets.map((t) => [t.what, t.goal, t.measured, t.met ? 'yes' : 'no']),
  );
}

export function consoleReport(results: BenchResults): string {
  return [
    `Scale: ${results.workload.nodes} nodes (${results.workload.windowsNodes} Windows), ${results.workload.pods} pods, ${results.workload.events} events`,
    scaleTable(results),
    `check found: ${results.checkSummary}`,
    '',
    'Cold start',
    coldStartTable(results),
    '',
    'Probe run',
    probeTable(results),
    '',
    'Targets',
    targetsTable(results),
    '',
    `Total benchmark time: ${results.totalSeconds.toFixed(0)} s`,
  ].join('\n');
}

export function markdownReport(results: BenchResults): string {
  const m = results.machine;
  const w = results.workload;
  const p = results.probe;
  return `# Benchmark at scale

Measured by \`npm run bench\`, which rewrites this page after every run. The figures below are from
the last run, met or not.

- Date: ${results.date}
- Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB memory, ${m.os}; the cores are shared with whatever else runs (one-minute load average ${m.loadAverage.toFixed(1)} when the run ended), so wall times vary between runs, the more so the busier the machine
- Node.js ${m.node}; ${m.kubectl}
- Every ratio on this page compares figures measured in the same run (floor and check
  alternately, cold starts interleaved), so the load weighs on both sides of it.

## The cluster

A simulated API server (the one the tests use, serving HTTPS with a bearer token) loaded with a
cluster at Kubernetes' published scale limits: ${w.nodes.toLocaleString('en-US')} nodes, of which ${w.windowsNodes.toLocaleString('en-US')} run Windows
(Server 2019, 2022 and 2025 mixed), ${w.pods.toLocaleString('en-US')} pods and ${w.events.toLocaleString('en-US')} events; ${(w.brokenFraction * 100).toFixed(0)}% of the Windows pods
are broken in the ways real clusters break (image built for another Windows version, Linux image,
pod subnet exhausted, pause image mismatch, crash loop, unschedulable) and some Windows nodes are
NotReady. Objects have the size a real API server gives them: Helm-style labels, about 600 bytes
of annotations per pod, \`managedFields\` for the controller and the kubelet, node image lists
(about 6.6 KB per pod, 7 KB per node and 1.1 KB per event as JSON: a gigabyte for the pod list).
The server runs in its own process, so its work is not counted against what is measured.
Every measured command is a separate process; wall time and peak resident memory come from
\`/usr/bin/time\`.

## Reading the whole cluster

The floor is the least any client can do: a plain Node.js script (no TypeScript loader) that
fetches every page of nodes, pods and events (500 per page) over the same TLS connection and token
and parses each page as JSON, keeping nothing. \`kubectl windbg check\` has to read at least as much
(all pods, because any of them may run on a Windows node), then diagnose what it kept.
The floor and check each ran twice, alternately; the fastest wall time and the highest peak RSS
of the two runs are reported.

${scaleTable(results)}

\`check\` found: ${results.checkSummary}.

## Cold start

${coldStartTable(results)}

## Remote probes

${p.nodes} Windows nodes whose probe pods take ${(p.startDelayMs / 1000).toFixed(0)} s to start, probed one pod per node with
\`--concurrency ${p.concurrency}\`. The ideal is (${p.nodes} / ${p.concurrency}) × ${(p.startDelayMs / 1000).toFixed(0)} s = ${p.ideal.toFixed(0)} s.

${probeTable(results)}

## Targets

${targetsTable(results)}

## Why check is close to the floor

- Pages are streamed: each page is decoded and dropped before the next is used, and only the
  objects that belong in the snapshot are kept (Windows nodes, the pods on them, the events about
  those).
- The next page is requested as soon as a page has arrived, so the API server prepares it while
  the client decodes the current one.
- A pod page is not parsed as a whole. One pass over its bytes finds where each pod starts and
  ends, which node it is bound to and where its \`metadata.managedFields\` lie; only pods bound to
  a selected Windows node (or to no node) are handed to \`JSON.parse\`, without their
  managedFields. On this cluster that is one pod in five, so \`check\` parses far less than the
  floor does (in several runs it finished first). Event pages likewise: only events whose
  \`involvedObject.name\` names a kept pod or node are parsed.
- The API server cannot be asked to leave managedFields out of a list (kubectl hides them on the
  client side too), so they are cut from the bytes before parsing instead.
- Kept objects are slimmed: the \`kubectl.kubernetes.io/last-applied-configuration\` annotation,
  node image lists and container runtime ids are dropped (nothing reads them); repeated strings
  share one copy, and so do the identical labels, annotations, containers, tolerations, volumes
  and owner references of a ReplicaSet's pods (frozen, so no pod can change another's). A kept pod
  costs about 1.5 KB of memory for 6.6 KB of JSON.
- Normal events of pods that run, are ready and never restarted are not kept: they say nothing a
  diagnosis uses. Warning events, and every event of any other pod or node, are.
- Every output format is written as a stream of chunks (one finding at a time, in 64 KB writes);
  no format builds the whole report as one string or spreads findings as call arguments.
- Between reading and diagnosing, when the heap holds more than 64 MB, one full garbage
  collection clears the decoded pages nobody holds any more. Without it V8 kept sizing the heap
  for that garbage and the diagnosis ran in a heap grown for it (10-20 MB more at the peak, and
  no faster).

## Where the rest goes

- Memory: a \`check\` of a tiny cluster already peaks near 100 MB (Node.js, the loaded code and its
  code cache); the kept snapshot is about 55 MB and diagnosis adds short-lived objects on top.
  Besides the V8 heap, tens of megabytes are response bytes in flight (Node.js copies each TLS
  record and each HTTP body piece into buffers of its own, freed only when the garbage collector
  reaches them) and memory glibc's allocator keeps after it has been freed: with
  \`MALLOC_MMAP_THRESHOLD_=131072\` in the environment the same run peaks about 25 MB lower.
  A process cannot set that for itself once it runs. Asking V8 to grow its heap less
  (\`--heap-growing-percent\`, \`--optimize-for-size\`) lowers the peak by 25-70 MB but doubles
  the CPU time of a check, so it is not done.
- Cold start: Node.js itself takes about as long to start as the whole of
  \`kubectl version --client\` (see the \`node -e ""\` row). \`--version\` alone is answered by the
  executable without reading the CLI (it knows the version it was built with). Any other command
  reads the bundle (ASCII, so read as Latin-1 without decoding) and compiles it with a V8 code
  cache kept per command in the user cache folder, then runs the bundle's top level: yargs and
  the messages, with everything heavier (the Kubernetes client, the engine, the causes, yaml,
  string-width's Unicode tables) loaded only when a command reaches it, and tables of one-column
  text laid out without cli-table3's cell-by-cell measuring. \`rules\` reads a catalogue table generated at build time instead of the cause
  folders. On a busy machine the ratios grow with the load, because Node.js's own start grows
  faster than kubectl's.
- CPU: reading is dominated by TLS and JSON.parse, as in the floor; after that, diagnosing the
  30,000 kept pods takes about a second.

## Running it

\`\`\`
npm run bench                    # about ${Math.max(1, Math.round(results.totalSeconds / 60))} minutes here
npm run bench -- --quick         # does not rewrite this page
npm run bench -- --kubectl-pods  # also times kubectl get pods -A -o json (minutes, and gigabytes of memory)
\`\`\`
`;
}
