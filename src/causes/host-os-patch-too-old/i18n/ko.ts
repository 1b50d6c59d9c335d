import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드의 Windows 업데이트 수준이 런타임에 필요한 수준보다 낮음',
    'explanation': '컨테이너 런타임과 배포판은 Windows 누적 업데이트로 제공되는 수정 사항에 의존합니다. 오랫동안 업데이트하지 않은 호스트에서는 컨테이너가 "The directory name is invalid"나 "The parameter is incorrect" 같은 컴퓨팅 서비스의 일반적인 오류로 실패하며, 같은 구성이 호스트를 최신 업데이트로 올리면 동작합니다. nodeInfo.kernelVersion이 설치된 리비전(10.0.<build>.<revision>)을 보여 줍니다.',
    'fix.update': '노드에 최신 누적 업데이트를 설치하고(또는 최신 노드 이미지로 교체하고) 다시 시작합니다.',
    'fix.keepCurrent': 'Windows 노드를 매월 업데이트 주기로 유지합니다. 배포판은 특정 리비전 이후에서만 에이전트를 검증합니다(RKE2: Windows Server 2019는 17763.2061).',
    'fix.thenRetry': '다시 시작한 뒤 실패하던 Pod를 다시 만듭니다.',
    'msg.below': '노드 {node}는 {host}로 실행 중입니다. 에이전트는 리비전 {minimum}부터 검증되었습니다',
    'msg.node': '{node}의 컨테이너가 컴퓨팅 서비스의 일반적인 오류로 실패하고 있으며, 노드의 Windows 업데이트가 검증된 최소 수준보다 오래되었습니다.',
    'why.directoryNameInvalid': '컴퓨팅 서비스가 업데이트되지 않은 호스트가 돌려주는 일반적인 오류로 컨테이너를 거부했다',
    'why.parameterIncorrect': '컴퓨팅 서비스가 호스트의 업데이트 수준으로는 이해하지 못하는 요청을 거부했다',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'a4394b2d62',
    'explanation': '4f7b2a9a76',
    'fix.update': '1ca5a32a60',
    'fix.keepCurrent': '397d762a47',
    'fix.thenRetry': 'd8824795e0',
    'msg.below': '225bb57b70',
    'msg.node': 'ece0f7c6e0',
    'why.directoryNameInvalid': '9f3d92b27a',
    'why.parameterIncorrect': '03bb141fed',
  },
});
