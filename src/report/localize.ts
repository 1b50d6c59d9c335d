/**
 * The edge where findings become text: messages (messageId + params) are rendered in the output
 * language, and each finding gets its cause's title, fix steps and page. The engine never
 * translates; renderers print what this returns.
 */
import { isMessage, type Message, type MessageParam, type Text } from '../causes/define.js';
import { causeById } from '../causes/index.js';
import { language, t, type Lang } from '../i18n/index.js';
import { causeText } from '../i18n/rules.js';
import { docsPath } from '../rules/finding.js';
import type { DiagnosisResult } from '../engine/result.js';
import type { Candidate, EvidenceSource, Finding, Severity, Target } from '../rules/types.js';

export interface RenderedEvidence {
  source: EvidenceSource;
  text: string;
}

/** A finding as the json schema and every renderer show it. */
export interface RenderedFinding {
  ruleId: string;
  severity: Severity;
  target: Target;
  title: string;
  message: string;
  evidence: RenderedEvidence[];
  remediation: string[];
  docs: string;
  affected?: Finding['affected'];
  candidates?: Finding['candidates'];
  undecided?: Finding['undecided'];
}

export interface RenderedResult extends Omit<DiagnosisResult, 'findings' | 'notes'> {
  findings: RenderedFinding[];
  notes: string[];
}

/** A cause's own text: "rules.<id>.msg.<name>" (what a detector wrote) or "rules.<id>.why.<name>" (why explain matched a signature). */
const causeMessageId = /^rules\.([a-z0-9]+(?:-[a-z0-9]+)*)\.((?:msg|why)\.[\w-]+)$/;

function fill(template: string, params: Readonly<Record<string, MessageParam>> | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? renderParam(params[name]!, lang) : whole,
  );
}

function renderParam(param: MessageParam, lang: Lang): string {
  if (typeof param === 'string' || typeof param === 'number') return String(param);
  if (isMessage(param)) return renderMessage(param, lang);
  return param.items.map((item) => renderParam(item, lang)).join(renderParam(param.separator, lang));
}

/** A message in `lang`: a cause's own text ("rules.<id>.msg.<name>", "rules.<id>.why.<name>") or a catalogue key. */
export function renderMessage(message: Message, lang: Lang = language()): string {
  const own = causeMessageId.exec(message.id);
  if (own) {
    const cause = causeById(own[1]!);
    const template = cause ? causeText(cause, own[2]!, lang) : undefined;
    return fill(template ?? message.id, message.params, lang);
  }
  // Catalogue texts: t() reads the output language and falls back to English, then to the key.
  const template = t(message.id);
  return fill(template, message.params, lang);
}

/** Text the cluster wrote stays as it is; a composed sentence is rendered (without trailing blanks of empty params). */
export function renderText(text: Text, lang: Lang = language()): string {
  return typeof text === 'string' ? text : renderParam(text, lang).trim();
}


export function renderFinding(finding: Finding, lang: Lang = language()): RenderedFinding {
  const cause = causeById(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    target: finding.target,
    title: (cause && causeText(cause, 'title', lang)) ?? finding.ruleId,
    message: renderText(finding.message, lang),
    evidence: finding.evidence.map((e) => ({ source: e.source, text: renderText(e.text, lang) })),
    remediation: cause ? cause.fixNames.map((name) => causeText(cause, `fix.${name}`, lang) ?? '') : [],
    docs: docsPath(finding.ruleId),
    ...(finding.affected ? { affected: finding.affected } : {}),
    ...(finding.candidates ? { candidates: finding.candidates } : {}),
    ...(finding.undecided ? { undecided: finding.undecided } : {}),
  };
}

export function renderResult(result: DiagnosisResult, lang: Lang = language()): RenderedResult {
  return {
    ...result,
    findings: result.findings.map((finding) => renderFinding(finding, lang)),
    notes: result.notes.map((note) => renderText(note, lang)),
  };
}

/** The title of a cause in `lang` (for explain and rules listings). */
export function causeTitle(id: string, lang: Lang = language()): string | undefined {
  const cause = causeById(id);
  return cause ? causeText(cause, 'title', lang) : undefined;
}
