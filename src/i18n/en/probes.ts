/** English text of src/probes. Keys are "probes.<what>". */
export const probes = {
  'probes.error.badNodeName': 'Node name "{node}" is not a valid Kubernetes node name.',
  'probes.error.badPort': '"{value}" is not a port number (1-65535).',
  'probes.error.badIpPort': '"{value}" is not an IPv4 address and port such as 10.0.0.10:443.',
  'probes.error.badHostPort': '"{value}" is not a host name or IPv4 address with a port, such as 10.224.0.4:443.',
  'probes.error.badHost': '"{value}" is not a valid DNS name.',
  'probes.error.badIp': '"{value}" is not an IPv4 address.',
  'probes.error.badDeadline': 'The probe deadline must be a whole number of seconds, at least 30 (got {value}).',
  'probes.error.unsafeValue': 'Refusing to pass {name} to the probe script: its value holds characters outside host, address and port syntax.',

  'probes.psa.rejected':
    'Namespace {namespace} enforces the Pod Security level "{level}", which rejects HostProcess pods, so the probe pod would not be admitted.',
  'probes.psa.fix':
    'Run the probes in a namespace labelled pod-security.kubernetes.io/enforce=privileged (--probe-namespace), or label this one: kubectl label namespace {namespace} pod-security.kubernetes.io/enforce=privileged --overwrite',
  'probes.namespace.missing': 'The probe namespace {namespace} does not exist; pass an existing namespace with --probe-namespace.',

  'probes.hostProcess.oldServer':
    'The cluster runs Kubernetes {version}; HostProcess probe pods need Kubernetes 1.26 or newer, so no probe pod was created.',
  'probes.hostProcess.runtime':
    'The node runs {runtime}; HostProcess probe pods need containerd 1.6 or newer, so no probe pod was created.',
  'probes.hostProcess.oldContainerd':
    'The node runs {runtime}; HostProcess probe pods need containerd 1.6 or newer, so no probe pod was created.',

  'probes.failed.image-pull': 'The probe pod on {node} could not pull its image ({reason}): {message}',
  'probes.failed.admission': 'The API server refused the probe pod for {node} ({reason}): {message}',
  'probes.failed.hostprocess-unsupported': 'The probe pod on {node} could not run as a HostProcess container ({reason}): {message}',
  'probes.failed.sandbox': 'The probe pod on {node} did not get a pod sandbox ({reason}): {message}',
  'probes.failed.container': 'The probe container on {node} did not start ({reason}): {message}',
  'probes.failed.unschedulable': 'The probe pod could not be placed on {node} ({reason}): {message}',
  'probes.failed.deadline': 'The probe pod on {node} reached its deadline before the probe finished ({reason}): {message}',
  'probes.failed.timeout': 'The probe pod on {node} did not start in time: {message}',
  'probes.failed.api': 'The probe on {node} could not be completed ({reason}): {message}',
  'probes.cleanup.listFailed': 'probe objects of kind {kind} could not be listed: {error}',
  'probes.create.uncertain': 'the request that creates {object} got no clear answer, and {outcome}',
  'probes.create.notCreated': 'the server had not created it',
  'probes.create.foundAndDeleted': 'the server had created it; it was found and deleted',
  'probes.create.unknown': 'whether the server created it is unknown ({error})',
  'probes.daemonset.listFailed': 'the probe pods of DaemonSet {daemonset} could not be listed: {error}',
  'probes.unreachable': 'the cluster stopped answering during the probes: {error}',

  'probes.pod.timeout': 'Pod {pod} was still {phase} when the probe timeout ran out (raise it with --probe-timeout).',
  'probes.pod.vanished': 'Pod {pod} was deleted by someone else before it started.',
  'probes.daemonset.noPod': 'DaemonSet {daemonset} never placed a probe pod on this node.',
  'probes.daemonset.noResult': 'Pod {pod} was running, but its probe printed no result before the probe timeout ran out (raise it with --probe-timeout).',
  'probes.note.deleteFailed': 'Could not delete {object}: {error}. Run `kubectl windbg cleanup` to remove it.',
  'probes.note.notReady': 'node {node} is not Ready; its probe was skipped',
  'probes.summary.ran': "node probe ran on {nodes}: facts found: {sections}",
  'probes.summary.ranPartly': "node probe ran on {nodes}: facts found: {sections}; parts that failed: {failed}",
  'probes.summary.failed': "node probe failed on {nodes}: {reason} (the checks that need it stay unchecked there)",
  'probes.summary.podRan': "pod-network probe of {pod} ran ({vantage}): facts found: {sections}",
  'probes.summary.podRanPartly': "pod-network probe of {pod} ran ({vantage}): facts found: {sections}; parts that failed: {failed}",
  'probes.exec.exitCode': 'The probe script ended with exit code {code}: {stderr}',

  'probes.progress.creating': 'Starting the probe pod on {node}',
  'probes.progress.running': 'Probing {node}',
  'probes.progress.daemonset': 'Probing {count} nodes through a DaemonSet',
  'probes.progress.bundle': 'Collecting the state bundle from {node}',
  'probes.progress.canary': 'Running the {product} canary on {node}',

  'probes.dryRun.scriptHeader': 'The probe pod would then run, once: {command} <the script below on stdin>',
  'probes.dryRun.podExec': 'First tried: exec into {pod}: {command} <the script below on stdin>',
  'probes.dryRun.podCmdFallback': 'Without powershell.exe in the pod, through cmd.exe instead: {commands}',
  'probes.dryRun.podNotRunning': 'Pod {pod} is not running, so nothing can be exec\'d into it; the helper pod below would run the script.',
  'probes.dryRun.noHelperPod': 'No helper pod could be placed next to {pod}: it has no node, or the node build has no known servercore image.',
  'probes.dryRun.podFallback': 'When the pod cannot run the script itself (not running, or neither PowerShell nor cmd.exe in it), this helper pod would run it instead:',

  'probes.bundle.truncated': 'the bundle stream ended before its final line',
  'probes.bundle.countMismatch': 'the bundle announced {expected} files but {got} arrived',
  'probes.bundle.garbled': 'the bundle stream holds an unexpected line: {line}',
  'probes.bundle.incomplete': 'The state bundle from {node} arrived incomplete ({reason}; exit code {code}); no file was written.',
  'probes.bundle.notReady': 'Node {node} is not Ready, so no probe pod can start there to collect a bundle; collect again once its kubelet reports Ready.',
  'probes.bundle.hint': 'Try again with a longer --probe-timeout; the probe pod is deleted either way.',

  'probes.canary.badServer': 'The API server URL "{url}" is not an https URL the canary can test.',
  'probes.canary.noImage': 'No canary image is known for Windows build {build} (node {node}); pass one with --canary-image.',
  'probes.canary.notReady': 'no {product} (build {build}) node is Ready, so its canary was skipped (node {node})',

  'probes.podNetwork.noPowershell': 'Pod {pod} has no powershell.exe; trying cmd.exe.',
  'probes.podNetwork.execFailed': 'Could not exec into pod {pod}: {error}',
  'probes.podNetwork.noSidecar': 'No probe pod could be placed next to {pod}: it is not on a node, or the node build has no known servercore image (use --probe-image).',
  'probes.podNetwork.noVantage': 'No pod-network test could run: the pod has no shell and no probe pod could start next to it.',
  'probes.shell.starting': 'starting pod {pod} on {node}...',
  'probes.shell.deleted': 'deleted pod {pod}',
  'probes.shell.deadlineReached': 'the session ended: pod {pod} reached its time limit of {seconds} s (activeDeadlineSeconds); run shell again for a new session',
  'probes.shell.dryRunExec': 'then: kubectl exec -i{tty} -n {namespace} {pod} -c {container} -- {command}',
  'probes.shell.noInteractiveExec': 'This cluster connection cannot run an interactive exec.',
  'probes.shell.namespaceMissing': 'The namespace {namespace} does not exist; choose the shell pod namespace with -n.',
} as const satisfies Record<string, string>;
