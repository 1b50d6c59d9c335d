import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd가 CNI 구성도 플러그인 바이너리도 찾지 못함',
    'explanation': 'Windows의 containerd는 자신의 config.toml에 적힌 디렉터리(기본값 C:\\Program Files\\containerd\\cni\\conf와 \\cni\\bin)에서 CNI 네트워크 구성과 플러그인 바이너리를 읽습니다. CNI가 그곳에 설치되지 않았거나 다른 경로에 놓였거나 업그레이드로 구조가 바뀌면, containerd가 "no network config found"와 "cni plugin not initialized"를 보고하고 노드는 NotReady로 남으며 파드는 네트워크를 얻지 못합니다.',
    'fix.findDirs': 'containerd의 config.toml(containerd config dump)에서 CRI 플러그인의 conf_dir와 bin_dir를 읽어 어디를 찾는지 확인합니다.',
    'fix.installCni': '클러스터 CNI의 플러그인 바이너리와 네트워크 구성을 그 디렉터리에 두거나, conf_dir / bin_dir를 CNI가 설치하는 위치로 지정합니다.',
    'fix.restartRuntime': 'containerd를 다시 시작하고, 노드의 Ready 조건에 더 이상 CNI가 언급되지 않는지 확인합니다.',
    'why.noNetworkConfig': 'containerd가 CNI 구성 디렉터리를 찾아봤지만 네트워크 구성이 없었음',
    'msg.node': '{node}의 containerd가 CNI 네트워크 구성을 찾지 못해 노드의 네트워크가 준비되지 않았습니다.',
    'msg.condition': 'Ready={status}: {message}',
    'msg.noConf': '프로브가 containerd의 구성 디렉터리에서 CNI 구성을 찾지 못함',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'bb7782160b',
    'explanation': 'a8185cfff5',
    'fix.findDirs': '92fd6988f9',
    'fix.installCni': '9d62780c49',
    'fix.restartRuntime': '7919050b4b',
    'why.noNetworkConfig': '831efb1f64',
    'msg.node': '11d1b4ee0c',
    'msg.condition': 'df40c36df1',
    'msg.noConf': 'a653079b0e',
  },
});
