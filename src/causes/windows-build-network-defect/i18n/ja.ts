import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ノードのWindowsビルドに既知のコンテナーネットワークの不具合がある',
    'explanation': 'Windowsの累積更新プログラムの中には、コンテナーネットワークの退行を含み、後の更新で修正されたものがあります。該当するビルドでは、Kubernetesのオブジェクトはすべて正常に見えるのにPodやServiceの通信が失われ、更新を戻すか修正を入れると通信が回復します。',
    'fix.installFix': '修正を含む累積更新プログラム(検出結果に示したビルド以降)をインストールしてノードを再起動します。マネージドクラスターでは、ノードイメージをアップグレードするかノードプールを置き換えます。',
    'fix.clearPolicies': '2020年のWindows Server 2019の不具合では、更新するまでの間、kube-proxyを停止し、HNSのポリシーリストを削除して(Get-HnsPolicyList | Remove-HnsPolicyList)、kube-proxyを再び起動します。',
    'fix.holdUpdates': '新しい累積更新プログラムは、すべてのノードに展開する前に1台のWindowsノードで確認し、ネットワークの退行が1台に留まるようにします。',
    'why.decapLayer': 'DECAP_INのVFPレイヤーの消失は、2020年のWindows Server 2019の更新による退行',
    'why.socketForbidden': 'Podからの接続がアクセス許可で拒否される現象は、2024年のWindows Server 2022の退行でも見られる',
    'msg.decap2020': 'ノード{node}は{build}で動作しています。これは2020年8〜9月の更新によるWindows Server 2019のビルドで、HNSが再起動するとDECAP_INのVFPレイヤーが失われ、PodからServiceへの通信が失敗することがあります。修正は{fixed}(2020年10月)に含まれます。',
    'msg.vfp2024': 'ノード{node}は{build}で動作しています。これは2024年の更新によるWindows Server 2022のビルドで、Calicoなどのコンテナーネットワークが壊れました(Podに到達できない、Podから外へ通信できない)。修正は{fixed}(2024年10月)に含まれます。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '2722ee99c1',
    'explanation': '77ce78812f',
    'fix.installFix': 'a5926610b3',
    'fix.clearPolicies': '5631031559',
    'fix.holdUpdates': 'cbb2743b8e',
    'why.decapLayer': 'b2f2b32764',
    'why.socketForbidden': 'a8d3fcd609',
    'msg.decap2020': '085700c93a',
    'msg.vfp2024': '317d5abda5',
  },
});
