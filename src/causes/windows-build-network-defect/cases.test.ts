import { causeOf, node, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

/** The base nodes with one node's kernel version replaced. */
function onKernel(name: string, kernelVersion: string) {
  return () =>
    withItems([], (item) => {
      const meta = item['metadata'] as { name: string };
      if (item['kind'] === 'Node' && meta.name === name) {
        (item['status'] as { nodeInfo: { kernelVersion: string } }).nodeInfo.kernelVersion = kernelVersion;
      }
      return item;
    });
}

ruleTester(cause, {
  valid: [
    { name: 'current builds (20348.2966, 17763.6293)', snapshot: onKernel('akswin22-0', '10.0.20348.2966') },
    { name: 'the October 2024 fix itself', snapshot: onKernel('akswin22-0', '10.0.20348.2762') },
    { name: 'Server 2022 before the 2024 regression', snapshot: onKernel('akswin22-0', '10.0.20348.1970') },
    { name: 'build without a revision', snapshot: onKernel('win19-0', '10.0.17763') },
  ],
  invalid: [
    {
      name: 'Server 2022 on the July 2024 update (20348.2582)',
      snapshot: onKernel('akswin22-0', '10.0.20348.2582'),
      findings: [{ target: node('akswin22-0'), evidence: [/10\.0\.20348\.2582/], message: /10\.0\.20348\.2762/ }],
    },
    {
      name: 'Server 2019 on the September 2020 update (17763.1457)',
      snapshot: onKernel('win19-0', '10.0.17763.1457'),
      findings: [{ target: node('win19-0'), message: /DECAP_IN.*10\.0\.17763\.1518/ }],
    },
  ],
});
