import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '主机的累积更新比容器镜像旧',
    'explanation': '在进程隔离下，容器与主机共享内核。主版本号(17763、20348、26100)必须一致，但这并不总是足够：基于比主机已安装更新更新的月度更新构建的镜像，可能在创建后立即以 HCS_E_UNEXPECTED_EXIT(0xc0370106)停止。同一镜像在已更新的主机上或 Hyper-V 隔离下可以运行。',
    'fix.patchHost': '在节点上安装最新的累积更新，或迁移到最新的节点镜像(nodeInfo.kernelVersion 显示已安装的修订号 10.0.<build>.<revision>)。',
    'fix.pinImage': '在节点更新之前，把镜像固定到基于主机更新级别或更早构建的标签。',
    'fix.hyperV': '或者通过 RuntimeClass 以 Hyper-V 隔离运行 Pod，它不共享主机内核。',
    'msg.newer': '容器 {container} 的镜像 {image} 基于 {imageUbr} 构建；节点运行 {host}',
    'msg.pod': 'Pod {pod} 使用的镜像基于比节点已安装版本更新的 Windows 更新构建。',
    'msg.podMessage': 'Pod {pod} 在启动时停止，表现为镜像比主机更新更新时的典型失败。',
    'why.unexpectedExit': '计算服务报告容器在创建后立即停止，这是镜像比主机更新更新时的典型失败',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '82af013ee4',
    'explanation': '601ef8ec28',
    'fix.patchHost': '26f0670426',
    'fix.pinImage': '59fb321617',
    'fix.hyperV': '8f58f13009',
    'msg.newer': 'bfcded5d0e',
    'msg.pod': 'a3cbebedfb',
    'msg.podMessage': '862073ab7f',
    'why.unexpectedExit': 'fc32e95baa',
  },
});
