import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsコンテナーの起動直後はDNSが使えない',
    'explanation': 'dockershimや古いWindowsビルドでは、WindowsコンテナーのDNS設定がプロセスの起動後に適用されることがあり、起動直後の名前解決が失敗し(「No such host is known」「No DNS servers configured」)、数秒後には成功します。すぐにServiceを呼び出すInitコンテナーや起動処理が最も影響を受け、Podは再起動すると回復します。',
    'fix.retryAtStart': '起動処理(または最初のInitの手順)で、最初の名前解決で失敗せず、数秒間は名前解決を再試行するようにします。',
    'fix.moveRuntime': 'ノードを、HNS v2のCNIプラグインを使うcontainerdと最新のWindowsビルドに移行します。そこではコンテナーの起動時にDNS設定が整っています。',
    'fix.readinessGate': 'コンテナーの最初の数秒間は他のServiceを呼び出さないようにするか、DNSが応答するまで待つ準備状態のチェックの後に回します。',
    'why.noDnsServers': 'コンテナーにまだDNSサーバーがなかった。Windowsコンテナーの最初の数秒間に典型的',
    'why.noSuchHost': '名前解決が失敗した。Windowsコンテナーの起動直後は、DNSがまだ設定されていないことがある',
    'msg.pod': 'Pod {pod}のコンテナー{container}は、起動から{seconds}秒後に名前解決に失敗しました。Windowsコンテナーの最初の数秒間は、DNSがまだ準備できていないことがよくあります。',
    'msg.ran': 'コンテナー{container}の実行時間は{seconds}秒: {message}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'e063d2a58c',
    'explanation': 'e60b47b953',
    'fix.retryAtStart': '884df48e2e',
    'fix.moveRuntime': 'cd9b96f342',
    'fix.readinessGate': '5a3feb2111',
    'why.noDnsServers': 'd3685d6920',
    'why.noSuchHost': '179650eb45',
    'msg.pod': 'd2491b2dc2',
    'msg.ran': 'e50ebb97c9',
  },
});
