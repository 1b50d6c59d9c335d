import { defineCause, message } from '../define.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'flanneld on the Windows node picks the wrong network adapter, or none',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'flanneld builds the HNS network on one host adapter, which it finds from the default route unless told otherwise. ' +
    'On nodes with several adapters, renamed adapters, or adapter names containing spaces that a wrapper splits, it binds the wrong adapter or finds none: the HNS network is not created, flannel crash-loops and pods get no network.',
  fix: {
    listAdapters: 'On the node, list the adapters and the default route (Get-NetAdapter, Get-NetRoute -DestinationPrefix 0.0.0.0/0) and pick the one that carries node traffic.',
    nameInterface: 'Pass that adapter to flanneld with --iface (its IP address or name) or --iface-regex, or give the setup script its interface parameter.',
    avoidSpaces: 'When a wrapper passes the adapter name on a command line, rename the adapter to a name without spaces (Rename-NetAdapter).',
    restartFlannel: 'Restart flannel on the node and check that its HNS network appears.',
  },
  messages: {
    pod: 'Pod {pod} (flannel) could not find or use the node\'s network adapter.',
  },
  signatures: [
    {
      name: 'noValidInterface',
      pattern: /could not find valid interface/,
      weight: 0.85,
      why: 'flanneld could not find any adapter matching its interface settings',
    },
    {
      name: 'noDefaultInterface',
      pattern: /failed to get default interface/,
      weight: 0.75,
      why: 'flanneld could not work out the adapter of the default route',
    },
    {
      name: 'adapterNotFound',
      pattern: /an adapter was not found/,
      weight: 0.5,
      why: 'HNS was asked to create a network on an adapter that does not exist',
    },
  ],
  symptoms: [
    'kube-flannel on Windows is in CrashLoopBackOff on a node with two NICs',
    'flannel picks the wrong network interface on the Windows node',
    'after renaming the network adapter flannel no longer starts',
    'the flannel setup script fails when the adapter name has a space in it',
  ],
  references: [
    'https://github.com/flannel-io/flannel/blob/master/Documentation/configuration.md',
    'https://github.com/kubernetes-sigs/sig-windows-tools/issues/344',
    'https://github.com/kubernetes-sigs/sig-windows-tools/issues/103',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    return findingsFromMessages(rule, ctx, {
      podMessage: (pod) => message('pod', { pod: pod.key }),
      accept: (_hit, pod) => pod?.node !== undefined,
    });
  },
});

export default rule;
