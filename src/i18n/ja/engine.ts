/** ja text for the keys of src/i18n/en/engine.ts. */
export const engine: Readonly<Record<string, string>> = {
  'engine.note.ruleFailed': 'ルール{rule}を実行できなかったため、スキップしました: {message}',
  'engine.evidence.readyCondition': 'Ready={status} reason={reason}: {message}',
  'engine.evidence.heartbeat': '最後のハートビートは{seconds}秒前',
  'engine.evidence.consequence': "{count}件のPodの{id}もこの原因で説明されるため、この検出結果にまとめています",
  'engine.evidence.stuck': "{reason}のまま{age}経過しています (しきい値 {threshold})。既知の原因で説明できなくてもエラーとして扱います",
  'engine.evidence.lease': "ノードのLeaseの最終更新は{seconds}秒前 (猶予期間 {grace}秒)",
  'engine.state.staleLease': "Leaseが{seconds}秒間更新されていません",
  'engine.evidence.condition': '{type}=True: {message}',
  'engine.evidence.nodeRuns': 'Node {node}は{build}で動作',
  'engine.evidence.service': 'サービス{service}の状態: {state}',
  'engine.evidence.serviceWithMode': 'サービス{service}の状態: {state}(スタートアップの種類: {mode})',
  'engine.evidence.serviceStateUnknown': '不明',
  'engine.evidence.flagAbsent': '{flag}の指定なし',
  'engine.state.notReady': 'Ready={status}',
  'engine.state.pressure': '{type}',
  'engine.reason.unknown': '実行中かつReadyの状態ではない',
};
