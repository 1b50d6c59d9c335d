import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'HostProcess 컨테이너의 경로나 볼륨 마운트가 런타임의 배치대로 동작하지 않음',
    'explanation': 'HostProcess 컨테이너는 호스트에서 실행되며 호스트의 파일 시스템을 봅니다. 이미지와 볼륨이 어디에 나타나는지는 containerd에 따라 다릅니다. containerd 1.6에서는 %CONTAINER_SANDBOX_MOUNT_POINT%가 가리키는 폴더 아래에 놓이므로, 일반 컨테이너용으로 작성한 명령이나 볼륨 경로(C:\\app\\tool.exe, /usr/local/bin/x.exe)를 찾지 못합니다. containerd 1.7부터는 이미지와 볼륨이 바인드 필터를 통해 사일로에 바인드 마운트되어 일반 경로가 동작하지만, 다른 파일 시스템 필터 드라이버가 연결을 거부하는 볼륨에서는 실패합니다.',
    'fix.sandboxPaths': 'containerd 1.6에서는 프로그램 실행과 볼륨 읽기를 %CONTAINER_SANDBOX_MOUNT_POINT%를 거쳐 하거나(예: %CONTAINER_SANDBOX_MOUNT_POINT%\\app\\tool.exe), 노드를 containerd 1.7 이상으로 옮깁니다.',
    'fix.sameLine': '모든 Windows 노드 풀을 같은 containerd 마이너 계열로 맞춰 하나의 매니페스트가 어디서나 동작하게 합니다.',
    'fix.filterDrivers': '마운트한 볼륨에서 다른 파일 시스템 필터 드라이버가 필요한 워크로드는 바인드 마운트된 HostProcess 컨테이너에서 실행할 수 없습니다. 노드의 서비스로 실행합니다.',
    'fix.checkPsa': 'HostProcess Pod에는 hostNetwork: true와 Pod Security 수준이 privileged인 네임스페이스도 필요합니다.',
    'msg.runtime': '노드 {node}는 {runtime}로 실행 중입니다: {style}',
    'msg.styleSandbox': '이미지와 볼륨이 %CONTAINER_SANDBOX_MOUNT_POINT% 아래에 있습니다',
    'msg.styleBind': '이미지와 볼륨이 바인드 필터를 통해 바인드 마운트됩니다',
    'msg.pod': 'HostProcess Pod {pod}가 런타임에 따라 배치가 다른 경로 또는 마운트에서 실패하고 있습니다.',
    'why.bindFilterRefused': 'containerd 1.7 이상은 HostProcess 컨테이너를 바인드 필터로 마운트하는데, 볼륨이 연결을 거부했다',
    'why.executableNotFound': '명령줄이 가리키는 경로가 HostProcess 컨테이너가 보는 파일 시스템에 없다',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '837a2cd3fd',
    'explanation': '63b7dca785',
    'fix.sandboxPaths': '322df56222',
    'fix.sameLine': 'a6ddd0f069',
    'fix.filterDrivers': '51fc483781',
    'fix.checkPsa': '6e96ec56fc',
    'msg.runtime': '7137951ba2',
    'msg.styleSandbox': 'd4bf1c3139',
    'msg.styleBind': '4a0ada03d2',
    'msg.pod': 'd6699ff5b1',
    'why.bindFilterRefused': '823ae5cc85',
    'why.executableNotFound': '74485af84a',
  },
});
