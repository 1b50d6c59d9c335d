import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'EKSでWindowsのIPアドレス管理が有効になっていない',
    'explanation': 'EKSでは、WindowsのPodのIPアドレスはノードではなくVPCリソースコントローラーが割り当てます。WindowsのIPAMが有効(amazon-vpc-cni ConfigMapのenable-windows-ipam: "true"、古いクラスターではレガシーのVPCコントローラー)でなければ、Windowsノードはvpc.amazonaws.com/PrivateIPv4Addressリソースを公開せず、Podはアドレスを得られずContainerCreatingのままになります。',
    'fix.enableWindowsIpam': 'kube-system/amazon-vpc-cni ConfigMapのenable-windows-ipamを"true"にします(VPC CNIがEKSマネージドアドオンの場合はアドオンの設定で行います)。',
    'fix.checkClusterRole': 'コントローラーがアドレスを割り当てられるよう、クラスターのIAMロールにAmazonEKSVPCResourceControllerポリシーがあることを確認します。',
    'fix.recreatePods': '止まっているWindowsのPodを削除し、再びアドミッションを通ってアドレスを受け取れるようにします。',
    'msg.noCapacity': 'ノード{node}(EKS)は{resource}の容量を公開していません',
    'msg.pod': 'このEKSクラスターではWindowsのIPAMが有効でないため、Pod {pod}はIPアドレスを得られません。',
    'why.noPrivateIpLabel': 'Windows上のVPC CNIが、VPCリソースコントローラーからPodに割り当てられたIPアドレスを見つけられなかった',
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
