/**
 * The shape of one cause folder (src/causes/<id>/): cause.ts exports defineCause({...}), page.md is
 * the English page without its "# <id>: " prefix, i18n/<lang>.ts and i18n/<lang>.md are the
 * translations, cases.test.ts the valid/invalid cases. The folder name is the cause's id; nothing in
 * the folder repeats it, so a copied folder is a new cause. See CONTRIBUTING.md "Adding a cause".
 */
import type { Area, FindingDraft, Phase, RuleContext, RuleInput, Severity } from '../rules/types.js';

/** Text a cause writes, rendered in the output language at the edge (src/report/localize.ts). */
export interface Message {
  /**
   * "msg.<name>" of the cause that produced it (qualified to "rules.<id>.msg.<name>" by the engine),
   * or a key of the shared catalogue ("engine.evidence.nodeRuns").
   */
  id: string;
  params?: Readonly<Record<string, MessageParam>>;
}

/** Items rendered one after the other with a separator between them. */
export interface MessageList {
  items: readonly MessageParam[];
  separator: MessageParam;
}

export type MessageParam = string | number | Message | MessageList;

/** Evidence text: verbatim from the cluster (string) or composed by windbg. */
export type Text = string | Message | MessageList;

/** The cause's own message `name` ("msg.<name>" in its messages and translations). */
export function message(name: string, params?: Readonly<Record<string, MessageParam>>): Message {
  return params ? { id: `msg.${name}`, params } : { id: `msg.${name}` };
}

/** A text of the shared catalogue (src/i18n/<lang>/*.ts), e.g. "engine.evidence.nodeRuns". */
export function catalogMessage(key: string, params?: Readonly<Record<string, MessageParam>>): Message {
  return params ? { id: key, params } : { id: key };
}

export function messageList(items: readonly MessageParam[], separator: MessageParam): MessageList {
  return { items, separator };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).id === 'string';
}

/**
 * A stable fragment of a real-world message that points at the cause. Patterns match the
 * normalised text (src/engine/normalize.ts: lower case, GUIDs/hashes/paths/versions/hex codes
 * replaced by placeholders, whitespace collapsed, quotes stripped).
 */
export interface SignatureDefinition {
  /** Unique within the cause; the translations key the `why` by it ("why.<name>"). */
  name: string;
  pattern: RegExp;
  /**
   * Signatures of one group describe the same fragment (or wordings of it, e.g. the localised
   * Windows text and its English original): only the best match of a group counts. Default: its name.
   */
  group?: string;
  /** 0..1: how strongly this fragment alone points at the cause. */
  weight: number;
  /** One line: why this fragment means this cause. */
  why: string;
  /** The translated `why` is the one of this signature (localised twins of an English signature). */
  whyOf?: string;
  /** Only counts when the message was seen in this phase (for `explain`, inferred from the text). */
  phases?: Phase[];
}

export const causeReporters = ['engine', 'probe-runner', 'canary-runner'] as const;
export type CauseReporter = (typeof causeReporters)[number];

/** A cause's own message qualified by its id ("rules.<id>.msg.<name>"), for findings made outside a detector. */
export function causeMessage(causeId: string, name: string, params?: Readonly<Record<string, MessageParam>>): Message {
  const id = `rules.${causeId}.msg.${name}`;
  return params ? { id, params } : { id };
}

export interface CauseDefinition {
  title: string;
  area: Area;
  severity: Severity;
  inputs: RuleInput[];
  /** What is going on, two or three sentences. */
  explanation: string;
  /** Fix steps by name, in the order they are shown. */
  fix: Readonly<Record<string, string>>;
  /** Texts the detector writes, by name, with {placeholders}. */
  messages?: Readonly<Record<string, string>>;
  references: string[];
  /**
   * 'node' / 'pod': the cause can only be confirmed with probe facts of that kind; without them
   * the detector reports nothing and the report lists it under "needs --probe".
   * 'partial': the detector finds some cases from the snapshot and more with probes.
   */
  probe?: 'node' | 'pod' | 'partial';
  /**
   * Advice about a spec or a version rather than an explanation of why a pod or node fails now:
   * its findings never stop an unhealthy target from being reported as unexplained.
   */
  advisory?: boolean;
  /** Message fragments, used by `explain` and by the detector through the engine's matcher. */
  signatures?: SignatureDefinition[];
  /** How operators describe the problem in their own words (issues, forums); used for retrieval. */
  symptoms?: string[];
  /**
   * Names of Windows status codes (the table in src/windows/error-codes.ts, e.g. 'HCS_E_IMAGE_MISMATCH')
   * that point at this cause when a failure mentions them: a hint for the matcher and for the reader
   * of docs/windows-error-codes.md, never a verdict on its own.
   */
  windowsCodes?: string[];
  /**
   * Fragments (of the normalised text, like signatures) that show this cause does not apply, e.g. a
   * Linux tool named where the Windows one would be: a text containing one never ranks the cause.
   */
  ruledOutBy?: RegExp[];
  /** Pure: reads the cluster view and probe facts, returns findings. No I/O. */
  detect?(ctx: RuleContext): FindingDraft[];
  /**
   * A cause no detector reports but the product itself: the 'engine' (an unhealthy target no cause
   * explains), the 'probe-runner' (a probe pod that could not run on its node) or the
   * 'canary-runner' (a canary pod that failed). Each reporter has exactly one cause folder.
   */
  reportedBy?: CauseReporter;
  /**
   * Where this cause's pod findings roll up when many pods show it (findings v2): 'node' (the
   * node makes its pods fail), 'workload' (the pods' owner: its spec is what to fix), 'image' (an
   * image on a Windows build). Default: 'node' for the node and network areas, else 'workload'.
   */
  rootTarget?: 'node' | 'workload' | 'image';
  /**
   * Causes whose findings on the same workload this cause explains: they fold into it as its
   * consequences instead of standing as findings of their own.
   */
  explains?: string[];
  /** Pod failures in these phases on the same node are consequences of this (node) cause. */
  explainsPhases?: Phase[];
}

export function defineCause<T extends CauseDefinition>(definition: T): T {
  return definition;
}

/**
 * A translation overlay: texts keyed like the English ("title", "explanation", "fix.<name>",
 * "msg.<name>", "why.<name>"), and for each the hash of the English text it was translated from
 * (scripts/i18n-stamp.ts writes them), so a changed English text flags its translation as stale.
 */
export interface Translation {
  texts: Readonly<Record<string, string>>;
  sources: Readonly<Record<string, string>>;
}

export function defineTranslation(translation: Translation): Translation {
  return translation;
}
