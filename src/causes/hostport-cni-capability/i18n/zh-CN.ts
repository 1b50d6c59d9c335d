import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'hostPort 需要 v0.8.6+ 且声明了 portMappings 能力的 CNI 插件',
    'explanation': '在 Windows 上，只有当 CNI 插件支持端口映射（参考插件 win-bridge / win-overlay 自 v0.8.6 起支持），并且 CNI 配置中声明了 "capabilities": {"portMappings": true} 时，容器的 hostPort 才会被发布。否则 Pod 照常启动，但节点端口上没有任何监听。',
    'fix.upgradeCniPlugins': '将节点上的 CNI 插件升级到 v0.8.6 或更高版本（或所用 CNI 的当前版本）。',
    'fix.addCapabilitiesPortmappings': '在每个 Windows 节点的 CNI 配置中，为插件条目添加 "capabilities": {"portMappings": true}。',
    'fix.recreatePodsUse': '重新创建使用 hostPort 的 Pod，让其端口映射得以下发。',
    'fix.wherePossibleExpose': '条件允许时，改为通过 NodePort 或 LoadBalancer 类型的 Service 暴露 Pod，而不是使用 hostPort。',
    'msg.noPortMappings': 'CNI 配置未声明 capabilities.portMappings',
    'msg.noPortMappingsIn': 'CNI 配置 {file} 未声明 capabilities.portMappings',
    'msg.oldPlugin': 'CNI 插件 {plugin} 的版本 {version} 低于 {minimum}',
    'msg.hostPort': '容器 {container} 发布了 hostPort {hostPort} -> containerPort {containerPort}/{protocol}',
    'msg.notPublished': '{pod} 的 hostPort 没有发布：{node} 上的 CNI 不支持端口映射。',
    'msg.reminder': '{pod} 在 Windows 节点 {node} 上使用了 hostPort；只有声明了 portMappings 的 v0.8.6+ CNI 插件才支持（加上 --probe 运行以检查节点）。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '9cad713f01',
    'explanation': '2c49cac8a6',
    'fix.upgradeCniPlugins': '9d1ea56578',
    'fix.addCapabilitiesPortmappings': '93a4136686',
    'fix.recreatePodsUse': 'f676448f33',
    'fix.wherePossibleExpose': '2360c682e6',
    'msg.noPortMappings': 'd2262ff8f5',
    'msg.noPortMappingsIn': 'fb95c51111',
    'msg.oldPlugin': '6a5c525d1b',
    'msg.hostPort': '5c21b688a6',
    'msg.notPublished': '76946f01ea',
    'msg.reminder': '59ea8cd514',
  },
});
