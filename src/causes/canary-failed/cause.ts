import { defineCause } from '../define.js';

/** A canary pod of one Windows build failed; reported by the canary runner (src/probes/canary.ts). */
export default defineCause({
  title: 'A canary pod for this Windows build did not start or could not reach the cluster',
  area: 'node',
  severity: 'error',
  reportedBy: 'canary-runner',
  inputs: ['node-probe'],
  explanation:
    'windbg schedules one small nanoserver pod per Windows build and tests cluster DNS, the kubernetes ' +
    'ClusterIP service and the API server from inside it. A canary that cannot start, or cannot reach those, ' +
    'means ordinary Windows workloads on nodes of this build will fail the same way.',
  fix: {
    readFailedCheck: 'Read the failed check and its evidence: start failure (image, sandbox, scheduling), DNS, ClusterIP or API server.',
    imageDoesMatch: 'For an image that does not match the node build, pass a matching image with --canary-image.',
    dnsServiceFailures: 'For DNS or service failures, run `kubectl windbg node <node> --probe` on the node named in the finding.',
  },
  messages: {
    failed: 'The {product} canary on {node} failed: {checks}.',
  },
  references: ['https://kubernetes.io/docs/concepts/windows/intro/'],
  probe: 'node',
});
