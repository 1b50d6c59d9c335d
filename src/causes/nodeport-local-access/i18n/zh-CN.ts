import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '无法从 Windows 节点本机访问 NodePort',
    'explanation': '从提供 NodePort 的 Windows 节点本机连接该 NodePort，是旧版 Windows 内部版本的已知缺陷：从其他节点和集群外部可以访问，本机却不行。累积更新 KB4571748（Windows Server 2019 内部版本 17763.1432）及之后的更新修复了此问题。另外，按照设计，Windows 节点只有在至少运行着一个 Pod 时才会转发 NodePort 流量。',
    'fix.testNodeportAnother': '从其他节点或集群外部测试 NodePort；这才是受支持的访问路径。',
    'fix.installKb4571748Any': '在 Windows Server 2019 节点上安装 KB4571748 或之后的任一累积更新（或迁移到更新的 LTSC 内部版本）。',
    'fix.keepLeastOne': '在每个需要转发 NodePort 流量的 Windows 节点上至少调度一个 Pod。',
    'msg.osBuild': '操作系统内部版本 {build}',
    'msg.selfTestFailed': '从节点本机到 NodePort {port} 的 TCP 连接失败',
    'msg.withoutFix': '{level}，未安装 {kb}（需要 {fixed} 或更高版本）',
    'msg.oldBuild': '无法从 {node} 本机访问 NodePort {port}：该内部版本早于修复本机 NodePort 访问的 {kb}。',
    'msg.noPods': '{node} 上没有运行中的 Pod',
    'msg.notForwarded': '{node} 没有转发 NodePort {port}：Windows 只有在节点上至少运行着一个 Pod 时才会转发 NodePort 流量。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '4126a8bc5b',
    'explanation': 'f19d6cca05',
    'fix.testNodeportAnother': '1e67e3fe8a',
    'fix.installKb4571748Any': 'a48d85d919',
    'fix.keepLeastOne': '6e3112fdba',
    'msg.osBuild': '146a5982fc',
    'msg.selfTestFailed': '21ede9da77',
    'msg.withoutFix': 'ac93fe6844',
    'msg.oldBuild': 'ff4d03240e',
    'msg.noPods': 'b890263227',
    'msg.notForwarded': '0c968831d3',
  },
});
