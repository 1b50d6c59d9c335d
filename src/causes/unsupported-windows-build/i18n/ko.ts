import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드가 Kubernetes에서 지원하지 않는 Windows 빌드를 실행함',
    'explanation': 'Kubernetes는 장기 서비스 채널(LTSC) 서버 릴리스인 Windows Server 2019(10.0.17763), 2022(10.0.20348), 2025(10.0.26100)에서만 Windows 노드를 지원합니다. 1709, 1803, 1903, 1909, 2004, 20H2 같은 반기 채널 릴리스는 지원이 종료되었고 클라이언트 빌드나 프리뷰 빌드는 처음부터 지원되지 않았으므로, 이런 빌드용 이미지, pause 컨테이너, 수정 사항은 더 이상 게시되지 않습니다.',
    'fix.planReplaceNode': '지원되는 LTSC 빌드(Windows Server 2019, 2022 또는 2025)를 실행하는 노드로 교체할 계획을 세웁니다.',
    'fix.rebuildRetagWorkload': '워크로드 이미지를 해당 빌드(ltsc2019, ltsc2022, ltsc2025)용으로 다시 빌드하거나 태그를 다시 지정합니다.',
    'fix.drainOldNode': '이전 노드를 드레인하고(kubectl drain <node> --ignore-daemonsets) 교체 노드가 Ready가 되면 제거합니다.',
    'msg.channelSac': '지원이 종료된 반기 채널 릴리스',
    'msg.channelClient': '클라이언트(데스크톱) 에디션',
    'msg.channelInsider': '프리뷰 빌드',
    'msg.channelUnknown': 'Kubernetes 지원 목록에 없는 빌드',
    'msg.channelLtsc': 'Kubernetes에서 더 이상 지원하지 않는 장기 서비스 채널 릴리스',
    'msg.node': '노드 {node}의 OS({build})는 {channel}입니다. 지원되는 빌드는 {supported}입니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '31a770fd3f',
    'explanation': 'af170554e5',
    'fix.planReplaceNode': 'bdb7d4febf',
    'fix.rebuildRetagWorkload': 'eea7fe50cf',
    'fix.drainOldNode': '844f3bab1c',
    'msg.channelSac': '6fa3f613aa',
    'msg.channelClient': '3df540f8c3',
    'msg.channelInsider': 'd8c96b34d2',
    'msg.channelUnknown': '3e7b02fa7e',
    'msg.channelLtsc': '8c7c941b6c',
    'msg.node': '19768818a9',
  },
});
