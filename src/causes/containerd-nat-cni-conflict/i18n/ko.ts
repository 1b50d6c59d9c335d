import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd 설치가 남긴 nat CNI 구성이 클러스터 CNI 대신 사용됨',
    'explanation': 'Windows에서 샘플 스크립트로 containerd를 설치하면 nat 플러그인용 CNI 구성(0-containerd-nat.json)이 CNI 구성 디렉터리에 기록됩니다. containerd는 이름 순으로 첫 번째 구성 파일을 사용하므로 Pod가 클러스터 네트워크 대신 로컬 NAT 네트워크에 연결됩니다. Pod가 NAT 주소를 받거나, HNS 네트워크 생성이 충돌하여 샌드박스 생성이 실패합니다.',
    'fix.removeNatConfig': 'containerd의 CNI 구성 디렉터리에서 nat 구성(0-containerd-nat.json)을 삭제하여 클러스터 CNI 구성만 남게 합니다.',
    'fix.restartContainerd': 'containerd(및 flanneld 같은 CNI 에이전트)를 다시 시작하여 클러스터 구성을 읽게 합니다.',
    'fix.recreatePods': '해당 노드에서 NAT 주소를 받았거나 샌드박스 생성에 실패한 Pod를 다시 만듭니다.',
    'msg.natConfig': 'containerd의 CNI 구성 {path}이(가) nat 플러그인을 사용합니다',
    'msg.clusterNetwork': '클러스터 CNI의 HNS 네트워크 {network}({type})도 존재합니다',
    'msg.node': '{node}의 Pod가 클러스터 CNI가 아니라 containerd 설치가 남긴 nat CNI 구성으로 연결되어 있습니다.',
    'msg.pod': 'Pod {pod}이(가) 클러스터 CNI 대신 nat CNI 플러그인으로 설정되었습니다.',
    'why.natPluginFailed': '샌드박스 네트워크가 nat CNI 플러그인으로 설정되었으며, 클러스터 네트워크는 이를 구성하지 않음',
    'why.containerdNatConfig': '메시지가 containerd 설치 스크립트가 쓰는 nat CNI 구성을 가리킴',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '86ad4d2405',
    'explanation': 'da2d6ed8bd',
    'fix.removeNatConfig': 'b00c2b438b',
    'fix.restartContainerd': 'e7992c387e',
    'fix.recreatePods': '8206cf06b1',
    'msg.natConfig': '23422eb912',
    'msg.clusterNetwork': 'cf29de0793',
    'msg.node': 'f9b3a4992c',
    'msg.pod': '58fdb2ba81',
    'why.natPluginFailed': '38a64ad469',
    'why.containerdNatConfig': '6b52d557a6',
  },
});
