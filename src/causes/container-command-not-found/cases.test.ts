import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'echo started without cmd /c',
      snapshot: () => fixtureSnapshot(['rt-command-not-found.yaml']),
      findings: [
        {
          target: pod('demo', 'hello-6c7d8e9f0a-b1c2d'),
          evidence: [/StartError.*hcs::System::CreateProcess .*The system cannot find the file specified/, /starts "echo", a cmd built-in/],
        },
      ],
    },
  ],
});
