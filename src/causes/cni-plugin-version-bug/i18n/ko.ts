import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드의 CNI 플러그인 릴리스에 알려진 Windows 결함이 있음',
    'explanation': '일부 CNI 플러그인 릴리스에는 이후 릴리스에서 수정된 Windows 전용 결함이 있었습니다. 예를 들어 1.0.16 이전의 azure-vnet은 노드 재부팅 후 Pod 네트워크를 설정하거나 해제하지 못했습니다. 이런 릴리스에서는 플러그인을 업그레이드할 때까지 Pod가 ContainerCreating에 머물거나 종료되지 않습니다.',
    'fix.checkRelease': '노드의 CNI 플러그인 버전을 확인합니다(플러그인 바이너리의 버전 출력 또는 CNI DaemonSet의 이미지).',
    'fix.upgradePlugin': 'CNI 플러그인(및 Antrea의 OVS 같은 의존 구성 요소)을 수정이 포함된 릴리스로 업그레이드합니다.',
    'fix.restartServices': '노드의 CNI와 런타임 서비스를 다시 시작하거나 노드를 재부팅하고, 멈춘 Pod를 다시 만듭니다.',
    'msg.rebootDefect': '노드 재부팅 후 Pod 네트워크를 설정하거나 해제할 수 없음',
    'msg.release': 'CNI 플러그인 {plugin} {version}이(가) {fixed}보다 오래되었습니다',
    'msg.node': '{node}의 CNI 플러그인({plugin} {version})에 알려진 Windows 결함이 있습니다: {defect}. {fixed}에서 수정되었습니다.',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'f08d5dea78',
    'explanation': '6c02e940b8',
    'fix.checkRelease': '08584e9386',
    'fix.upgradePlugin': '859f3bb5e6',
    'fix.restartServices': '12b946f4b4',
    'msg.rebootDefect': '74afabfe4d',
    'msg.release': '9bd0388e1c',
    'msg.node': '8db7ea81d9',
  },
});
