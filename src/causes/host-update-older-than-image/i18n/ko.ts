import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '호스트의 누적 업데이트가 컨테이너 이미지보다 오래됨',
    'explanation': '프로세스 격리에서는 컨테이너가 호스트 커널을 공유합니다. 주 빌드(17763, 20348, 26100)가 같아야 하지만 그것만으로 충분하지 않을 수 있습니다. 호스트에 설치된 것보다 새로운 월간 업데이트로 빌드된 이미지는 생성 직후 HCS_E_UNEXPECTED_EXIT(0xc0370106)로 중지될 수 있습니다. 같은 이미지는 업데이트된 호스트나 Hyper-V 격리에서는 실행됩니다.',
    'fix.patchHost': '노드에 최신 누적 업데이트를 설치하거나 최신 노드 이미지로 옮깁니다(nodeInfo.kernelVersion이 설치된 리비전 10.0.<build>.<revision>을 보여 줍니다).',
    'fix.pinImage': '노드가 업데이트될 때까지 호스트 업데이트 수준 이하에서 빌드된 태그로 이미지를 고정합니다.',
    'fix.hyperV': '또는 호스트 커널을 공유하지 않는 Hyper-V 격리(RuntimeClass)로 Pod를 실행합니다.',
    'msg.newer': '컨테이너 {container}의 이미지 {image}은(는) {imageUbr}에서 빌드되었고 노드는 {host}(으)로 실행됩니다',
    'msg.pod': 'Pod {pod}은(는) 노드에 설치된 것보다 새로운 Windows 업데이트로 빌드된 이미지를 사용합니다.',
    'msg.podMessage': 'Pod {pod}이(가) 호스트 업데이트보다 새로운 이미지에서 나타나는 실패로 시작 시 중지됩니다.',
    'why.unexpectedExit': '컴퓨팅 서비스가 컨테이너가 생성 직후 중지되었다고 보고함. 호스트 업데이트보다 새로운 이미지의 전형적인 실패',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '82af013ee4',
    'explanation': '601ef8ec28',
    'fix.patchHost': '26f0670426',
    'fix.pinImage': '59fb321617',
    'fix.hyperV': '8f58f13009',
    'msg.newer': 'bfcded5d0e',
    'msg.pod': 'a3cbebedfb',
    'msg.podMessage': '862073ab7f',
    'why.unexpectedExit': 'fc32e95baa',
  },
});
