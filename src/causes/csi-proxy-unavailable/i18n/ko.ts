import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드에서 csi-proxy가 실행되지 않거나 CSI 드라이버에 비해 너무 오래됨',
    'explanation': 'Windows CSI 노드 플러그인은 디스크를 직접 포맷하거나 마운트할 수 없으며, 명명된 파이프(\\\\.\\pipe\\csi-proxy-*)를 통해 호스트의 csi-proxy에 요청합니다. csi-proxy가 설치되지 않았거나 중지되었거나 드라이버가 기대하는 것보다 오래된 API 버전만 제공하면 파이프가 없으므로 볼륨 마운트가 실패하고, 노드 플러그인이 시작할 때 충돌하기도 합니다.',
    'fix.checkService': '노드에서 csi-proxy 서비스(Get-Service csi-proxy)와 존재하는 파이프([System.IO.Directory]::GetFiles("\\\\.\\pipe\\") | Select-String csi-proxy)를 확인합니다.',
    'fix.installOrStart': 'csi-proxy를 Windows 서비스로 설치하고 시작하거나, 모든 Windows 노드에 HostProcess DaemonSet으로 배포합니다.',
    'fix.matchVersions': '드라이버에 필요한 API 버전을 제공하는 csi-proxy를 사용하거나(오류의 파이프 이름에 filesystem-v1, v1beta1처럼 버전이 나타납니다), 설치된 csi-proxy에 맞는 릴리스로 드라이버를 고정합니다.',
    'fix.restartPlugin': 'csi-proxy가 실행되면 충돌하던 노드 플러그인 Pod를 삭제하여 다시 연결하게 합니다.',
    'msg.pod': 'Pod {pod}이(가) 노드의 csi-proxy에 연결할 수 없습니다.',
    'msg.node': '노드 {node}의 CSI 작업이 csi-proxy에 연결할 수 없습니다.',
    'why.csiProxyPipeMissing': 'CSI 드라이버가 csi-proxy 명명된 파이프를 열려고 했지만 노드에 그 파이프가 없음',
    'why.csiProxyPipeNamed': '오류에 csi-proxy API 파이프가 나타나므로 실패한 호출은 csi-proxy로 간 것임',
    'why.driverNotRegistered': 'CSI 노드 플러그인이 이 노드에 등록되지 않았으며, Windows에서는 csi-proxy가 없어 충돌한 경우가 많음',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b8d2d48027',
    'explanation': '82deb667c4',
    'fix.checkService': 'f9f4ea90c8',
    'fix.installOrStart': '4cf009c09e',
    'fix.matchVersions': '3a11e01a67',
    'fix.restartPlugin': 'c0c3ea7b5b',
    'msg.pod': 'd30896aaa7',
    'msg.node': '100191c7a5',
    'why.csiProxyPipeMissing': 'efb973daee',
    'why.csiProxyPipeNamed': '060089edbe',
    'why.driverNotRegistered': '81d03496bf',
  },
});
