/** English text of src/engine. Keys are "engine.<what>". */
export const engine = {
  'engine.note.ruleFailed': 'rule {rule} could not run and was skipped: {message}',
  'engine.evidence.readyCondition': 'Ready={status} reason={reason}: {message}',
  'engine.evidence.heartbeat': 'last heartbeat {seconds}s ago',
  'engine.evidence.consequence': "also explains {id} on {count} pod(s), folded into this finding",
  'engine.evidence.stuck': "stuck in {reason} for {age} (threshold {threshold}): an error even though no known cause explains it",
  'engine.evidence.lease': "node Lease last renewed {seconds}s ago (grace period {grace}s)",
  'engine.state.staleLease': "Lease not renewed for {seconds}s",
  'engine.evidence.condition': '{type}=True: {message}',
  'engine.evidence.nodeRuns': 'node {node} runs {build}',
  'engine.evidence.service': 'service {service} is {state}',
  'engine.evidence.serviceWithMode': 'service {service} is {state} (start mode {mode})',
  'engine.evidence.serviceStateUnknown': 'in an unknown state',
  'engine.evidence.flagAbsent': 'no {flag}',
  'engine.state.notReady': 'Ready={status}',
  'engine.state.pressure': '{type}',
  'engine.reason.unknown': 'not running and ready',
} as const satisfies Record<string, string>;
