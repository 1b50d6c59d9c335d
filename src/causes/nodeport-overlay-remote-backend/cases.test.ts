import { describe, expect, it } from 'vitest';
import type { NodeFacts } from '../../probes/facts.js';
import { evidenceTexts, loadNodeFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** win-flannel-0 moved to a flannel VXLAN network with one NodePort whose backends are given. */
function overlayNode(backends: { id: string; isRemote: boolean }[], externalPort = 31080): NodeFacts {
  const facts = loadNodeFacts('win-flannel-0');
  facts.hns = {
    ...facts.hns!,
    networks: [{ name: 'flannel.4096', type: 'Overlay', subnets: [{ addressPrefix: '10.244.3.0/24', gateway: '10.244.3.1' }] }],
    endpoints: backends.map((backend, index) => ({ id: backend.id, ipAddress: `10.244.${backend.isRemote ? 5 : 3}.${10 + index}`, isRemote: backend.isRemote })),
    loadBalancers: [
      { id: 'LB-NODEPORT', vips: [], protocol: 6, internalPort: 80, externalPort, isDsr: false, localRoutedVip: false, endpointIds: backends.map((backend) => backend.id.toUpperCase()) },
    ],
  };
  return facts;
}

describe('nodeport-overlay-remote-backend', () => {
  it('reports a NodePort on an overlay network whose backends all run on other nodes', () => {
    const [finding] = run(rule, { nodeFacts: [overlayNode([{ id: 'ep-a', isRemote: true }, { id: 'ep-b', isRemote: true }])] }, 'win-flannel-0');
    expect(finding).toMatchObject({ ruleId: 'nodeport-overlay-remote-backend', severity: 'warning', target: { kind: 'Node', name: 'win-flannel-0' } });
    expect(evidenceTexts(finding!)).toEqual([
      'probe: HNS network flannel.4096 is an overlay (VXLAN) network',
      'probe: NodePort 31080 load balancer has 2 backend(s), all on other nodes',
    ]);
  });

  it('does not report when one backend runs on the node', () => {
    expect(run(rule, { nodeFacts: [overlayNode([{ id: 'ep-a', isRemote: true }, { id: 'ep-b', isRemote: false }])] })).toEqual([]);
  });

  it('does not report a ClusterIP port outside the NodePort range', () => {
    expect(run(rule, { nodeFacts: [overlayNode([{ id: 'ep-a', isRemote: true }], 443)] })).toEqual([]);
  });

  it('does not report on an L2Bridge (host-gw) network', () => {
    const facts = overlayNode([{ id: 'ep-a', isRemote: true }]);
    facts.hns!.networks = [{ name: 'cbr0', type: 'L2Bridge', subnets: [] }];
    expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
  });

  it('says nothing when the probe did not list endpoints and load balancers', () => {
    expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
