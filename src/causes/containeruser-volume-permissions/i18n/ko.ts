import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '관리자가 아닌 컨테이너 사용자가 마운트된 볼륨을 사용할 수 없음',
    'explanation': 'Windows 컨테이너에 마운트된 폴더는 호스트에서의 액세스 제어 목록을 그대로 유지합니다. 컨테이너 자체 계정(ContainerUser 또는 runAsUserName으로 지정한 계정)은 호스트가 알지 못하므로, 호스트 ACL이 일반 사용자를 허용하지 않으면 프로그램은 마운트 위치에서 "Access is denied"를 받습니다. 같은 Pod를 ContainerAdministrator로 실행하면 동작합니다. nanoserver 이미지는 기본적으로 ContainerUser로 실행됩니다.',
    'fix.grantHostAcl': '볼륨의 실제 위치인 호스트 폴더에 필요한 권한을 부여합니다(예: icacls <folder> /grant "BUILTIN\\Users:(OI)(CI)M"). 또는 프로비저너가 그 권한으로 생성하도록 합니다.',
    'fix.runAsAdministrator': '허용되는 경우 컨테이너를 ContainerAdministrator로 실행합니다(securityContext.windowsOptions.runAsUserName).',
    'fix.writeInsideImage': '또는 관리자가 아닌 사용자가 쓰는 데이터를 호스트 마운트가 아니라 그 사용자가 소유한 이미지 내부 폴더에 둡니다.',
    'msg.runsAs': '컨테이너 {container}은(는) {user}(으)로 실행되며 {mounts}을(를) 마운트합니다',
    'msg.nanoserverDefault': '컨테이너 {container}은(는) nanoserver 이미지(기본 사용자 {user})를 사용하며 {mounts}을(를) 마운트합니다',
    'msg.pod': 'Pod {pod}이(가) 컨테이너 사용자 때문에 마운트된 볼륨에 대한 액세스를 거부당했습니다.',
    'why.pathAccessDenied': '컨테이너의 프로그램이 경로에 대한 액세스를 거부당함. 마운트된 폴더라면 호스트 ACL이 컨테이너 사용자를 허용하지 않는 것임',
    'why.accessDenied': 'Windows가 파일 또는 폴더에 대한 액세스를 거부함',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '6352458dd4',
    'explanation': 'a0de978b21',
    'fix.grantHostAcl': 'd7fc54971c',
    'fix.runAsAdministrator': '7d3a646325',
    'fix.writeInsideImage': '9e5c9efb37',
    'msg.runsAs': 'f640a8dea2',
    'msg.nanoserverDefault': 'fe446405ab',
    'msg.pod': 'c7f270287b',
    'why.pathAccessDenied': '9d83e13302',
    'why.accessDenied': '4caf1d62c3',
  },
});
