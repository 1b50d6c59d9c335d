import { defineCause, message } from '../define.js';
import { messageDetector, officialPages } from '../../engine/rule-kit.js';
import type { Evidence } from '../../rules/types.js';

const rule = defineCause({
  title: 'Hyper-V isolation cannot start on this node',
  area: 'node',
  severity: 'error',
  inputs: ['pod-spec', 'pod-events', 'pod-status'],
  explanation:
    'Hyper-V isolated containers run inside a small utility VM, so the node needs the Hyper-V role and a running hypervisor. ' +
    'On a virtual machine without nested virtualization, or on a hypervisor that does not expose it, the role cannot be installed and containers that ask for Hyper-V isolation fail with "No hypervisor is present on this system" or HCS_E_HYPERV_NOT_INSTALLED.',
  fix: {
    nestedVirtualization: 'Run the node on a VM size or hypervisor with nested virtualization enabled (on Azure the Dv3/Ev3 and newer families; on Hyper-V Set-VMProcessor -ExposeVirtualizationExtensions $true).',
    installRole: 'Install the Hyper-V role on the node (Install-WindowsFeature Hyper-V) and restart it.',
    useProcessIsolation: 'Or drop the Hyper-V RuntimeClass and run the pod with process isolation, using an image built for the node\'s Windows build.',
  },
  messages: {
    pod: 'Pod {pod} asks for Hyper-V isolation on a node that cannot run it.',
    runtimeClass: 'runtimeClassName: {name}',
  },
  windowsCodes: ['HCS_E_HYPERV_NOT_INSTALLED', 'ERROR_HV_NOT_PRESENT'],
  references: [officialPages.msHyperVIsolation, officialPages.runtimeClass, 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/system-requirements'],
  signatures: [
    { name: 'noHypervisor', pattern: /no hypervisor is present on this system/, weight: 0.9, why: 'the host has no running hypervisor, which Hyper-V isolation needs' },
    { name: 'noHypervisorCode', group: 'noHypervisor', whyOf: 'noHypervisor', pattern: /\(0xc0351000\)/, weight: 0.9, why: 'the host has no running hypervisor, which Hyper-V isolation needs' },
    { name: 'hyperVNotInstalled', pattern: /hcs_e_hyperv_not_installed|0x[8c]0370102\b/, weight: 0.9, why: 'the compute service reports that the Hyper-V role is not installed' },
    { name: 'noSlat', pattern: /hyper-v cannot be installed.{0,40}second level address translation/, weight: 0.7, why: 'the (virtual) processor lacks SLAT, so the Hyper-V role cannot be installed' },
  ],
  symptoms: [
    'Hyper-V isolated pods fail on our Windows nodes',
    'No hypervisor is present on this system',
    'runtimeClass runhcs-wcow-hypervisor does not work on Azure VM',
    'cannot enable Hyper-V on the Windows worker VM',
  ],
  detect: messageDetector({
    scheduledOnly: true,
    extraEvidence: (pod): Evidence[] => {
      const name = pod?.pod.spec?.runtimeClassName;
      return name ? [{ source: 'spec', text: message('runtimeClass', { name }) }] : [];
    },
  }),
});

export default rule;
