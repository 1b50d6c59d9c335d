import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Pod 使用了已废弃的实验性 Hyper-V 隔离注解',
    'explanation': '注解 experimental.windows.kubernetes.io/isolation-type: hyperv 是 Docker 时代的 alpha 机制，现已不再生效。带有该注解的 Pod 以进程隔离方式运行，因此使用其他 Windows 内部版本的镜像时，会和没有该注解时一样失败。现在要使用 Hyper-V 隔离，需通过 RuntimeClass 申请。',
    'fix.removeAnnotationWorkload': '从工作负载模板中删除该注解。',
    'fix.createRuntimeclassWhose': '创建一个 RuntimeClass，其 handler 在 containerd 中选择 Hyper-V 隔离（即用 Hyper-V 运行时选项配置的 runtime handler）。',
    'fix.setRuntimeclassnamePod': '在 Pod spec 中将 runtimeClassName 设为该 RuntimeClass。',
    'msg.pod': 'Pod {pod} 通过一个已废弃、会被忽略的注解申请 Hyper-V 隔离。',
    'msg.noRuntimeClass': '未设置 runtimeClassName',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '6923934a97',
    'explanation': 'd793aaf23c',
    'fix.removeAnnotationWorkload': '0780ac91ff',
    'fix.createRuntimeclassWhose': 'a20774bc7d',
    'fix.setRuntimeclassnamePod': 'bf4bef04cf',
    'msg.pod': 'b978ab28c2',
    'msg.noRuntimeClass': 'f492652bb0',
  },
});
