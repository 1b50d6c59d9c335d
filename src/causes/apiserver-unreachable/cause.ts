import { defineCause } from '../define.js';
import { messageDetector, officialPages } from '../../engine/rule-kit.js';
import type { MessageSignature } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'clientDoesTrust',
    pattern: /x509: certificate signed by unknown authority/,
    weight: 0.85,
    why: 'the client does not trust the API server certificate: the kubeconfig carries the wrong CA',
  },
  {
    name: 'apiServerCertificate',
    pattern: /x509: certificate (?:has expired|is not yet valid|is valid for)/,
    weight: 0.8,
    why: 'the API server certificate is expired or does not name the address the client uses',
  },
  {
    name: 'clientCouldOpen',
    pattern: /unable to connect to the server/,
    weight: 0.7,
    why: 'the client could not open a connection to the API server address in its kubeconfig',
  },
  {
    name: 'tlsVerificationApi',
    pattern: /\bx509:/,
    weight: 0.55,
    why: 'TLS verification of the API server failed',
  },
  {
    name: 'requestApiServer',
    // An API server URL or port next to a refused/timed-out connection.
    pattern: /(?::6443\b|\/api\/v1\/|\/apis\/).{0,200}(?:connection refused|i\/o timeout|no route to host|connection reset)|(?:connection refused|i\/o timeout).{0,40}:6443\b/,
    weight: 0.65,
    why: 'a request to the API server could not connect',
  },
  {
    name: 'connectionRefusedOwn',
    pattern: /connection refused/,
    weight: 0.15,
    why: 'a connection was refused (on its own this fits any service)',
  },
];

const rule = defineCause({
  title: 'API server unreachable from the node or pod (certificate or address)',
  area: 'cluster',
  severity: 'error',
  inputs: ['pod-status', 'pod-events', 'node-events'],
  explanation:
    'A client (kubelet, kube-proxy, flanneld or an in-cluster app) cannot talk to https://<address>:<port> of the API server. ' +
    'This is nearly always a configuration problem: a kubeconfig with the wrong server address or CA, credentials that are not accepted, or an API server certificate that does not cover the address.',
  fix: {
    openKubeconfigFailing: 'Open the kubeconfig the failing component uses (for the Windows kubelet usually C:\\k\\config) and check the server address and port.',
    checkCertificateAuthority: 'Check that certificate-authority-data is the cluster CA (compare with the control plane admin.conf or ~/.kube/config).',
    checkApiServer: 'Check that the API server certificate lists the address the client uses (openssl x509 -noout -text on the serving certificate).',
    testNodeTest: 'Test from the node: Test-NetConnection <address> -Port <port>; then restart the component with the corrected kubeconfig.',
  },
  messages: {
    pod: 'Pod {pod} cannot reach the API server (connection or certificate error).',
    node: 'A component on node {node} cannot reach the API server (connection or certificate error).',
  },
  symptoms: [
    'kubectl on the Windows node says Unable to connect to the server',
    'kubelet on the Windows node cannot talk to the API server after the certificates were rotated',
    'the Windows node never registers with the cluster because the control plane address is wrong',
    'pods on the Windows node cannot reach the kubernetes API, the connection to port 6443 is refused or times out',
    'x509 certificate signed by unknown authority when the Windows worker joins the cluster',
    'the node stopped working after the cluster certificate expired',
  ],
  references: [officialPages.msCommonProblems, officialPages.windowsDebugging],
  signatures,
  detect: messageDetector({ nodes: true }),
});

export default rule;
