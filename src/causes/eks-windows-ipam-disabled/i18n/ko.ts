import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'EKS에서 Windows IP 주소 관리가 활성화되지 않음',
    'explanation': 'EKS에서 Windows Pod의 IP 주소는 노드가 아니라 VPC 리소스 컨트롤러가 할당합니다. Windows IPAM이 활성화되지 않으면(amazon-vpc-cni ConfigMap의 enable-windows-ipam: "true", 오래된 클러스터에서는 레거시 VPC 컨트롤러) Windows 노드가 vpc.amazonaws.com/PrivateIPv4Address 리소스를 알리지 않아 Pod가 주소를 받지 못하고 ContainerCreating에 머뭅니다.',
    'fix.enableWindowsIpam': 'kube-system/amazon-vpc-cni ConfigMap의 enable-windows-ipam을 "true"로 설정합니다(VPC CNI가 EKS 관리형 추가 기능이면 추가 기능 구성으로 설정).',
    'fix.checkClusterRole': '컨트롤러가 주소를 할당할 수 있도록 클러스터 IAM 역할에 AmazonEKSVPCResourceController 정책이 있는지 확인합니다.',
    'fix.recreatePods': '멈춰 있는 Windows Pod를 삭제해 다시 승인을 거쳐 주소를 받도록 합니다.',
    'msg.noCapacity': '노드 {node}(EKS)가 {resource} 용량을 알리지 않음',
    'msg.pod': '이 EKS 클러스터에서 Windows IPAM이 활성화되지 않아 Pod {pod}가 IP 주소를 받지 못합니다.',
    'why.noPrivateIpLabel': 'Windows의 VPC CNI가 VPC 리소스 컨트롤러가 Pod에 할당한 IP 주소를 찾지 못함',
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
