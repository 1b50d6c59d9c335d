import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'NodeまたはPodからAPIサーバーに接続できない(証明書またはアドレスの問題)',
    'explanation': 'クライアント(kubelet、kube-proxy、flanneld、またはクラスター内のアプリケーション)がAPIサーバーのhttps://<address>:<port>と通信できません。ほとんどの場合は設定の問題です。kubeconfigのサーバーアドレスやCAの誤り、受け付けられない資格情報、またはそのアドレスを含まないAPIサーバー証明書が考えられます。',
    'fix.openKubeconfigFailing': '失敗しているコンポーネントが使用するkubeconfig(Windowsのkubeletであれば通常はC:\\k\\config)を開き、サーバーのアドレスとポートを確認します。',
    'fix.checkCertificateAuthority': 'certificate-authority-dataがクラスターのCAであることを確認します(コントロールプレーンのadmin.confまたは~/.kube/configと比較します)。',
    'fix.checkApiServer': 'クライアントが使用しているアドレスがAPIサーバーの証明書に含まれていることを確認します(サーバー証明書に対してopenssl x509 -noout -textを実行します)。',
    'fix.testNodeTest': 'Nodeから確認します: Test-NetConnection <address> -Port <port>。その後、修正したkubeconfigでコンポーネントを再起動します。',
    'why.clientDoesTrust': 'クライアントがAPIサーバーの証明書を信頼していない: kubeconfigのCAが誤っている',
    'why.apiServerCertificate': 'APIサーバーの証明書が期限切れか、クライアントが使用するアドレスを含んでいない',
    'why.clientCouldOpen': 'kubeconfigに記載されたAPIサーバーのアドレスにクライアントが接続できなかった',
    'why.tlsVerificationApi': 'APIサーバーのTLS検証に失敗した',
    'why.requestApiServer': 'APIサーバーへのリクエストで接続できなかった',
    'why.connectionRefusedOwn': '接続が拒否された(これだけではどのサービスにも当てはまる)',
    'msg.pod': 'Pod {pod}がAPIサーバーに到達できません(接続または証明書のエラー)。',
    'msg.node': 'Node {node}上のコンポーネントがAPIサーバーに到達できません(接続または証明書のエラー)。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '4b3272143d',
    'explanation': '15d69ce9ce',
    'fix.openKubeconfigFailing': 'e1660c6ea8',
    'fix.checkCertificateAuthority': '289156755a',
    'fix.checkApiServer': '2ca31eb8f8',
    'fix.testNodeTest': '88223ac01f',
    'why.clientDoesTrust': '5166388752',
    'why.apiServerCertificate': '2ec41e0f75',
    'why.clientCouldOpen': '031588462a',
    'why.tlsVerificationApi': 'ed1a336cd4',
    'why.requestApiServer': '777e21c3f4',
    'why.connectionRefusedOwn': '7a876234ce',
    'msg.pod': 'f64fd3ceff',
    'msg.node': '97ccab4bcb',
  },
});
