import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点运行的 Windows Server 版本已不再受支持',
    'explanation': '上游 Kubernetes 列出的 Windows 节点版本只有 Windows Server 2022 和 2025，Windows Server 2019 已不在列表中。AKS 已于 2026 年 3 月 1 日停用 Windows Server 2019(Kubernetes 1.33 起不再支持，节点镜像于 2027 年 4 月 1 日删除)，于 2026 年 5 月 15 日停用 Annual Channel 预览版，并将于 2027 年 3 月 15 日停用 Windows Server 2022(1.35 起不能再创建 2022 节点池)。超过这些日期的节点不再获得修复，镜像删除后扩缩容和重置镜像都会失败。',
    'fix.addNewPool': '添加 Windows Server 2025(或仍受支持时的 2022)节点池或节点。',
    'fix.rebuildImages': '在对应的基础镜像(ltsc2025 / ltsc2022)上重新构建工作负载镜像，或发布多版本清单，并用 nodeSelector node.kubernetes.io/windows-build 迁移工作负载。',
    'fix.removeOldPool': '在平台删除镜像之前，排空并删除旧节点池。',
    'msg.upstream': '节点 {node} 运行 {build}，不在上游 Kubernetes 支持的 Windows Server 列表中(截至 {asOf}：2022 和 2025)',
    'msg.aksRetired': 'AKS 已于 {retiredOn} 停用 {product}(Kubernetes {minor} 起不再支持)',
    'msg.aksImagesRemoved': 'AKS 已于 {retiredOn} 停用 {product}，并于 {removedOn} 删除其节点镜像：扩缩容和重置镜像会失败',
    'msg.node': '节点 {node} 运行的 Windows Server 版本已不再受支持。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0fee001064',
    'explanation': '729b364552',
    'fix.addNewPool': '2eb2bbf61e',
    'fix.rebuildImages': '9e3c59392e',
    'fix.removeOldPool': 'd479e6d3bb',
    'msg.upstream': '3a7b3dd741',
    'msg.aksRetired': '719c293920',
    'msg.aksImagesRemoved': '28af72d5d8',
    'msg.node': 'c185aaa12f',
  },
});
