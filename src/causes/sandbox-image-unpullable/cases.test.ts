import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'pause image reference without its registry host',
      snapshot: () => fixtureSnapshot(['rt-sandbox-unpullable.yaml']),
      findings: [{ target: pod('shop', 'api-6d7e8f9a0b-c1d2e'), evidence: [/failed to get sandbox image "amazonaws\.com\/eks\/pause-windows:latest"/] }],
    },
  ],
});
