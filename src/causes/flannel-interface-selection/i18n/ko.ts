import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows의 flanneld가 잘못된 네트워크 어댑터를 고르거나 고르지 못함',
    'explanation': '어댑터가 여러 개이거나, 이름을 바꿨거나, 어댑터 이름에 공백이 있는 노드에서는 Windows의 flanneld(또는 이를 시작하는 스크립트)가 써야 할 인터페이스를 찾지 못하거나 잘못된 것을 고를 수 있습니다. 그러면 충돌을 반복하거나 다른 노드가 도달할 수 없는 주소로 오버레이를 만들고, 노드의 파드는 네트워크를 얻지 못합니다.',
    'fix.setIface': 'DaemonSet의 실행 스크립트나 서비스 인수에서 flanneld를 --iface(의도한 어댑터의 IP 주소)나 그 어댑터를 가리키는 --iface-regex로 시작합니다.',
    'fix.avoidSpaces': '래퍼(wins.exe 등)가 어댑터 이름을 넘긴다면 어댑터 이름을 공백 없는 이름으로 바꾸거나 IP 주소를 대신 넘깁니다.',
    'fix.restartFlannel': '노드에서 flannel을 다시 시작하고 의도한 어댑터에 HNS 네트워크가 만들어졌는지 확인합니다.',
    'why.noValidInterface': 'flanneld가 네트워크를 만들 인터페이스를 고르지 못함',
    'why.defaultInterface': 'flanneld가 기본 경로를 가진 인터페이스를 알아내지 못함',
    'msg.pod': '파드 {pod}의 flanneld가 노드의 네트워크 인터페이스를 고르지 못했습니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'b9d05640b2',
    'explanation': '830206e0a5',
    'fix.setIface': 'd377518208',
    'fix.avoidSpaces': 'a21e826f82',
    'fix.restartFlannel': '9679b5bd3d',
    'why.noValidInterface': 'e13118b195',
    'why.defaultInterface': '6a0daf7dcb',
    'msg.pod': '93e1ec3b94',
  },
});
