import { defineCause, message } from '../define.js';
import { describeBuild, scoredEntries, type ScoredEntry } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

/**
 * The lowest update a current distribution validates its Windows agent on, per build.
 * RKE2 requirements: "Windows Server 2019 LTSC (amd64) (OS Build 17763.2061)".
 */
const validatedMinimum: readonly { build: number; ubr: number; source: string }[] = [
  { build: 17763, ubr: 2061, source: 'https://docs.rke2.io/install/requirements' },
];

const signatures: MessageSignature[] = [
  {
    name: 'directoryNameInvalid',
    pattern: /(?:createcomputesystem|hcs::|hcsshim|createcontainer|compute system).{0,240}the directory name is invalid/,
    weight: 0.55,
    why: 'the compute service rejected the container with a generic error that unpatched hosts return',
    phases: ['sandbox', 'create', 'run', 'any'],
  },
  {
    name: 'parameterIncorrect',
    pattern: /(?:createcomputesystem|hcs::|hcsshim|createcontainer|windows system call).{0,240}the parameter is incorrect/,
    weight: 0.55,
    why: 'the compute service rejected a request the host\'s update level does not understand',
    phases: ['sandbox', 'create', 'run', 'any'],
  },
];

const rule = defineCause({
  title: 'Node\'s Windows update level is below what the runtime needs',
  area: 'node',
  severity: 'warning',
  inputs: ['pod-events', 'pod-status', 'node-status'],
  explanation:
    'Container runtimes and distributions rely on fixes that ship in Windows cumulative updates. On a host that has not been updated for a long time, containers fail with generic compute-service errors such as "The directory name is invalid" or "The parameter is incorrect"; ' +
    'the same configuration works once the host has a current update. nodeInfo.kernelVersion shows the installed revision (10.0.<build>.<revision>).',
  fix: {
    update: 'Install the current cumulative update on the node (or replace it with a current node image) and restart it.',
    keepCurrent: 'Keep Windows nodes on a monthly update cadence; distributions validate their agents only from a given revision (RKE2: 17763.2061 for Windows Server 2019).',
    thenRetry: 'Recreate the failing pods after the restart.',
  },
  messages: {
    below: 'node {node} runs {host}; agents are validated from revision {minimum}',
    node: 'Containers on {node} fail with generic compute-service errors and the node\'s Windows update is older than the validated minimum.',
  },
  references: ['https://docs.rke2.io/install/requirements', 'https://github.com/rancher/rke2/issues/2203', 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/update-containers'],
  signatures,
  symptoms: [
    'CreateComputeSystem error: The directory name is invalid',
    'failure in a Windows system call: The parameter is incorrect',
    'pods fail on a freshly installed Windows node but work after Windows Update',
    'Windows node works with one image version but not on an older server install',
    'containers fail to start on a Windows Server that has not been updated in months',
    'installing the latest cumulative update on the Windows host fixed the container errors',
    'a new containerd version needs a newer Windows patch level on the node',
    'generic HCS errors on an unpatched Windows node',
    'a containerd feature on Windows needs a minimum OS build revision and the node is below it',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const host = node.build;
      const minimum = validatedMinimum.find((m) => m.build === host?.build);
      if (!host || !minimum || host.ubr === undefined || host.ubr >= minimum.ubr) continue;
      const hits: ScoredEntry[] = node.pods.flatMap((pod) => scoredEntries(pod.timeline, signatures));
      if (hits.length === 0) continue;
      const evidence: Evidence[] = [
        ...hits.slice(-3).map((hit) => timelineEvidence(hit.entry)),
        { source: 'node', text: message('below', { node: node.name, host: describeBuild(host), minimum: `10.0.${minimum.build}.${minimum.ubr}` }) },
      ];
      findings.push(makeFinding(rule, nodeTarget(node.node), message('node', { node: node.name }), evidence));
    }
    return findings;
  },
});

export default rule;
