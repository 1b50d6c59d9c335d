import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';

const unitMs: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Milliseconds of a Go duration ("30s", "1m", "2m30s", "1.5h", "300ms"); undefined when malformed. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const whole = /^(?:\d*\.?\d+|\d+\.)(?:ns|us|µs|μs|ms|s|m|h)(?:(?:\d*\.?\d+|\d+\.)(?:ns|us|µs|μs|ms|s|m|h))*$/;
  if (!whole.test(text)) return undefined;
  let total = 0;
  for (const part of text.matchAll(/(\d*\.?\d+|\d+\.)(ns|us|µs|μs|ms|s|m|h)/g)) {
    total += Number(part[1]) * unitMs[part[2]!]!;
  }
  return total;
}

/**
 * The --request-timeout value in milliseconds, with kubectl's syntax: "0" means no timeout, a plain
 * integer is seconds, anything else is a Go duration ("30s", "1m", "2m30s"). Returns 0 for none.
 */
export function parseRequestTimeout(value: string | undefined): number {
  const text = (value ?? '').trim();
  if (text === '') return 0;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const ms = parseGoDuration(text);
  if (ms === undefined) {
    throw new UsageError(t('kube.error.badRequestTimeout', { value: text }), {
      hint: t('kube.hint.badRequestTimeout'),
    });
  }
  return Math.round(ms);
}

/** "30s", "1m30s", "250ms": the way a timeout is shown to people and sent to the API server. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const totalSeconds = ms / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = Math.round((totalSeconds % 60) * 1000) / 1000;
  let out = '';
  if (hours > 0) out += `${hours}h`;
  if (minutes > 0) out += `${minutes}m`;
  if (seconds > 0 || out === '') out += `${seconds}s`;
  return out;
}
