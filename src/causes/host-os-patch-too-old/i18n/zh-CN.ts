import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点的 Windows 更新级别低于运行时所需',
    'explanation': '容器运行时和发行版依赖 Windows 累积更新中提供的修复。在长期未更新的主机上，容器会因“The directory name is invalid”或“The parameter is incorrect”等计算服务的通用错误而失败；主机安装最新更新后，同样的配置即可运行。nodeInfo.kernelVersion 显示已安装的修订号（10.0.<build>.<revision>）。',
    'fix.update': '在节点上安装最新的累积更新（或换成最新的节点镜像）并重启。',
    'fix.keepCurrent': '让 Windows 节点保持每月更新；发行版只在特定修订号之后验证其代理（RKE2：Windows Server 2019 为 17763.2061）。',
    'fix.thenRetry': '重启后重新创建失败的 Pod。',
    'msg.below': '节点 {node} 运行 {host}；代理从修订号 {minimum} 起经过验证',
    'msg.node': '{node} 上的容器因计算服务的通用错误而失败，且该节点的 Windows 更新早于经过验证的最低版本。',
    'why.directoryNameInvalid': '计算服务以未更新主机常返回的通用错误拒绝了容器',
    'why.parameterIncorrect': '计算服务拒绝了一个主机当前更新级别无法理解的请求',
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
