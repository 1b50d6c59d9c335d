import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드의 flanneld가 잘못된 네트워크 어댑터를 선택하거나 찾지 못함',
    'explanation': 'flanneld는 호스트의 어댑터 하나에 HNS 네트워크를 만들며, 따로 지정하지 않으면 기본 경로에서 그 어댑터를 찾습니다. 어댑터가 여러 개이거나, 이름이 바뀌었거나, 래퍼가 나누어 버리는 공백 포함 이름이면 잘못된 어댑터를 쓰거나 하나도 찾지 못해 HNS 네트워크가 만들어지지 않고, flannel이 계속 크래시하며 Pod는 네트워크를 얻지 못합니다.',
    'fix.listAdapters': '노드에서 어댑터와 기본 경로를 나열하고(Get-NetAdapter, Get-NetRoute -DestinationPrefix 0.0.0.0/0) 노드 트래픽을 전달하는 어댑터를 고릅니다.',
    'fix.nameInterface': '그 어댑터를 --iface(IP 주소 또는 이름)나 --iface-regex로 flanneld에 전달하거나, 설정 스크립트의 인터페이스 매개 변수에 지정합니다.',
    'fix.avoidSpaces': '래퍼가 명령줄로 어댑터 이름을 전달한다면 어댑터 이름을 공백 없는 이름으로 바꿉니다(Rename-NetAdapter).',
    'fix.restartFlannel': '노드의 flannel을 다시 시작하고 HNS 네트워크가 생기는지 확인합니다.',
    'msg.pod': 'Pod {pod}(flannel)이(가) 노드의 네트워크 어댑터를 찾지 못했거나 사용할 수 없었습니다.',
    'why.noValidInterface': 'flanneld의 인터페이스 설정과 일치하는 어댑터를 찾지 못함',
    'why.noDefaultInterface': 'flanneld가 기본 경로의 어댑터를 알아내지 못함',
    'why.adapterNotFound': 'HNS가 존재하지 않는 어댑터에 네트워크를 만들도록 요청받음',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '6b31fe87f2',
    'explanation': 'd1fe3f0214',
    'fix.listAdapters': 'bc70a1bb1c',
    'fix.nameInterface': '6bf718b30e',
    'fix.avoidSpaces': '218c3648a0',
    'fix.restartFlannel': '3c8a76bd6c',
    'msg.pod': '3a8adb4b28',
    'why.noValidInterface': 'b6e6439861',
    'why.noDefaultInterface': '26263f4d41',
    'why.adapterNotFound': '23f2cb97dd',
  },
});
