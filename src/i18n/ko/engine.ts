/** ko text for the keys of src/i18n/en/engine.ts. */
export const engine: Readonly<Record<string, string>> = {
  'engine.note.ruleFailed': '{rule} 규칙을 실행하지 못해 건너뛰었습니다: {message}',
  'engine.evidence.readyCondition': 'Ready={status} reason={reason}: {message}',
  'engine.evidence.heartbeat': '마지막 하트비트: {seconds}초 전',
  'engine.evidence.consequence': "파드 {count}개의 {id}도 이 원인으로 설명되어 이 결과에 합쳤습니다",
  'engine.evidence.stuck': "{reason} 상태로 {age} 동안 멈춰 있습니다 (임계값 {threshold}). 알려진 원인이 없어도 오류로 처리합니다",
  'engine.evidence.lease': "노드 Lease 마지막 갱신: {seconds}초 전 (유예 기간 {grace}초)",
  'engine.state.staleLease': "Lease가 {seconds}초 동안 갱신되지 않음",
  'engine.evidence.condition': '{type}=True: {message}',
  'engine.evidence.nodeRuns': '{node} 노드의 OS: {build}',
  'engine.evidence.service': '{service} 서비스 상태: {state}',
  'engine.evidence.serviceWithMode': '{service} 서비스 상태: {state}(시작 모드: {mode})',
  'engine.evidence.serviceStateUnknown': '알 수 없음',
  'engine.evidence.flagAbsent': '{flag} 없음',
  'engine.state.notReady': 'Ready={status}',
  'engine.state.pressure': '{type}',
  'engine.reason.unknown': '실행 중이 아니거나 준비되지 않음',
};
