import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '大型 Windows 镜像仍在拉取，或因拉取期限而中止',
    'explanation': 'Windows 基础镜像有数 GB(servercore 数 GB，server 更大)，其层的解压很慢，实时防病毒扫描时更慢。节点上第一个使用该镜像的 Pod 会在 ContainerCreating 停留很多分钟；对无进展设有期限的运行时(dockershim、cri-dockerd)会中止长时间的解压并重新开始，因此 Pod 可能永远无法启动。',
    'fix.prePull': '在节点镜像中预拉取或缓存基础层(或使用预拉取 DaemonSet)，让 Pod 从本地层启动。',
    'fix.raiseDeadline': '在基于 Docker 的节点上提高 kubelet 或 cri-dockerd 的镜像拉取进度期限(例如 30m)。',
    'fix.smallerBase': '在应用允许时使用 nanoserver 等更小的基础镜像，并让各镜像共用同一基础以共享层。',
    'fix.excludeScanning': '将运行时数据文件夹和 unpigz 排除在实时防病毒扫描之外。',
    'msg.pulling': '{minutes} 分钟后仍在拉取：{detail}',
    'msg.pod': 'Pod {pod} 正在等待耗时很长的 Windows 镜像拉取。',
    'why.noProgressCancel': '解压在期限内没有进展，运行时中止了拉取',
    'why.pullDeadline': '拉取时间超过了配置的进度期限',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'cc2818127c',
    'explanation': 'ae3b36118d',
    'fix.prePull': '34ed34823d',
    'fix.raiseDeadline': '8aac370e3a',
    'fix.smallerBase': 'd5dd0982a0',
    'fix.excludeScanning': 'b04cae09ac',
    'msg.pulling': '88bbfaaacc',
    'msg.pod': 'b19c94e9c3',
    'why.noProgressCancel': '220696790a',
    'why.pullDeadline': 'dcb710309e',
  },
});
