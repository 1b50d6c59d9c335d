import { buildInfoFromNumber } from '../windows/builds.js';

/**
 * Index terms for retrieval: the words of a message, lower case, with common English function words
 * left out and inflections folded (a light suffix stemmer), so that an operator's "resolving",
 * "resolved" and "resolves" meet the cause's "resolve", and "pods" meets "pod". Words of other
 * scripts and placeholders pass through unchanged.
 */

const stopWords = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its ' +
    'me my no not of on or our so some than that the their them then there these they this those to too us ' +
    'was we were what when where which while who why will with would you your'
  ).split(' '),
);

/** Folds plural and -ing/-ed forms of an English word onto one stem; leaves short and non-Latin words alone. */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('ing') && stemmed.length > 5) stemmed = stemmed.slice(0, -3);
  else if (stemmed.endsWith('ed') && stemmed.length > 4) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('es') && stemmed.length > 4 && !stemmed.endsWith('ses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s') && !/(ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed !== word && /([b-df-hj-np-tv-z])\1$/.test(stemmed) && !/(ll|ss|zz)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('e') && stemmed.length > 3) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/** The index term of a word, or null for a word retrieval ignores. */
export function indexTerm(word: string): string | null {
  const lower = word.toLowerCase();
  return stopWords.has(lower) ? null : stem(lower);
}

/**
 * The words inside compound tokens that operators and logs write as one: CamelCase and camelCase
 * names (`hcnCreateLoadBalancer`, `EnforceNodeAllocatable`), cmdlets (`Get-HnsPolicyList`), dotted and
 * underscored names (`subnet.env`, `DNS_ERROR_RCODE_NAME_ERROR`) and path segments
 * (`C:\k\flannel\subnet.env`, `/var/lib/kubelet`). The compound itself stays a term of its own;
 * these are added next to it so that "load balancer" meets `hcnCreateLoadBalancer`. Compounds the
 * tokenizer already splits (hyphens, dots, colons outside paths) add nothing.
 */
export function compoundParts(text: string): string[] {
  const parts: string[] = [];
  for (const token of text.match(/[\p{L}\p{N}]+(?:[-_.:\\/][\p{L}\p{N}]+|[\p{Lu}][\p{Ll}\p{N}]+)+|[\p{Ll}\p{N}]+[\p{Lu}][\p{L}\p{N}]*/gu) ?? []) {
    const words = token
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1 && !/^\d+$/.test(word));
    // Hyphens, dots and colons already separate words in the tokenizer; paths are replaced by a placeholder in the normalised text.
    const hidden = /[\p{Ll}\p{N}]\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|_|[\\/]/u.test(token);
    if (hidden && words.length > 1) parts.push(...words.map((word) => word.toLowerCase()));
  }
  return parts;
}

/** Windows error codes written as hex (`0x80070002`, `0xc0370106`), lower case, as whole terms. */
export function hexCodes(text: string): string[] {
  return (text.match(/\b0x[0-9a-f]{4,8}\b/gi) ?? []).map((code) => code.toLowerCase());
}

/** Release names that stand for a Windows base: the semi-annual ids and 1809, the release id of Server 2019. */
const releaseIdTags: Readonly<Record<string, string>> = {
  '1709': '1709',
  '1803': '1803',
  '1809': 'ltsc2019',
  '1903': '1903',
  '1909': '1909',
  '2004': '2004',
  '20h2': '20h2',
};

/**
 * One term per Windows release a text names, whichever way it names it: a build number
 * (`17763`, `10.0.20348.2340`), a product name (`Windows Server 2022`, `Server 2019`), a release id
 * next to a Windows word (`nanoserver:1809`, `version 20H2`) or an image tag (`ltsc2025`): the
 * release's image tag family (ltsc2019 ...). Plus `windowsrelease` when any release is named and
 * `kbupdate` for a cumulative update number (KB5036909), so that prose about "the 2019 nodes" meets
 * "ltsc2019" and "17763". Tokenisation drops bare numbers, so without this the release is lost.
 */
export function windowsReleaseTerms(text: string): string[] {
  const tags = new Set<string>();
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/\b(?:10\.0\.)?(1[4-9]\d{3}|2[0-6]\d{3})\b/g)) {
    const tag = buildInfoFromNumber(Number(match[1])).imageTag;
    if (tag) tags.add(tag.toLowerCase());
  }
  for (const match of lower.matchAll(/\b(?:windows server|server|ws|win)[ -]?(2016|2019|2022|2025)\b/g)) tags.add(`ltsc${match[1]}`);
  for (const match of lower.matchAll(/\bltsc ?(2016|2019|2022|2025)\b/g)) tags.add(`ltsc${match[1]}`);
  if (/windows|nanoserver|servercore|server/.test(lower)) {
    for (const match of lower.matchAll(/(?:^|[\s:_\-(])(1709|1803|1809|1903|1909|2004|20h2)\b/g)) tags.add(releaseIdTags[match[1]!]!);
  }
  const terms = [...tags];
  if (terms.length > 0) terms.push('windowsrelease');
  if (/\bkb\d{6,7}\b/.test(lower)) terms.push('kbupdate');
  return terms;
}
