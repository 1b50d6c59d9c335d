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
