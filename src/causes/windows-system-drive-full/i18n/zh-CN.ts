import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点的系统驱动器已满',
    'explanation': 'Windows 节点把镜像层、容器临时空间以及 kubelet 和运行时的日志都放在系统驱动器 C: 上，而每个 Windows 镜像都有数 GB。C: 写满后，拉取镜像会在解压层时失败，容器也无法创建，并出现 "There is not enough space on the disk"。常见情况是虚拟机磁盘很大，但节点配置过程没有扩展分区，C: 仍保持虚拟机镜像的大小(若干 Windows 镜像为 30 GB)；而且 Windows 上的 kubelet 可能不会报告 DiskPressure，所以在 Pod 开始失败之前，节点状态不会给出任何警告。',
    'fix.checkPartition': '在节点上比较 C: 的大小和磁盘的大小(Get-Partition、Get-Disk)；如有未分配空间，扩展 C:(Resize-Partition -DriveLetter C -Size (Get-PartitionSupportedSize -DriveLetter C).SizeMax)。',
    'fix.freeSpace': '立即释放空间：删除未使用的镜像(crictl rmi --prune)、旧的容器日志以及轮转后的 kubelet 或运行时日志，然后让 kubelet 重试这些 Pod。',
    'fix.biggerDisk': '为 Windows 节点池配置更大的操作系统磁盘(使用多个 Windows 镜像时至少 128 GB)，并确保节点配置过程把 C: 扩展到整个磁盘。',
    'fix.imageGc': '确认 Windows 节点上的镜像垃圾回收在运行(imageGCHighThresholdPercent、ImageGCFailed 事件)，并为节点服务设置了日志轮转。',
    'why.diskFull': 'Windows 返回了 ERROR_DISK_FULL：存放镜像层和容器临时空间的驱动器已满',
    'msg.pod': 'Pod {pod} 无法启动：其节点的系统驱动器已满。',
    'msg.node': '{node} 的系统驱动器已满。',
    'msg.lowSpace': '{node} 的系统驱动器只剩 {free} GiB 可用(共 {total} GiB)。',
    'msg.driveSpace': '系统驱动器：{free} GiB 可用，共 {total} GiB',
    'msg.smallPartition': '系统驱动器只有 {total} GiB：如果虚拟机磁盘更大，说明分区没有被扩展',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '96a6cd17f5',
    'explanation': 'e0e414dfe1',
    'fix.checkPartition': 'ee67eb3fc9',
    'fix.freeSpace': '04dba51879',
    'fix.biggerDisk': 'f02fdc9137',
    'fix.imageGc': 'e43ae5df91',
    'why.diskFull': '9374a8fae7',
    'msg.pod': '300f29c892',
    'msg.node': 'c5ce0711af',
    'msg.lowSpace': '859fb0335b',
    'msg.driveSpace': 'cbfdb97433',
    'msg.smallPartition': '2a83e17a8e',
  },
});
