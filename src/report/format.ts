/** Small, pure formatting helpers shared by the renderers and the commands. */

/** kubectl-style age: 45s, 5m, 3h, 12d, 2y (kubectl's HumanDuration, simplified to one unit). */
export function formatAge(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '<unknown>';
  const s = Math.floor(seconds);
  if (s < 120) return `${s}s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(s / 3600);
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (days < 730) return `${days}d`;
  return `${Math.floor(days / 365)}y`;
}

/** Seconds between an RFC 3339 timestamp and now; undefined when the timestamp is missing or invalid. */
export function secondsSince(timestamp: string | undefined | null, now: Date): number | undefined {
  if (!timestamp) return undefined;
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, (now.getTime() - at) / 1000);
}

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
