import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'EKS 上未启用 Windows IP 地址管理',
    'explanation': '在 EKS 上，Windows Pod 的 IP 地址由 VPC 资源控制器分配，而不是由节点分配。如果没有启用 Windows IPAM（amazon-vpc-cni ConfigMap 中的 enable-windows-ipam: "true"，旧集群则是旧版 VPC 控制器），Windows 节点不会公布 vpc.amazonaws.com/PrivateIPv4Address 资源，Pod 得不到地址，一直停留在 ContainerCreating。',
    'fix.enableWindowsIpam': '在 kube-system/amazon-vpc-cni ConfigMap 中把 enable-windows-ipam 设为 "true"（VPC CNI 是 EKS 托管插件时，通过插件配置设置）。',
    'fix.checkClusterRole': '确认集群 IAM 角色带有 AmazonEKSVPCResourceController 策略，使控制器能够分配地址。',
    'fix.recreatePods': '删除卡住的 Windows Pod，让它们重新经过准入并获得地址。',
    'msg.noCapacity': '节点 {node}（EKS）没有公布 {resource} 容量',
    'msg.pod': '此 EKS 集群未启用 Windows IPAM，因此 Pod {pod} 得不到 IP 地址。',
    'why.noPrivateIpLabel': 'Windows 上的 VPC CNI 找不到 VPC 资源控制器分配给 Pod 的 IP 地址',
  },
  sources: {
    'title': 'c98c706f47',
    'explanation': 'f3412bda14',
    'fix.enableWindowsIpam': '5053658ba3',
    'fix.checkClusterRole': 'bbba86438b',
    'fix.recreatePods': '98129b02a0',
    'msg.noCapacity': 'b632fdd3b4',
    'msg.pod': 'b00b3e739d',
    'why.noPrivateIpLabel': '86a58e33ff',
  },
});
