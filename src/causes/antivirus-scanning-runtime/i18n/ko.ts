import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '백신의 실시간 검사가 컨테이너 런타임을 느리게 하거나 막음',
    'explanation': 'Microsoft Defender 같은 실시간 검사 도구는 컨테이너 런타임이 쓰는 모든 파일을 검사합니다. Windows 이미지 레이어를 풀면 수만 개의 파일이 쓰이므로, 검사가 켜져 있으면 압축 해제가 다운로드보다 훨씬 오래 걸리고 노드 CPU의 큰 몫이 검사 도구에 쓰입니다. 바쁜 노드에서는 컨테이너 시작, exec, 정리가 느려질 정도입니다. 파일을 열어 둔 채로 있는 검사 도구는 레이어 쓰기를 "Access is denied"로 실패하게 만들 수도 있습니다. 런타임 데이터 폴더와 압축 해제 도우미(unpigz)가 모든 구성에서 기본으로 제외되어 있지는 않습니다.',
    'fix.excludeRoot': '런타임 데이터 루트를 실시간 검사에서 제외합니다(containerd: C:\\ProgramData\\containerd, Docker: C:\\ProgramData\\docker 또는 그 data-root).',
    'fix.excludeProcesses': '런타임 프로세스(containerd.exe, containerd-shim-runhcs-v1.exe 또는 dockerd.exe)와 레이어 압축 해제 도우미 unpigz.exe를 제외합니다.',
    'fix.followGuidance': 'Windows 컨테이너에 대한 Microsoft의 백신 지침을 따릅니다. 검사 도구는 레이어 파일을 일반 파일처럼 검사하지 말고 컨테이너를 인식하는 필터 동작을 사용해야 합니다.',
    'fix.measure': '제외 설정 전후로 큰 이미지 하나의 다운로드 시간과 압축 해제 시간을 비교하고, Pod가 시작되는 동안 검사 도구의 CPU 비중을 확인합니다.',
    'msg.pod': 'Pod {pod}가 이미지 레이어를 쓰지 못했습니다. 압축 해제 중에 접근이 거부되었습니다.',
    'why.layerAccessDenied': '이미지 레이어 쓰기가 거부되었다. 파일을 푸는 동안 레이어 폴더를 실시간 검사하면 일어난다',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '399d1ddd90',
    'explanation': '2724c83f44',
    'fix.excludeRoot': '26cbb95ba3',
    'fix.excludeProcesses': '2b52b4021a',
    'fix.followGuidance': '9f85c3daec',
    'fix.measure': '163d6a6ca7',
    'msg.pod': '9114a66b5f',
    'why.layerAccessDenied': 'bef9bf532e',
  },
});
