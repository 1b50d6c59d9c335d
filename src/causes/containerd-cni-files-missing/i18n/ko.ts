import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd가 CNI 구성이나 플러그인 바이너리를 찾지 못함',
    'explanation': 'Windows의 containerd는 CNI 네트워크 구성과 플러그인 바이너리를 자체 디렉터리(기본값 %ProgramFiles%\\containerd\\cni\\conf와 cni\\bin, 또는 config.toml의 conf_dir와 bin_dir)에서 읽습니다. CNI가 그곳에 설치되지 않았거나, Linux 기본 경로에 복사되었거나, 업그레이드로 배치가 바뀌면 노드는 CNI가 초기화되지 않았다고 보고하고 어떤 Pod도 네트워크를 얻지 못합니다.',
    'fix.readConfigDirs': '노드의 containerd config.toml에서 CRI 플러그인의 conf_dir와 bin_dir를 확인하고 두 디렉터리의 내용을 나열합니다.',
    'fix.installCniFiles': 'CNI 플러그인 바이너리와 네트워크 구성 하나를 그 디렉터리에 넣습니다(또는 conf_dir와 bin_dir를 CNI가 설치하는 위치로 지정합니다).',
    'fix.restartContainerd': 'containerd를 다시 시작하고 노드가 Ready가 되며 새 Pod가 주소를 받는지 확인합니다.',
    'msg.condition': 'Ready={status}: {message}',
    'msg.node': '{node}의 containerd가 CNI 구성이나 플러그인 바이너리를 찾지 못해 Pod가 네트워크를 얻지 못합니다.',
    'why.noNetworkConfig': '런타임이 읽는 디렉터리에 CNI 네트워크 구성이 없음',
    'why.pluginBinaryMissing': 'CNI 구성이 가리키는 플러그인 바이너리가 런타임의 CNI bin 디렉터리에 없음',
  },
  sources: {
    'title': 'bb7782160b',
    'explanation': '1ce79552d0',
    'fix.readConfigDirs': '177532cca9',
    'fix.installCniFiles': '6b9bb872f1',
    'fix.restartContainerd': '3945e1ee4e',
    'msg.condition': 'df40c36df1',
    'msg.node': 'c2fb3cdcfa',
    'why.noNetworkConfig': '373b440d05',
    'why.pluginBinaryMissing': '2a2014ccb6',
  },
});
