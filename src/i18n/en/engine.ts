/** English text of src/engine. Keys are "engine.<what>". */
export const engine = {
  'engine.note.ruleFailed': 'rule {rule} could not run and was skipped: {message}',
  'engine.noKnownCause.title': 'No known cause',
  'engine.noKnownCause.podMessage':
    'Pod {pod} is unhealthy ({reasons}) and no catalogue rule explains it; the raw evidence follows.',
  'engine.noKnownCause.nodeMessage':
    'Node {node} is unhealthy ({state}) and no catalogue rule explains it; the raw evidence follows.',
  'engine.noKnownCause.step.read': 'Read the evidence lines below: they are the messages exactly as the cluster wrote them.',
  'engine.noKnownCause.step.explain':
    'Paste the most specific message into `kubectl windbg explain "<message>"` to rank possible causes.',
  'engine.noKnownCause.step.probe':
    'Run the command again with --probe to add evidence from the node itself.',
  'engine.evidence.readyCondition': 'Ready={status} reason={reason}: {message}',
  'engine.evidence.heartbeat': 'last heartbeat {seconds}s ago',
  'engine.evidence.condition': '{type}=True: {message}',
  'engine.state.notReady': 'Ready={status}',
  'engine.state.staleHeartbeat': 'heartbeat {seconds}s old',
  'engine.state.pressure': '{type}',
  'engine.reason.unknown': 'not running and ready',
} as const satisfies Record<string, string>;
