import { causeOf, fixtureSnapshot, node, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'Server 2022 and 2019 nodes', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'semi-annual 2004 and 1709 nodes',
      snapshot: () => fixtureSnapshot(['old-nodes.yaml']),
      findings: [
        { target: node('win2004-0'), message: /Windows Server, version 2004 \(10\.0\.19041\.1415\), a retired semi-annual channel release/, evidence: [/osImage Windows Server Datacenter/] },
        { target: node('win1709-0'), message: /version 1709/, evidence: [/kernelVersion 10\.0\.16299\.19/] },
      ],
    },
  ],

});
