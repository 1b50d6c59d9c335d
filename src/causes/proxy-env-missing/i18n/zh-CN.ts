import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '镜像拉取超时的节点上未在计算机级别设置 HTTP(S)_PROXY',
    'explanation': '在出站代理之后，只有将 HTTP_PROXY 和 HTTPS_PROXY 设为计算机级别的环境变量，Windows 节点服务（containerd 或 Docker、kubelet、安装脚本）才能访问镜像仓库和下载服务器。只在用户会话中设置的变量对服务不可见，因此镜像拉取和安装步骤都会超时。',
    'fix.confirmNetworkNeeds': '确认该网络访问镜像仓库需要代理（询问网络团队，或在节点上用 Invoke-WebRequest -Proxy 测试）。',
    'fix.setVariablesMachine': '在计算机级别设置这些变量：[Environment]::SetEnvironmentVariable("HTTP_PROXY", "http://proxy.example.com:80/", [EnvironmentVariableTarget]::Machine)，HTTPS_PROXY 同理，NO_PROXY 中写入集群、Service 和节点网段。',
    'fix.restartContainerRuntime': '重启容器运行时和 kubelet（Restart-Service containerd; Restart-Service kubelet），使其读取新的环境变量。',
    'fix.deleteFailingPods': '删除失败的 Pod（或等待下一次拉取退避结束），确认镜像能够拉取成功。',
    'why.pullWentThrough': '拉取经过了一个无法连接的代理：节点的代理设置有误或不完整',
    'why.nodeCannotResolve': '节点无法直接解析镜像仓库域名，只允许经代理出网的网络中就会如此',
    'why.nodeCannotOpen': '节点无法直连镜像仓库，只允许经代理出网的网络中就会如此',
    'why.imagePullsTime': '镜像拉取超时，需要代理才能访问镜像仓库的节点就会如此',
    'msg.notSet': '未设置计算机级别的 HTTP_PROXY 和 HTTPS_PROXY',
    'msg.node': '{node} 上的镜像拉取无法访问镜像仓库（{pods}），且未设置计算机级别的 HTTP(S)_PROXY；如果该网络需要代理，节点服务目前并没有使用代理。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '721330859c',
    'explanation': 'b3e6a43a79',
    'fix.confirmNetworkNeeds': '33ff9c3ce6',
    'fix.setVariablesMachine': '94b6f7f289',
    'fix.restartContainerRuntime': 'd8586eb3f2',
    'fix.deleteFailingPods': '209ac6ae9d',
    'why.pullWentThrough': '47e1052efd',
    'why.nodeCannotResolve': 'ea77e1d29f',
    'why.nodeCannotOpen': '733c6d6569',
    'why.imagePullsTime': '71476318ff',
    'msg.notSet': '8bcd01ab26',
    'msg.node': '4e11087081',
  },
});
