import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'ordinary Windows pods', snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml', 'pause-sandbox-mismatch.yaml']) },
  ],
  invalid: [
    {
      name: 'Linux-style security settings on a Windows pod; the HostProcess probe pod passes',
      snapshot: () => fixtureSnapshot(['spec-fields.yaml']),
      findings: [
        {
          target: pod('ops', 'legacy-monitor-8x7z6'),
          evidence: [
            /spec\.hostNetwork: true/,
            /spec\.hostPID: true/,
            /spec\.securityContext\.runAsUser: 1000/,
            /spec\.securityContext\.fsGroup: 2000/,
            /volume scratch: emptyDir medium Memory/,
            /container monitor: securityContext\.privileged: true/,
            /container monitor: securityContext\.readOnlyRootFilesystem: true/,
            /container monitor: securityContext\.capabilities/,
            /mountPropagation: HostToContainer/,
          ],
        },
      ],
    },
  ],

});
