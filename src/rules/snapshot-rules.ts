import apiserverUnreachable from './apiserver-unreachable.js';
import dnsSuffixLimitations from './dns-suffix-limitations.js';
import flannelSubnetEnvMissing from './flannel-subnet-env-missing.js';
import flanneldWaitingForNetwork from './flanneld-waiting-for-network.js';
import hnsStaleObjects from './hns-stale-objects.js';
import hypervIsolationAnnotation from './hyperv-isolation-annotation.js';
import imageOsMismatch from './image-os-mismatch.js';
import ipRangeExhausted from './ip-range-exhausted.js';
import memoryOvercommit from './memory-overcommit.js';
import osSelectorMissing from './os-selector-missing.js';
import pauseImageIncompatible from './pause-image-incompatible.js';
import serviceaccountSecretUnreadable from './serviceaccount-secret-unreadable.js';
import unsupportedWindowsBuild from './unsupported-windows-build.js';
import unsupportedWindowsPodField from './unsupported-windows-pod-field.js';
import versionSkew from './version-skew.js';
import wincatMissing from './wincat-missing.js';
import type { Rule } from './types.js';

/** Rules that read the snapshot (and use probe facts when they are there). */
export const snapshotRules: readonly Rule[] = [
  apiserverUnreachable,
  dnsSuffixLimitations,
  flannelSubnetEnvMissing,
  flanneldWaitingForNetwork,
  hnsStaleObjects,
  hypervIsolationAnnotation,
  imageOsMismatch,
  ipRangeExhausted,
  memoryOvercommit,
  osSelectorMissing,
  pauseImageIncompatible,
  serviceaccountSecretUnreadable,
  unsupportedWindowsBuild,
  unsupportedWindowsPodField,
  versionSkew,
  wincatMissing,
];
