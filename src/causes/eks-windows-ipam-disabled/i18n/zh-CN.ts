import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'EKS 上未启用 Windows IP 地址管理',
    'explanation': '在 Amazon EKS 上，Windows Pod 的 IP 地址由 VPC 资源控制器分配，而不是由 aws-node DaemonSet 分配。若未启用 Windows IPAM（amazon-vpc-cni ConfigMap 中的 enable-windows-ipam，或旧的 VPC 准入 Webhook 和资源控制器），Pod 就拿不到 vpc.amazonaws.com/PrivateIPv4Address 资源，沙箱创建失败。',
    'fix.enableIpam': '在 kube-system/amazon-vpc-cni ConfigMap 中设置 enable-windows-ipam: "true"（如果 VPC CNI 是托管插件，则通过插件配置设置）。',
    'fix.checkRole': '确认集群 IAM 角色带有 AmazonEKSVPCResourceController 策略，并确认之后 Windows 节点的 allocatable 中出现 vpc.amazonaws.com/PrivateIPv4Address。',
    'fix.recreatePods': '删除并重新创建在启用 IPAM 之前创建的 Windows Pod。',
    'why.missingLabel': 'VPC 资源控制器没有给 Windows Pod 分配 IP 地址，这发生在 Windows IPAM 关闭时',
    'why.insufficientResource': '没有 Windows 节点提供 VPC IP 地址，说明 Windows IPAM 没有运行',
    'msg.pod': 'Pod {pod} 没有获得 VPC IP 地址：集群未启用 Windows IPAM（Pod 上没有 vpc.amazonaws.com/PrivateIPv4Address）。',
    'msg.noResource': '节点 {node} 没有提供 vpc.amazonaws.com/PrivateIPv4Address',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'c98c706f47',
    'explanation': 'b1904d7081',
    'fix.enableIpam': '6f074b5928',
    'fix.checkRole': '52c16ccb2c',
    'fix.recreatePods': '60da6b8fec',
    'why.missingLabel': 'e17c2b10c8',
    'why.insufficientResource': '015d9b3a18',
    'msg.pod': '7e93dd53c3',
    'msg.noResource': 'acaa08848f',
  },
});
