import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd의 gMSA Pod가 네트워크에서 도메인 ID를 쓸 수 없는 호스트에서 실행 중',
    'explanation': 'containerd에서는 Pod의 그룹 관리 서비스 계정(gMSA) ID가 호스트를 통해 적용되며, 충분히 최신인 Windows 업데이트가 필요합니다. 10.0.17763.1817(KB5000822) 이전의 Windows Server 2019는 자격 증명 사양을 전혀 적용하지 못합니다. 업데이트된 호스트에서도 HNS 레지스트리 값 EnableCompartmentNamespace를 1로 설정하고 Pod를 다시 만들기 전까지는 호스트 이름이나 FQDN으로 공유와 서비스에 접근하지 못할 수 있습니다(IP 주소로는 됩니다).',
    'fix.patchHost': 'Windows Server 2019 노드를 10.0.17763.1817(KB5000822) 이상으로 업데이트하거나 최신 노드 이미지를 사용합니다.',
    'fix.compartmentKey': '모든 Windows 노드에서 HKLM\\SYSTEM\\CurrentControlSet\\Services\\hns\\State\\EnableCompartmentNamespace를 1(REG_DWORD)로 설정한 뒤 gMSA Pod를 다시 만듭니다. 변경 전에 만든 Pod는 이전 동작을 유지합니다.',
    'fix.verify': 'Pod 안에서 nltest /sc_verify:<domain>이 성공하고 공유가 FQDN으로 열리는지 확인합니다.',
    'msg.oldHost': '노드 {node}는 {host}로 실행 중입니다. containerd에서 gMSA를 쓰려면 10.0.{build}.{ubr}({update}) 이상이 필요합니다',
    'msg.specs': '사용 중인 자격 증명 사양: {specs}',
    'msg.pod': 'gMSA Pod {pod}가 자격 증명 사양을 적용하기에 너무 오래된 Windows Server 2019 노드의 containerd에서 실행 중입니다.',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'c236b49194',
    'explanation': '79b3153e8b',
    'fix.patchHost': '108d720100',
    'fix.compartmentKey': '95fc8e2761',
    'fix.verify': 'ebe9155f1c',
    'msg.oldHost': '068ceb3da3',
    'msg.specs': '11d0c7f56d',
    'msg.pod': '9425601bf5',
  },
});
