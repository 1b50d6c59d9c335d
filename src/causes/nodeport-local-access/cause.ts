import { defineCause, message } from '../define.js';
import type { Text } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { networkedPods, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

/** KB4571748 (August 2020) brought local NodePort access to Windows Server 2019: 10.0.17763.1432. */
const fixBuild = 17763;
const fixUbr = 1432;
const fixKb = 'KB4571748';

const rule = defineCause({
  title: 'A NodePort is not reachable from the Windows node itself',
  area: 'network',
  severity: 'warning',
  inputs: ['node-probe', 'node-status', 'pod-status'],
  probe: 'node',
  explanation:
    'Connecting to a NodePort from the Windows node that serves it is a known gap of older Windows builds: it works from other nodes and from outside, but not locally. ' +
    'The cumulative update KB4571748 (Windows Server 2019 build 17763.1432) and later fix it. Separately, by design a Windows node forwards NodePort traffic only while at least one pod runs on it.',
  fix: {
    testNodeportAnother: 'Test the NodePort from another node or from outside the cluster; that path is the supported one.',
    installKb4571748Any: 'Install KB4571748 or any later cumulative update on Windows Server 2019 nodes (or move to a newer LTSC build).',
    keepLeastOne: 'Keep at least one pod scheduled on every Windows node that must forward NodePort traffic.',
  },
  messages: {
    osBuild: 'OS build {build}',
    selfTestFailed: 'TCP to NodePort {port} from the node itself failed',
    withoutFix: '{level} without {kb} (needs {fixed} or later)',
    oldBuild: 'NodePort {port} is not reachable from {node} itself: this build predates the {kb} fix for local NodePort access.',
    noPods: 'no pod is running on {node}',
    notForwarded: 'NodePort {port} is not forwarded on {node}: Windows forwards NodePort traffic only while at least one pod runs on the node.',
  },
  symptoms: [
    'the NodePort cannot be reached from the Windows node itself',
    'NodePort works from other machines but not from localhost on the Windows node',
    'after scaling the deployment down the Windows node stops forwarding the NodePort',
    'Test-NetConnection to the node port fails on the node',
    'curl to localhost and the node port on the Windows host times out',
    'the Windows host cannot call a NodePort service, while external clients can',
  ],
  references: [refs.msCommonProblems, refs.k8sWindowsDebug, 'https://support.microsoft.com/help/4571748'],
  detect,
});

interface OsLevel {
  build: number;
  ubr?: number;
  hasKb: boolean;
  text: Text;
}

function osLevel(view: NodeView, facts: NodeFacts): OsLevel | undefined {
  const os = facts.os;
  const hasKb = (os?.hotfixes ?? []).some((kb) => kb.toUpperCase() === fixKb);
  if (os?.build) {
    const ubr = os.ubr !== undefined ? `.${os.ubr}` : '';
    return { build: os.build, ...(os.ubr !== undefined ? { ubr: os.ubr } : {}), hasKb, text: message('osBuild', { build: `10.0.${os.build}${ubr}` }) };
  }
  if (view.build) {
    const ubr = view.build.ubr !== undefined ? `.${view.build.ubr}` : '';
    return { build: view.build.build, ...(view.build.ubr !== undefined ? { ubr: view.build.ubr } : {}), hasKb, text: message('osBuild', { build: `10.0.${view.build.build}${ubr}` }) };
  }
  return undefined;
}

/** undefined when the update level cannot be told. */
function lacksFix(level: OsLevel): boolean | undefined {
  if (level.hasKb) return false;
  if (level.build > fixBuild) return false;
  if (level.build < fixBuild) return true;
  return level.ubr === undefined ? undefined : level.ubr < fixUbr;
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const facts = ctx.nodeFacts.get(view.name);
  const test = facts?.nodePortSelfTest;
  if (!facts || !test || test.ok) return undefined;
  const evidence: Evidence[] = [{ source: 'probe', text: message('selfTestFailed', { port: test.port }) }];

  const level = osLevel(view, facts);
  const oldBuild = level ? lacksFix(level) : undefined;
  if (oldBuild === true) {
    evidence.push({ source: 'probe', text: message('withoutFix', { level: level!.text, kb: fixKb, fixed: `10.0.${fixBuild}.${fixUbr}` }) });
    return makeFinding(
      rule,
      nodeTarget(view.node),
      message('oldBuild', { port: test.port, node: view.name, kb: fixKb }),
      evidence,
    );
  }
  const pods = networkedPods(view).filter((pod) => pod.pod.status?.phase === 'Running');
  if (pods.length === 0) {
    evidence.push({ source: 'node', text: message('noPods', { node: view.name }) });
    return makeFinding(
      rule,
      nodeTarget(view.node),
      message('notForwarded', { port: test.port, node: view.name }),
      evidence,
    );
  }
  // A patched node with running pods: the failure has another cause, which this rule does not name.
  return undefined;
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
