import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'HostProcess 容器的路径或卷挂载与运行时的布局不符',
    'explanation': 'HostProcess 容器直接在主机上运行，看到的是主机的文件系统。镜像和卷出现在哪里取决于 containerd：在 containerd 1.6 中，它们位于 %CONTAINER_SANDBOX_MOUNT_POINT% 指向的文件夹下，因此为普通容器编写的命令和卷路径（C:\\app\\tool.exe、/usr/local/bin/x.exe）找不到；从 containerd 1.7 起，镜像和卷通过绑定筛选器绑定挂载到 silo 中，普通路径可以使用，但如果卷上的其他文件系统筛选器驱动拒绝附加，就会失败。',
    'fix.sandboxPaths': '在 containerd 1.6 上，通过 %CONTAINER_SANDBOX_MOUNT_POINT% 启动程序和读取卷（例如 %CONTAINER_SANDBOX_MOUNT_POINT%\\app\\tool.exe），或将节点升级到 containerd 1.7 或更高版本。',
    'fix.sameLine': '让所有 Windows 节点池使用同一个 containerd 次版本系列，使同一份清单在各处都能运行。',
    'fix.filterDrivers': '需要在挂载卷上使用其他文件系统筛选器驱动的工作负载无法在绑定挂载的 HostProcess 容器中运行，应改为在节点上作为服务运行。',
    'fix.checkPsa': 'HostProcess Pod 还需要 hostNetwork: true，以及 Pod Security 级别为 privileged 的命名空间。',
    'msg.runtime': '节点 {node} 运行 {runtime}：{style}',
    'msg.styleSandbox': '镜像和卷位于 %CONTAINER_SANDBOX_MOUNT_POINT% 下',
    'msg.styleBind': '镜像和卷通过绑定筛选器绑定挂载',
    'msg.pod': 'HostProcess Pod {pod} 在一个因运行时而布局不同的路径或挂载上失败。',
    'why.bindFilterRefused': 'containerd 1.7 及更高版本通过绑定筛选器挂载 HostProcess 容器，而该卷拒绝了附加',
    'why.executableNotFound': '命令行指向的路径在 HostProcess 容器看到的文件系统中不存在',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '837a2cd3fd',
    'explanation': '63b7dca785',
    'fix.sandboxPaths': '322df56222',
    'fix.sameLine': 'a6ddd0f069',
    'fix.filterDrivers': '51fc483781',
    'fix.checkPsa': '6e96ec56fc',
    'msg.runtime': '7137951ba2',
    'msg.styleSandbox': 'd4bf1c3139',
    'msg.styleBind': '4a0ada03d2',
    'msg.pod': 'd6699ff5b1',
    'why.bindFilterRefused': '823ae5cc85',
    'why.executableNotFound': '74485af84a',
  },
});
