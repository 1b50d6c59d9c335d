import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '镜像中缺少 DLL 或 API，容器因此退出',
    'explanation': '由于 Windows 无法加载程序所需的 DLL，容器中的程序一启动就结束：退出码为 3221225781(0xC0000135 STATUS_DLL_NOT_FOUND，也显示为 -1073741515)或 3221225785(0xC0000139 STATUS_ENTRYPOINT_NOT_FOUND)。当应用从 servercore 迁移到小得多的 nanoserver 基础镜像，或镜像中缺少所需的运行时(Visual C++ 可再发行组件、本机库)时就会发生。',
    'fix.findMissingDll': '找出缺少的 DLL：在 servercore 容器中运行程序进行对比，或在主机上用 Process Monitor(失败的加载显示为 NAME NOT FOUND)或加载器快照跟踪启动过程。',
    'fix.useServercore': '当程序需要 nanoserver 没有的 API 时，使用 servercore 基础镜像。',
    'fix.addRuntime': '或者把缺少的运行时或 DLL 加入镜像(在构建阶段安装 Visual C++ 可再发行组件并复制其 DLL)。',
    'msg.exited': '容器 {container}({image})以 {code} 退出',
    'msg.pod': 'Pod {pod} 因镜像中缺少所需的 DLL 而在启动时退出。',
    'why.dllNotFoundException': '程序无法加载其依赖的 DLL',
    'why.procedureNotFound': '镜像中的 DLL 缺少程序导入的函数，这在 nanoserver 上很典型',
    'why.exitCodeDllNotFound': '容器以 STATUS_DLL_NOT_FOUND(0xC0000135)退出',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0489a1dd75',
    'explanation': 'a1e650740c',
    'fix.findMissingDll': '8df6b7eff8',
    'fix.useServercore': 'f12822a677',
    'fix.addRuntime': '31c9829da7',
    'msg.exited': '2bb6371b89',
    'msg.pod': '77eaa26ab8',
    'why.dllNotFoundException': '828cd96fad',
    'why.procedureNotFound': '60f5ee35ad',
    'why.exitCodeDllNotFound': 'ea5368e264',
  },
});
