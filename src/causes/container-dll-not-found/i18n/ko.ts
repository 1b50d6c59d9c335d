import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '이미지에 DLL 또는 API가 없어 컨테이너가 종료됨',
    'explanation': 'Windows가 필요한 DLL을 로드할 수 없어서 컨테이너의 프로그램이 시작하자마자 종료됩니다. 종료 코드는 3221225781(0xC0000135 STATUS_DLL_NOT_FOUND, -1073741515로도 표시) 또는 3221225785(0xC0000139 STATUS_ENTRYPOINT_NOT_FOUND)입니다. 애플리케이션을 servercore에서 훨씬 작은 nanoserver 기반으로 옮기거나, 필요한 런타임(Visual C++ 재배포 가능 패키지, 네이티브 라이브러리)이 이미지에 없을 때 발생합니다.',
    'fix.findMissingDll': '없는 DLL을 찾습니다. servercore 컨테이너에서 프로그램을 실행해 비교하거나, 호스트의 Process Monitor(실패한 로드는 NAME NOT FOUND로 표시)나 로더 스냅으로 시작 과정을 추적합니다.',
    'fix.useServercore': '프로그램이 nanoserver에 없는 API를 필요로 하면 servercore 기본 이미지를 사용합니다.',
    'fix.addRuntime': '또는 없는 런타임이나 DLL을 이미지에 추가합니다(빌드 단계에서 Visual C++ 재배포 가능 패키지를 설치하고 DLL을 복사).',
    'msg.exited': '컨테이너 {container}({image})이(가) {code}(으)로 종료되었습니다',
    'msg.pod': 'Pod {pod}은(는) 필요한 DLL이 이미지에 없어 시작할 때 종료됩니다.',
    'why.dllNotFoundException': '프로그램이 의존하는 DLL을 로드하지 못함',
    'why.procedureNotFound': '이미지의 DLL에 프로그램이 가져오는 함수가 없음. nanoserver에서 흔함',
    'why.exitCodeDllNotFound': '컨테이너가 STATUS_DLL_NOT_FOUND(0xC0000135)로 종료됨',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0489a1dd75',
    'explanation': 'a1e650740c',
    'fix.findMissingDll': '8df6b7eff8',
    'fix.useServercore': 'f12822a677',
    'fix.addRuntime': '31c9829da7',
    'msg.exited': '2bb6371b89',
    'msg.pod': '77eaa26ab8',
    'why.dllNotFoundException': '828cd96fad',
    'why.procedureNotFound': '60f5ee35ad',
    'why.exitCodeDllNotFound': 'ea5368e264',
  },
});
