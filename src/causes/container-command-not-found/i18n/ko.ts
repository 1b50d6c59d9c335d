import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '컨테이너 명령 또는 엔트리포인트가 Windows 이미지에 없음',
    'explanation': 'Windows는 컨테이너 프로세스(그리고 모든 exec와 exec 프로브)를 셸 없이 명령줄에서 직접 시작합니다. echo나 dir 같은 cmd 기본 제공 명령, 앞에 powershell이 없는 PowerShell 스크립트, containerd에서의 셸 형식 명령, Linux 셸(sh, bash), 이미지에 없는 경로는 모두 프로세스를 만들 때 "The system cannot find the file specified"로 실패합니다.',
    'fix.useInterpreter': '기본 제공 명령과 스크립트는 인터프리터를 통해 시작합니다: ["cmd", "/c", "echo hello"], ["powershell", "-File", "C:\\\\app\\\\start.ps1"].',
    'fix.jsonForm': 'Dockerfile의 ENTRYPOINT와 CMD는 JSON(exec) 형식으로 작성합니다. containerd는 셸 형식 명령을 cmd /S /C로 감싸지 않습니다.',
    'fix.checkPath': '프로그램이 해당 경로에 이미지에 있는지 확인합니다(kubectl debug나 같은 이미지의 테스트 컨테이너로 확인).',
    'fix.execWindowsShell': 'Windows Pod에 exec할 때는 sh나 bash가 아니라 cmd 또는 powershell을 사용합니다.',
    'msg.builtin': '컨테이너 {container}이(가) "{command}"을(를) 시작하지만 이는 프로그램이 아니라 cmd 기본 제공 명령입니다',
    'msg.linuxShell': '컨테이너 {container}이(가) "{command}"을(를) 시작하지만 이는 Windows 이미지에 없는 Linux 셸입니다',
    'msg.script': '컨테이너 {container}이(가) powershell 없이 스크립트 "{command}"을(를) 시작합니다',
    'msg.pod': 'Pod {pod}이(가) 이미지에 없는 프로그램을 시작하도록 Windows에 요청합니다.',
    'why.createProcessFileMissing': '컨테이너, exec, 프로브가 시작하려던 프로그램을 Windows가 찾지 못함',
    'why.applicationNameMissing': '런타임이 명령줄을 실행 파일로 확인하지 못함',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '5c1a081063',
    'explanation': '52bb9c9f7a',
    'fix.useInterpreter': '9f54d459b7',
    'fix.jsonForm': 'ce1296a567',
    'fix.checkPath': '4cd48c66e6',
    'fix.execWindowsShell': '3315b7dbaf',
    'msg.builtin': 'ef2d4a6a9e',
    'msg.linuxShell': '275c1fe7ca',
    'msg.script': '33b1d51dab',
    'msg.pod': '0a0bc7b635',
    'why.createProcessFileMissing': '5f812616c3',
    'why.applicationNameMissing': 'a5ae4be6f9',
  },
});
