import type { DiagnosisResult } from '../engine/result.js';
import { renderResult, type RenderedResult } from './localize.js';
import type { Area, Severity, Target } from '../rules/types.js';
import { language, t } from '../i18n/index.js';

/**
 * What the renderers print. Commands fill these from the snapshot and the diagnosis;
 * renderers only lay them out.
 */

export interface NodeHeader {
  kind: 'Node';
  name: string;
  /** "Windows Server 2022" */
  windows: string;
  /** "10.0.20348.2966" */
  build: string;
  kubelet: string;
  runtime: string;
  /** Ready condition status: "True" | "False" | "Unknown". */
  ready: string;
  /** Reason / heartbeat detail shown next to Ready, e.g. "NodeStatusUnknown, last heartbeat 2h ago". */
  readyDetail?: string;
  /** kubectl-style age ("12d"). */
  age: string;
}

export interface PodHeader {
  kind: 'Pod';
  namespace: string;
  name: string;
  phase: string;
  /** Waiting/terminated reasons of its containers. */
  reasons: string[];
  node?: string;
  nodeWindows?: string;
  images: string[];
  restarts: number;
  /** Non-zero exit codes of its containers ("app: 3221225786 (0xC000013A ...), Error"), current state first. */
  exits: string[];
  age: string;
}

export type ReportHeader = NodeHeader | PodHeader;

/** The moment ages and node health are measured from. */
export interface ReportClock {
  /** RFC 3339. */
  now: string;
  /** 'collected': when the live snapshot was taken; 'input': the newest time found in --from input. */
  source: 'collected' | 'input';
}

/** Where findings sit, for the HTML report's matrix of Windows builds × causes. */
export interface Placement {
  /** Node name -> its Windows build as shown in a matrix row ("Server 2022 (10.0.20348)"). */
  nodeBuild: Record<string, string>;
  /** "<namespace>/<pod>" -> the node it is bound to. */
  podNode: Record<string, string>;
}

/** A node/pod/cluster report: the DESIGN.md json schema plus an optional header for humans. */
export interface Report {
  target: Target;
  header?: ReportHeader;
  result: DiagnosisResult;
  clock?: ReportClock;
  /** Filled for -o html only. */
  placement?: Placement;
}

/** The report with its findings and notes rendered in the output language: what renderers print. */
export interface RenderedReport extends Omit<Report, 'result'> {
  result: RenderedResult;
}

export interface RuleSummary {
  id: string;
  title: string;
  area: Area;
  severity: Severity;
  /** How the cause is found: by `check` (a detector, the probe or the canary) or only by `explain` on a pasted text. */
  foundBy?: CauseFoundBy;
}

export type CauseFoundBy = 'check' | 'explain';

/** What a check run looked at, for the per-node JUnit suites and the markdown summary. */
/** A pod a check looked at, with the workload it belongs to ("Deployment web/iis"). */
export interface InventoryPod {
  namespace: string;
  name: string;
  workload: string;
}

export interface CheckInventory {
  nodes: { name: string; pods: InventoryPod[] }[];
  /** Pods aimed at Windows that are not bound to a node. */
  unscheduledPods: InventoryPod[];
  /** Rules evaluated in this run (disabled ones left out). */
  rules: RuleSummary[];
  /** When the snapshot was taken (RFC 3339); used as the suites' timestamp. */
  generatedAt: string;
}

export interface CheckReport extends Report {
  inventory: CheckInventory;
}

export interface RenderedCheckReport extends RenderedReport {
  inventory: CheckInventory;
}

/** Renders the findings and notes of a report in the output language (the edge; see localize.ts). */
export function renderedReport<T extends Report>(report: T): Omit<T, 'result'> & { result: RenderedResult } {
  return { ...report, result: renderResult(report.result) };
}

/** Where the published cause pages are for this reader: the docs/rules folder of an installation, else their web address. */
export interface PageRoots {
  /** The docs/rules folder of the installed package, when there is one: reports also name the page file. */
  pagesDir?: string;
  /** Without such a folder (a single executable), the web address of the same pages for this version. */
  pagesUrl?: string;
}

export interface RenderOptions extends PageRoots {
  color: boolean;
}

/** The json/yaml document of DESIGN.md ("Finding (json output), schemaVersion 1"). */
export function reportDocument(report: RenderedReport): Record<string, unknown> {
  const { result } = report;
  return {
    schemaVersion: 2,
    target: report.target,
    findings: result.findings,
    notes: result.notes,
    summary: result.summary,
    needsProbe: result.needsProbe,
    ...(result.probed ? { probed: true } : {}),
    checked: result.checked,
    ...(report.clock ? { asOf: report.clock } : {}),
  };
}

export function targetLabel(target: Target): string {
  const kind = t(`report.kind.${target.kind}`);
  if (target.kind === 'Image') return target.build ? `${kind} ${target.name} ${t('report.onBuild', { build: target.build })}` : `${kind} ${target.name}`;
  if (target.namespace !== undefined || target.kind === 'Pod') return `${kind} ${target.namespace ?? 'default'}/${target.name}`;
  return `${kind} ${target.name}`;
}

/** A rule's page inside an installed package, relative to its docs/rules folder, in the output language. */
export function pageFile(ruleId: string): string {
  const lang = language();
  return lang === 'en' ? `${ruleId}.md` : `${lang}/${ruleId}.md`;
}
