import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'EKSでWindowsのIPアドレス管理が有効になっていない',
    'explanation': 'Amazon EKSでは、Windows PodのIPアドレスはaws-node DaemonSetではなくVPCリソースコントローラーから割り当てられます。Windows IPAM(amazon-vpc-cni ConfigMapのenable-windows-ipam、または以前のVPCアドミッションWebhookとリソースコントローラー)が有効でないと、Podにvpc.amazonaws.com/PrivateIPv4Addressのリソースが割り当てられず、サンドボックスが失敗します。',
    'fix.enableIpam': 'kube-system/amazon-vpc-cni ConfigMapでenable-windows-ipam: "true"を設定します(VPC CNIがマネージドアドオンの場合は、アドオンの構成で設定します)。',
    'fix.checkRole': 'クラスターのIAMロールにAmazonEKSVPCResourceControllerポリシーがあること、その後Windowsノードのallocatableにvpc.amazonaws.com/PrivateIPv4Addressが表示されることを確認します。',
    'fix.recreatePods': 'IPAMを有効にする前に作成されたWindows Podを削除して作り直します。',
    'why.missingLabel': 'VPCリソースコントローラーがWindows PodにIPアドレスを割り当てていない。Windows IPAMが無効なときに起きる',
    'why.insufficientResource': 'VPCのIPアドレスを提供するWindowsノードがなく、Windows IPAMが動いていない',
    'msg.pod': 'Pod {pod}にVPCのIPアドレスが割り当てられていません。クラスターでWindows IPAMが有効になっていません(Podにvpc.amazonaws.com/PrivateIPv4Addressがありません)。',
    'msg.noResource': 'ノード{node}はvpc.amazonaws.com/PrivateIPv4Addressを提供していない',
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
