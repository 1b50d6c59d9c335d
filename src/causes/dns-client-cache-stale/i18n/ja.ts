import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsコンテナー内のDNSクライアントキャッシュが失敗した名前解決を覚えている',
    'explanation': 'Windowsコンテナーは自分専用のDNSクライアント(Dnscache)サービスを動かしており、このサービスは成功した応答だけでなく否定応答も記憶します。一度失敗した名前解決(コンテナーの起動時にDNSにまだ届かなかった、問い合わせが1回タイムアウトしたなど)はキャッシュから返されるため、DNSが回復した後も数分間、そのコンテナーの中ではその名前が解決できないままになります。同じ名前はほかのPodからは解決でき、コンテナー内でもipconfig /flushdnsを実行するかPodを再起動すればすぐに解決できます。',
    'fix.confirmWithFlush': 'キャッシュが原因であることを確認します。Pod内でipconfig /displaydnsを実行し、続いてipconfig /flushdnsを実行してから名前解決をやり直します。今度は解決できれば、失敗がキャッシュされていました。',
    'fix.disableNegativeCache': 'イメージの中で、HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dnscache\\ParametersのMaxNegativeCacheTtlを0にし(古い成功応答も問題になる場合はMaxCacheTtlを数秒にし)、失敗した応答が保持されないようにします。',
    'fix.disableDnscache': '別の方法として、コンテナーイメージでDnscacheサービスを止めます(Set-Service dnscache -StartupType Disabled)。すべての名前解決がクラスターのDNSに送られることは受け入れます。',
    'fix.fixFirstFailure': '最初の名前解決がなぜ失敗したのか(コンテナー起動直後にDNSがまだ使えなかった、NodeのDNSポリシーが欠けていた、パケットが落ちたなど)を調べて、それも直します。キャッシュは1回の失敗を長引かせているだけです。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '3350731a39',
    'explanation': '4baff2b43f',
    'fix.confirmWithFlush': 'fb635ab034',
    'fix.disableNegativeCache': '77f688567b',
    'fix.disableDnscache': '2dcdff8b77',
    'fix.fixFirstFailure': '27d3818384',
  },
});
