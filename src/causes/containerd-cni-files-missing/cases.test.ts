import { causeOf, fixtureSnapshot, node, nodeFacts, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

/** Base nodes with win19-0 NotReady for the given reason. */
const notReady = (text: string, runtime = 'containerd://1.6.28') => () =>
  withItems([], (item) => {
    const meta = item['metadata'] as { name: string };
    if (item['kind'] === 'Node' && meta.name === 'win19-0') {
      const status = item['status'] as { conditions: { type: string; status: string; message?: string; reason?: string }[]; nodeInfo: { containerRuntimeVersion: string } };
      status.nodeInfo.containerRuntimeVersion = runtime;
      const ready = status.conditions.find((c) => c.type === 'Ready')!;
      ready.status = 'False';
      ready.reason = 'KubeletNotReady';
      ready.message = text;
    }
    return item;
  });

const noConfig = 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: no network config found in C:\\Program Files\\containerd\\cni\\conf: cni plugin not initialized';
const notInitialised = 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'Docker node with the same message', snapshot: notReady(noConfig, 'docker://20.10.9') },
    { name: 'not initialised, no probe', snapshot: notReady(notInitialised) },
    { name: 'not initialised, probe finds a config', snapshot: notReady(notInitialised), nodeFacts: nodeFacts('win19-0', { cni: { type: 'flannel', confPath: 'C:\\Program Files\\containerd\\cni\\conf\\10-flannel.conf' } }) },
  ],
  invalid: [
    {
      name: 'no network config found in the conf dir',
      snapshot: notReady(noConfig),
      findings: [{ target: node('win19-0'), evidence: [/no network config found in/] }],
    },
    {
      name: 'not initialised and the probe finds no config',
      snapshot: notReady(notInitialised),
      nodeFacts: nodeFacts('win19-0', { cni: {} }),
      findings: [{ target: node('win19-0'), evidence: [/cni plugin not initialized/, /no CNI config/] }],
    },
  ],
});
