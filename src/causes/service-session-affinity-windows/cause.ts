import { defineCause } from '../define.js';
import { refs } from '../../rules/probe-rule-helpers.js';

const rule = defineCause({
  title: 'Service ClientIP session affinity is ignored or broken for Windows endpoints',
  area: 'network',
  severity: 'warning',
  inputs: ['node-status'],
  explanation:
    'kube-proxy on Windows applies sessionAffinity: ClientIP only from Kubernetes 1.19 and only on hosts of build 19551 or later, which in practice means Windows Server 2022. ' +
    'On Windows Server 2019 nodes the setting is silently ignored and each connection is balanced on its own, so sticky sessions break. ' +
    'On some Windows Server 2022 builds a load-balancer Service with ClientIP affinity cannot be reached from Windows pods at all until the host carries a virtual switch (VFP) fix.',
  fix: {
    moveToNewerNodes: 'Run workloads that need sticky sessions on Windows Server 2022 or later nodes with a current cumulative update.',
    dropAffinity: 'On Windows Server 2022 builds where the Service cannot be reached, remove sessionAffinity from the Service (accepting per-connection balancing) until the nodes carry the VFP fix.',
    stickyElsewhere: 'On Windows Server 2019, keep the stickiness out of kube-proxy: let an ingress controller or the application hold the session, or run one pod per node with traffic kept on the local node.',
  },
  symptoms: [
    'session affinity ClientIP does not work for Windows pods, requests go to different pods',
    'sticky sessions break when the backend pods run on Windows Server 2019 nodes',
    'Windows pods cannot reach a load balancer service that has sessionAffinity set',
    'connecting to the ingress pod directly works but through the service with ClientIP affinity it times out',
  ],
  references: [
    'https://github.com/kubernetes/kubernetes/pull/91701',
    'https://github.com/Azure/AKS/issues/3856',
    'https://github.com/MicrosoftDocs/azure-docs/pull/79222',
    refs.k8sWindowsNetworking,
  ],
});

export default rule;
