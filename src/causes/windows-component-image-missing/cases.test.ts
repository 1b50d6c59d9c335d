import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'kube-proxy DaemonSet applied with its version placeholder',
      snapshot: () => fixtureSnapshot(['rt-component-image.yaml']),
      findings: [
        { target: pod('kube-system', 'kube-proxy-windows-9tffg'), evidence: [/failed to resolve reference .*: not found/, /uses sigwindowstools\/kube-proxy:VERSION-nanoserver, whose tag still holds a placeholder/] },
      ],
    },
  ],
});
