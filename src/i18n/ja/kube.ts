/** ja text for the keys of src/i18n/en/kube.ts. */
export const kube: Readonly<Record<string, string>> = {
  // kubeconfig
  'kube.error.noKubeconfig':
    'kubeconfigが見つかりません: --kubeconfigもKUBECONFIGも設定されておらず、{path}が存在せず、クラスター内でも実行されていません',
  'kube.hint.noKubeconfig': '--kubeconfig PATHを指定するか、KUBECONFIGにクラスターのkubeconfigファイルを設定してください',
  'kube.error.kubeconfigMissing': 'kubeconfigファイル{path}が存在しません',
  'kube.error.kubeconfigListEmpty': 'KUBECONFIGに指定されたファイルがどれも存在しません({list})',
  'kube.hint.kubeconfigMissing': 'パスを確認するか、--kubeconfigに存在するファイルを指定してください',
  'kube.error.kubeconfigUnreadable': 'kubeconfigファイル{path}を読み込めません: {reason}',
  'kube.error.kubeconfigMalformed': 'kubeconfigファイル{path}が正しくありません: {reason}',
  'kube.error.kubeconfigMalformedAt': 'kubeconfigファイル{path}は有効なYAMLではありません({line}行目): {reason}',
  'kube.error.kubeconfigNotMapping': 'ファイル{path}はkubeconfigではありません(clusters、users、contextsを持つYAMLのマッピングが必要です)',
  'kube.hint.kubeconfigMalformed': '"kubectl config view --kubeconfig <file>"で確認してください',
  'kube.error.unknownContext': 'コンテキスト"{context}"はkubeconfigにありません。使用できるコンテキスト: {available}',
  'kube.error.currentContextMissing': '現在のコンテキスト"{context}"はkubeconfigにありません。使用できるコンテキスト: {available}',
  'kube.hint.unknownContext': '--contextで選択するか、"kubectl config get-contexts"で一覧を確認してください',
  'kube.error.noCurrentContext': 'kubeconfigに現在のコンテキストが設定されていません。使用できるコンテキスト: {available}',
  'kube.hint.noCurrentContext': '--context NAMEを指定するか、"kubectl config use-context NAME"を実行してください',
  'kube.error.contextWithoutCluster': 'コンテキスト"{context}"はクラスター"{cluster}"を参照していますが、kubeconfigにそのクラスターが定義されていません',
  'kube.error.execPluginFailed': 'ユーザー"{user}"の認証情報プラグイン"{command}"が失敗しました: {reason}',
  'kube.error.execPluginMissing': 'ユーザー"{user}"の認証情報プラグイン"{command}"が見つかりません',
  'kube.hint.execPlugin': '"{command}"を手動で実行して原因を確認し、インストールされていてPATHに含まれていることを確認してください',
  'kube.error.credentials': 'ユーザー"{user}"の認証情報を読み込めませんでした: {reason}',

  // request timeout and selectors
  'kube.error.badRequestTimeout': '--request-timeoutの値"{value}"が正しくありません',
  'kube.hint.badRequestTimeout': '秒数の整数か、単位付きの数値を指定してください。例: 30s、1m、2m30s("0"は無制限)',
  'kube.error.badSelector': 'ラベルセレクター"{selector}"が正しくありません',
  'kube.hint.badSelector': 'kubectlと同じ構文を使用してください。例: -l agentpool=win22、-l "env in (prod,staging)"',

  // transport
  'kube.error.unreachable': '{server}のAPIサーバーに到達できません({code})',
  'kube.hint.unreachable': 'クラスターへのネットワーク経路、VPNやプロキシ、kubeconfigのサーバーアドレスを確認してください',
  'kube.error.tlsUntrusted': 'TLS: サーバーの証明書がkubeconfigのCAで信頼されていません({server})',
  'kube.hint.tlsUntrusted':
    'kubeconfigを更新し(例: az aks get-credentials、aws eks update-kubeconfig)、certificate-authority-dataをクラスターと一致させてください',
  'kube.error.tlsWrongHost': 'TLS: サーバーの証明書は{host}に対して有効ではありません({server})',
  'kube.hint.tlsWrongHost': '証明書の発行対象のアドレスを使用するか、kubeconfigでtls-server-nameを設定してください',
  'kube.error.tlsExpired': 'TLS: サーバーの証明書が期限切れか、まだ有効期間前です({server})',
  'kube.hint.tlsExpired': 'まずこのマシンの時刻を、次にクラスターの証明書を確認してください',
  'kube.error.timeout': '{server}のAPIサーバーから{timeout}以内に応答がありません',
  'kube.hint.timeout': '--request-timeoutを大きくする(例: --request-timeout=2m)か、APIサーバーの負荷を確認してください',
  'kube.error.connectionReset': '{server}のAPIサーバーへの接続が切断され続けました({attempts}回試行)',
  'kube.hint.retryLater': 'しばらくしてから再試行してください。解決しない場合は、APIサーバーとその前段のプロキシやロードバランサーを確認してください',
  'kube.error.requestFailed': '{server}のAPIサーバーへのリクエストが失敗しました: {reason}',
  'kube.error.badJson': '{server}のAPIサーバーから、有効なJSONではない応答が返されました',
  'kube.error.unauthorized': '{server}のAPIサーバーが認証情報を拒否しました(401 Unauthorized)',
  'kube.hint.unauthorized': '再度ログインするか、kubeconfigを更新してください。通常はトークンやクライアント証明書の期限切れが原因です',
  'kube.error.forbidden': '{what}の権限がありません: {detail}',
  'kube.hint.forbidden': 'windbgに必要なRBACの権限を付与してもらってください(READMEのClusterRoleを参照)',
  'kube.error.expired': '{what}のリストがサーバー側で期限切れになりました(410 Gone)',
  'kube.error.expiredTwice': '{resource}のリストがページング中に2回期限切れになりました(410 Gone)',
  'kube.error.apiStatus': 'APIサーバーが{what}を拒否しました: {status} {reason}: {detail}',
  'kube.word.inNamespace': '(Namespace {namespace})',
  'kube.word.inAllNamespaces': '(全Namespace)',
  'kube.word.none': '(なし)',

  // exec
  'kube.error.execFailed': 'Pod {pod}でのexecが失敗しました: {detail}',
  'kube.error.execTimeout': 'Pod {pod}でのexecが{timeout}以内に終了しませんでした',
  'kube.error.execClosed': 'コマンドの終了前にPod {pod}へのexec接続が閉じられました(WebSocketコード{code})',

  // scope
  'kube.error.nodeNotFound': 'Node {node}が見つかりません',
  'kube.error.linuxNode': 'Node {node}はLinuxのNodeです。windbgが診断するのはWindows Nodeです',
  'kube.hint.listNodes': '"kubectl windbg nodes"でWindows Nodeを一覧表示してください',
  'kube.error.podNotFound': 'Pod {pod}が見つかりません',
  'kube.hint.podNotFound': '名前とNamespace(-n)を確認してください',
  'kube.error.podOnLinuxNode': 'Pod {pod}はLinuxのNodeである{node}で動作しています。windbgが診断するのはWindows Podです',
  'kube.error.podNodeMissing': 'Pod {pod}は存在しないNode {node}に割り当てられており、specにもWindowsを対象とする指定がありません',
  'kube.error.podNotWindows': 'Pod {pod}はスケジュールされておらず、specにもWindowsを対象とする指定がありません',
  'kube.hint.podNotWindows': 'Windows Podは、nodeSelectorまたはaffinityでkubernetes.io/os: windowsを選択します',

  // notes
  'kube.note.eventsForbidden': 'イベントを一覧取得できませんでした: {reason}',
  'kube.note.leasesUnreadable': "ノードのLeaseを読み取れませんでした ({reason})。ノードの状態はReady条件のみで判断します",
  'kube.progress.leases': "ノードのLeaseを読み取っています",
  'kube.note.podsForbidden': 'Namespace {namespace}のPodを一覧取得できませんでした: {reason}',
  'kube.note.namespacesForbidden': 'Namespaceを読み取れなかったため、Pod Securityのレベルは不明です: {reason}',
  'kube.note.versionUnreadable': 'サーバーのバージョンを読み取れませんでした: {reason}',
  'kube.note.versionUnknownOffline': 'オフラインではサーバーのバージョンは不明です("kubectl version -o json"の出力をversion.jsonとして追加してください)',

  // progress
  'kube.progress.nodes': 'Windows Nodeを一覧取得しています',
  'kube.progress.nodesByName': '{count}台のNodeを読み取っています',
  'kube.progress.pods': 'Podを一覧取得しています({page}ページ目)',
  'kube.progress.podsOnNode': '{node}上のPodを一覧取得しています',
  'kube.progress.podsUnscheduled': 'まだスケジュールされていないPodを一覧取得しています',
  'kube.progress.podsInNamespace': 'Namespace {namespace}のPodを一覧取得しています',
  'kube.progress.events': 'イベントを一覧取得しています({page}ページ目)',
  'kube.progress.pod': 'Pod {pod}を読み取っています',
  'kube.progress.namespaces': 'Namespaceを読み取っています',

  // offline
  'kube.error.fromMissing': '--fromのパス{path}が存在しません',
  'kube.error.fromEmpty': '--fromのディレクトリ{path}に.yaml、.yml、.jsonのファイルがありません',
  'kube.hint.fromMissing': '--fromには、kubectl get -o yaml/jsonの出力またはcluster-info dumpのファイルかディレクトリを指定してください',
  'kube.error.fromMalformed': '{path}を読み込めません: {reason}',
  'kube.error.fromMalformedAt': '{path}の{line}行目を読み込めません: {reason}',
  'kube.hint.fromMalformed': 'そのファイルを修正するか削除してください。windbgはkubectlが出力する形式のYAMLとJSONを読み込みます',
};
