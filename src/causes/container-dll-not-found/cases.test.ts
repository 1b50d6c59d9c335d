import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      // The job that exited with 1 in the same fixture is not reported.
      name: 'nanoserver container exits with STATUS_DLL_NOT_FOUND in its signed form',
      snapshot: () => fixtureSnapshot(['rt-container-exits.yaml']),
      findings: [
        {
          target: pod('docs', 'pdf-render-7c9d8e6f5-w4x2z'),
          evidence: [/container render \(contoso\/pdf-render:5\.0-nanoserver-ltsc2022\) exited with -1073741515 \(0xC0000135 STATUS_DLL_NOT_FOUND\)/],
        },
      ],
    },
  ],
});
