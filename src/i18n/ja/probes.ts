/** ja text for the keys of src/i18n/en/probes.ts. */
export const probes: Readonly<Record<string, string>> = {
  'probes.error.badNodeName': 'Node名"{node}"はKubernetesのNode名として有効ではありません。',
  'probes.error.badPort': '"{value}"はポート番号(1-65535)ではありません。',
  'probes.error.badIpPort': '"{value}"は、10.0.0.10:443のようなIPv4アドレスとポートではありません。',
  'probes.error.badHostPort': '"{value}"は、10.224.0.4:443のようなポート付きのホスト名またはIPv4アドレスではありません。',
  'probes.error.badHost': '"{value}"は有効なDNS名ではありません。',
  'probes.error.badIp': '"{value}"はIPv4アドレスではありません。',
  'probes.error.badDeadline': 'プローブの期限は30以上の整数の秒数で指定する必要があります(指定値: {value})。',
  'probes.error.unsafeValue': '{name}をプローブスクリプトに渡すことを拒否しました。値にホスト、アドレス、ポートの構文以外の文字が含まれています。',

  'probes.psa.rejected':
    'Namespace {namespace}はPod Securityのレベル"{level}"を強制しており、HostProcess Podが拒否されるため、プローブPodは受け付けられません。',
  'probes.psa.fix':
    'pod-security.kubernetes.io/enforce=privilegedのラベルを付けたNamespaceでプローブを実行する(--probe-namespace)か、このNamespaceにラベルを付けてください: kubectl label namespace {namespace} pod-security.kubernetes.io/enforce=privileged --overwrite',
  'probes.namespace.missing': 'プローブ用のNamespace {namespace}が存在しません。--probe-namespaceで存在するNamespaceを指定してください。',
  'probes.namespace.unreadable': 'プローブ用のNamespace {namespace}を読み取れませんでした({error})。プローブPodを作成する前にPod Securityレベルを確認していません。',

  'probes.hostProcess.oldServer':
    'クラスターはKubernetes {version}で動作しています。HostProcessのプローブPodにはKubernetes 1.26以降が必要なため、プローブPodは作成しませんでした。',
  'probes.hostProcess.runtime':
    'Nodeは{runtime}で動作しています。HostProcessのプローブPodにはcontainerd 1.6以降が必要なため、プローブPodは作成しませんでした。',
  'probes.hostProcess.oldContainerd':
    'Nodeは{runtime}で動作しています。HostProcessのプローブPodにはcontainerd 1.6以降が必要なため、プローブPodは作成しませんでした。',

  'probes.failed.image-pull': '{node}のプローブPodがイメージをpullできませんでした({reason}): {message}',
  'probes.failed.admission': 'APIサーバーが{node}用のプローブPodを拒否しました({reason}): {message}',
  'probes.failed.hostprocess-unsupported': '{node}のプローブPodをHostProcessコンテナとして実行できませんでした({reason}): {message}',
  'probes.failed.sandbox': '{node}のプローブPodのサンドボックスを作成できませんでした({reason}): {message}',
  'probes.failed.container': '{node}のプローブコンテナが起動しませんでした({reason}): {message}',
  'probes.failed.unschedulable': 'プローブPodを{node}に配置できませんでした({reason}): {message}',
  'probes.failed.deadline': '{node}のプローブPodが、プローブの完了前に期限に達しました({reason}): {message}',
  'probes.failed.timeout': '{node}のプローブPodが時間内に起動しませんでした: {message}',
  'probes.failed.api': '{node}のプローブを完了できませんでした({reason}): {message}',
  'probes.cleanup.listFailed': '種類{kind}のプローブオブジェクトを一覧表示できませんでした: {error}',
  'probes.create.uncertain': '{object}を作成するリクエストに明確な応答がなく、{outcome}',
  'probes.create.notCreated': 'サーバーはそれを作成していませんでした',
  'probes.create.foundAndDeleted': 'サーバーはそれを作成していたため、見つけて削除しました',
  'probes.create.unknown': 'サーバーがそれを作成したかどうかは不明です({error})',
  'probes.daemonset.listFailed': 'DaemonSet {daemonset}のプローブPodを一覧表示できませんでした: {error}',
  'probes.unreachable': 'プローブの実行中にクラスターが応答しなくなりました: {error}',

  'probes.pod.timeout': 'プローブのタイムアウトに達した時点で、Pod {pod}はまだ{phase}でした(--probe-timeoutで延長できます)。',
  'probes.pod.vanished': 'Pod {pod}は起動前に他のユーザーによって削除されました。',
  'probes.daemonset.noPod': 'DaemonSet {daemonset}はこのNodeにプローブPodを配置しませんでした。',
  'probes.daemonset.noResult': 'Pod {pod}は実行中でしたが、プローブのタイムアウトまでに結果を出力しませんでした(--probe-timeoutで延長できます)。',
  'probes.note.deleteFailed': '{object}を削除できませんでした: {error}。`kubectl windbg cleanup`を実行して削除してください。',
  'probes.note.notReady': 'Node {node}はReadyではないため、プローブをスキップしました',
  'probes.summary.ran': "{nodes}でノードプローブを実行しました。得られた情報: {sections}",
  'probes.summary.ranPartly': "{nodes}でノードプローブを実行しました。得られた情報: {sections}。失敗した部分: {failed}",
  'probes.summary.failed': "{nodes}でノードプローブが失敗しました: {reason}(それが必要な確認はそのNodeでは未確認のままです)",
  'probes.summary.podRan': "{pod}のPodネットワークプローブを実行しました({vantage})。得られた情報: {sections}",
  'probes.summary.podRanPartly': "{pod}のPodネットワークプローブを実行しました({vantage})。得られた情報: {sections}。失敗した部分: {failed}",
  'probes.exec.exitCode': 'プローブスクリプトが終了コード{code}で終了しました: {stderr}',

  'probes.progress.creating': '{node}でプローブPodを起動しています',
  'probes.progress.running': '{node}をプローブしています',
  'probes.progress.daemonset': 'DaemonSetで{count}台のNodeをプローブしています',
  'probes.progress.bundle': '{node}から状態のバンドルを収集しています',
  'probes.progress.canary': '{node}で{product}のカナリアを実行しています',

  'probes.dryRun.scriptHeader': 'その後、プローブPodは次のコマンドを1回実行します: {command} <以下のスクリプトを標準入力から>',
  'probes.dryRun.podExec': 'まず試す方法: {pod}にexec: {command} <以下のスクリプトを標準入力から>',
  'probes.dryRun.podCmdFallback': 'Podにpowershell.exeがない場合は、代わりにcmd.exeを使用: {commands}',
  'probes.dryRun.podNotRunning': 'Pod {pod}は実行中ではないため、execできません。以下の補助Podがスクリプトを実行します。',
  'probes.dryRun.noHelperPod': '{pod}の隣に補助Podを配置できませんでした。PodにNodeが割り当てられていないか、Nodeのビルドに対応するservercoreイメージが不明です。',
  'probes.dryRun.podFallback': 'Pod自体でスクリプトを実行できない場合(実行中でない、またはPowerShellもcmd.exeもない場合)は、代わりに次の補助Podが実行します:',

  'probes.bundle.truncated': 'バンドルのストリームが最後の行の前で終了しました',
  'probes.bundle.countMismatch': 'バンドルは{expected}個のファイルを予告しましたが、届いたのは{got}個です',
  'probes.bundle.garbled': 'バンドルのストリームに想定外の行があります: {line}',
  'probes.bundle.incomplete': '{node}からの状態のバンドルが不完全な状態で届きました({reason}、終了コード{code})。ファイルは書き込んでいません。',
  'probes.bundle.notReady':
    'Node {node}はReadyではないため、バンドルを収集するプローブPodを起動できません。kubeletがReadyを報告してから、もう一度収集してください。',
  'probes.bundle.hint': '--probe-timeoutを長くして再試行してください。プローブPodはいずれの場合も削除されます。',

  'probes.canary.badServer': 'APIサーバーのURL"{url}"は、カナリアで確認できるhttpsのURLではありません。',
  'probes.canary.noImage': 'Windowsビルド{build}(Node {node})向けのカナリアイメージが不明です。--canary-imageで指定してください。',
  'probes.canary.notReady': '{product}(ビルド{build})のNodeにReadyのものがないため、カナリアをスキップしました(Node {node})',

  'probes.podNetwork.noPowershell': 'Pod {pod}にpowershell.exeがないため、cmd.exeを試します。',
  'probes.podNetwork.execFailed': 'Pod {pod}にexecできませんでした: {error}',
  'probes.podNetwork.noSidecar':
    '{pod}の隣にプローブPodを配置できませんでした。PodがNodeに割り当てられていないか、Nodeのビルドに対応するservercoreイメージが不明です(--probe-imageを使用してください)。',
  'probes.podNetwork.noVantage': 'Podネットワークのテストを実行できませんでした。Podにシェルがなく、隣にプローブPodも起動できませんでした。',
  'probes.shell.starting': 'Pod {pod} を {node} で起動しています...',
  'probes.shell.deleted': 'Pod {pod} を削除しました',
  'probes.shell.deadlineReached': 'セッションが終了しました: Pod {pod} が制限時間 {seconds} 秒 (activeDeadlineSeconds) に達しました。新しいセッションには shell をもう一度実行してください',
  'probes.shell.dryRunExec': '続いて: kubectl exec -i{tty} -n {namespace} {pod} -c {container} -- {command}',
  'probes.shell.noInteractiveExec': 'このクラスター接続では対話型のexecを実行できません。',
  'probes.shell.namespaceMissing': 'Namespace {namespace} は存在しません。-n でシェルPodのNamespaceを指定してください。',
};
