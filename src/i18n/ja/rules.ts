/** ja text for the keys of src/i18n/en/rules.ts and the rule texts (rules.<id>.title / .explanation / .fix.<n> / .why.<n>). */
export const rules: Readonly<Record<string, string>> = {
  // apiserver-unreachable
  'rules.apiserver-unreachable.title': 'NodeまたはPodからAPIサーバーに接続できない(証明書またはアドレスの問題)',
  'rules.apiserver-unreachable.explanation':
    'クライアント(kubelet、kube-proxy、flanneld、またはクラスター内のアプリケーション)がAPIサーバーのhttps://<address>:<port>と通信できません。ほとんどの場合は設定の問題です。kubeconfigのサーバーアドレスやCAの誤り、受け付けられない資格情報、またはそのアドレスを含まないAPIサーバー証明書が考えられます。',
  'rules.apiserver-unreachable.fix.1': '失敗しているコンポーネントが使用するkubeconfig(Windowsのkubeletであれば通常はC:\\k\\config)を開き、サーバーのアドレスとポートを確認します。',
  'rules.apiserver-unreachable.fix.2': 'certificate-authority-dataがクラスターのCAであることを確認します(コントロールプレーンのadmin.confまたは~/.kube/configと比較します)。',
  'rules.apiserver-unreachable.fix.3': 'クライアントが使用しているアドレスがAPIサーバーの証明書に含まれていることを確認します(サーバー証明書に対してopenssl x509 -noout -textを実行します)。',
  'rules.apiserver-unreachable.fix.4': 'Nodeから確認します: Test-NetConnection <address> -Port <port>。その後、修正したkubeconfigでコンポーネントを再起動します。',
  'rules.apiserver-unreachable.why.1': 'クライアントがAPIサーバーの証明書を信頼していない: kubeconfigのCAが誤っている',
  'rules.apiserver-unreachable.why.2': 'APIサーバーの証明書が期限切れか、クライアントが使用するアドレスを含んでいない',
  'rules.apiserver-unreachable.why.3': 'kubeconfigに記載されたAPIサーバーのアドレスにクライアントが接続できなかった',
  'rules.apiserver-unreachable.why.4': 'APIサーバーのTLS検証に失敗した',
  'rules.apiserver-unreachable.why.5': 'APIサーバーへのリクエストで接続できなかった',
  'rules.apiserver-unreachable.why.6': '接続が拒否された(これだけではどのサービスにも当てはまる)',
  'rules.apiserver-unreachable.msg.pod': 'Pod {pod}がAPIサーバーに到達できません(接続または証明書のエラー)。',
  'rules.apiserver-unreachable.msg.node': 'Node {node}上のコンポーネントがAPIサーバーに到達できません(接続または証明書のエラー)。',

  // dns-hns-policy-after-reboot
  'rules.dns-hns-policy-after-reboot.title': 'Nodeの再起動後、古いHNSポリシーを削除するまでPodのDNSが失敗する',
  'rules.dns-hns-policy-after-reboot.explanation':
    '古いWindowsクラスター(acs-engine時代、HNSポリシーリストを使用)では、再起動前にkube-proxyが設定したHNSポリシーが再起動後も残り、作り直されたネットワークと一致しなくなります。再起動のたびに、古いポリシーが削除されてkube-proxyが設定し直すまで、PodからクラスターDNSのServiceへの問い合わせが失敗します。同じNodeで2つ目のPodを動かすと、問題が表に出なくなることもあります。',
  'rules.dns-hns-policy-after-reboot.fix.1': 'Node上でkube-proxyとkubeletを停止します(Stop-Service kube-proxy; Stop-Service kubelet)。',
  'rules.dns-hns-policy-after-reboot.fix.2':
    'HNSモジュールでコンテナネットワークとポリシーリストを削除します: Get-HnsNetwork | Where-Object Name -eq <network name> | Remove-HnsNetwork; Get-HnsPolicyList | Remove-HnsPolicyList',
  'rules.dns-hns-policy-after-reboot.fix.3': 'kubeletとkube-proxyを再び起動し、PodからDNSを確認します(Resolve-DnsName kubernetes.default.svc.cluster.local)。',
  'rules.dns-hns-policy-after-reboot.fix.4': 'acs-engineのクラスターでは、起動のたびにクリーンアップが行われるようにacs-engine#2378の修正を適用します(または再デプロイします)。',
  'rules.dns-hns-policy-after-reboot.msg.booted': 'Nodeの起動時刻: {time}',
  'rules.dns-hns-policy-after-reboot.msg.bootedUp': 'Nodeの起動時刻: {time}(稼働時間 {uptime})',
  'rules.dns-hns-policy-after-reboot.msg.rebootedEvent': '{time}に再起動: {message}',
  'rules.dns-hns-policy-after-reboot.msg.dnsFailed': '{pod}からの{target}の名前解決に失敗',
  'rules.dns-hns-policy-after-reboot.msg.podsBeforeBoot': '{node}上のPodの大半がその起動より前に開始されている',
  'rules.dns-hns-policy-after-reboot.msg.policyLists': 'NodeにHNSポリシーリストが{count}個存在',
  'rules.dns-hns-policy-after-reboot.msg.pod': '{node}の再起動後、{pod}でDNSが失敗しています。起動前から残っている古いHNSポリシーが既知の原因です。',

  // dns-suffix-limitations
  'rules.dns-suffix-limitations.title': 'WindowsのDNSの制限: 検索サフィックスは1つのみ、ClusterFirstWithHostNetは非対応',
  'rules.dns-suffix-limitations.explanation':
    'Windows Podに設定されるDNSサフィックスは、自身のNamespaceのもの(<namespace>.svc.cluster.local)だけです。そのため、kubernetes.defaultやsvc.other-namespaceのように一部だけ修飾した名前は解決できませんが、完全修飾名とNamespace内の短い名前は解決できます。dnsPolicyのClusterFirstWithHostNetはWindowsではサポートされていません。',
  'rules.dns-suffix-limitations.fix.1': '他のNamespaceのServiceには完全修飾名(<service>.<namespace>.svc.cluster.local)を、同じNamespace内のServiceにはService名だけを使用します。',
  'rules.dns-suffix-limitations.fix.2': 'Windows PodのdnsPolicy ClusterFirstWithHostNetを、ClusterFirst(ホストのDNSを使う場合はDefault)に置き換えます。',
  'rules.dns-suffix-limitations.fix.3': 'Pod内でResolve-DnsNameを使って名前解決を確認します(nslookupはWindowsのリゾルバーの一部を経由しません)。',
  'rules.dns-suffix-limitations.why.1': 'Windows PodのDNSサフィックスは自身のNamespaceだけなので、一部だけ修飾した名前は解決できない',
  'rules.dns-suffix-limitations.why.2': 'dnsPolicy ClusterFirstWithHostNetはWindows Podではサポートされていない',
  'rules.dns-suffix-limitations.msg.hostNetPolicy': 'dnsPolicy: ClusterFirstWithHostNet(Windowsでは非対応)',
  'rules.dns-suffix-limitations.msg.resolves': '{target}は解決できる',
  'rules.dns-suffix-limitations.msg.doesNotResolve': '{target}は解決できない',
  'rules.dns-suffix-limitations.msg.singleSuffix': 'Pod {pod}は完全修飾名しか解決できません。Windows Podに設定されるDNSサフィックスは1つだけです({suffix})。',
  'rules.dns-suffix-limitations.msg.hostNetPod': 'Pod {pod}は、WindowsでサポートされていないdnsPolicy ClusterFirstWithHostNetを使用しています。',

  // endpoint-leak
  'rules.endpoint-leak.title': 'HNSエンドポイントのリーク(Node上のPod数よりエンドポイントが多い)',
  'rules.endpoint-leak.explanation':
    'Windows Node上の各Podは、HNSエンドポイントとIPアドレスを1つずつ所有します。Podが削除されたときにエンドポイントが残ってしまう既知のバグが2つあります。Kubernetes 1.11.0から1.11.2のバグと、18.09より前のDocker EEのエンドポイントストアにある並行処理のバグです。リークしたエンドポイントはIPアドレスを保持したままになるため、NodeのPod用アドレス範囲が埋まり、新しいPodが"failed to allocate for range"で失敗します。',
  'rules.endpoint-leak.fix.1': 'kubeletを1.11.0-1.11.2以外のバージョンに、Docker EEを18.09以降にアップグレードします(またはcontainerdに移行します)。',
  'rules.endpoint-leak.fix.2': 'Nodeをドレインします: kubectl drain <node> --ignore-daemonsets --delete-emptydir-data',
  'rules.endpoint-leak.fix.3':
    'Node上でNodeのサービスを停止し(C:\\k\\stop.ps1、またはStop-Service kubelet, kube-proxy)、リークしたエンドポイント(Get-HnsEndpoint | Remove-HnsEndpoint)とhost-local IPAMの状態(保存先がそこであればRemove-Item -Recurse C:\\var)を削除します。',
  'rules.endpoint-leak.fix.4': 'サービスを再び起動し、Nodeをuncordonします。',
  'rules.endpoint-leak.msg.onePod': 'Pod 1個',
  'rules.endpoint-leak.msg.pods': 'Pod {count}個',
  'rules.endpoint-leak.msg.kubeletBug': 'kubelet {version}には1.11.0-1.11.2のエンドポイントリークのバグがある',
  'rules.endpoint-leak.msg.oldDocker': 'コンテナランタイムdocker://{version}は18.09より古い(エンドポイントストアの並行処理のバグ)',
  'rules.endpoint-leak.msg.localEndpoints': 'Node上の{pods}に対してローカルのHNSエンドポイントが{count}個({limit}個を超過)',
  'rules.endpoint-leak.msg.endpoints': 'Node上の{pods}に対してHNSエンドポイントが{count}個({limit}個を超過)',
  'rules.endpoint-leak.msg.leak': '{node}でHNSエンドポイントがリークしています。Pod数よりはるかに多くのエンドポイントがあります。',
  'rules.endpoint-leak.msg.buggyVersion': '{node}は、HNSエンドポイントのリークが知られているバージョンで動作しています(--probeを付けて実行すると、エンドポイントの数を確認できます)。',

  // flannel-hostgw-azure-routes
  'rules.flannel-hostgw-azure-routes.title': 'Azure上のFlannel host-gwでは、NodeごとのPodサブネットにユーザー定義ルートが必要',
  'rules.flannel-hostgw-azure-routes.explanation':
    'Flannelのhost-gwバックエンドでは、Podのパケットはカプセル化されず、PodのアドレスのままNodeから送出されます。AzureではパケットがAzureの仮想スイッチを通過し、仮想スイッチは把握していないアドレスを破棄します。そのため、サブネットのルートテーブルで各NodeのPod範囲をそのNodeに送る設定(「仮想アプライアンス」のユーザー定義ルート)がない限り、Podは他のNodeやインターネットに到達できません。windbgはAzureのルートテーブルを読み取れないため、これらのルートが必要な構成であることを報告します。',
  'rules.flannel-hostgw-azure-routes.fix.1': 'Nodeのサブネット用のルートテーブルを作成し(az network route-table create --resource-group <rg> --name <table>)、サブネットに関連付けます。',
  'rules.flannel-hostgw-azure-routes.fix.2':
    'Nodeごとに、そのPod範囲向けでNodeを次ホップとするルートを追加します: az network route-table route create --resource-group <rg> --route-table-name <table> --name <node> --address-prefix <podCIDR> --next-hop-type VirtualAppliance --next-hop-ip-address <node IP>',
  'rules.flannel-hostgw-azure-routes.fix.3': '各NodeのネットワークインターフェイスでIP転送を有効にします。',
  'rules.flannel-hostgw-azure-routes.fix.4': 'または、ユーザー定義ルートが不要なオーバーレイのバックエンド(Flannel vxlan)かAzure CNIに切り替えます。',
  'rules.flannel-hostgw-azure-routes.msg.backendProbed': 'net-conf.jsonのFlannelバックエンドはhost-gw',
  'rules.flannel-hostgw-azure-routes.msg.node':
    '{node}はAzure上でFlannel host-gwを使用しています。AzureのルートテーブルにNodeのPodサブネットごとのユーザー定義ルートがない限り、PodはNodeの外に到達できません。',
  'rules.flannel-hostgw-azure-routes.msg.nodeWithRoute':
    '{node}はAzure上でFlannel host-gwを使用しています。AzureのルートテーブルにNodeのPodサブネットごとのユーザー定義ルート(このNodeでは{cidr}をこのNodeへ送るルート)がない限り、PodはNodeの外に到達できません。',

  // flannel-rejoin-stale-subnet
  'rules.flannel-rejoin-stale-subnet.title': 'Nodeの再参加前から残っているFlannelのSourceVipファイル',
  'rules.flannel-rejoin-stale-subnet.explanation':
    'クラスターから削除されたNodeが再参加すると、FlannelはそのNodeに新しいPodサブネットを割り当てます。C:\\k\\SourceVip.jsonとC:\\k\\SourceVipRequest.jsonには古いサブネットのソースVIPが残っており、kube-proxyがそのアドレスを使い続けるため、NodeのPodからのServiceの通信とNode間の通信が壊れます。',
  'rules.flannel-rejoin-stale-subnet.fix.1': 'Nodeをドレインします: kubectl drain <node> --ignore-daemonsets',
  'rules.flannel-rejoin-stale-subnet.fix.2': 'Node上で古いファイルを削除します: Remove-Item C:\\k\\SourceVip.jsonとRemove-Item C:\\k\\SourceVipRequest.json',
  'rules.flannel-rejoin-stale-subnet.fix.3': 'flanneldとkube-proxyを再起動し(またはNodeの起動スクリプトを再実行し)、現在のサブネットからソースVIPを取得させます。',
  'rules.flannel-rejoin-stale-subnet.fix.4': 'Nodeをuncordonし(kubectl uncordon <node>)、Node間のPodの通信を確認します。',
  'rules.flannel-rejoin-stale-subnet.why.1': 'FlannelのソースVIPファイルに、再参加前のNodeの古いPodサブネットが残っている',
  'rules.flannel-rejoin-stale-subnet.why.2': 'kube-proxyがソースVIPのエンドポイントを作成できなかった。保存されたソースVIPがNodeの新しいサブネットの外にあると発生する',
  'rules.flannel-rejoin-stale-subnet.msg.podCidrRange': 'NodeのpodCIDR {cidrs}',
  'rules.flannel-rejoin-stale-subnet.msg.staleFile': '{file}に{ip}が記録されているが、{range}の範囲外',
  'rules.flannel-rejoin-stale-subnet.msg.node': '{node}に、以前のPodサブネットのFlannelソースVIPファイルが残っています({ips})。',

  // flannel-subnet-env-missing
  'rules.flannel-subnet-env-missing.title': 'NodeにFlannelのsubnet.envがない',
  'rules.flannel-subnet-env-missing.explanation':
    'flanneldは起動してサブネットを取得すると、NodeのPodサブネットを/run/flannel/subnet.env(WindowsではC:\\run\\flannel\\subnet.env)に書き込みます。Flannel CNIプラグインは新しいPodのたびにこのファイルを読み取るため、flanneldが正常に起動しなかった場合はサンドボックスの作成がすべて失敗し、PodはContainerCreatingのままになります。',
  'rules.flannel-subnet-env-missing.fix.1': 'Node上のflanneld(サービスまたはPod、およびそのログ)を確認し、起動しない原因を修正します: kubeconfig、NODE_NAME、--iface、NodeのpodCIDR。',
  'rules.flannel-subnet-env-missing.fix.2': 'flanneldを再起動し、C:\\run\\flannel\\subnet.envが作成されるまで待ちます。',
  'rules.flannel-subnet-env-missing.fix.3':
    '一時的な回避策としてのみ、FLANNEL_NETWORK、FLANNEL_SUBNET(Nodeのサブネット、例: 10.244.4.1/24)、FLANNEL_MTU、FLANNEL_IPMASQを記載したC:\\run\\flannel\\subnet.envを手動で作成します。',
  'rules.flannel-subnet-env-missing.fix.4': '停止しているPodを削除し、サンドボックスを作り直させます。',
  'rules.flannel-subnet-env-missing.why.1': 'Flannel CNIプラグインはNodeのサブネットをsubnet.envから読み取るが、flanneldがそれを書き込んでいない',
  'rules.flannel-subnet-env-missing.why.2': 'Flannel CNIプラグインがsubnet.envを読み込めなかった',
  'rules.flannel-subnet-env-missing.why.3': 'Flannelのsubnet.envファイルに関するメッセージ',
  'rules.flannel-subnet-env-missing.msg.flanneldMissing': 'flanneldサービスがインストールされていない',
  'rules.flannel-subnet-env-missing.msg.flanneldState': 'flanneldサービスの状態: {state}',
  'rules.flannel-subnet-env-missing.msg.flanneldUnknown': 'flanneldサービスの状態が不明',
  'rules.flannel-subnet-env-missing.msg.node': 'Node {node}はFlannelを使用していますが{path}が存在しないため、新しいPodがネットワークを取得できません。',
  'rules.flannel-subnet-env-missing.msg.notFound': '{path}: 見つからない',
  'rules.flannel-subnet-env-missing.msg.podOnNode':
    'Pod {pod}がネットワークを取得できません。Node {node}にFlannelのsubnet.envがなく、flanneldが正常に起動していません。',
  'rules.flannel-subnet-env-missing.msg.pod': 'Pod {pod}がネットワークを取得できません。NodeにFlannelのsubnet.envがなく、flanneldが正常に起動していません。',

  // flanneld-waiting-for-network
  'rules.flanneld-waiting-for-network.title': 'flanneldがネットワークの作成待ちのまま止まる',
  'rules.flanneld-waiting-for-network.explanation':
    'Windowsでは、flanneldはHNSネットワークを作成した後、Nodeの管理IPでそのネットワークを検索します。v0.12.0より前のFlannelでは、管理IPが割り当てられる前に検索が実行されることがあり、その場合flanneldはネットワークを見つけられず、起動スクリプトは"Waiting for the Network to be created"を繰り返し続けます。',
  'rules.flanneld-waiting-for-network.fix.1': 'flanneldを再起動します。start.ps1を再実行するか、NODE_NAMEにNode名、--ifaceにNodeのIPを指定してflanneldを手動で起動します。',
  'rules.flanneld-waiting-for-network.fix.2': 'flanneldの引数を確認します。--iface / -ManagementIPには、eth0のようなインターフェイス名ではなくNodeのIPアドレスを指定する必要があります。',
  'rules.flanneld-waiting-for-network.fix.3': 'WindowsのNodeのFlannelを、この競合が解消されたv0.12.0以降にアップグレードします。',
  'rules.flanneld-waiting-for-network.why.1': 'flanneldが、管理IPが設定される前にNodeの管理IPでHNSネットワークを検索した(Flannel v0.12.0で修正された競合)',
  'rules.flanneld-waiting-for-network.why.2': 'Nodeの起動スクリプトはflanneldによるHNSネットワークの作成を待っているが、まだ作成されていない',
  'rules.flanneld-waiting-for-network.msg.pod': 'Pod {pod}のflanneldが、Nodeの管理IPでHNSネットワークを見つけられません。',
  'rules.flanneld-waiting-for-network.msg.node': 'Node {node}のflanneldが、Nodeの管理IPでHNSネットワークを見つけられません。',

  // hns-lb-port-exhaustion
  'rules.hns-lb-port-exhaustion.title': 'HNSロードバランサーがTCP動的ポート範囲を使い切っている',
  'rules.hns-lb-port-exhaustion.explanation':
    'kube-proxyは、すべてのWindows NodeでServiceのポートごとにHNSロードバランサーを1つ作成し、Direct Server Returnを使用しないロードバランサーはそれぞれTCP動的(エフェメラル)ポート範囲からポートを予約します。Serviceが多いと範囲が枯渇し、HNSは新しいポリシーを"The specified port already exists"で拒否して、そのNodeでそれらのServiceが動作しなくなります。',
  'rules.hns-lb-port-exhaustion.fix.1':
    'kube-proxyでDirect Server Returnを有効にします: --enable-dsr=true(このゲートが既定で有効でないバージョンでは--feature-gates=WinDSR=trueも指定)を指定し、kube-proxyを再起動します。',
  'rules.hns-lb-port-exhaustion.fix.2':
    '一時的な回避策として動的ポート範囲を広げます: netsh int ipv4 set dynamicportrange tcp <start> <count>。範囲は、NodePortやホスト上のサービスが使用しないものを選びます。',
  'rules.hns-lb-port-exhaustion.fix.3': 'DSRを使用しないロードバランサー間でポートプールを共有できるようになる、KB4551853以降の累積更新プログラムをインストールします。',
  'rules.hns-lb-port-exhaustion.fix.4': 'kube-proxyを再起動(またはNodeを再起動)して失敗したポリシーを作り直させ、PodからServiceへのリクエストで確認します。',
  'rules.hns-lb-port-exhaustion.why.1':
    'ポートが使用済みのため、HNSがロードバランサーを拒否した: 動的ポート範囲の枯渇か、単一ポートの重複(--probeで区別できる)',
  'rules.hns-lb-port-exhaustion.why.2': 'HNSで予約可能なポートが不足した(または衝突した)',
  'rules.hns-lb-port-exhaustion.msg.portRange': 'TCP動的ポート範囲 {start}-{end}({count}ポート)',
  'rules.hns-lb-port-exhaustion.msg.reservations': '64ポートの予約{attempted}回のうち{succeeded}回が成功',
  'rules.hns-lb-port-exhaustion.msg.loadBalancers': 'HNSロードバランサー {count}個',
  'rules.hns-lb-port-exhaustion.msg.reservationError': 'ポート予約のエラー: {error}',
  'rules.hns-lb-port-exhaustion.msg.kubeProxyDsrOn': 'kube-proxyの引数: {flags}(DSR有効)',
  'rules.hns-lb-port-exhaustion.msg.kubeProxyDsrOff': 'kube-proxyの引数: {flags}(DSR無効)',
  'rules.hns-lb-port-exhaustion.msg.exhausted':
    '{node}のTCP動的ポート範囲が枯渇しています。64ポートの予約{attempted}回のうち成功したのは{succeeded}回だけで、新しいHNSロードバランサーの作成は失敗します。',
  'rules.hns-lb-port-exhaustion.msg.atRisk': '{node}では、DSRを使用しないHNSロードバランサー{count}個が{ports}個の動的ポートを共有しています。範囲が枯渇するおそれがあります。',

  // hns-network-missing
  'rules.hns-network-missing.title': 'HNSのコンテナネットワークまたはそのvEthernetアダプターが存在しない',
  'rules.hns-network-missing.explanation':
    'Windowsのコンテナネットワークには、Host Network Service(HNS)のネットワーク(cbr0、vxlan0、azureなど)と、HNSがそのためにホスト上に作成するvEthernetアダプターが必要です。Nodeのセットアップでこれらの作成に失敗すると(たとえばホストに存在しないインターフェイス名をスクリプトに渡した場合)、kubeletはネットワークアダプターを見つけられず、NodeはNotReadyのままになり、Podはネットワークを取得できません。',
  'rules.hns-network-missing.fix.1':
    'Node上でネットワークとアダプターを一覧表示します: Get-HnsNetwork | Select-Object Name, TypeとGet-NetAdapter | Where-Object Name -Like "vEthernet (*"',
  'rules.hns-network-missing.fix.2':
    'Nodeのセットアップで使用したアダプター名(start.ps1 / CNIのインストールスクリプトのInterfaceNameパラメーター)をGet-NetAdapterの結果と照合します。ホストのNICの名前が"Ethernet"でない場合は、実際の名前を指定します。',
  'rules.hns-network-missing.fix.3': 'セットアップスクリプトの出力(start-kubelet.ps1、CNIのDaemonSetのPodのログ、またはflanneldのログ)を読み、ネットワークの作成を止めたエラーを確認します。',
  'rules.hns-network-missing.fix.4': 'ネットワークのセットアップを再実行し(flanneld / CNIのPod、またはセットアップスクリプトを再起動)、HNSネットワークとそのvEthernetアダプターを作り直させます。',
  'rules.hns-network-missing.fix.5': 'NodeがReadyを報告し、新しいPodにIPアドレスが割り当てられることを確認します。',
  'rules.hns-network-missing.why.1': 'HNSが、コンテナネットワークを作成する元となるホストのアダプターを見つけられなかった',
  'rules.hns-network-missing.why.2': 'kube-proxyが名前でHNSネットワークを検索したが、存在しない',
  'rules.hns-network-missing.why.3': 'コンテナネットワークが存在しないため、HNSの呼び出しが失敗した',
  'rules.hns-network-missing.why.4': 'kubeletが、コンテナネットワーク用の仮想ネットワークアダプターを見つけられなかった',
  'rules.hns-network-missing.why.5': 'Nodeのセットアップスクリプトに、ホストに存在しないInterfaceNameが指定された',
  'rules.hns-network-missing.why.6': 'CNI設定がまだない: Nodeでコンテナネットワークがセットアップされていない(またはCNIのPodが起動していない)',
  'rules.hns-network-missing.why.7': 'CNIプラグインが初期化されていない: コンテナネットワークが作成されていない',
  'rules.hns-network-missing.msg.noNetworks': 'HNSネットワークが1つもない',
  'rules.hns-network-missing.msg.networks': 'HNSネットワーク: {networks}',
  'rules.hns-network-missing.msg.noNetworkOfType': '{types}のネットワークがない',
  'rules.hns-network-missing.msg.noNetworkButNat': 'nat以外のネットワークがない',
  'rules.hns-network-missing.msg.noContainerNetwork': '{node}にHNSのコンテナネットワークが存在しません。',
  'rules.hns-network-missing.msg.noAdapters': 'なし',
  'rules.hns-network-missing.msg.noAdapter': 'nat以外のvEthernetアダプターがない(アダプター: {adapters})',
  'rules.hns-network-missing.msg.noContainerAdapter': '{node}にコンテナネットワーク用のvEthernetアダプターが存在しません。',
  'rules.hns-network-missing.msg.readyCondition': 'Ready={status}({reason}): {message}',
  'rules.hns-network-missing.msg.noReason': '理由なし',
  'rules.hns-network-missing.msg.networkMissing': 'コンテナネットワークがありません。',
  'rules.hns-network-missing.msg.missing': '{node}のコンテナネットワーク(HNSネットワーク / vEthernetアダプター)がありません。',
  'rules.hns-network-missing.msg.notInitialised':
    '{node}はネットワークプラグインが初期化されていないと報告しています。HNSのコンテナネットワークが作成されていない可能性があります(--probeを付けて実行すると確認できます)。',

  // hns-stale-objects
  'rules.hns-stale-objects.title': 'OSの更新後にHNSのネットワークやエンドポイントが古い状態のまま残っている',
  'rules.hns-stale-objects.explanation':
    'Host Networking Serviceは、ネットワークとエンドポイントをディスクに保存しています。HNSを変更するWindows Updateの後や、オブジェクトを手動で編集した後は、古いバージョンが作成したオブジェクトがインストール済みのバージョンと合わなくなり、それらに対するHNSの呼び出しがすべて"The wrong diskette is in the drive"で失敗します。',
  'rules.hns-stale-objects.fix.1': 'Nodeをドレインします(kubectl drain <node> --ignore-daemonsets)。',
  'rules.hns-stale-objects.fix.2': 'HNSのオブジェクトを一覧表示し(hnsdiag list networks、hnsdiag list endpoints)、古いものを削除します(hnsdiag delete networks <id>、hnsdiag delete endpoints <id>)。',
  'rules.hns-stale-objects.fix.3':
    'Windows Server 2019以降でそれでも解決しない場合: Stop-Service hnsを実行し、C:\\ProgramData\\Microsoft\\Windows\\HNS\\HNS.dataを削除してから、Start-Service hnsを実行します。',
  'rules.hns-stale-objects.fix.4': 'Nodeのサービス(kubelet、kube-proxy、CNIデーモン)を再起動してネットワークを作り直させ、Nodeをuncordonします。',
  'rules.hns-stale-objects.why.1': '保存されているネットワークやエンドポイントが古いバージョンのHNSで書き込まれていると、HNSは"wrong diskette"を返す',
  'rules.hns-stale-objects.why.2': 'Host Networking Serviceの呼び出しが失敗した',
  'rules.hns-stale-objects.msg.pod': 'Pod {pod}がネットワークを取得できません。NodeのHNSが、古いバージョンのHNSから残っているオブジェクトを報告しています。',
  'rules.hns-stale-objects.msg.node': 'Node {node}のHNSが、古いバージョンのHNSから残っているオブジェクトを報告しています。',

  // hostport-cni-capability
  'rules.hostport-cni-capability.title': 'hostPortにはportMappings機能を有効にしたCNIプラグインv0.8.6以降が必要',
  'rules.hostport-cni-capability.explanation':
    'Windowsでは、コンテナのhostPortが公開されるのは、CNIプラグインがポートマッピングをサポートし(リファレンスのwin-bridge / win-overlayプラグインではv0.8.6以降)、かつCNI設定で"capabilities": {"portMappings": true}を宣言している場合だけです。それ以外の場合、Podは普通に起動しますが、Nodeのポートでは何も待ち受けていません。',
  'rules.hostport-cni-capability.fix.1': 'Node上のCNIプラグインをv0.8.6以降(または使用しているCNIの最新リリース)にアップグレードします。',
  'rules.hostport-cni-capability.fix.2': 'すべてのWindows NodeのCNI設定で、プラグインのエントリに"capabilities": {"portMappings": true}を追加します。',
  'rules.hostport-cni-capability.fix.3': 'hostPortを使用しているPodを作り直し、ポートマッピングを設定させます。',
  'rules.hostport-cni-capability.fix.4': '可能であれば、hostPortの代わりにNodePortまたはLoadBalancerのServiceでPodを公開します。',
  'rules.hostport-cni-capability.msg.noPortMappings': 'CNI設定でcapabilities.portMappingsが宣言されていない',
  'rules.hostport-cni-capability.msg.noPortMappingsIn': 'CNI設定{file}でcapabilities.portMappingsが宣言されていない',
  'rules.hostport-cni-capability.msg.oldPlugin': 'CNIプラグイン{plugin}のバージョン{version}は{minimum}より古い',
  'rules.hostport-cni-capability.msg.hostPort': 'コンテナ{container}がhostPort {hostPort} -> containerPort {containerPort}/{protocol}を公開',
  'rules.hostport-cni-capability.msg.notPublished': '{pod}のhostPortが公開されていません。{node}のCNIがポートマッピングをサポートしていません。',
  'rules.hostport-cni-capability.msg.reminder':
    '{pod}はWindows Node {node}でhostPortを使用しています。hostPortはportMappingsを宣言したCNIプラグインv0.8.6以降でのみ動作します(--probeを付けて実行すると、Nodeを確認できます)。',

  // hyperv-isolation-annotation
  'rules.hyperv-isolation-annotation.title': '廃止された実験的なHyper-V分離アノテーションをPodが使用している',
  'rules.hyperv-isolation-annotation.explanation':
    'アノテーションexperimental.windows.kubernetes.io/isolation-type: hypervはDocker時代のアルファ版の仕組みで、現在は効果がありません。このアノテーションを付けたPodはプロセス分離で実行されるため、別のWindowsビルドのイメージはアノテーションがない場合とまったく同じように失敗します。現在、Hyper-V分離はRuntimeClassで要求します。',
  'rules.hyperv-isolation-annotation.fix.1': 'ワークロードのテンプレートからアノテーションを削除します。',
  'rules.hyperv-isolation-annotation.fix.2': 'containerdでHyper-V分離を選択するハンドラー(Hyper-Vのランタイムオプションを構成したランタイムハンドラー)を持つRuntimeClassを作成します。',
  'rules.hyperv-isolation-annotation.fix.3': 'PodのspecのruntimeClassNameにそのRuntimeClassを指定します。',
  'rules.hyperv-isolation-annotation.msg.pod': 'Pod {pod}は、廃止されて無視されるアノテーションでHyper-V分離を要求しています。',
  'rules.hyperv-isolation-annotation.msg.noRuntimeClass': 'runtimeClassNameが設定されていない',

  // icmp-not-supported
  'rules.icmp-not-supported.title': 'Windows Podからクラスター外部へのpingはサポートされていない',
  'rules.icmp-not-supported.explanation':
    'Windows Podに設定されるアウトバウンドNATルールはTCPとUDPだけです。クラスターネットワーク外の宛先へのICMPは設定されないため、実際の通信は動作していてもpingは失敗します。したがって、Windows Podからのpingの失敗は接続性について何も示しません。',
  'rules.icmp-not-supported.fix.1': 'pingではなくTCPで外部への接続を確認します: curl.exe <address>、またはPowerShellのイメージでTest-NetConnection <address> -Port 443',
  'rules.icmp-not-supported.fix.2': 'pingを使ったヘルスチェックやreadinessチェックを、TCPまたはHTTPのプローブに置き換えます。',
  'rules.icmp-not-supported.fix.3': 'TCPも失敗する場合は、CNIのOutBoundNATのExceptionListを確認します(outbound-nat-exceptionlistを参照)。',
  'rules.icmp-not-supported.why.1': 'Pod内のWindowsのpingに応答がない: Windows PodからのアウトバウンドのICMPは設定されない',
  'rules.icmp-not-supported.why.2': 'Windowsのpingがすべて失われた。Windows Podから外部へのICMPでは想定どおりの結果',
  'rules.icmp-not-supported.why.3': 'Windowsのpingの出力。Windows Podから外部アドレスへのICMPはサポートされていない',
  'rules.icmp-not-supported.msg.pod': '{pod}から{host}へのpingは失敗しますが、同じアドレスへのTCPは成功します。Windows Podではpingは接続確認の手段として使えません。',
  'rules.icmp-not-supported.msg.icmpFailed': '{target}へのICMPエコーが失敗',
  'rules.icmp-not-supported.msg.tcpSucceeded': '{target}へのTCPが成功',
  'rules.icmp-not-supported.msg.tcpSucceededDetail': '{target}へのTCPが成功({detail})',

  // image-os-mismatch
  'rules.image-os-mismatch.title': 'コンテナイメージがNodeのWindowsビルドまたはOSと一致しない',
  'rules.image-os-mismatch.explanation':
    'プロセス分離(既定)では、WindowsのコンテナイメージはNodeと同じWindowsビルド向けにビルドされている必要があります。Server 2019(1809)のイメージはServer 2022のNodeでは起動せず、その逆も同様です。その場合、イメージのpullまたはコンテナの作成が失敗します。LinuxのイメージをWindows Nodeで実行した場合も同じように失敗します。',
  'rules.image-os-mismatch.fix.1': 'イメージのタグ(ltsc2019/1809、ltsc2022、ltsc2025 ...)をNodeのビルド(ラベルnode.kubernetes.io/windows-build、またはkubectl get node -o wide)と比較します。',
  'rules.image-os-mismatch.fix.2': 'ワークロードを一致するビルドのNodeにスケジュールします: nodeSelector node.kubernetes.io/windows-build: "10.0.<build>"を追加します(またはそれを持つRuntimeClassを使用します)。',
  'rules.image-os-mismatch.fix.3': 'または、Nodeのビルドのベースイメージでイメージをビルドし直すか、タグを付け直します(クラスター内のすべてのビルドを含むマルチアーキテクチャのマニフェストが最適です)。',
  'rules.image-os-mismatch.fix.4': 'より新しいビルドのホストでイメージを実行する必要がある場合は、Hyper-V分離で実行するハンドラーを持つRuntimeClassを使用します(containerd)。',
  'rules.image-os-mismatch.why.1': 'イメージが別のWindowsビルド向けにビルドされているため、ワークロードのコンテナが拒否された(プロセス分離にはホストと同じビルドが必要)',
  'rules.image-os-mismatch.why.2': 'ランタイムがイメージのビルドとホストのビルドを比較し、一致しなかった',
  'rules.image-os-mismatch.why.3': 'イメージがこのWindows Nodeとは別のOS向けにビルドされている',
  'rules.image-os-mismatch.why.4': 'イメージにこのWindowsビルド向けのマニフェストがない',
  'rules.image-os-mismatch.why.5': 'イメージにこのNodeのプラットフォーム(Windowsビルド、OS、CPUアーキテクチャ)向けのものがない',
  'rules.image-os-mismatch.why.6': 'Host Compute Serviceがコンテナの作成を拒否した',
  'rules.image-os-mismatch.msg.processIsolation':
    'コンテナ{container}のイメージ{image}は{imageBuild}向け、Nodeは{host}で動作: プロセス分離には同じビルドが必要',
  'rules.image-os-mismatch.msg.hyperVNewer': 'コンテナ{container}のイメージ{image}は{imageBuild}向け、Nodeは{host}で動作: Hyper-V分離でも新しいビルドは実行できない',
  'rules.image-os-mismatch.msg.linuxImage': 'コンテナ{container}のイメージ{image}は、Windows Nodeを選択しているPodで使われているLinux専用イメージ',
  'rules.image-os-mismatch.msg.cannotRun': 'Pod {pod}は、{build}では実行できないイメージを使用しています。',
  'rules.image-os-mismatch.msg.cannotRunOnNode': 'Pod {pod}は、割り当てられたNodeでは実行できないイメージを使用しています。',
  'rules.image-os-mismatch.msg.doesNotMatch': 'Pod {pod}は、イメージが{build}と一致しないため失敗しています。',
  'rules.image-os-mismatch.msg.doesNotMatchNode': 'Pod {pod}は、イメージが割り当てられたNodeと一致しないため失敗しています。',

  // ip-range-exhausted
  'rules.ip-range-exhausted.title': 'NodeのPod用IPアドレス範囲が枯渇している',
  'rules.ip-range-exhausted.explanation':
    '各Nodeは自身の範囲からPodにアドレスを割り当てます。範囲を使い切ると(多くの場合、削除されたPodのアドレスが解放されていないことが原因です。HNSエンドポイントやIPAMの記録のリーク)、サンドボックスの作成が"failed to allocate for range"で失敗し、実際に動作しているPodは少ないのに新しいPodがContainerCreatingのままになります。',
  'rules.ip-range-exhausted.fix.1': 'Node上で動作しているPodの数と、NodeのPod範囲の大きさを比較します(kubectl get node <node> -o jsonpath="{.spec.podCIDR}")。',
  'rules.ip-range-exhausted.fix.2': 'Nodeをドレインします(kubectl drain <node> --ignore-daemonsets)。',
  'rules.ip-range-exhausted.fix.3':
    '古いHNSエンドポイント(hnsdiag list endpoints / hnsdiag delete endpoints <id>)と、host-local IPAMの状態(c:\\var\\lib\\cniまたはc:\\var配下のnetworksフォルダー)を削除します。',
  'rules.ip-range-exhausted.fix.4': 'コンテナランタイムとkubeletを再起動し、Nodeをuncordonします。',
  'rules.ip-range-exhausted.why.1': 'host-local IPAMがNodeのPod範囲に空きアドレスを見つけられなかった',
  'rules.ip-range-exhausted.why.2': 'NodeのPod範囲のすべてのアドレスが使用中として記録されている',
  'rules.ip-range-exhausted.why.3': 'IPAMプラグインにこのNode用の空きPodアドレスが残っていない',
  'rules.ip-range-exhausted.msg.podOnNode': 'Pod {pod}にIPアドレスが割り当てられません。Node {node}のPod範囲が枯渇しています。',
  'rules.ip-range-exhausted.msg.pod': 'Pod {pod}にIPアドレスが割り当てられません。NodeのPod範囲が枯渇しています。',
  'rules.ip-range-exhausted.msg.podCidr': 'Node {node}のpodCIDR {cidr}、割り当てられたPod {count}個',

  // kube-proxy-hostname-override
  'rules.kube-proxy-hostname-override.title': 'kube-proxyが一致する--hostname-overrideなしで動作している',
  'rules.kube-proxy-hostname-override.explanation':
    'Windowsでは、kube-proxyはローカルとリモートのエンドポイントを区別するために、自身が動作しているNodeの名前を知っている必要があります。--hostname-overrideがない場合(またはNodeオブジェクトと異なる名前、たとえばNodeがFQDNで登録されているのに短いホスト名を使っている場合)、Node自身のPodのエンドポイントを他のNodeのものとして扱い、しばらくするとコンテナのvNICとHNSエンドポイントが削除されます。',
  'rules.kube-proxy-hostname-override.fix.1': 'Kubernetesが認識しているNode名を確認します: kubectl get node -o wide',
  'rules.kube-proxy-hostname-override.fix.2':
    'kube-proxyを--hostname-override=<that node name>付きで起動します(サービスの場合: sc.exe config kube-proxy binPath= "... --hostname-override=<name>"、またはnssm set kube-proxy AppParameters ...。DaemonSetの場合はDownward APIでNODE_NAMEを渡します)。',
  'rules.kube-proxy-hostname-override.fix.3': 'kube-proxyを再起動し、"Failed to retrieve node info"の行がログに記録されないことを確認します。',
  'rules.kube-proxy-hostname-override.fix.4': 'このNodeでネットワークを失ったPodを作り直します。',
  'rules.kube-proxy-hostname-override.why.1': 'kube-proxyがNode名ではない名前で自身を検索した',
  'rules.kube-proxy-hostname-override.why.2': 'kube-proxyが自身のNodeオブジェクトを見つけられなかった。通常は--hostname-overrideがないか誤っていることが原因',
  'rules.kube-proxy-hostname-override.why.3': 'kube-proxyが自身のNode名を知らないと、コンテナのHNSエンドポイントが消える',
  'rules.kube-proxy-hostname-override.msg.noOverride': 'kube-proxyが--hostname-overrideなしで動作',
  'rules.kube-proxy-hostname-override.msg.otherOverride': 'kube-proxyは--hostname-override={override}で動作しているが、Node名は{node}',
  'rules.kube-proxy-hostname-override.msg.nodeNoOverride': '{node}のkube-proxyが--hostname-overrideなしで動作しています。そのNodeのPodのHNSエンドポイントが削除されるおそれがあります。',
  'rules.kube-proxy-hostname-override.msg.nodeOtherOverride':
    '{node}のkube-proxyが、Node名ではなくホスト名"{override}"を使用しています。そのNodeのPodのHNSエンドポイントが削除されるおそれがあります。',

  // mac-spoofing-disabled
  'rules.mac-spoofing-disabled.title': 'NodeのVMでMACアドレスのスプーフィングが無効なため、PodがNodeの外に到達できない',
  'rules.mac-spoofing-disabled.explanation':
    'ブリッジ型のコンテナネットワーク上のWindows Pod(およびHyper-V分離のコンテナ)は、自身のMACアドレスでフレームをVMのネットワークアダプターから送信します。MACアドレスのスプーフィングを許可していないハイパーバイザー(Hyper-Vの「MACアドレスのスプーフィングを有効にする」、vSphereのポートグループの「MACアドレス変更」/「偽装転送」、VirtualBoxのプロミスキャスモード)はそれらのフレームを破棄するため、PodはAPIサーバーにもServiceにも到達できません。',
  'rules.mac-spoofing-disabled.fix.1': 'NodeのVMが動作しているハイパーバイザーのホストを特定します。',
  'rules.mac-spoofing-disabled.fix.2':
    'VMのすべてのネットワークアダプターでMACアドレスのスプーフィングを許可します。Hyper-V: Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On、vSphere: ポートグループでMACアドレス変更と偽装転送を許可、VirtualBox: プロミスキャスモードを「すべて許可」(Allow All)に設定します。',
  'rules.mac-spoofing-disabled.fix.3': 'Node上のPodを作り直し(またはNodeを再起動し)、kubectl windbg pod <name> --probeで再度確認します。',
  'rules.mac-spoofing-disabled.why.1': 'Podがどこにも接続できなかった。MACスプーフィングが無効なVMのNodeでは、PodはNodeの外に到達できない',
  'rules.mac-spoofing-disabled.msg.virtualMachine': 'Nodeは仮想マシン(メーカー {manufacturer}、モデル {model})',
  'rules.mac-spoofing-disabled.msg.vsphereVm': 'NodeはvSphereのVM(providerID {providerID})',
  'rules.mac-spoofing-disabled.msg.apiServerFailed': 'APIサーバー{target}へのTCPが失敗',
  'rules.mac-spoofing-disabled.msg.clusterIpFailed': 'ClusterIP {target}へのTCPが失敗',
  'rules.mac-spoofing-disabled.msg.tcpFailed': '{target}へのTCPが失敗',
  'rules.mac-spoofing-disabled.msg.pod':
    '{pod}は、VMであるNode {node}の外にまったく到達できません。ネットワークアダプターでMACアドレスのスプーフィングが無効になっている可能性があります。',

  // memory-overcommit
  'rules.memory-overcommit.title': 'Windows Nodeのメモリがオーバーコミットされる可能性がある(予約または制限なし)',
  'rules.memory-overcommit.explanation':
    'WindowsにはOOM Killerがなく、Windows NodeはMemoryPressureを報告しません。PodがNodeの搭載量を超えるメモリを使用すると、Windowsはディスクへのページングを行い、kubeletを含むNode全体が遅くなります。Nodeではシステム用にメモリを確保し(--kube-reserved / --system-reservedで約2GiB)、すべてのコンテナにメモリ制限(できればrequestと同じ値)を設定する必要があります。',
  'rules.memory-overcommit.fix.1':
    'すべてのWindows Nodeでメモリを予約します: kubeletを--system-reserved=memory=2Gi(または--kube-reserved、あるいは両方)で起動するか、kubeletの設定でsystemReserved/kubeReservedを指定します。',
  'rules.memory-overcommit.fix.2': 'すべてのWindowsコンテナにresources.limits.memoryを設定し、可能であればresources.requests.memoryと同じ値にします。',
  'rules.memory-overcommit.fix.3': 'Windowsのワークロードを実行するNamespaceでLimitRangeを使用し、制限のないコンテナに既定値が設定されるようにします。',
  'rules.memory-overcommit.msg.node':
    'Node {node}はメモリ{capacity}のうち{reserved}しかシステム用に確保していません。Podがすべてを使い切ることができ、Windowsは退避(eviction)ではなくページングで対処します。',
  'rules.memory-overcommit.msg.capacity': 'メモリのcapacity {capacity}、allocatable {allocatable}',
  'rules.memory-overcommit.msg.noMemoryPressure': 'Windows NodeはMemoryPressureを報告しないため、kubeletだけではNodeを保護できない',
  'rules.memory-overcommit.msg.pod': 'Pod {pod}には、Windows Node上でメモリ制限のないコンテナがあります。Windowsでは、コンテナによるNodeのオーバーコミットを止める仕組みがありません。',
  'rules.memory-overcommit.msg.noLimit': 'コンテナ{container}: resources.limits.memoryなし',
  'rules.memory-overcommit.msg.noLimitWithRequest': 'コンテナ{container}: resources.limits.memoryなし(requests {request})',

  // no-known-cause
  'rules.no-known-cause.title': '既知の原因なし',
  'rules.no-known-cause.explanation':
    'PodまたはNodeに異常がありますが、その証拠はカタログ内の既知の原因のどれにも一致しません。windbgは推測せず、その旨を伝えて生の証拠を示します。誤った原因を示すと、調査の方向を誤らせてしまうためです。',
  'rules.no-known-cause.fix.1': '以下の証拠の行を読みます。クラスターが記録したとおりのメッセージです。',
  'rules.no-known-cause.fix.2': '最も具体的なメッセージを`kubectl windbg explain "<message>"`に貼り付け、考えられる原因の順位を確認します。',
  'rules.no-known-cause.fix.3': '--probeを付けてコマンドを再実行し、Node自体から得た証拠を追加します。',
  'rules.no-known-cause.msg.pod': 'Pod {pod}に異常があります({reasons})が、カタログのどのルールにも該当しません。以下に生の証拠を示します。',
  'rules.no-known-cause.msg.node': 'Node {node}に異常があります({state})が、カタログのどのルールにも該当しません。以下に生の証拠を示します。',

  // node-services-down
  'rules.node-services-down.title': 'Nodeのサービス(kubelet、kube-proxy、ランタイム、flanneld)が動作していない',
  'rules.node-services-down.explanation':
    'Windows Nodeは、ホストのサービスが動作している間だけ機能します。kubelet、kube-proxy(サービスとして動作している場合)、コンテナランタイム(containerdまたはDocker)、Host Network Service、そしてFlannelを使用する場合はflanneldです。いずれかが停止すると、NodeはNotReadyになり、PodはPendingのままになるかネットワークを失い、Serviceの通信も設定されなくなります。',
  'rules.node-services-down.fix.1':
    'Node上でサービスを一覧表示します: Get-Service kubelet, kube-proxy, containerd, docker, flanneld, hns(名前を引用符で囲むか、配列として渡します)。',
  'rules.node-services-down.fix.2':
    '停止しているサービスをすべて起動します(Start-Service <name>)。サービスが存在しない場合は、Nodeのセットアップ時と同じようにsc.exe createまたはnssm installで登録し直します。',
  'rules.node-services-down.fix.3': 'サービスのログ(C:\\k\\*.log、C:\\var\\log\\...、またはnssmのstdout/stderrファイル)を読んで停止した理由を確認し、その原因を修正します。',
  'rules.node-services-down.fix.4': 'サービスが自動起動し、障害時に再起動するように設定します(sc.exe failure <name> reset= 0 actions= restart/10000)。',
  'rules.node-services-down.fix.5': 'Nodeが再びReadyを報告するまで待ちます(kubectl get node <name> -w)。',
  'rules.node-services-down.why.1': 'Nodeコントローラーがkubeletからの応答を受け取れなくなった: kubeletのサービス(またはNode全体)が停止している',
  'rules.node-services-down.why.2': 'kubeletが、コンテナランタイムのサービスが応答しないと報告している',
  'rules.node-services-down.why.3': 'ランタイムが応答しないか停止しているため、kubeletがコンテナの再一覧取得(relist)を行えない',
  'rules.node-services-down.why.4': 'Windowsのサービス制御マネージャーがNodeのサービスのクラッシュを記録した',
  'rules.node-services-down.why.5': 'Nodeのサービスが停止したか、起動できなかった',
  'rules.node-services-down.why.6': 'sc.exeで、Nodeのサービスが開始中のまま止まっているか停止していることがわかる',
  'rules.node-services-down.msg.heartbeatAge': '、最後のハートビートは{age}前',
  'rules.node-services-down.msg.runtimeUnknown': 'コンテナランタイム',
  'rules.node-services-down.msg.runtimeDown':
    '{node}のコンテナランタイム({runtime})が応答しないため、kubeletがNodeをNotReadyと報告しています(--probeを付けて実行すると、サービスの状態を確認できます)。',
  'rules.node-services-down.msg.kubeletDown':
    '{node}のkubeletが報告を停止しました。kubeletのサービス、またはNode全体が停止しています(Nodeに到達できるようになったら、--probeを付けて実行するとサービスの状態を確認できます)。',
  'rules.node-services-down.msg.serviceDown': '{node}のNodeのサービスが停止しました(--probeを付けて実行すると、どのサービスか確認できます)。',
  'rules.node-services-down.msg.stoppedOne': '{node}で{services}が動作していません。',
  'rules.node-services-down.msg.stoppedMany': '{node}で{services}が動作していません。',

  // nodeport-local-access
  'rules.nodeport-local-access.title': 'Windows Node自身からNodePortに到達できない',
  'rules.nodeport-local-access.explanation':
    'NodePortを提供しているWindows Node自身からそのNodePortに接続できないのは、古いWindowsビルドの既知の制限です。他のNodeや外部からは接続できますが、ローカルからはできません。累積更新プログラムKB4571748(Windows Server 2019 ビルド17763.1432)以降で修正されています。これとは別に、Windows Nodeは仕様上、そのNodeで少なくとも1つのPodが動作している間だけNodePortの通信を転送します。',
  'rules.nodeport-local-access.fix.1': '他のNodeまたはクラスター外部からNodePortを確認します。サポートされているのはその経路です。',
  'rules.nodeport-local-access.fix.2': 'Windows Server 2019のNodeにKB4571748以降の累積更新プログラムをインストールします(または新しいLTSCビルドに移行します)。',
  'rules.nodeport-local-access.fix.3': 'NodePortの通信を転送する必要があるすべてのWindows Nodeに、少なくとも1つのPodをスケジュールしておきます。',
  'rules.nodeport-local-access.msg.osBuild': 'OSビルド {build}',
  'rules.nodeport-local-access.msg.selfTestFailed': 'Node自身からNodePort {port}へのTCPが失敗',
  'rules.nodeport-local-access.msg.withoutFix': '{level}、{kb}なし({fixed}以降が必要)',
  'rules.nodeport-local-access.msg.oldBuild': 'NodePort {port}に{node}自身から到達できません。このビルドは、ローカルからのNodePortアクセスを修正した{kb}より前のものです。',
  'rules.nodeport-local-access.msg.noPods': '{node}で動作しているPodがない',
  'rules.nodeport-local-access.msg.notForwarded':
    'NodePort {port}が{node}で転送されていません。Windowsは、Nodeで少なくとも1つのPodが動作している間だけNodePortの通信を転送します。',

  // os-selector-missing
  'rules.os-selector-missing.title': 'ワークロードにkubernetes.io/osのセレクター、またはWindows Node用のtolerationがない',
  'rules.os-selector-missing.explanation':
    'LinuxとWindowsが混在するクラスターでは、すべてのワークロードが必要なOSを指定する必要があります。kubernetes.io/os=linuxのセレクターがないLinuxのワークロードはWindows Nodeにスケジュールされ、そこでpullや起動に失敗することがあります。kubernetes.io/os=windowsのセレクターがないWindowsのワークロードはLinux Nodeに配置されることがあり、多くのクラスターがWindows Nodeに設定しているos=windowsのTaintに対するtolerationがないと、Pendingのままになります。',
  'rules.os-selector-missing.fix.1':
    'WindowsのワークロードにはnodeSelector kubernetes.io/os: windowsを、Linuxのワークロードにはkubernetes.io/os: linuxを追加します(Podではなく、Deployment/DaemonSetのテンプレートに追加します)。',
  'rules.os-selector-missing.fix.2': 'Windows NodeにTaintが設定されている場合(例: os=windows:NoSchedule)は、Windowsのワークロードに対応するtolerationを追加します。',
  'rules.os-selector-missing.fix.3': 'または、schedulingセクションにセレクターとtolerationを持つRuntimeClassを定義し、ワークロードでruntimeClassNameを指定します。',
  'rules.os-selector-missing.fix.4': '誤って配置されたPodを削除し、コントローラーに正しいNode上で作り直させます。',
  'rules.os-selector-missing.why.1': 'PodがWindows Nodeのos=windowsのTaintを許容していないため、スケジューラーがWindows Nodeを除外した',
  'rules.os-selector-missing.why.2': 'WindowsのイメージがLinux Nodeに送られた: Podにkubernetes.io/os=windowsのセレクターがない',
  'rules.os-selector-missing.why.3': 'Windows専用のイメージがLinux Nodeに送られた: Podにkubernetes.io/os=windowsのセレクターがない',
  'rules.os-selector-missing.why.4': '配置されたNode向けのものがイメージにない。kubernetes.io/osのセレクターがないと、LinuxのイメージがWindows Nodeに送られることがよくある',
  'rules.os-selector-missing.why.5': 'Windows Nodeにはos=windowsのTaintがあり、すべてのWindows Podがこれを許容する必要がある',
  'rules.os-selector-missing.why.6': 'PodのNodeセレクターまたはアフィニティに一致するNodeがなかった',
  'rules.os-selector-missing.msg.taint': 'Windows Node {count}台にTaint {taint}が設定されている',
  'rules.os-selector-missing.msg.taintNotTolerated': 'Windows Node {count}台にTaint {taint}が設定されているが、Podに対応するtolerationがない',
  'rules.os-selector-missing.msg.untolerated': 'Pod {pod}はWindows向けですが、Windows Nodeのos=windowsのTaintを許容していないため、Pendingのままです。',
  'rules.os-selector-missing.msg.linuxOnlyImage': 'イメージ{image}はLinux向けにのみ公開されている',
  'rules.os-selector-missing.msg.noSelector': 'Podにkubernetes.io/osのnodeSelectorも必須のアフィニティもない',
  'rules.os-selector-missing.msg.landedOnWindows':
    'Pod {pod}にはkubernetes.io/osのセレクターがなく、イメージを実行できないWindows Node {node}にスケジュールされました。',

  // outbound-nat-exceptionlist
  'rules.outbound-nat-exceptionlist.title': 'CNIのOutBoundNATのExceptionListがクラスターのアドレス範囲と一致しない',
  'rules.outbound-nat-exceptionlist.explanation':
    'WindowsのCNI設定は、OutBoundNATのExceptionListに含まれる範囲宛てを除き、Podから出ていくすべてのパケットをNATします。このリストには、クラスター(Pod)の範囲、Serviceの範囲、そしてブリッジ型のネットワークではNode(管理)のサブネットを含め、それ以外は含めてはいけません。クラスターの範囲が欠けているとPod間の通信がNATされ、外部の範囲がリストに含まれているとその宛先へのSNATが行われず、応答が返ってこなくなります。',
  'rules.outbound-nat-exceptionlist.fix.1': 'Node上のCNI設定(プローブが示すファイル。通常はC:\\k\\cni\\configまたはC:\\etc\\cni\\net.d配下)を開きます。',
  'rules.outbound-nat-exceptionlist.fix.2':
    'OutBoundNATのExceptionListを、クラスターのPodの範囲、Serviceの範囲、そしてl2bridge / host-gwのネットワークではNodeのサブネットだけにします。例: ["10.244.0.0/16", "10.96.0.0/12", "10.127.130.0/24"]',
  'rules.outbound-nat-exceptionlist.fix.3': 'パブリック(プライベートでない)な範囲をリストから削除し、その宛先への通信がNodeのアドレスにSNATされるようにします。',
  'rules.outbound-nat-exceptionlist.fix.4':
    'このファイルは新しいPodごとに読み込まれます。影響を受けるPodを作り直して(またはDeploymentをロールアウトして)変更を反映します。CNIのDaemonSetがファイルを書き込んでいる場合は、ファイルではなくそのConfigMapを変更します。',
  'rules.outbound-nat-exceptionlist.msg.fromServiceProbe': 'NodeからプローブしたServiceのアドレス{ip}',
  'rules.outbound-nat-exceptionlist.msg.fromClusterIp': 'Pod {pod}からプローブしたClusterIP {ip}',
  'rules.outbound-nat-exceptionlist.msg.clusterRange': 'クラスターの範囲',
  'rules.outbound-nat-exceptionlist.msg.serviceRange': 'Serviceの範囲',
  'rules.outbound-nat-exceptionlist.msg.nodeSubnet': 'Node(管理)のサブネット',
  'rules.outbound-nat-exceptionlist.msg.fromFlannelNetwork': '{path}のFLANNEL_NETWORK',
  'rules.outbound-nat-exceptionlist.msg.fromPodCidr': 'このNodeのpodCIDR {cidr}(クラスター全体の範囲は不明)',
  'rules.outbound-nat-exceptionlist.msg.fromInternalIp': 'NodeのInternalIP {ip}',
  'rules.outbound-nat-exceptionlist.msg.empty': '(空)',
  'rules.outbound-nat-exceptionlist.msg.list': 'OutBoundNATのExceptionList: {entries}',
  'rules.outbound-nat-exceptionlist.msg.listIn': '{file}のOutBoundNATのExceptionList: {entries}',
  'rules.outbound-nat-exceptionlist.msg.notCovered': '{what}を含むエントリがない(取得元: {source})',
  'rules.outbound-nat-exceptionlist.msg.publicEntry': 'エントリ{cidr}はパブリックな範囲: その宛先への通信はSNATされずにPodから出ていく',
  'rules.outbound-nat-exceptionlist.msg.misses': '{what}が含まれていない',
  'rules.outbound-nat-exceptionlist.msg.holdsPublicRange': 'パブリックな範囲{ranges}が含まれている',
  'rules.outbound-nat-exceptionlist.msg.holdsPublicRanges': 'パブリックな範囲{ranges}が含まれている',
  'rules.outbound-nat-exceptionlist.msg.and': '、',
  'rules.outbound-nat-exceptionlist.msg.node': '{node}のOutBoundNATのExceptionListに問題があります: {problems}。',
  'rules.outbound-nat-exceptionlist.msg.nodeUnchecked': '{node}のOutBoundNATのExceptionListに問題があります: {problems}({unknown}は不明のため未確認)。',

  // pause-image-incompatible
  'rules.pause-image-incompatible.title': 'pause(サンドボックス)イメージがWindowsホストのビルドと一致しない',
  'rules.pause-image-incompatible.explanation':
    'Windows Podはどれも、サンドボックス(「pause」)コンテナから始まります。プロセス分離ではこのコンテナもホストと同じWindowsビルド向けにビルドされている必要があるため、ホストのビルド向けのものを含まないpauseイメージではサンドボックスの作成が失敗し、PodはContainerCreatingのまま動かなくなるか、再起動を繰り返します。',
  'rules.pause-image-incompatible.fix.1':
    'ランタイムが使用しているサンドボックスイメージを確認します: containerdのconfig.toml(plugins."io.containerd.grpc.v1.cri")のsandbox_image、Dockerの場合はkubeletの--pod-infra-container-imageフラグです。',
  'rules.pause-image-incompatible.fix.2':
    'ホストのビルドを含むマルチアーキテクチャのpauseイメージに切り替えます。例: registry.k8s.io/pause:3.9以降、またはmcr.microsoft.com/oss/kubernetes/pause:3.9以降',
  'rules.pause-image-incompatible.fix.3': 'containerdを再起動し(Restart-Service containerd)、新しいサンドボックスイメージを使用させます。',
  'rules.pause-image-incompatible.fix.4': '停止しているPodを削除し、新しいサンドボックスで作り直させます。',
  'rules.pause-image-incompatible.why.1': 'イメージが別のWindowsビルド向けにビルドされているため、サンドボックス(pause)コンテナが拒否された',
  'rules.pause-image-incompatible.why.2': 'サンドボックスイメージにこのWindowsホスト向けのものがない',
  'rules.pause-image-incompatible.why.3': 'サンドボックスイメージの対象がホストとは別のWindowsビルド',
  'rules.pause-image-incompatible.why.4': 'サンドボックスイメージにこのWindowsビルド向けのマニフェストがない',
  'rules.pause-image-incompatible.why.5': 'Host Compute Serviceがコンテナの作成を拒否した',
  'rules.pause-image-incompatible.why.6': 'containerdがコンテナのタスクを開始できなかった',
  'rules.pause-image-incompatible.msg.otherBuild': 'サンドボックスイメージ{image}は{imageBuild}向けだが、ホストは{host}で動作',
  'rules.pause-image-incompatible.msg.oldPause': 'サンドボックスイメージ{image}はWindows Server 2019(1809)専用の古いpauseイメージ。ホストは{host}で動作',
  'rules.pause-image-incompatible.msg.pod': 'Pod {pod}のサンドボックスがOSの不一致で起動できません。pauseイメージが{build}と一致しません。',
  'rules.pause-image-incompatible.msg.podUnknownBuild': 'Pod {pod}のサンドボックスがOSの不一致で起動できません。pauseイメージがホストのビルドと一致しません。',
  'rules.pause-image-incompatible.msg.node': 'Node {node}: {problem}。',
  'rules.pause-image-incompatible.msg.sandboxImage': 'containerdのsandbox_image = {image}',
  'rules.pause-image-incompatible.msg.sandboxImageNoTag': 'containerdのsandbox_image = {image}(タグなし)',

  // proxy-env-missing
  'rules.proxy-env-missing.title': 'pullがタイムアウトするNodeで、HTTP(S)_PROXYがマシン全体に設定されていない',
  'rules.proxy-env-missing.explanation':
    '送信プロキシの内側では、WindowsのNodeのサービス(containerdまたはDocker、kubelet、セットアップスクリプト)がレジストリやダウンロードサーバーに到達できるのは、HTTP_PROXYとHTTPS_PROXYがマシンレベルの環境変数として設定されている場合だけです。ユーザーのセッションでだけ設定した変数はサービスからは見えないため、イメージのpullやインストール手順がタイムアウトします。',
  'rules.proxy-env-missing.fix.1': 'このネットワークでレジストリに到達するためにプロキシが必要であることを確認します(ネットワークチームに問い合わせるか、NodeからInvoke-WebRequest -Proxyで確認します)。',
  'rules.proxy-env-missing.fix.2':
    'マシンのスコープで変数を設定します: [Environment]::SetEnvironmentVariable("HTTP_PROXY", "http://proxy.example.com:80/", [EnvironmentVariableTarget]::Machine)。HTTPS_PROXYも同様に設定し、NO_PROXYにはクラスター、Service、Nodeの範囲を設定します。',
  'rules.proxy-env-missing.fix.3': 'コンテナランタイムとkubeletを再起動し(Restart-Service containerd; Restart-Service kubelet)、新しい環境変数を読み込ませます。',
  'rules.proxy-env-missing.fix.4': '失敗しているPodを削除し(または次のpullのバックオフを待ち)、イメージをpullできることを確認します。',
  'rules.proxy-env-missing.why.1': '到達できないプロキシ経由でpullしようとした: Nodeのプロキシ設定が誤っているか不完全',
  'rules.proxy-env-missing.why.2': 'Nodeがレジストリの名前を直接解決できない。プロキシ経由の通信しか許可しないネットワークで起こる',
  'rules.proxy-env-missing.why.3': 'Nodeがレジストリに直接接続できない。プロキシ経由の通信しか許可しないネットワークで起こる',
  'rules.proxy-env-missing.why.4': 'イメージのpullがタイムアウトする。レジストリへの到達にプロキシが必要なNodeで起こる',
  'rules.proxy-env-missing.msg.notSet': 'マシンレベルのHTTP_PROXYとHTTPS_PROXYが設定されていない',
  'rules.proxy-env-missing.msg.node':
    '{node}でのイメージのpullがレジストリに到達できず({pods})、マシン全体のHTTP(S)_PROXYも設定されていません。このネットワークでプロキシが必要な場合、Nodeのサービスはプロキシを使用していません。',

  // service-vip-from-node
  'rules.service-vip-from-node.title': 'Windows Node自身からClusterIPのServiceに到達できない',
  'rules.service-vip-from-node.explanation':
    'WindowsのServiceのアドレス(ClusterIP)は、コンテナネットワーク用のHNSロードバランサーとして設定されます。多くのWindowsビルドでは、ホスト自身のネットワークスタックはそれらを経由しないため、Node上のプロセス(またはhostNetwork / HostProcessのPod)はClusterIPに接続できません。一方、同じNode上の通常のPodはすべて接続できます。',
  'rules.service-vip-from-node.fix.1': 'ServiceにはNodeからではなくPodからアクセスします。ホスト上のプロセスからは、エンドポイントのアドレス(または他のNodeのNodePort)を使用します。',
  'rules.service-vip-from-node.fix.2': 'Serviceを呼び出す必要があるHostProcess Podは、APIサーバーまたはServiceのエンドポイントに直接接続します。',
  'rules.service-vip-from-node.fix.3': 'ホストからServiceへのアクセスが改善されている、最新のWindowsビルドとkube-proxyのバージョンをNodeで使用します。',
  'rules.service-vip-from-node.msg.succeeded': '成功',
  'rules.service-vip-from-node.msg.failed': '失敗',
  'rules.service-vip-from-node.msg.fromPod': 'PodからClusterIP {target}へのTCP: {outcome}',
  'rules.service-vip-from-node.msg.fromHost': 'NodeのホストネットワークからClusterIP {target}へのTCP: {outcome}',
  'rules.service-vip-from-node.msg.fromWitness': 'Pod {pod}からClusterIP {target}へのTCP: {outcome}',
  'rules.service-vip-from-node.msg.pod':
    'ClusterIP {vip}は{pod}からは応答しますが、{node}のホストネットワークからは応答しません。これはServiceの故障ではなく、Windowsの既知の制限です。',
  'rules.service-vip-from-node.msg.podUnknownNode':
    'ClusterIP {vip}は{pod}からは応答しますが、そのNodeのホストネットワークからは応答しません。これはServiceの故障ではなく、Windowsの既知の制限です。',
  'rules.service-vip-from-node.msg.node':
    'ClusterIP {vip}に{node}のホストネットワークからは到達できませんが、同じNode上のPod {pod}からは到達できます。これはWindowsの既知の制限です。',

  // serviceaccount-secret-unreadable
  'rules.serviceaccount-secret-unreadable.title': 'Windows PodがServiceAccountのSecretを読み取れない',
  'rules.serviceaccount-secret-unreadable.explanation':
    'ビルド17074より古いWindowsでは、マウントされたServiceAccountのSecretのファイル(token、ca.crt)はコンテナ内で一覧に表示されるものの読み取れないため、クラスター内のクライアントがAPIサーバーに認証できません。修正はKubernetesではなくOS側で行われています。',
  'rules.serviceaccount-secret-unreadable.fix.1': 'Nodeのビルドを確認します(kubectl get node <node> -o wide)。10.0.17074より古いビルドが影響を受けます。',
  'rules.serviceaccount-secret-unreadable.fix.2': 'ワークロードを、サポートされているLTSCビルド(Windows Server 2019以降)のNodeに移します。',
  'rules.serviceaccount-secret-unreadable.fix.3': '古いNodeをアップグレードするか、置き換えます。',
  'rules.serviceaccount-secret-unreadable.why.1': 'Pod内のクライアントが、マウントされたServiceAccountのca.crtを読み取れない',
  'rules.serviceaccount-secret-unreadable.why.2': 'マウントされたServiceAccountのSecretは存在するが、Windowsコンテナ内から読み取れない',
  'rules.serviceaccount-secret-unreadable.why.3': 'Pod内のクライアントがServiceAccountのトークンを開けなかった',
  'rules.serviceaccount-secret-unreadable.why.4': 'クラスター内クライアントの初期化に失敗した(トークンまたは環境変数がない)',
  'rules.serviceaccount-secret-unreadable.msg.pod': 'Pod {pod}が、マウントされたServiceAccountのSecretを読み取れません。',
  'rules.serviceaccount-secret-unreadable.msg.oldBuild': 'Pod {pod}は{build}上でServiceAccountのトークンをマウントしています。このビルドではコンテナ内からトークンを読み取れません。',
  'rules.serviceaccount-secret-unreadable.msg.tokenMounted': 'ServiceAccountのトークンがマウントされている(automountServiceAccountTokenがfalseではない)',

  // unsupported-windows-build
  'rules.unsupported-windows-build.title': 'NodeがKubernetesでサポートされていないWindowsビルドで動作している',
  'rules.unsupported-windows-build.explanation':
    'KubernetesがWindows Nodeをサポートしているのは、長期サービスチャネル(LTSC)のサーバーリリースだけです: Windows Server 2019(10.0.17763)、2022(10.0.20348)、2025(10.0.26100)。1709、1803、1903、1909、2004、20H2などの半期チャネルのリリースはサポートが終了しており、クライアントやプレビューのビルドはもともとサポート対象外です。そのため、これらに向けたイメージ、pauseコンテナ、修正はもう公開されません。',
  'rules.unsupported-windows-build.fix.1': 'サポートされているLTSCビルド(Windows Server 2019、2022、または2025)で動作するNodeへの置き換えを計画します。',
  'rules.unsupported-windows-build.fix.2': 'そのビルド向けにワークロードのイメージをビルドし直すか、タグを付け直します(ltsc2019、ltsc2022、ltsc2025)。',
  'rules.unsupported-windows-build.fix.3': '古いNodeをドレインし(kubectl drain <node> --ignore-daemonsets)、代替のNodeがReadyになったら削除します。',
  'rules.unsupported-windows-build.msg.channelSac': 'サポートが終了した半期チャネルのリリース',
  'rules.unsupported-windows-build.msg.channelClient': 'クライアント(デスクトップ)エディション',
  'rules.unsupported-windows-build.msg.channelInsider': 'プレビュービルド',
  'rules.unsupported-windows-build.msg.channelUnknown': 'Kubernetesの一覧にないビルド',
  'rules.unsupported-windows-build.msg.channelLtsc': 'Kubernetesのサポートが終了した長期サービスチャネルのリリース',
  'rules.unsupported-windows-build.msg.node': 'Node {node}は{build}({channel})で動作しています。サポートされているビルドは{supported}です。',

  // unsupported-windows-pod-field
  'rules.unsupported-windows-pod-field.title': 'PodのspecがWindowsコンテナでサポートされていないフィールドを使用している',
  'rules.unsupported-windows-pod-field.explanation':
    'Linux向けのPodのフィールドのいくつかは、Windowsコンテナでは意味を持ちません。HostProcessコンテナ以外での特権モードとホストネットワーク、ホストのPID/IPC名前空間、数値のユーザーIDとグループID、SELinuxのオプション、読み取り専用のルートファイルシステム、capabilities、procMount、メモリを使うemptyDir、raw blockデバイス、マウントの伝播、huge pages、共有プロセス名前空間です。これらは無視されるかPodの失敗の原因になるため、ワークロードは記述どおりに動作しません。',
  'rules.unsupported-windows-pod-field.fix.1': '証拠に示されたフィールドをWindowsのワークロードから削除します(またはマニフェストのLinux専用の版に移します)。',
  'rules.unsupported-windows-pod-field.fix.2':
    'runAsUserの代わりに、securityContext.windowsOptions.runAsUserNameで特定のWindowsアカウント(例: ContainerUserまたはContainerAdministrator)として実行します。',
  'rules.unsupported-windows-pod-field.fix.3': '特権やホストネットワークが必要なNodeレベルの処理には、HostProcessコンテナ(windowsOptions.hostProcess: trueとhostNetwork: true)を使用します。',
  'rules.unsupported-windows-pod-field.fix.4': 'spec.os.name: windowsを設定し、アドミッションの時点でLinux専用のフィールドをAPIサーバーに拒否させます。',
  'rules.unsupported-windows-pod-field.msg.hostNetwork': 'spec.hostNetwork: true(ホストネットワークを使用できるのはHostProcess Podだけ)',
  'rules.unsupported-windows-pod-field.msg.runAsUser': '{field}: {value}(windowsOptions.runAsUserNameを使用)',
  'rules.unsupported-windows-pod-field.msg.memoryEmptyDir': 'ボリューム{volume}: emptyDirのmediumがMemory',
  'rules.unsupported-windows-pod-field.msg.privileged': '{where}: securityContext.privileged: true(HostProcessコンテナを使用)',
  'rules.unsupported-windows-pod-field.msg.podOnNode': 'Pod {pod}はWindows Node {node}で動作していますが、Windowsコンテナでサポートされていないフィールドを{count}個設定しています。',
  'rules.unsupported-windows-pod-field.msg.pod': 'Pod {pod}はWindowsで動作していますが、Windowsコンテナでサポートされていないフィールドを{count}個設定しています。',

  // version-skew
  'rules.version-skew.title': 'Windows Nodeのkubeletのバージョンが、APIサーバーとのサポートされるバージョン差の範囲外',
  'rules.version-skew.explanation':
    'kubeletはAPIサーバーより新しくてはならず、古い場合も最大3マイナーバージョン(Kubernetes 1.28より前は2)までです。この範囲を外れると、kubeletが依存するAPI呼び出しや機能が原因を追いにくい形で壊れることがあります。また、Windows Nodeはコントロールプレーンとは別にアップグレードされることがよくあります。',
  'rules.version-skew.fix.1': 'バージョンを比較します: kubectl versionと、kubectl get node <node> -o wide(VERSION列)',
  'rules.version-skew.fix.2': 'Nodeより先にコントロールプレーンを、1マイナーバージョンずつアップグレードします。',
  'rules.version-skew.fix.3': 'kubeletが大きく遅れているWindows Nodeはアップグレード(または置き換え)します。kubeletがAPIサーバーより新しいNodeは元のバージョンに戻します。',
  'rules.version-skew.msg.apiServer': 'APIサーバー {version}',
  'rules.version-skew.msg.newer': 'Node {node}のkubelet {kubelet}は、APIサーバー{server}より新しいバージョンです。',
  'rules.version-skew.msg.behind': 'Node {node}のkubelet {kubelet}は、APIサーバーより{behind}マイナーバージョン古くなっています(サポートされるのは{lag}まで)。',

  // vxlan-port-conflict
  'rules.vxlan-port-conflict.title': 'vSphere上のFlannel VXLANがvSphereのオーバーレイとUDP 4789で衝突する',
  'rules.vxlan-port-conflict.explanation':
    'WindowsでのFlannelのvxlanバックエンドは、Podの通信をUDPポート4789でVXLANにカプセル化します。vSphere環境が同じポートで独自のオーバーレイを動かしていると、ハイパーバイザーがそれらのパケットを取り込んでしまうことがあり、同じNode内の通信は動作するのに、Node間のPod同士の通信が壊れます。',
  'rules.vxlan-port-conflict.fix.1': 'vSphereのホストが独自のオーバーレイにUDP 4789のVXLANを使用しているかどうかを確認します(vSphere / NSXの管理者に問い合わせます)。',
  'rules.vxlan-port-conflict.fix.2':
    '2つのオーバーレイのどちらかを別のUDPポートに移します。vSphereのオーバーレイを再構成するか、LinuxとWindowsのすべてのNodeでFlannelに別のVXLANポート(net-conf.jsonのvxlanバックエンドのPort設定)を指定します。',
  'rules.vxlan-port-conflict.fix.3': 'すべてのNodeでflanneldとkube-proxyを再起動し、Node間のPod同士の通信を確認します。',
  'rules.vxlan-port-conflict.msg.podContainer': 'Pod {pod}のコンテナ{container}: {setting}',
  'rules.vxlan-port-conflict.msg.backendProbed': 'net-conf.jsonのFlannelバックエンドはvxlan',
  'rules.vxlan-port-conflict.msg.node':
    '{node}はvSphere上でFlannel vxlan(UDP 4789)を使用しています。vSphereのオーバーレイが同じポートを使用している場合、Node間のPodの通信が横取りされます。',

  // wincat-missing
  'rules.wincat-missing.title': 'kubectl port-forwardが失敗する: pauseイメージにwincat.exeがない',
  'rules.wincat-missing.explanation':
    'Windowsでは、kubectl port-forwardの通信はwincat.exeが担い、これはpause(サンドボックス)イメージに含まれている必要があります。wincat.exeはKubernetes 1.15で導入されました。それより古いKubernetesや、wincat.exeを含めずにビルドした独自のpauseイメージでは、port-forwardが"wincat not found"で失敗します。',
  'rules.wincat-missing.fix.1': 'サポートされているバージョンのKubernetes(Windows Nodeでは1.15以降)を使用します。',
  'rules.wincat-missing.fix.2':
    'サンドボックスイメージとして、wincat.exeを含む最新のpauseイメージを使用します。例: registry.k8s.io/pause:3.9以降、またはmcr.microsoft.com/oss/kubernetes/pause:3.9以降',
  'rules.wincat-missing.fix.3': '独自のpauseイメージをビルドする場合は、wincat.exeをイメージにコピーします(Kubernetesリポジトリのpauseイメージのソースを参照してください)。',
  'rules.wincat-missing.why.1': 'Windows Podへのポートフォワーディングはpauseコンテナ内でwincat.exeを実行するが、それが存在しない',
  'rules.wincat-missing.why.2': 'ランタイムがpauseコンテナ内でwincat.exeを起動できなかった',
  'rules.wincat-missing.why.3': 'kubectl port-forwardがNode側で失敗した',
  'rules.wincat-missing.msg.pod': 'pauseイメージにwincat.exeがないため、Pod {pod}へのポートフォワーディングが失敗します。',
  'rules.wincat-missing.msg.node': 'pauseイメージにwincat.exeがないため、Node {node}上のPodへのポートフォワーディングが失敗します。',

  // probe-pod-failed
  'rules.probe-pod-failed.title': 'windbgのプローブPodをNode上で実行できなかった',
  'rules.probe-pod-failed.explanation':
    'windbgは、Nodeに固定した短時間だけ動作するHostProcess PodでNodeのプローブを実行します。そのPodが起動しなかったため、このNodeのプローブ情報は不明です。よくある原因は、Nodeがpullできないイメージ(エアギャップ環境のレジストリ、プロキシ)、Pod SecurityのレベルでHostProcess Podが拒否されるNamespace、あるいはHostProcessコンテナに対応していない古いクラスターやコンテナランタイム(Kubernetes 1.26以降、containerd 1.6以降が必要)です。',
  'rules.probe-pod-failed.fix.1': 'この検出結果の理由と証拠を確認します: イメージのpull、アドミッション、HostProcessのサポート、スケジューリングのいずれかです。',
  'rules.probe-pod-failed.fix.2': 'エアギャップ環境やプロキシ経由のレジストリでは、プローブのイメージをミラーし、--probe-imageで指定します。',
  'rules.probe-pod-failed.fix.3': 'pod-security.kubernetes.io/enforce=privilegedのラベルを付けたNamespaceでプローブを実行します(--probe-namespace)。',
  'rules.probe-pod-failed.fix.4': 'HostProcessコンテナを使用するため、NodeをKubernetes 1.26以降、containerd 1.6以降にアップグレードします。',

  // canary-failed
  'rules.canary-failed.title': 'このWindowsビルドのカナリアPodが起動しなかった、またはクラスターに到達できなかった',
  'rules.canary-failed.explanation':
    'windbgはWindowsビルドごとに小さなnanoserverのPodを1つスケジュールし、その中からクラスターDNS、kubernetesのClusterIPのService、APIサーバーへの接続を確認します。カナリアが起動できない、またはこれらに到達できない場合、このビルドのNode上の通常のWindowsワークロードも同じように失敗します。',
  'rules.canary-failed.fix.1': '失敗した確認項目とその証拠を確認します: 起動の失敗(イメージ、サンドボックス、スケジューリング)、DNS、ClusterIP、APIサーバーのいずれかです。',
  'rules.canary-failed.fix.2': 'イメージがNodeのビルドと一致しない場合は、一致するイメージを--canary-imageで指定します。',
  'rules.canary-failed.fix.3': 'DNSやServiceの失敗の場合は、検出結果に示されたNodeで`kubectl windbg node <node> --probe`を実行します。',
};
