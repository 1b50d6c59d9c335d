import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드 VM에서 MAC 주소 스푸핑이 꺼져 있어 파드가 노드 밖으로 통신하지 못함',
    'explanation': '브리지 방식 컨테이너 네트워크의 Windows 파드(그리고 Hyper-V 격리 컨테이너)는 자신의 MAC 주소로 된 프레임을 VM의 네트워크 어댑터를 통해 보냅니다. MAC 주소 스푸핑을 허용하지 않는 하이퍼바이저(Hyper-V의 "MAC 주소 스푸핑 사용", vSphere 포트 그룹의 MAC 주소 변경 / 위조 전송, VirtualBox의 무차별 모드)는 이 프레임을 버리므로, 파드가 API 서버에도 서비스에도 연결하지 못합니다.',
    'fix.identifyHypervisorHost': '노드 VM이 실행되는 하이퍼바이저 호스트를 확인합니다.',
    'fix.allowMacAddress': 'VM의 모든 네트워크 어댑터에서 MAC 주소 스푸핑을 허용합니다. Hyper-V: Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On, vSphere: 포트 그룹에서 MAC 주소 변경과 위조 전송을 허용, VirtualBox: 무차별 모드를 "모두 허용(Allow All)"으로 설정합니다.',
    'fix.recreatePodsNode': '노드의 파드를 다시 만들거나 노드를 다시 시작한 다음 kubectl windbg pod <name> --probe로 다시 테스트합니다.',
    'why.podCouldOpen': '파드가 어떤 연결도 열지 못했습니다. MAC 주소 스푸핑이 꺼진 VM 노드에서는 파드가 노드 밖으로 통신하지 못합니다',
    'msg.virtualMachine': '노드가 가상 머신입니다(제조사 {manufacturer}, 모델 {model})',
    'msg.vsphereVm': '노드가 vSphere VM입니다(providerID {providerID})',
    'msg.apiServerFailed': 'API 서버 {target}에 TCP 연결 실패',
    'msg.clusterIpFailed': 'ClusterIP {target}에 TCP 연결 실패',
    'msg.tcpFailed': '{target}에 TCP 연결 실패',
    'msg.pod': '{pod}에서 VM인 노드 {node} 밖으로 전혀 통신하지 못합니다. 노드의 네트워크 어댑터에서 MAC 주소 스푸핑이 꺼져 있을 가능성이 높습니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '29cdba50c1',
    'explanation': '1e399d11c8',
    'fix.identifyHypervisorHost': 'ca7ad3dcc6',
    'fix.allowMacAddress': 'ff148399df',
    'fix.recreatePodsNode': '8bf8431547',
    'why.podCouldOpen': 'f1328a2ca6',
    'msg.virtualMachine': 'fa49193f34',
    'msg.vsphereVm': '8cdea1e8e6',
    'msg.apiServerFailed': '505a7b0f42',
    'msg.clusterIpFailed': '294ea430ca',
    'msg.tcpFailed': '3210008e93',
    'msg.pod': '929cb9341c',
  },
});
