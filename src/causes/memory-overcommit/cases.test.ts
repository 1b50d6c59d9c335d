import { causeOf, fixtureSnapshot, node, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'nodes reserve memory and pods have limits', snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']) },
  ],
  invalid: [
    {
      name: 'allocatable equals capacity on a node',
      snapshot: () =>
        withItems([], (item) => {
          if (item['kind'] === 'Node' && (item['metadata'] as { name: string }).name === 'win19-0') {
            const status = item['status'] as { allocatable: Record<string, string>; capacity: Record<string, string> };
            status.allocatable['memory'] = status.capacity['memory']!;
          }
          return item;
        }),
      findings: [{ target: node('win19-0'), evidence: [/capacity memory 16773852Ki, allocatable memory 16773852Ki/] }],
    },
    {
      name: 'containers without memory limits (HostProcess pods are skipped)',
      snapshot: () => fixtureSnapshot(['spec-fields.yaml']),
      findings: [
        { target: pod('ops', 'legacy-monitor-8x7z6'), severity: 'info', evidence: [/container monitor: no resources\.limits\.memory/] },
        { target: pod('web', 'web-dns-5d6e7f-8g9h0'), severity: 'info', evidence: [/container web: no resources\.limits\.memory \(requests 256Mi\)/] },
      ],
    },
  ],

});
