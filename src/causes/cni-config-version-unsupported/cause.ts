import { defineCause, message } from '../define.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'The CNI config declares a cniVersion the plugin binary does not support',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'Every CNI network config names the version of the CNI specification it is written for (cniVersion). ' +
    'When that version is newer than the plugin binaries on the node understand, the runtime rejects the config and every pod sandbox on the node fails before any network is set up.',
  fix: {
    compareVersions: 'Compare the cniVersion in the node\'s CNI config with the versions the error says the plugin supports.',
    alignVersion: 'Set cniVersion to a version the plugins support, or install plugin binaries that support the configured version.',
    recreatePods: 'Restart the CNI agent if it writes the config, then recreate the pods stuck in ContainerCreating.',
  },
  messages: {
    pod: 'Pod {pod} cannot get a network: the CNI config uses a cniVersion the plugin does not support.',
  },
  signatures: [
    {
      name: 'incompatibleCniVersions',
      pattern: /incompatible cni versions/,
      weight: 0.9,
      why: 'the runtime compared the config\'s cniVersion with the versions the plugin reports and found no match',
      phases: ['sandbox', 'any'],
    },
    {
      name: 'pluginSupportsList',
      pattern: /config is \S+ plugin supports \[/,
      weight: 0.7,
      why: 'the message lists the versions the plugin supports next to the one the config asks for',
      group: 'incompatibleCniVersions',
    },
  ],
  symptoms: [
    'all new pods on the Windows node stay in ContainerCreating after updating the CNI config',
    'sandbox creation fails right after upgrading flannel or the CNI plugins',
    'the CNI complains that the version in the config is not supported',
    'pods worked until the cniVersion in the net.d config was bumped',
  ],
  references: [
    'https://www.cni.dev/docs/spec/',
    'https://github.com/kubernetes-sigs/sig-windows-tools/issues/266',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    return findingsFromMessages(rule, ctx, { podMessage: (pod) => message('pod', { pod: pod.key }) });
  },
});

export default rule;
