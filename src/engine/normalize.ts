import { memoizeByString } from '../memo.js';

/**
 * Normalises a real-world message so that signatures key on its stable part:
 * lower case, quotes and escapes stripped, volatile tokens (GUIDs, hashes, container ids,
 * Win32/HRESULT codes, IPs, versions, paths, numbers in durations) replaced by placeholders,
 * whitespace collapsed. Placeholders are bracketed so patterns can still refer to them: <guid>,
 * <hash>, <hex>, <ip>, <ver>, <path>.
 */
const replacements: ReadonlyArray<readonly [RegExp, string]> = [
  // escaped quotes and backslashes as they appear in JSON-quoted logs: \" \\ \n
  [/\\+"/g, '"'],
  [/\\+n/g, ' '],
  [/[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[})]?/gi, '<guid>'],
  [/\bsha256:[0-9a-f]{16,}\b/gi, '<hash>'],
  [/\b[0-9a-f]{32,}\b/gi, '<hash>'],
  [/\b0x[0-9a-f]{4,16}\b/gi, '<hex>'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?::\d+)?\b/g, '<ip>'],
  [/\bv?\d+\.\d+(?:\.\d+)+(?:[-+][\w.]+)?\b/g, '<ver>'],
  // Windows paths (C:\k\..., c:/var/...) and unix paths with at least two segments
  // A path ends at whitespace, quotes, separators or CJK text (localised Windows puts its message right after it).
  [/\b[a-z]:[\\/][^\s"',;\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]*/gi, '<path>'],
  [/(?<![\w<])\/(?:[\w.-]+\/)+[\w.-]*/g, '<path>'],
  [/["'`\u2018\u2019\u201c\u201d]/g, ''],
  [/\s+/g, ' '],
];

function applyAll(text: string, rules: ReadonlyArray<readonly [RegExp, string]>): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return out.trim();
}

export const normalizeMessage = memoizeByString((text) => applyAll(text, replacements));

/**
 * A second, gentler form for fragments that live inside paths or addresses (`subnet.env`,
 * `serviceaccount/token`, `:6443/api/v1`) and for Win32/HRESULT codes, which are the same in every
 * Windows language (0xc0370101): lower case, escapes and quotes stripped, GUIDs and hashes
 * replaced, whitespace collapsed, but paths, addresses, versions and hex codes kept.
 */
const literalReplacements: ReadonlyArray<readonly [RegExp, string]> = [
  [/\\+"/g, '"'],
  [/\\+n/g, ' '],
  [/\\\\/g, '\\'],
  [/[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[})]?/gi, '<guid>'],
  [/\bsha256:[0-9a-f]{16,}\b/gi, '<hash>'],
  [/\b[0-9a-f]{32,}\b/gi, '<hash>'],
  [/["'`\u2018\u2019\u201c\u201d]/g, ''],
  [/\s+/g, ' '],
];

export const normalizeKeepingPaths = memoizeByString((text) => applyAll(text, literalReplacements));
