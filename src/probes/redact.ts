/**
 * Removes secrets from collected text before it is written into a bundle: bearer tokens, JWTs,
 * passwords, kubeconfig client keys and tokens, and PEM private key blocks.
 */

export const REDACTED = '[REDACTED]';

const RULES: { pattern: RegExp; replace: (match: string, ...groups: string[]) => string }[] = [
  {
    pattern: /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g,
    replace: (_m, kind: string) => `-----BEGIN ${kind}PRIVATE KEY-----\n${REDACTED}\n-----END ${kind}PRIVATE KEY-----`,
  },
  { pattern: /\b(bearer)(\s+)[A-Za-z0-9\-._~+/]+=*/gi, replace: (_m, word: string, space: string) => `${word}${space}${REDACTED}` },
  { pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g, replace: () => REDACTED },
  {
    pattern: /\b((?:client-key-data|token|id-token|refresh-token|access-token|password|passwd|pwd|secret|client-secret)"?\s*[:=]\s*"?)([^\s",}]+)/gi,
    replace: (_m, prefix: string) => `${prefix}${REDACTED}`,
  },
  { pattern: /(--(?:token|password|client-secret)[= ])(\S+)/gi, replace: (_m, prefix: string) => `${prefix}${REDACTED}` },
];

/** Redacts one text; `count` is how many secrets were replaced. */
export function redactSecrets(text: string): { text: string; count: number } {
  let count = 0;
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.slice(1, -2) as string[];
      const replaced = rule.replace(match, ...groups);
      if (replaced !== match) count++;
      return replaced;
    });
  }
  return { text: out, count };
}

/** Text files are redacted; binary content (NUL bytes near the start) is kept as it is. */
export function looksLikeText(bytes: Buffer): boolean {
  return !bytes.subarray(0, 8192).includes(0);
}
