/** zh-CN text for the keys of src/i18n/en/engine.ts. */
export const engine: Readonly<Record<string, string>> = {
  'engine.note.ruleFailed': '规则 {rule} 运行失败，已跳过：{message}',
  'engine.evidence.readyCondition': 'Ready={status} reason={reason}：{message}',
  'engine.evidence.heartbeat': '上次心跳在 {seconds} 秒前',
  'engine.evidence.consequence': "还解释了 {count} 个 Pod 上的 {id}，已并入此结果",
  'engine.evidence.stuck': "已卡在 {reason} 状态 {age}（阈值 {threshold}）：即使没有已知原因也视为错误",
  'engine.evidence.lease': "节点 Lease 上次续约在 {seconds} 秒前（宽限期 {grace} 秒）",
  'engine.state.staleLease': "Lease 已 {seconds} 秒未续约",
  'engine.evidence.condition': '{type}=True：{message}',
  'engine.evidence.nodeRuns': '节点 {node} 运行的是 {build}',
  'engine.evidence.service': '服务 {service} 的状态为 {state}',
  'engine.evidence.serviceWithMode': '服务 {service} 的状态为 {state}（启动类型 {mode}）',
  'engine.evidence.serviceStateUnknown': '未知',
  'engine.evidence.flagAbsent': '未设置 {flag}',
  'engine.state.notReady': 'Ready={status}',
  'engine.state.pressure': '{type}',
  'engine.reason.unknown': '未处于运行且就绪状态',
};
