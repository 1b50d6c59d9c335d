import { causeOf, fixtureSnapshot, node, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'containerd on every Windows node', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'a Windows node reporting docker://',
      snapshot: () =>
        withItems([], (item) => {
          if ((item['metadata'] as { name?: string }).name === 'win19-0') {
            (item['status'] as { nodeInfo: { containerRuntimeVersion: string } }).nodeInfo.containerRuntimeVersion = 'docker://20.10.9';
          }
          return item;
        }),
      findings: [{ target: node('win19-0'), evidence: [/containerRuntimeVersion: docker:\/\/20\.10\.9/] }],
    },
  ],
});
