import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows kubelet 버전이 API 서버와의 지원되는 버전 차이를 벗어남',
    'explanation': 'kubelet은 API 서버보다 새로우면 안 되며, 최대 마이너 버전 3개(Kubernetes 1.28 이전에는 2개)까지만 오래될 수 있습니다. 이 범위를 벗어나면 kubelet이 의존하는 API 호출과 기능이 추적하기 어려운 방식으로 깨질 수 있으며, Windows 노드는 컨트롤 플레인과 따로 업그레이드되는 경우가 많습니다.',
    'fix.compareVersionsKubectl': '버전을 비교합니다: kubectl version 및 kubectl get node <node> -o wide(VERSION 열)',
    'fix.upgradeControlPlane': '노드보다 컨트롤 플레인을 먼저, 마이너 버전을 하나씩 업그레이드합니다.',
    'fix.upgradeReplaceWindows': 'kubelet이 너무 뒤처진 Windows 노드는 업그레이드하거나 교체하고, kubelet이 API 서버보다 새로운 노드는 버전을 되돌립니다.',
    'msg.apiServer': 'API 서버 {version}',
    'msg.newer': '노드 {node}의 kubelet 버전({kubelet})이 API 서버 버전({server})보다 새롭습니다.',
    'msg.behind': '노드 {node}의 kubelet 버전({kubelet})이 API 서버보다 마이너 버전 {behind}개만큼 뒤처져 있습니다(최대 {lag}개까지 지원됩니다).',
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
