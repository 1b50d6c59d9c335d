import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '容器的命令或入口点在 Windows 镜像中不存在',
    'explanation': 'Windows 直接根据命令行创建容器进程(以及每个 exec 和 exec 探针)，中间没有 shell。echo、dir 之类的 cmd 内置命令、前面没有 powershell 的 PowerShell 脚本、containerd 下的 shell 形式命令、Linux shell(sh、bash)或镜像中不存在的路径，在创建进程时都会以 "The system cannot find the file specified" 失败。',
    'fix.useInterpreter': '通过解释器启动内置命令和脚本：["cmd", "/c", "echo hello"]、["powershell", "-File", "C:\\\\app\\\\start.ps1"]。',
    'fix.jsonForm': '在 Dockerfile 中以 JSON(exec)形式编写 ENTRYPOINT 和 CMD；containerd 不会用 cmd /S /C 包装 shell 形式的命令。',
    'fix.checkPath': '确认程序在镜像中的该路径下存在(用 kubectl debug 或同一镜像的测试容器检查)。',
    'fix.execWindowsShell': '对 Windows Pod 执行 exec 时使用 cmd 或 powershell，而不是 sh 或 bash。',
    'msg.builtin': '容器 {container} 启动 "{command}"，这是 cmd 内置命令而不是程序',
    'msg.linuxShell': '容器 {container} 启动 "{command}"，这是 Windows 镜像中没有的 Linux shell',
    'msg.script': '容器 {container} 未通过 powershell 直接启动脚本 "{command}"',
    'msg.pod': 'Pod {pod} 要求 Windows 启动镜像中不存在的程序。',
    'why.createProcessFileMissing': 'Windows 找不到容器、exec 或探针要启动的程序',
    'why.applicationNameMissing': '运行时无法把命令行解析为可执行文件',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '5c1a081063',
    'explanation': '52bb9c9f7a',
    'fix.useInterpreter': '9f54d459b7',
    'fix.jsonForm': 'ce1296a567',
    'fix.checkPath': '4cd48c66e6',
    'fix.execWindowsShell': '3315b7dbaf',
    'msg.builtin': 'ef2d4a6a9e',
    'msg.linuxShell': '275c1fe7ca',
    'msg.script': '33b1d51dab',
    'msg.pod': '0a0bc7b635',
    'why.createProcessFileMissing': '5f812616c3',
    'why.applicationNameMissing': 'a5ae4be6f9',
  },
});
