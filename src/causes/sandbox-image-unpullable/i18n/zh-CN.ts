import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '无法拉取沙箱(pause)镜像',
    'explanation': '每个 Pod 都从运行时配置的 pause 镜像创建的沙箱开始。如果该镜像不在节点上且其引用无法拉取(镜像仓库名称错误或不完整、没有凭据的私有仓库、无法连到仓库，或本地副本被镜像垃圾回收删除)，该节点上所有新 Pod 都会在创建沙箱时失败。',
    'fix.checkReference': '查看错误中(或 containerd 的 sandbox_image)的沙箱镜像引用，确认它是完整且可访问的引用。',
    'fix.pullOnNode': '在节点上拉取它(crictl pull <image>)，查看镜像仓库自己的错误。',
    'fix.pinImage': '固定 pause 镜像，使 kubelet 的镜像垃圾回收不会删除它(较新的 containerd 会把配置的沙箱镜像标记为固定)。',
    'msg.pod': 'Pod {pod} 无法获得沙箱：无法拉取 pause 镜像。',
    'why.sandboxImagePull': '运行时无法获取所有 Pod 沙箱所依赖的 pause 镜像',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '8c7e5bc73e',
    'explanation': '8020c65ae4',
    'fix.checkReference': 'aaba24cd2e',
    'fix.pullOnNode': '6b90a7e62d',
    'fix.pinImage': '8e0cfe604f',
    'msg.pod': '4adaded812',
    'why.sandboxImagePull': '8ce29bfc70',
  },
});
