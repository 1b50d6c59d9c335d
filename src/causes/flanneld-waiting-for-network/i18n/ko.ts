import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'flanneld가 네트워크 생성을 기다리며 멈춤',
    'explanation': 'Windows에서 flanneld는 HNS 네트워크를 만든 다음 노드 관리 IP로 그 네트워크를 다시 찾습니다. flannel v0.12.0 이전 버전에서는 관리 IP가 할당되기 전에 이 조회가 실행될 수 있었고, 그러면 flanneld가 네트워크를 끝내 찾지 못해 시작 스크립트가 "Waiting for the Network to be created"를 출력하며 계속 반복됩니다.',
    'fix.restartFlanneldRun': 'flanneld를 다시 시작합니다. start.ps1을 다시 실행하거나, NODE_NAME을 노드 이름으로, --iface를 노드 IP로 지정해 flanneld를 직접 시작합니다.',
    'fix.checkFlanneldArguments': 'flanneld 인수를 확인합니다. --iface / -ManagementIP에는 eth0 같은 인터페이스 이름이 아니라 노드 IP 주소를 지정해야 합니다.',
    'fix.upgradeFlannelWindows': 'Windows 노드의 flannel을 경쟁 조건이 해결된 v0.12.0 이상으로 업그레이드합니다.',
    'why.flanneldLookedUp': 'flanneld가 노드 관리 IP가 설정되기 전에 그 IP로 HNS 네트워크를 조회했습니다(flannel v0.12.0에서 수정된 경쟁 조건)',
    'why.nodeStartScript': '노드 시작 스크립트가 flanneld의 HNS 네트워크 생성을 기다리고 있지만 flanneld가 아직 네트워크를 만들지 않았습니다',
    'msg.pod': '파드 {pod}의 flanneld가 노드 관리 IP로 HNS 네트워크를 찾지 못합니다.',
    'msg.node': '노드 {node}의 flanneld가 노드 관리 IP로 HNS 네트워크를 찾지 못합니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a2e7ca3a2c',
    'explanation': '7b2e6fda01',
    'fix.restartFlanneldRun': 'a6803238c8',
    'fix.checkFlanneldArguments': 'c10a3dafff',
    'fix.upgradeFlannelWindows': '38c7af416f',
    'why.flanneldLookedUp': '9a5893570e',
    'why.nodeStartScript': 'afb9520f98',
    'msg.pod': '931c59c784',
    'msg.node': 'adc2751a1e',
  },
});
