import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点组件的 Windows 镜像标签不存在',
    'explanation': 'Windows 节点组件(kube-proxy、flannel、CSI 节点插件、代理程序)以单独的 Windows 镜像发布，通常每个 Kubernetes 版本或 Windows 版本各有一个标签。未替换版本占位符就应用的清单，或从未发布 Windows 镜像的版本，会让 DaemonSet 的 Pod 停在 ImagePullBackOff，并报 "manifest unknown" 或 "not found"。',
    'fix.substituteVersion': '将占位符替换为实际版本后再应用清单(检查正在运行的 DaemonSet 的 image 行)。',
    'fix.pickPublished': '列出该镜像已发布的标签，选择有适用于节点版本的 Windows 镜像的版本。',
    'fix.pinDigest': '可用后，在自己的清单中固定标签(或摘要)，不要依赖下载最新版本。',
    'msg.placeholder': '容器 {container} 使用的 {image} 的标签中仍保留着占位符',
    'msg.pod': 'Pod {pod} 引用了不存在的 Windows 组件镜像。',
    'why.manifestUnknown': '镜像仓库中没有此标签的镜像',
    'why.tagNotFound': '无法在镜像仓库中解析该镜像引用',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '8e20f0de9d',
    'explanation': '24bc255e92',
    'fix.substituteVersion': '94f79a1461',
    'fix.pickPublished': 'dc705f2a16',
    'fix.pinDigest': '39925d127c',
    'msg.placeholder': '2db1de04cb',
    'msg.pod': '744d2f68db',
    'why.manifestUnknown': '7316d79a8a',
    'why.tagNotFound': '0e71ecb5e0',
  },
});
