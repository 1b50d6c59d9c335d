import { cli } from './cli.js';
import { engine } from './engine.js';
import { kube } from './kube.js';
import { probes } from './probes.js';
import { report } from './report.js';

export const ko: Readonly<Record<string, string>> = { ...cli, ...kube, ...engine, ...probes, ...report };
