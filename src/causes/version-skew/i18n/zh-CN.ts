import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows kubelet 与 API Server 的版本偏差超出支持范围',
    'explanation': 'kubelet 绝不能比 API Server 新，最多只能比它旧三个次版本（Kubernetes 1.28 之前为两个）。超出这个范围，kubelet 依赖的 API 调用和功能可能以难以追查的方式出错，而 Windows 节点又常常与控制平面分开升级。',
    'fix.compareVersionsKubectl': '对比版本：kubectl version，以及 kubectl get node <node> -o wide（VERSION 列）。',
    'fix.upgradeControlPlane': '先升级控制平面再升级节点，每次只升一个次版本。',
    'fix.upgradeReplaceWindows': '升级（或替换）kubelet 落后太多的 Windows 节点；kubelet 比 API Server 还新的节点，将其版本回退。',
    'msg.apiServer': 'API Server {version}',
    'msg.newer': '节点 {node} 运行的 kubelet {kubelet} 比 API Server {server} 还新。',
    'msg.behind': '节点 {node} 运行的 kubelet {kubelet} 落后 API Server {behind} 个次版本（最多支持落后 {lag} 个）。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '311cb6dbdd',
    'explanation': '50535edc26',
    'fix.compareVersionsKubectl': 'fbfae2a6b4',
    'fix.upgradeControlPlane': 'e9b4dea97c',
    'fix.upgradeReplaceWindows': '0eae2d3819',
    'msg.apiServer': '32d17be1b4',
    'msg.newer': 'c9ed00000d',
    'msg.behind': 'b029a14c6e',
  },
});
