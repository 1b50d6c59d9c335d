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
    // Identifiers in hex (GUIDs, hashes, container ids) are not words.
    if (/\d/.test(token) && /^[0-9a-f._:\\/-]+$/i.test(token)) continue;
    const hidden = /[\p{Ll}\p{N}]\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|_|[\\/]/u.test(token);
    if (hidden && words.length > 1) parts.push(...words.map((word) => word.toLowerCase()));
  }
  return parts;
}
