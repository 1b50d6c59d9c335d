import { defineCause } from '../define.js';
import { refs } from '../../rules/probe-rule-helpers.js';

const rule = defineCause({
  title: 'The DNS Client cache inside a Windows container keeps failed lookups',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-probe'],
  explanation:
    'A Windows container runs its own DNS Client (Dnscache) service, and that service remembers negative answers as well as positive ones. ' +
    'One lookup that failed (because DNS was not reachable yet when the container started, or a single query timed out) is then answered from the cache, so the name keeps failing inside that container for minutes after DNS works again. ' +
    'The same name resolves from other pods, and inside the container it resolves right after ipconfig /flushdns or a restart of the pod.',
  fix: {
    confirmWithFlush: 'Confirm the cache is the culprit: run ipconfig /displaydns inside the pod, then ipconfig /flushdns, and retry the lookup; if it now resolves, the failure was cached.',
    disableNegativeCache: 'In the image, set MaxNegativeCacheTtl to 0 (and, if stale positive answers also hurt, MaxCacheTtl to a few seconds) under HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dnscache\\Parameters, so a failed answer is never kept.',
    disableDnscache: 'Alternatively, stop the Dnscache service in the container image (Set-Service dnscache -StartupType Disabled), accepting that every lookup goes to the cluster DNS.',
    fixFirstFailure: 'Find out why the first lookup failed (DNS not ready right after the container started, a DNS policy missing on the node, dropped packets) and fix that too; the cache only makes one failure last.',
  },
  symptoms: [
    'name resolution in a Windows container fails until ipconfig /flushdns is run inside it',
    'a Windows pod cannot resolve a service name for minutes although other pods resolve it',
    'DNS lookups that failed once keep failing in the Windows container even after DNS is back',
    'flushing the DNS cache in the pod fixes the lookup for a while',
    'external DNS records intermittently do not resolve in Windows pods until the DNS cache is cleared',
    'negative DNS cache in Windows containers remembers timeouts',
  ],
  references: [
    'https://github.com/Azure/acs-engine/issues/1680',
    'https://github.com/moby/moby/issues/27499',
    'https://github.com/Azure/acs-engine/issues/558',
    refs.k8sWindowsNetworking,
  ],
});

export default rule;
