import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd에서 Docker 시절(HNS v1)의 CNI 구성이 사용됨',
    'explanation': 'win-bridge와 win-overlay 플러그인(그리고 이들에 위임하는 flannel)은 기본적으로 dockershim용으로 작성된 HNS v1 경로를 사용합니다. containerd에서는 "ApiVersion": 2를 지정하거나 sdnbridge / sdnoverlay로 바꾸지 않으면 플러그인이 방금 만든 엔드포인트를 찾지 못해 노드의 모든 파드 샌드박스가 실패합니다.',
    'fix.apiVersion2': '노드 CNI 구성의 win-bridge / win-overlay 부분(flannel이라면 delegate)에 "ApiVersion": 2를 추가하거나, microsoft/windows-container-networking의 sdnbridge / sdnoverlay 플러그인으로 바꿉니다.',
    'fix.upgradePlugins': 'HNS v2 경로를 지원하는 최신 CNI 플러그인 바이너리(containernetworking/plugins 1.0 이상 또는 최신 windows-container-networking 릴리스)를 설치합니다.',
    'fix.recreatePods': 'containerd를 다시 시작하고 실패한 파드를 다시 만듭니다.',
    'why.endpointNotFound': '플러그인이 만든 엔드포인트를 다시 찾지 못함. containerd에서의 HNS v1 경로',
    'why.addHnsEndpoint': 'AddHnsEndpoint는 런타임이 containerd일 때 실패하는 HNS v1 호출',
    'msg.pod': '파드 {pod}에 네트워크가 설정되지 않습니다. CNI 플러그인이 HNS v1 경로로 엔드포인트를 찾는데, 이는 containerd에서 동작하지 않습니다.',
    'msg.runtime': '노드 {node}는 {runtime}에서 실행 중',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '9e26b81283',
    'explanation': 'd54ee637d3',
    'fix.apiVersion2': 'b844bc3cef',
    'fix.upgradePlugins': 'fbec4e1e24',
    'fix.recreatePods': '0cee2744ba',
    'why.endpointNotFound': '7d8f9cfb2a',
    'why.addHnsEndpoint': 'd2bb7761ec',
    'msg.pod': '809bd0c7db',
    'msg.runtime': 'd512c25e1c',
  },
});
