import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows PodがServiceAccountのSecretを読み取れない',
    'explanation': 'ビルド17074より古いWindowsでは、マウントされたServiceAccountのSecretのファイル(token、ca.crt)はコンテナ内で一覧に表示されるものの読み取れないため、クラスター内のクライアントがAPIサーバーに認証できません。修正はKubernetesではなくOS側で行われています。',
    'fix.checkNodeBuild': 'Nodeのビルドを確認します(kubectl get node <node> -o wide)。10.0.17074より古いビルドが影響を受けます。',
    'fix.moveWorkloadNodes': 'ワークロードを、サポートされているLTSCビルド(Windows Server 2019以降)のNodeに移します。',
    'fix.upgradeReplaceOld': '古いNodeをアップグレードするか、置き換えます。',
    'why.clientPodCannot': 'Pod内のクライアントが、マウントされたServiceAccountのca.crtを読み取れない',
    'why.mountedServiceAccount': 'マウントされたServiceAccountのSecretは存在するが、Windowsコンテナ内から読み取れない',
    'why.clientPodFailed': 'Pod内のクライアントがServiceAccountのトークンを開けなかった',
    'why.clusterClientCould': 'クラスター内クライアントの初期化に失敗した(トークンまたは環境変数がない)',
    'msg.pod': 'Pod {pod}が、マウントされたServiceAccountのSecretを読み取れません。',
    'msg.oldBuild': 'Pod {pod}は{build}上でServiceAccountのトークンをマウントしています。このビルドではコンテナ内からトークンを読み取れません。',
    'msg.tokenMounted': 'ServiceAccountのトークンがマウントされている(automountServiceAccountTokenがfalseではない)',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '5c68987a20',
    'explanation': '1cd9d57348',
    'fix.checkNodeBuild': '593b2a4688',
    'fix.moveWorkloadNodes': '284b2199f3',
    'fix.upgradeReplaceOld': 'f54e03c203',
    'why.clientPodCannot': '2299bbc5f1',
    'why.mountedServiceAccount': 'e4a5c81a47',
    'why.clientPodFailed': '628cdbb245',
    'why.clusterClientCould': 'c4a5509716',
    'msg.pod': '567ee0cfb6',
    'msg.oldBuild': '80668b9ca0',
    'msg.tokenMounted': '2ab1955161',
  },
});
