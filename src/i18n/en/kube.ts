/** English text of src/kube. Keys are "kube.<what>". */
export const kube = {
  // kubeconfig
  'kube.error.noKubeconfig':
    'no kubeconfig found: --kubeconfig is not set, KUBECONFIG is not set, {path} does not exist, and this is not running inside a cluster',
  'kube.hint.noKubeconfig': 'pass --kubeconfig PATH or set KUBECONFIG to your cluster\'s kubeconfig file',
  'kube.error.kubeconfigMissing': 'the kubeconfig file {path} does not exist',
  'kube.error.kubeconfigListEmpty': 'none of the files in KUBECONFIG exist ({list})',
  'kube.hint.kubeconfigMissing': 'check the path, or point --kubeconfig at an existing file',
  'kube.error.kubeconfigUnreadable': 'the kubeconfig file {path} cannot be read: {reason}',
  'kube.error.kubeconfigMalformed': 'the kubeconfig file {path} is not valid: {reason}',
  'kube.error.kubeconfigMalformedAt': 'the kubeconfig file {path} is not valid YAML (line {line}): {reason}',
  'kube.error.kubeconfigNotMapping': 'the kubeconfig file {path} is not a kubeconfig (expected a YAML mapping with clusters, users and contexts)',
  'kube.hint.kubeconfigMalformed': 'check it with "kubectl config view --kubeconfig <file>"',
  'kube.error.unknownContext': 'context "{context}" is not in the kubeconfig; available contexts: {available}',
  'kube.error.currentContextMissing': 'the current context "{context}" is not in the kubeconfig; available contexts: {available}',
  'kube.hint.unknownContext': 'pick one with --context, or list them with "kubectl config get-contexts"',
  'kube.error.noCurrentContext': 'the kubeconfig has no current context; available contexts: {available}',
  'kube.hint.noCurrentContext': 'pass --context NAME or run "kubectl config use-context NAME"',
  'kube.error.contextWithoutCluster': 'context "{context}" refers to cluster "{cluster}", which the kubeconfig does not define',
  'kube.error.execPluginFailed': 'the credential plugin "{command}" of user "{user}" failed: {reason}',
  'kube.error.execPluginMissing': 'the credential plugin "{command}" of user "{user}" was not found',
  'kube.hint.execPlugin': 'run "{command}" by hand to see why, and check that it is installed and on PATH',
  'kube.error.credentials': 'the credentials of user "{user}" could not be loaded: {reason}',

  // request timeout and selectors
  'kube.error.badRequestTimeout': 'invalid --request-timeout "{value}"',
  'kube.hint.badRequestTimeout': 'use a whole number of seconds or a number with a unit, for example 30s, 1m or 2m30s ("0" means no limit)',
  'kube.error.badSelector': 'invalid label selector "{selector}"',
  'kube.hint.badSelector': 'use kubectl\'s syntax, for example -l agentpool=win22 or -l "env in (prod,staging)"',

  // transport
  'kube.error.unreachable': 'cannot reach the API server at {server} ({code})',
  'kube.hint.unreachable': 'check the network path to the cluster, a VPN or proxy, and the server address in the kubeconfig',
  'kube.error.tlsUntrusted': "TLS: the server's certificate is not trusted by the kubeconfig's CA ({server})",
  'kube.hint.tlsUntrusted': 'refresh the kubeconfig (for example az aks get-credentials, aws eks update-kubeconfig) so its certificate-authority-data matches the cluster',
  'kube.error.tlsWrongHost': "TLS: the server's certificate is not valid for {host} ({server})",
  'kube.hint.tlsWrongHost': 'use the address the certificate was issued for, or set tls-server-name in the kubeconfig',
  'kube.error.tlsExpired': "TLS: the server's certificate has expired or is not yet valid ({server})",
  'kube.hint.tlsExpired': "check the machine's clock, then the cluster's certificates",
  'kube.error.timeout': 'no answer from the API server at {server} within {timeout}',
  'kube.hint.timeout': 'raise --request-timeout (for example --request-timeout=2m), or check the API server\'s load',
  'kube.error.connectionReset': 'the connection to the API server at {server} kept breaking ({attempts} attempts)',
  'kube.hint.retryLater': 'try again in a moment; if it persists, check the API server and any proxy or load balancer in front of it',
  'kube.error.requestFailed': 'the request to the API server at {server} failed: {reason}',
  'kube.error.badJson': 'the API server at {server} sent an answer that is not valid JSON',
  'kube.error.unauthorized': 'the API server at {server} rejected the credentials (401 Unauthorized)',
  'kube.hint.unauthorized': 'log in again or refresh the kubeconfig; an expired token or client certificate is the usual cause',
  'kube.error.forbidden': 'not allowed to {what}: {detail}',
  'kube.hint.forbidden': 'ask for the RBAC permissions windbg needs (see the ClusterRole in the README)',
  'kube.error.expired': 'the list to {what} expired on the server (410 Gone)',
  'kube.error.expiredTwice': 'the list of {resource} expired twice while paging (410 Gone)',
  'kube.error.apiStatus': 'the API server refused to {what}: {status} {reason}: {detail}',
  'kube.word.inNamespace': 'in namespace {namespace}',
  'kube.word.inAllNamespaces': 'in all namespaces',
  'kube.word.none': '(none)',

  // exec
  'kube.error.execFailed': 'exec in pod {pod} failed: {detail}',
  'kube.error.execTimeout': 'exec in pod {pod} did not finish within {timeout}',
  'kube.error.execClosed': 'the exec connection to pod {pod} closed before the command finished (WebSocket code {code})',

  // scope
  'kube.error.nodeNotFound': 'node {node} not found',
  'kube.error.linuxNode': 'node {node} is a linux node; windbg diagnoses Windows nodes',
  'kube.hint.listNodes': 'list the Windows nodes with "kubectl windbg nodes"',
  'kube.error.podNotFound': 'pod {pod} not found',
  'kube.hint.podNotFound': 'check the name and the namespace (-n)',
  'kube.error.podOnLinuxNode': 'pod {pod} runs on {node}, a linux node; windbg diagnoses Windows pods',
  'kube.error.podNodeMissing': 'pod {pod} is bound to node {node}, which does not exist, and nothing in its spec aims it at Windows',
  'kube.error.podNotWindows': 'pod {pod} is not scheduled and nothing in its spec aims it at Windows',
  'kube.hint.podNotWindows': 'a Windows pod selects kubernetes.io/os: windows in its nodeSelector or affinity',

  // notes
  'kube.note.eventsForbidden': 'events could not be listed: {reason}',
  'kube.note.podsForbidden': 'pods of namespace {namespace} could not be listed: {reason}',
  'kube.note.namespacesForbidden': 'namespaces could not be read, so Pod Security levels are unknown: {reason}',
  'kube.note.versionUnreadable': 'the server version could not be read: {reason}',
  'kube.note.versionUnknownOffline': 'the server version is unknown offline (add the output of "kubectl version -o json" as version.json)',

  // progress
  'kube.progress.nodes': 'listing Windows nodes',
  'kube.progress.nodesByName': 'reading {count} node(s)',
  'kube.progress.pods': 'listing pods (page {page})',
  'kube.progress.podsOnNode': 'listing pods on {node}',
  'kube.progress.podsUnscheduled': 'listing pods not yet scheduled',
  'kube.progress.podsInNamespace': 'listing pods in namespace {namespace}',
  'kube.progress.events': 'listing events (page {page})',
  'kube.progress.pod': 'reading pod {pod}',
  'kube.progress.namespaces': 'reading namespaces',

  // offline
  'kube.error.fromMissing': '--from path {path} does not exist',
  'kube.error.fromEmpty': '--from directory {path} holds no .yaml, .yml or .json files',
  'kube.hint.fromMissing': 'point --from at a file or directory of kubectl get -o yaml/json output or a cluster-info dump',
  'kube.error.fromMalformed': 'cannot read {path}: {reason}',
  'kube.error.fromMalformedAt': 'cannot read {path}, line {line}: {reason}',
  'kube.hint.fromMalformed': 'fix or remove that file; windbg reads YAML and JSON as kubectl writes them',
} as const satisfies Record<string, string>;
