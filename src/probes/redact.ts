/**
 * Removes secrets from collected text before it is written into a bundle. A Windows node holds
 * them in many shapes: kubeconfigs (token, client-key-data), c:\k\azure.json (aadClientSecret),
 * cloud CLI and SDK files, docker and containerd registry auth, env files and PowerShell scripts
 * (`$env:DB_PASSWORD = "..."`, `ConvertTo-SecureString "..." -AsPlainText`), connection strings
 * (AccountKey=, Password=, SharedAccessKey=), SAS URLs (sig=), proxy URLs with a password,
 * unattend.xml passwords, PEM private keys, and bare tokens with a recognisable format (AWS access
 * key ids, GitHub, Slack, Google API keys, JWTs, Kubernetes bootstrap tokens).
 *
 * Each replacement is counted by kind, so a bundle can say what was removed without saying what it was.
 */

export const REDACTED = '[REDACTED]';

export type RedactionKind =
  | 'private-key'
  | 'authorization-header'
  | 'url-password'
  | 'connection-string'
  | 'sas-signature'
  | 'secure-string'
  | 'command-line-secret'
  | 'xml-secret'
  | 'here-string'
  | 'yaml-block'
  | 'env-assignment'
  | 'key-value'
  | 'aws-access-key-id'
  | 'github-token'
  | 'slack-token'
  | 'google-api-key'
  | 'stripe-key'
  | 'npm-token'
  | 'jwt'
  | 'bootstrap-token'
  | 'storage-account-key';

export interface RedactionResult {
  text: string;
  /** How many secrets were replaced. */
  count: number;
  /** The same count by kind (only kinds that occurred). */
  kinds: Partial<Record<RedactionKind, number>>;
}

// ---------------------------------------------------------------------------------------------
// Names of settings that hold secrets

/** Normalised endings that make a name describe a secret rather than hold one (tokenFile, passwordLastSet, keyName). */
const harmlessEndings = [
  'file', 'files', 'path', 'dir', 'directory', 'name', 'names', 'id', 'ids', 'type', 'ttl', 'expiry', 'expires', 'expiration',
  'expirationseconds', 'length', 'minlength', 'policy', 'lastset', 'age', 'count', 'enabled', 'required', 'url', 'uri',
  'endpoint', 'header', 'kind', 'format', 'version', 'mode', 'source', 'ref', 'reference', 'secretref', 'provider',
];
const secretWords = ['password', 'passwd', 'passphrase', 'secret', 'token', 'apikey', 'credential', 'connectionstring', 'clientkeydata'];
/** Names that end in "key" and hold one (STORAGE_ACCOUNT_KEY, apiKey, primaryKey, SharedAccessKey); never bare "key". */
const notSecretKeys = ['publickey', 'partitionkey', 'rowkey', 'sortkey', 'labelkey', 'taintkey', 'hotkey', 'registrykey', 'regkey', 'foreignkey', 'primarykeycolumn'];

/** True when a setting called `name` holds a secret value. */
export function isSecretName(name: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === '') return false;
  if (['pass', 'auth', 'basicauth', 'proxyauth', 'pwd', 'sig', 'psk', 'wpapsk', 'creds'].includes(n)) return true;
  if (harmlessEndings.some((ending) => n.endsWith(ending) && n !== ending && !secretWords.includes(n))) {
    // "passwordhash", "secretkey" are secrets; "tokenfile", "passwordlastset", "keyname" are not.
    return false;
  }
  if (secretWords.some((word) => n.includes(word))) return true;
  return n.endsWith('key') && n !== 'key' && !notSecretKeys.some((k) => n.endsWith(k));
}

/** Values that are not secrets even under a secret's name: empty, placeholders, references to elsewhere. */
function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '' || v.includes(REDACTED)) return true;
  if (/^(?:null|nil|none|<none>|true|false|yes|no|~|\*+|x+|-+)$/i.test(v)) return true;
  // A YAML block scalar's indicator: the value is on the lines below (see the yaml-block rule).
  if (/^[|>][+-]?\d*$/.test(v)) return true;
  // $env:X, $password, ${VAR}, $(cmd), %VAR%, {{ template }}
  return /^(?:\$[\w:{(]|%\w+%$|\{\{)/.test(v);
}

// ---------------------------------------------------------------------------------------------
// Rules

interface Rule {
  kind: RedactionKind;
  pattern: RegExp;
  /** The replacement, or undefined to leave the match as it is. */
  replace: (groups: string[]) => string | undefined;
}

const NAME = '[A-Za-z_][A-Za-z0-9_.-]*';
const QUOTED_OR_BARE = `"(?:[^"\\\\\\r\\n]|\\\\.)*"|'[^'\\r\\n]*'|[^\\s"',;}{\\[\\]<>]+`;

/** Keeps the quotes of a quoted value and replaces what is inside them. */
function redactValue(value: string): string | undefined {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  const inner = quote && value.endsWith(quote) && value.length >= 2 ? value.slice(1, -1) : value;
  if (isPlaceholder(inner)) return undefined;
  return quote ? `${quote}${REDACTED}${quote}` : REDACTED;
}

/** A rule for `<prefix naming a setting><value>`, redacting the value when the name is a secret's. */
function keyValue(prefix: string, opts: { valueMayBeOption?: boolean } = {}): Rule {
  return {
    kind: 'key-value',
    pattern: new RegExp(`(${prefix})(${QUOTED_OR_BARE})`, 'g'),
    replace: (groups) => {
      const [whole = '', ...rest] = groups;
      const value = rest[rest.length - 1] ?? '';
      const name = rest.slice(0, -1).find((g) => g !== undefined && /^[A-Za-z_]/.test(g)) ?? '';
      if (!isSecretName(name)) return undefined;
      if (opts.valueMayBeOption && /^[-$(@]/.test(value)) return undefined;
      const redacted = redactValue(value);
      return redacted === undefined ? undefined : `${whole}${redacted}`;
    },
  };
}

function keyValueRules(): Rule[] {
  return [
    // "name": "value" (JSON), 'name': 'value', SetEnvironmentVariable("NAME", "value")
    keyValue(`(["'])(${NAME})\\2[ \\t]*(?:[:=]|,)[ \\t]*`),
    // $env:NAME = "value", $name = 'value' (PowerShell)
    keyValue(`\\$(?:env:)?(${NAME})[ \\t]*=[ \\t]*`),
    // name: value (YAML), name = "value" (TOML, INI), Name=value
    keyValue(`(?<![\\w$.-])(${NAME})[ \\t]*[:=][ \\t]*`),
    // -Password "value", -Token value (PowerShell parameters)
    keyValue(`(?<![\\w-])-(${NAME})[ \\t]+`, { valueMayBeOption: true }),
  ];
}

const rules: Rule[] = [
  {
    // PowerShell here-strings under a secret's name: $password = @" ... "@ (or @' ... '@), the whole body.
    kind: 'here-string',
    pattern: /(\$(?:env:)?([A-Za-z_][\w.]*)[ \t]*=[ \t]*@(["'])[ \t]*\r?\n)([\s\S]*?)(\r?\n\3@|$(?![\s\S]))/gi,
    replace: ([prefix = '', name = '', , body = '', end = '']) => (isSecretName(name) && body.trim() !== '' ? `${prefix}${REDACTED}${end}` : undefined),
  },
  {
    // YAML block scalars under a secret's name (password: |, privateKey: >-): every more-indented line after it.
    kind: 'yaml-block',
    pattern: /^([ \t]*(?:- )?["']?([A-Za-z_][\w.-]*)["']?[ \t]*:[ \t]*[|>][+-]?\d*[ \t]*(?:#[^\r\n]*)?\r?\n)((?:(?:[ \t]*\r?\n)*[ \t]+[^\r\n]*(?:\r?\n|$))+)/gm,
    replace: ([prefix = '', name = '', body = '']) => {
      if (!isSecretName(name) || body.trim() === '') return undefined;
      // The block ends at the first line indented no deeper than the key.
      const keyIndent = /^[ \t]*/.exec(prefix)?.[0].length ?? 0;
      const lines = body.split(/(?<=\n)/);
      let taken = 0;
      while (taken < lines.length && (lines[taken]!.trim() === '' || (/^[ \t]*/.exec(lines[taken]!)?.[0].length ?? 0) > keyIndent)) taken++;
      if (taken === 0) return undefined;
      const indent = /^[ \t]*/.exec(lines.find((l) => l.trim() !== '') ?? '')?.[0] ?? '  ';
      const newline = body.includes('\r\n') ? '\r\n' : '\n';
      return `${prefix}${indent}${REDACTED}${newline}${lines.slice(taken).join('')}`;
    },
  },
  {
    // net use \\server\share <password> /user:DOMAIN\user: every positional word after the share is a password.
    kind: 'command-line-secret',
    pattern: /(\bnet(?:\.exe)?[ \t]+use\b[ \t]+(?:[A-Za-z]:[ \t]+|\*[ \t]+)?(?:\\\\[^\s]+))([^\r\n]*)/gi,
    replace: ([prefix = '', rest = '']) => {
      let changed = false;
      const redacted = rest.replace(/([ \t]+)("[^"\r\n]*"|[^\s"]+)/g, (match, space: string, word: string) => {
        if (word.startsWith('/') || word === '*' || isPlaceholder(word.replace(/^"|"$/g, ''))) return match;
        changed = true;
        return `${space}${REDACTED}`;
      });
      return changed ? `${prefix}${redacted}` : undefined;
    },
  },
  {
    // docker/podman/nerdctl login -p <secret>, sqlcmd -P <secret>, crictl --creds user:<secret>, openssl -passin pass:<secret>
    kind: 'command-line-secret',
    pattern: /((?:\b(?:docker|podman|nerdctl|helm|oras)(?:\.exe)?[ \t]+(?:registry[ \t]+)?login\b[^\r\n]*?[ \t]-p[ \t]+|\bsqlcmd(?:\.exe)?\b[^\r\n]*?[ \t]-P[ \t]*|--creds[= \t]+[^:\s]+:|\bpass(?:in|out)?[ \t]+pass:))("[^"\r\n]*"|'[^'\r\n]*'|[^\s]+)/g,
    replace: ([prefix = '', value = '']) => {
      const redacted = redactValue(value);
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  },
  {
    // Set-Item -Path Env:DB_PASSWORD -Value "..." and New-Item Env:API_KEY -Value ...
    kind: 'key-value',
    pattern: /(\bEnv:([A-Za-z_][\w]*)["']?[ \t]+-Value[ \t]+)("(?:[^"`\r\n]|`.)*"|'[^'\r\n]*'|[^\s;|)]+)/gi,
    replace: ([prefix = '', name = '', value = '']) => {
      if (!isSecretName(name)) return undefined;
      const redacted = redactValue(value);
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  },
  {
    // .NET appSettings: <add key="StorageKey" value="..." /> (either attribute order).
    kind: 'xml-secret',
    pattern: /(<add\b[^>]*?\bkey[ \t]*=[ \t]*"([^"]*)"[^>]*?\bvalue[ \t]*=[ \t]*)("[^"]*"|'[^']*')/gi,
    replace: ([prefix = '', name = '', value = '']) => {
      if (!isSecretName(name)) return undefined;
      const redacted = redactValue(value);
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  },
  {
    kind: 'xml-secret',
    pattern: /(<add\b[^>]*?\bvalue[ \t]*=[ \t]*)("[^"]*"|'[^']*')([^>]*?\bkey[ \t]*=[ \t]*"([^"]*)")/gi,
    replace: ([prefix = '', value = '', middle = '', name = '']) => {
      if (!isSecretName(name)) return undefined;
      const redacted = redactValue(value);
      return redacted === undefined ? undefined : `${prefix}${redacted}${middle}`;
    },
  },
  {
    // Get-ChildItem Env: as a table: `AZURE_CLIENT_SECRET            Xq8Q~...` (name, two or more spaces, value).
    kind: 'env-assignment',
    pattern: /^([A-Za-z_][A-Za-z0-9_]*[ \t]{2,})(\S[^\r\n]*)$/gm,
    replace: ([prefix = '', value = '']) => {
      if (!isSecretName(prefix.trim())) return undefined;
      const redacted = redactValue(value.trimEnd());
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  },
  {
    // Format-List of an environment variable or setting: `Name  : AZURE_CLIENT_SECRET` then `Value : ...`.
    kind: 'env-assignment',
    pattern: /^(Name[ \t]*:[ \t]*([^\r\n]+?)[ \t]*\r?\nValue[ \t]*:[ \t]*)([^\r\n]+)$/gm,
    replace: ([prefix = '', name = '', value = '']) => {
      if (!isSecretName(name)) return undefined;
      const redacted = redactValue(value.trimEnd());
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  },
  {
    // PEM private keys, also inside JSON strings ("private_key": "-----BEGIN PRIVATE KEY-----\n...") and cut-off ones.
    kind: 'private-key',
    pattern: /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----([\s\S]*?)(?:-----END \1PRIVATE KEY-----|$)/g,
    replace: ([kind = '', body = '']) => {
      const newline = body.startsWith('\\n') ? '\\n' : '\n';
      return `-----BEGIN ${kind}PRIVATE KEY-----${newline}${REDACTED}${newline}-----END ${kind}PRIVATE KEY-----`;
    },
  },
  {
    // Authorization: Bearer/Basic/Negotiate <credentials>, and "Authorization": "..." in JSON.
    kind: 'authorization-header',
    pattern: /(\b(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:(?:bearer|basic|negotiate|digest|token|sharedkey)[ \t]+)?)([^\s"',;]+)/gi,
    replace: ([prefix = '', value = '']) => (isPlaceholder(value) ? undefined : `${prefix}${REDACTED}`),
  },
  {
    kind: 'authorization-header',
    pattern: /(\bbearer\s+)([A-Za-z0-9\-._~+/]+=*)/gi,
    // An opaque token has digits or punctuation; "Bearer authentication" in prose has neither.
    replace: ([prefix = '', value = '']) => (isPlaceholder(value) || value.length < 8 || !/[\d._~+/-]/.test(value) ? undefined : `${prefix}${REDACTED}`),
  },
  {
    // scheme://user:password@host
    kind: 'url-password',
    pattern: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'<>]+:)([^\s@/"'<>]+)(@)/gi,
    replace: ([prefix = '', value = '', at = '']) => (isPlaceholder(value) ? undefined : `${prefix}${REDACTED}${at}`),
  },
  {
    // Connection strings: AccountKey=...; SharedAccessKey=...; Password=...; Pwd=...
    kind: 'connection-string',
    pattern: /((?:^|[;"'\s])(?:AccountKey|SharedAccessKey|SharedSecretValue|Password|Pwd|User Password)\s*=\s*)([^;"'\r\n]+)/gim,
    replace: ([prefix = '', value = '']) => (isPlaceholder(value) ? undefined : `${prefix}${REDACTED}`),
  },
  {
    // Shared access signatures: ...?sv=...&sig=<signature> and SharedAccessSignature sr=...&sig=...
    kind: 'sas-signature',
    pattern: /([?&;\s]sig=)([^&\s"';<>]+)/gi,
    replace: ([prefix = '', value = '']) => (isPlaceholder(value) ? undefined : `${prefix}${REDACTED}`),
  },
  {
    // ConvertTo-SecureString "P@ss" -AsPlainText -Force
    kind: 'secure-string',
    pattern: /(ConvertTo-SecureString\s+(?:-String\s+)?)("(?:[^"`\r\n]|`.)*"|'[^'\r\n]*'|[^\s|)]+)/gi,
    replace: ([prefix = '', value = '']) => {
      const redacted = redactValue(value);
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  },
  {
    // --token=..., --password ..., cmdkey /pass:..., az login ... -p <secret>
    kind: 'command-line-secret',
    pattern: /((?:^|\s)(?:--?(?:token|password|passwd|client-secret|secret|api-key|access-key|secret-key|account-key|sas-token|private-key|bootstrap-token|docker-password|registry-password)(?:=|\s+)|\/pass(?:word)?:|\baz\s+login\b[^\r\n]*?\s-p\s+))("[^"\r\n]*"|'[^'\r\n]*'|\S+)/gi,
    replace: ([prefix = '', value = '']) => {
      const redacted = redactValue(value);
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  },
  {
    // unattend.xml and other XML: <AdministratorPassword><Value>...</Value>, <Password>...</Password>
    kind: 'xml-secret',
    pattern: /(<((?:\w+:)?\w+)>\s*(?:<Value>)?)([^<]+)/g,
    replace: ([prefix = '', element = '', value = '']) => {
      if (!isSecretName(element.replace(/^\w+:/, '')) || value.trim() === '' || isPlaceholder(value)) return undefined;
      return `${prefix}${REDACTED}`;
    },
  },
  {
    // Env files and scripts, the whole rest of the line: API_KEY=..., export AWS_SECRET_ACCESS_KEY=..., set DB_PASSWORD=...
    kind: 'env-assignment',
    pattern: new RegExp(`^([ \\t]*(?:export[ \\t]+|set[ \\t]+)?(${NAME})[ \\t]*=[ \\t]*)([^\\r\\n]+)$`, 'gm'),
    replace: ([prefix = '', name = '', value = '']) => {
      if (!isSecretName(name)) return undefined;
      const trimmed = value.trimEnd();
      const redacted = redactValue(trimmed);
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  },
  {
    // Query parameters of a URL: https://host/api?access_token=...&x=1 (before the key-value rules, which would take `https:` and its whole value).
    kind: 'key-value',
    pattern: /([?&]([A-Za-z_][\w.-]*)=)([^&\s"'#<>;]+)/g,
    replace: ([prefix = '', name = '', value = '']) => (isSecretName(name) && !isPlaceholder(value) ? `${prefix}${REDACTED}` : undefined),
  },
  ...keyValueRules(),
  { kind: 'aws-access-key-id', pattern: /\b((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16})\b/g, replace: () => REDACTED },
  { kind: 'github-token', pattern: /\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g, replace: () => REDACTED },
  { kind: 'slack-token', pattern: /\b(xox[abposr]-[A-Za-z0-9-]{10,})/g, replace: () => REDACTED },
  { kind: 'google-api-key', pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, replace: () => REDACTED },
  { kind: 'stripe-key', pattern: /\b((?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,})/g, replace: () => REDACTED },
  { kind: 'npm-token', pattern: /\b(npm_[A-Za-z0-9]{36})\b/g, replace: () => REDACTED },
  { kind: 'jwt', pattern: /\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+)/g, replace: () => REDACTED },
  { kind: 'bootstrap-token', pattern: /(?<![\w.-])([a-z0-9]{6}\.[a-z0-9]{16})(?![\w.-])/g, replace: () => REDACTED },
  // An Azure storage account key on its own: 64 random bytes in base64.
  { kind: 'storage-account-key', pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g, replace: () => REDACTED },
];

/** Redacts one text. */
export function redactSecrets(text: string): RedactionResult {
  let count = 0;
  const kinds: Partial<Record<RedactionKind, number>> = {};
  let out = text;
  for (const rule of [...rules, ...secureStringVariableRules(text)]) {
    const pattern = rule.pattern;
    const parts: string[] = [];
    let copied = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(out); match !== null; match = pattern.exec(out)) {
      const whole = match[0];
      const groups = match.slice(1) as string[];
      const replaced = rule.replace(groups);
      if (replaced === undefined || replaced === whole) {
        pattern.lastIndex = match.index + Math.max(1, whole.length);
        continue;
      }
      parts.push(out.slice(copied, match.index), replaced);
      copied = match.index + whole.length;
      pattern.lastIndex = Math.max(copied, match.index + 1);
      count++;
      kinds[rule.kind] = (kinds[rule.kind] ?? 0) + 1;
    }
    if (copied > 0) {
      parts.push(out.slice(copied));
      out = parts.join('');
    }
  }
  return { text: out, count, kinds };
}

/**
 * `$plain = 'P@ss'` ... `ConvertTo-SecureString -String $plain -AsPlainText`: the variable's name
 * says nothing, its use does. One rule per variable handed to ConvertTo-SecureString in the text.
 */
function secureStringVariableRules(text: string): Rule[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/ConvertTo-SecureString\s+(?:-String\s+)?\$([A-Za-z_]\w{0,63})\b/gi)) names.add(match[1]!);
  return [...names].map((name) => ({
    kind: 'secure-string' as const,
    pattern: new RegExp(`(\\$${name}[ \\t]*=[ \\t]*)("(?:[^"\`\\r\\n]|\`.)*"|'[^'\\r\\n]*')`, 'gi'),
    replace: ([prefix = '', value = '']: string[]) => {
      const redacted = redactValue(value);
      return redacted === undefined ? undefined : `${prefix}${redacted}`;
    },
  }));
}

/** What a bundle says about its redactions: how many of each kind, in which files. */
export interface RedactionSummary {
  total: number;
  kinds: Partial<Record<RedactionKind, number>>;
  files: { path: string; count: number }[];
}

export function emptyRedactionSummary(): RedactionSummary {
  return { total: 0, kinds: {}, files: [] };
}

export function addToSummary(summary: RedactionSummary, path: string, result: RedactionResult): void {
  if (result.count === 0) return;
  summary.total += result.count;
  for (const [kind, n] of Object.entries(result.kinds) as [RedactionKind, number][]) summary.kinds[kind] = (summary.kinds[kind] ?? 0) + n;
  summary.files.push({ path, count: result.count });
}

/** Text files are redacted; binary content (NUL bytes near the start) is kept as it is. */
export function looksLikeText(bytes: Buffer): boolean {
  return textEncodingOf(bytes) !== undefined;
}

/** How a file's text is encoded: where it starts (after a byte order mark or a cut-off half character). */
interface TextEncoding {
  encoding: 'utf8' | 'utf16le';
  /** Bytes before the text: a byte order mark, or the odd byte a tail cut in the middle of a UTF-16 character. */
  skip: number;
}

/**
 * UTF-8 (with or without a BOM) or UTF-16LE, which Windows PowerShell 5.1 writes for `>` and
 * Out-File: logs redirected that way would otherwise look binary (every other byte NUL) and keep
 * their secrets. A log tail cut at an odd offset is recognised too. Undefined for binary content.
 */
export function textEncodingOf(bytes: Buffer): TextEncoding | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', skip: 2 };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', skip: 0 };
  const head = bytes.subarray(0, 8192);
  if (!head.includes(0)) return { encoding: 'utf8', skip: 0 };
  // UTF-16LE of mostly ASCII text: the high byte of nearly every character is 0, the low byte almost never.
  const zeros = [0, 0];
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros[i % 2]!++;
  const pairs = Math.floor(head.length / 2);
  if (pairs === 0) return undefined;
  for (const odd of [1, 0]) {
    const high = zeros[odd]!;
    const low = zeros[1 - odd]!;
    if (high >= pairs * 0.6 && low <= pairs * 0.02) return { encoding: 'utf16le', skip: odd === 1 ? 0 : 1 };
  }
  return undefined;
}

/** Redacts a file's bytes in their own encoding; binary content is returned as it is, with no result. */
export function redactBytes(bytes: Buffer): { content: Buffer; result?: RedactionResult } {
  const encoding = textEncodingOf(bytes);
  if (encoding === undefined) return { content: bytes };
  const prefix = bytes.subarray(0, encoding.skip);
  const result = redactSecrets(bytes.subarray(encoding.skip).toString(encoding.encoding));
  if (result.count === 0) return { content: bytes, result };
  return { content: Buffer.concat([prefix, Buffer.from(result.text, encoding.encoding)]), result };
}
