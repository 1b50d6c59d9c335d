import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'Hyper-V through a RuntimeClass', snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']) }],
  invalid: [
    {
      name: 'retired annotation on a pod',
      snapshot: () => fixtureSnapshot(['spec-fields.yaml']),
      findings: [
        { target: pod('ops', 'legacy-monitor-8x7z6'), evidence: [/annotation experimental\.windows\.kubernetes\.io\/isolation-type: hyperv/, /no runtimeClassName set/] },
      ],
    },
  ],

});
