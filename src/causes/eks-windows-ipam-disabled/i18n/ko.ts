import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'EKS에서 Windows IP 주소 관리가 활성화되지 않음',
    'explanation': 'Amazon EKS에서 Windows 파드의 IP 주소는 aws-node DaemonSet이 아니라 VPC 리소스 컨트롤러가 할당합니다. Windows IPAM(amazon-vpc-cni ConfigMap의 enable-windows-ipam, 또는 예전의 VPC 승인 웹훅과 리소스 컨트롤러)이 활성화되지 않으면 파드가 vpc.amazonaws.com/PrivateIPv4Address 리소스를 받지 못해 샌드박스가 실패합니다.',
    'fix.enableIpam': 'kube-system/amazon-vpc-cni ConfigMap에 enable-windows-ipam: "true"를 설정합니다(VPC CNI가 관리형 애드온이면 애드온 구성으로 설정합니다).',
    'fix.checkRole': '클러스터 IAM 역할에 AmazonEKSVPCResourceController 정책이 있는지, 그 뒤 Windows 노드의 allocatable에 vpc.amazonaws.com/PrivateIPv4Address가 나타나는지 확인합니다.',
    'fix.recreatePods': 'IPAM을 활성화하기 전에 만든 Windows 파드를 삭제하고 다시 만듭니다.',
    'why.missingLabel': 'VPC 리소스 컨트롤러가 Windows 파드에 IP 주소를 주지 않았음. Windows IPAM이 꺼져 있을 때 생김',
    'why.insufficientResource': 'VPC IP 주소를 제공하는 Windows 노드가 없어 Windows IPAM이 동작하지 않음',
    'msg.pod': '파드 {pod}에 VPC IP 주소가 할당되지 않았습니다. 클러스터에서 Windows IPAM이 활성화되지 않았습니다(파드에 vpc.amazonaws.com/PrivateIPv4Address가 없음).',
    'msg.noResource': '노드 {node}가 vpc.amazonaws.com/PrivateIPv4Address를 제공하지 않음',
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
