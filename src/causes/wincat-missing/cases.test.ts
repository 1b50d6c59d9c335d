import { causeOf, fixtureSnapshot, pod, ruleTester, withEventMessage } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

const withMessage = (message: string) => withEventMessage('wincat.yaml', message);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'socat missing is the Linux counterpart',
      snapshot: () => withMessage('error forwarding port 3000 to pod lobsters_default, uid : unable to do port forwarding: socat not found.'),
    },
  ],
  invalid: [
    {
      name: 'kubelet says wincat not found',
      snapshot: () => fixtureSnapshot(['wincat.yaml']),
      findings: [{ target: pod('web', 'iis-pf-7d8e9f0a1b-c2d3e'), evidence: [/unable to do port forwarding: wincat not found/] }],
    },
    {
      name: 'dockerd CreateProcess of wincat.exe fails',
      snapshot: () =>
        withMessage(
          'encountered an error during CreateProcess: failure in a Windows system call: The system cannot find the file specified. (0x2) extra info: {"CommandLine":"wincat.exe 127.0.0.1 80","User":"ContainerUser"}',
        ),
      findings: [{ target: pod('web', 'iis-pf-7d8e9f0a1b-c2d3e') }],
    },
  ],

});
