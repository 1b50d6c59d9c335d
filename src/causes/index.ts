/**
 * The catalogue: one Cause per folder under src/causes, from the generated registry. Everything
 * else reads causes through here; nothing outside a folder names a cause of its own accord.
 */
import type { MessageSignature, Rule, RuleMeta } from '../rules/types.js';
import type { CauseDefinition, CauseReporter, Translation } from './define.js';
import type { CauseFiles } from './files.js';
import { causeFiles } from './registry.generated.js';

export interface Cause extends RuleMeta {
  definition: CauseDefinition;
  /** Names of the fix steps, in order (remediation[i] is fix[fixNames[i]]). */
  fixNames: string[];
  messages: Readonly<Record<string, string>>;
  symptoms: string[];
  /** Names of the Windows status codes that point at this cause (src/windows/error-codes.ts). */
  windowsCodes: string[];
  /** Text fragments that rule the cause out (its folder's ruledOutBy). */
  ruledOutBy: RegExp[];
  advisory: boolean;
  /** page.md, starting "# <title>". */
  page: string;
  translations: CauseFiles['translations'];
}

function signaturesOf(definition: CauseDefinition): MessageSignature[] {
  return (definition.signatures ?? []).map((signature) => ({ ...signature }));
}

function causeOf(files: CauseFiles): Cause {
  const { definition } = files;
  const cause: Cause = {
    id: files.id,
    title: definition.title,
    area: definition.area,
    severity: definition.severity,
    inputs: definition.inputs,
    explanation: definition.explanation,
    remediation: Object.values(definition.fix),
    references: definition.references,
    signatures: signaturesOf(definition),
    definition,
    fixNames: Object.keys(definition.fix),
    messages: definition.messages ?? {},
    symptoms: definition.symptoms ?? [],
    windowsCodes: definition.windowsCodes ?? [],
    ruledOutBy: definition.ruledOutBy ?? [],
    advisory: definition.advisory === true,
    page: files.page,
    translations: files.translations,
  };
  if (definition.probe) cause.probe = definition.probe;
  return cause;
}

/** Every cause, sorted by id. */
export const allCauses: readonly Cause[] = causeFiles.map(causeOf).sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(allCauses.map((cause) => [cause.id, cause]));

export function causeById(id: string): Cause | undefined {
  return byId.get(id);
}

function reportedBy(reporter: CauseReporter): string {
  const cause = allCauses.find((c) => c.definition.reportedBy === reporter);
  if (!cause) throw new Error(`no cause folder declares reportedBy: '${reporter}'`);
  return cause.id;
}

/** The cause the engine reports for an unhealthy pod or node that no other cause explains. */
export const unexplainedCauseId = reportedBy('engine');
/** The cause the probe runner reports when its probe pod could not run on a node. */
export const probePodFailedCauseId = reportedBy('probe-runner');
/** The cause the canary runner reports when the canary of a Windows build failed. */
export const canaryFailedCauseId = reportedBy('canary-runner');

/** Causes with a detector: the rules the engine runs. */
export const detectingCauses: readonly (Cause & Rule)[] = allCauses.filter((cause): cause is Cause & Rule => typeof cause.definition.detect === 'function').map((cause) => {
  const detect = cause.definition.detect!.bind(cause.definition);
  return Object.assign(cause, { detect });
});

/** The translation overlay of a cause in a language, when the folder has one. */
export function translationOf(cause: Cause, lang: string): Translation | undefined {
  return cause.translations[lang]?.translation;
}
