import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '非管理员容器用户无法使用挂载的卷',
    'explanation': '挂载到 Windows 容器中的文件夹保留其在主机上的访问控制列表。容器自己的账户(ContainerUser，或 runAsUserName 指定的账户)对主机来说是未知的，因此除非主机 ACL 允许普通用户，程序在挂载点上会得到 "Access is denied"，而同一 Pod 以 ContainerAdministrator 运行时正常。nanoserver 镜像默认以 ContainerUser 运行。',
    'fix.grantHostAcl': '为卷背后的主机文件夹授予所需权限(例如 icacls <folder> /grant "BUILTIN\\Users:(OI)(CI)M")，或让置备程序以这些权限创建它。',
    'fix.runAsAdministrator': '在可以接受时，以 ContainerAdministrator 运行容器(securityContext.windowsOptions.runAsUserName)。',
    'fix.writeInsideImage': '或者把非管理员用户写入的数据放在镜像内由该用户拥有的文件夹中，而不是主机挂载上。',
    'msg.runsAs': '容器 {container} 以 {user} 运行并挂载了 {mounts}',
    'msg.nanoserverDefault': '容器 {container} 使用 nanoserver 镜像(默认用户 {user})并挂载了 {mounts}',
    'msg.pod': 'Pod {pod} 因容器用户身份被拒绝访问挂载的卷。',
    'why.pathAccessDenied': '容器中的程序被拒绝访问某个路径；若为挂载的文件夹，说明主机 ACL 不允许该容器用户',
    'why.accessDenied': 'Windows 拒绝了对文件或文件夹的访问',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '6352458dd4',
    'explanation': 'a0de978b21',
    'fix.grantHostAcl': 'd7fc54971c',
    'fix.runAsAdministrator': '7d3a646325',
    'fix.writeInsideImage': '9e5c9efb37',
    'msg.runsAs': 'f640a8dea2',
    'msg.nanoserverDefault': 'fe446405ab',
    'msg.pod': 'c7f270287b',
    'why.pathAccessDenied': '9d83e13302',
    'why.accessDenied': '4caf1d62c3',
  },
});
