/**
 * Pod-network probe output (stdout of scripts/pod-network-probe.ps1) -> PodNetworkFacts.
 * Never throws; garbled sections become entries in `errors`.
 */
import type { PodNetworkFacts, ReachabilityFact } from './facts.js';
import { asArray, asBoolean, asInteger, asObject, asString, extractJsonDocument } from './ps-json.js';

export const POD_NETWORK_SCHEMA_VERSION = 1;

const REACHABILITY_KEYS = ['dnsFqdn', 'dnsPartial', 'tcpClusterIp', 'tcpApiServer', 'tcpExternal', 'icmpExternal'] as const;

export function parseReachability(value: unknown): ReachabilityFact | undefined {
  const obj = asObject(value);
  const target = asString(obj?.['target']);
  const ok = asBoolean(obj?.['ok']);
  if (target === undefined || ok === undefined) return undefined;
  const detail = asString(obj?.['detail']);
  return detail === undefined ? { target, ok } : { target, ok, detail };
}

export function parsePodNetworkOutput(
  raw: string,
  pod: { namespace: string; name: string },
  vantage: PodNetworkFacts['vantage'],
): PodNetworkFacts {
  const facts: PodNetworkFacts = { schemaVersion: 1, pod: { ...pod }, vantage, errors: [] };
  const doc = extractJsonDocument(raw);
  if (doc.error !== undefined) {
    facts.errors.push({ probe: 'output', message: doc.error });
    return facts;
  }
  const root = asObject(doc.value);
  if (!root) {
    facts.errors.push({ probe: 'output', message: 'the probe output is not a JSON object' });
    return facts;
  }
  const version = asInteger(root['schemaVersion']);
  if (version !== POD_NETWORK_SCHEMA_VERSION) {
    facts.errors.push({
      probe: 'output',
      message: `the probe output has schemaVersion ${String(root['schemaVersion'] ?? 'missing')}, expected ${POD_NETWORK_SCHEMA_VERSION}`,
    });
    return facts;
  }
  for (const entry of asArray(root['errors'])) {
    const e = asObject(entry);
    if (e) facts.errors.push({ probe: asString(e['probe']) ?? 'unknown', message: asString(e['message']) ?? '' });
  }
  if (root['dnsSuffixes'] !== undefined && root['dnsSuffixes'] !== null) {
    const suffixes = asArray(root['dnsSuffixes']).map(asString);
    if (suffixes.every((x): x is string => x !== undefined)) facts.dnsSuffixes = suffixes;
    else facts.errors.push({ probe: 'dnsSuffixes', message: 'the dnsSuffixes result is garbled' });
  }
  for (const key of REACHABILITY_KEYS) {
    const value = root[key];
    if (value === undefined || value === null) continue;
    const fact = parseReachability(value);
    if (fact) facts[key] = fact;
    else facts.errors.push({ probe: key, message: `the ${key} result is garbled` });
  }
  return facts;
}
