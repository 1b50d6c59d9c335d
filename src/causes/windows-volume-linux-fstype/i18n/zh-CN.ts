import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Pod 的卷要求使用 Linux 文件系统',
    'explanation': '挂载到 Windows 节点上的块卷由 Windows 格式化，而 Windows 只能创建 NTFS、ReFS 和 FAT。当 StorageClass 或 PersistentVolume 要求 ext4 或 xfs(许多存储类的默认值)时，Format-Volume 会拒绝该文件系统，挂载失败，Pod 无法启动。',
    'fix.ntfsClass': '为 Windows 工作负载创建 fsType(或 csi.storage.k8s.io/fstype)为 ntfs 的 StorageClass，并在 Windows Pod 的声明中使用。',
    'fix.recreateVolume': '用该存储类重新创建声明；已有的卷会保留创建时的文件系统。',
    'fix.keepOsApart': 'Linux 和 Windows 的声明使用不同的存储类；由一种系统格式化的磁盘无法被另一种系统挂载。',
    'msg.pod': 'Pod {pod} 无法挂载其卷：该卷要求 Windows 无法格式化的文件系统。',
    'why.formatVolumeLinuxFs': 'Windows 的 Format-Volume 拒绝了为卷请求的 Linux 文件系统',
    'why.linuxFsNotInSet': '请求的文件系统不是 Windows 能创建的',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'e080a74ffc',
    'explanation': '4404d2e6f5',
    'fix.ntfsClass': 'a7ea0ee3d3',
    'fix.recreateVolume': '5d5a667bf5',
    'fix.keepOsApart': 'b96f30617c',
    'msg.pod': 'c5f79100a5',
    'why.formatVolumeLinuxFs': '883bae176e',
    'why.linuxFsNotInSet': '581d0384f5',
  },
});
