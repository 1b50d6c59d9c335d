/**
 * Kubernetes label selectors as `kubectl -l` accepts them: `a=b`, `a==b`, `a!=b`, `a`, `!a`,
 * `a in (x,y)`, `a notin (x,y)`, joined by commas (all must hold).
 */
export type Requirement =
  | { key: string; op: 'eq' | 'neq'; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | 'absent' };

/** Splits on commas that are not inside a `(...)` value set. */
function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const KEY = String.raw`[A-Za-z0-9][-A-Za-z0-9_./]*`;
const SET = new RegExp(String.raw`^(${KEY})\s+(in|notin)\s+\(([^)]*)\)$`);
const EQ = new RegExp(String.raw`^(${KEY})\s*(==|=|!=)\s*([-A-Za-z0-9_.]*)$`);
const EXISTS = new RegExp(String.raw`^(!?)\s*(${KEY})$`);

/** Parses a selector; returns undefined when it is not valid selector syntax. */
export function parseSelector(selector: string): Requirement[] | undefined {
  const requirements: Requirement[] = [];
  for (const part of splitTopLevel(selector)) {
    const set = SET.exec(part);
    if (set) {
      const values = set[3]!.split(',').map((v) => v.trim()).filter((v) => v.length > 0);
      requirements.push({ key: set[1]!, op: set[2] as 'in' | 'notin', values });
      continue;
    }
    const eq = EQ.exec(part);
    if (eq) {
      requirements.push({ key: eq[1]!, op: eq[2] === '!=' ? 'neq' : 'eq', value: eq[3]! });
      continue;
    }
    const exists = EXISTS.exec(part);
    if (exists) {
      requirements.push({ key: exists[2]!, op: exists[1] === '!' ? 'absent' : 'exists' });
      continue;
    }
    return undefined;
  }
  return requirements.length > 0 ? requirements : undefined;
}

export function matchesSelector(requirements: readonly Requirement[], labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  return requirements.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'eq':
        return has && l[r.key] === r.value;
      case 'neq':
        return !has || l[r.key] !== r.value;
      case 'in':
        return has && r.values.includes(l[r.key]!);
      case 'notin':
        return !has || !r.values.includes(l[r.key]!);
      case 'exists':
        return has;
      case 'absent':
        return !has;
    }
  });
}

/** Whether a config entry is a label selector rather than a plain node name. */
export function looksLikeSelector(entry: string): boolean {
  return /[=!()]|\s(in|notin)\s/.test(entry);
}
