import { defineCause } from '../define.js';
import { refs } from '../../rules/probe-rule-helpers.js';

const rule = defineCause({
  title: 'A pod cannot reach itself through its own Service with DSR on',
  area: 'network',
  severity: 'warning',
  inputs: ['node-probe'],
  explanation:
    'With Direct Server Return (DSR) on in kube-proxy, a Windows pod that calls a Service VIP and is load-balanced back to itself has its traffic dropped, unless the CNI config turns on loopbackDSR. ' +
    'Calls that land on any other backend work, so with N backends roughly one call in N fails and the failures look random; with a single replica every call to the Service fails.',
  fix: {
    enableLoopbackDsr: 'Set "loopbackDSR": true in the CNI network config of the Windows nodes (win-bridge, win-overlay, sdnbridge or sdnoverlay), then recreate the pods on those nodes so their endpoints get the policy.',
    checkSupport: 'Make sure the CNI plugin release and the Windows build support loopback DSR (Windows Server 2019 needs 10.0.17763.1432 or later); older ones ignore or reject the setting.',
    disableDsr: 'If loopback DSR cannot be used, turn DSR off in kube-proxy (--enable-dsr=false) and restart kube-proxy, accepting the non-DSR data path.',
    avoidSelfCalls: 'Meanwhile, let the application call itself on localhost rather than through its own Service.',
  },
  symptoms: [
    'a Windows pod cannot reach its own service IP',
    'calls to the service from one of its own pods fail randomly, about one in N replicas',
    'a single replica Windows deployment cannot call itself through the service name',
    'hairpin traffic broken on Windows after enabling DSR in kube-proxy',
    'curl to the service VIP from the backend pod times out only when it is routed to itself',
  ],
  references: [
    'https://github.com/kubernetes-sigs/sig-windows-tools/issues/119',
    'https://github.com/projectcalico/calico/issues/5522',
    'https://github.com/Azure/AKS/issues/2608',
    refs.k8sWindowsNetworking,
  ],
});

export default rule;
