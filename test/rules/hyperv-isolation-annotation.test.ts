import rule from '../../src/rules/hyperv-isolation-annotation.js';
import { fixtureSnapshot, pod, ruleTester } from './rule-tester.js';

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
