/** "Did you mean ...?" for a mistyped id: the known ids closest to what was typed. */

/** Edits (insert, delete, substitute, swap two neighbours) that turn one string into the other. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Up to `limit` ids, closest first: a small number of typing mistakes (about one per four
 * characters), or an id that contains every word typed (two words typed find the id that holds both).
 */
export function closestIds(typed: string, ids: readonly string[], limit = 3): string[] {
  const input = typed.trim().toLowerCase();
  if (input === '') return [];
  const allowed = Math.max(2, Math.floor(input.length / 4));
  const words = input.split('-').filter((w) => w.length > 1);
  const scored: { id: string; score: number }[] = [];
  for (const id of ids) {
    const distance = editDistance(input, id);
    const idWords = id.split('-');
    const containsAllWords = words.length > 0 && words.every((w) => idWords.some((part) => part.startsWith(w)));
    if (distance <= allowed) scored.push({ id, score: distance });
    else if (containsAllWords) scored.push({ id, score: allowed + 1 + (id.length - input.length) / 100 });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.id.localeCompare(y.id))
    .slice(0, limit)
    .map((s) => s.id);
}
