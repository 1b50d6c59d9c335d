import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '防病毒实时扫描拖慢或阻碍容器运行时',
    'explanation': 'Microsoft Defender 等实时扫描程序会检查容器运行时写入的每个文件。解压一个 Windows 镜像层要写入数万个文件，因此开启扫描时，解压耗时远超下载，节点 CPU 的很大一部分被扫描程序占用，在繁忙的节点上甚至会拖慢容器启动、exec 和清理。保持文件打开的扫描程序还可能使层写入失败并报“Access is denied”。运行时数据文件夹和解压辅助程序（unpigz）并非在所有环境中都默认被排除。',
    'fix.excludeRoot': '将运行时数据根目录排除在实时扫描之外（containerd：C:\\ProgramData\\containerd；Docker：C:\\ProgramData\\docker 或其 data-root）。',
    'fix.excludeProcesses': '排除运行时进程（containerd.exe、containerd-shim-runhcs-v1.exe 或 dockerd.exe）以及层解压辅助程序 unpigz.exe。',
    'fix.followGuidance': '遵循 Microsoft 针对 Windows 容器的防病毒指导：扫描程序应使用感知容器的筛选器行为，而不是把层文件当作普通文件扫描。',
    'fix.measure': '比较添加排除项前后同一个大镜像的下载和解压时间，并在 Pod 启动期间检查扫描程序占用的 CPU 比例。',
    'msg.pod': 'Pod {pod} 无法写入镜像层：解压过程中访问被拒绝。',
    'why.layerAccessDenied': '写入镜像层被拒绝，这是在解压文件时对层文件夹进行实时扫描所导致的',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '399d1ddd90',
    'explanation': '2724c83f44',
    'fix.excludeRoot': '26cbb95ba3',
    'fix.excludeProcesses': '2b52b4021a',
    'fix.followGuidance': '9f85c3daec',
    'fix.measure': '163d6a6ca7',
    'msg.pod': '9114a66b5f',
    'why.layerAccessDenied': 'bef9bf532e',
  },
});
