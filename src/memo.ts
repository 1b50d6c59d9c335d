/**
 * Remembers the results of a pure function of one string. Clusters repeat the same strings
 * thousands of times (messages, image references), and several rules ask about each of them;
 * the cache is bounded so a huge cluster cannot grow it without limit.
 */
export function memoizeByString<T>(compute: (text: string) => T, maxEntries = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const result = compute(text);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(text, result);
    return result;
  };
}
