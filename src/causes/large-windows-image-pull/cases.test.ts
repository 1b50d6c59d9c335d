import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'a pull that started five minutes ago is not slow yet',
      snapshot: () =>
        withItems(['rt-slow-pull.yaml'], (item) => {
          if (item['kind'] === 'Event') {
            item['firstTimestamp'] = '2024-11-20T10:55:00Z';
            item['lastTimestamp'] = '2024-11-20T10:55:00Z';
          }
          return item;
        }),
    },
  ],
  invalid: [
    {
      name: 'servercore IIS image still pulling after 17 minutes',
      snapshot: () => fixtureSnapshot(['rt-slow-pull.yaml']),
      findings: [{ target: pod('web', 'windows-server-iis-7985c648cc-5xfhr'), evidence: [/still pulling after 17 minutes: Pulling image "mcr\.microsoft\.com\/windows\/servercore\/iis/] }],
    },
  ],
});
