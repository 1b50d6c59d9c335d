import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'pullがタイムアウトするNodeで、HTTP(S)_PROXYがマシン全体に設定されていない',
    'explanation': '送信プロキシの内側では、WindowsのNodeのサービス(containerdまたはDocker、kubelet、セットアップスクリプト)がレジストリやダウンロードサーバーに到達できるのは、HTTP_PROXYとHTTPS_PROXYがマシンレベルの環境変数として設定されている場合だけです。ユーザーのセッションでだけ設定した変数はサービスからは見えないため、イメージのpullやインストール手順がタイムアウトします。',
    'fix.confirmNetworkNeeds': 'このネットワークでレジストリに到達するためにプロキシが必要であることを確認します(ネットワークチームに問い合わせるか、NodeからInvoke-WebRequest -Proxyで確認します)。',
    'fix.setVariablesMachine': 'マシンのスコープで変数を設定します: [Environment]::SetEnvironmentVariable("HTTP_PROXY", "http://proxy.example.com:80/", [EnvironmentVariableTarget]::Machine)。HTTPS_PROXYも同様に設定し、NO_PROXYにはクラスター、Service、Nodeの範囲を設定します。',
    'fix.restartContainerRuntime': 'コンテナランタイムとkubeletを再起動し(Restart-Service containerd; Restart-Service kubelet)、新しい環境変数を読み込ませます。',
    'fix.deleteFailingPods': '失敗しているPodを削除し(または次のpullのバックオフを待ち)、イメージをpullできることを確認します。',
    'why.pullWentThrough': '到達できないプロキシ経由でpullしようとした: Nodeのプロキシ設定が誤っているか不完全',
    'why.nodeCannotResolve': 'Nodeがレジストリの名前を直接解決できない。プロキシ経由の通信しか許可しないネットワークで起こる',
    'why.nodeCannotOpen': 'Nodeがレジストリに直接接続できない。プロキシ経由の通信しか許可しないネットワークで起こる',
    'why.imagePullsTime': 'イメージのpullがタイムアウトする。レジストリへの到達にプロキシが必要なNodeで起こる',
    'msg.notSet': 'マシンレベルのHTTP_PROXYとHTTPS_PROXYが設定されていない',
    'msg.node': '{node}でのイメージのpullがレジストリに到達できず({pods})、マシン全体のHTTP(S)_PROXYも設定されていません。このネットワークでプロキシが必要な場合、Nodeのサービスはプロキシを使用していません。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '721330859c',
    'explanation': 'b3e6a43a79',
    'fix.confirmNetworkNeeds': '33ff9c3ce6',
    'fix.setVariablesMachine': '94b6f7f289',
    'fix.restartContainerRuntime': 'd8586eb3f2',
    'fix.deleteFailingPods': '209ac6ae9d',
    'why.pullWentThrough': '47e1052efd',
    'why.nodeCannotResolve': 'ea77e1d29f',
    'why.nodeCannotOpen': '733c6d6569',
    'why.imagePullsTime': '71476318ff',
    'msg.notSet': '8bcd01ab26',
    'msg.node': '4e11087081',
  },
});
