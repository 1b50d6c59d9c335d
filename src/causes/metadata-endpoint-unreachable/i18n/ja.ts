import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'クラウドのメタデータエンドポイントにWindowsノードまたはそのPodから到達できない',
    'explanation': 'クラウドのインスタンスメタデータ(169.254.169.254)は、ホストルート経由でしか応答せず、Azureではノード自身のIPアドレスにしか応答しません。Windowsノードで最初のHNSネットワークを作成するとこのルートが消えることがあり、またポリシーでNATしない限りPodからの通信はノードのIPではなくPodのIPで送信されます。そのため、kubeletのクラウドプロバイダー呼び出し、CSIドライバー、認証情報プロバイダー、Pod内のクラウドSDKがメタデータやトークンを取得できません。',
    'fix.checkFromNode': 'ノードでルートとエンドポイントを確認します。route print 169.254.169.254を実行し、次にクラウドのメタデータURLにInvoke-RestMethodを実行します(AzureではMetadata: trueヘッダーが必要です)。',
    'fix.restoreRoute': 'ルートがない場合は、ノードのデフォルトゲートウェイ宛てに再追加し(New-NetRoute -DestinationPrefix 169.254.169.254/32)、CNIネットワークの作成後にノードのセットアップが再追加するようにします。',
    'fix.natPodTraffic': 'Pod内のクライアントについては、HostProcessコンテナとして実行するか、169.254.169.254宛ての通信をノードのIPにNATするCNIポリシー(OutBoundNATの宛先例外、またはCNIが対応していればloopback DSR型のポリシー)を追加します。',
    'fix.preferIdentity': 'プラットフォームが提供している場合は、メタデータサービスからノードの認証情報を読む代わりに、PodにワークロードIDを与えます。',
    'msg.pod': '{node}上のPod {pod}はクラウドのメタデータエンドポイントに到達できませんでした。',
    'msg.node': '{node}のkubeletはクラウドのメタデータエンドポイントに到達できませんでした。',
    'why.instanceMetadataFailed': 'クライアントが仮想マシンのインスタンスメタデータを取得できなかった',
    'why.imdsNoAnswer': 'インスタンスメタデータサービス(IMDS)が応答しなかった',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '211b427c29',
    'explanation': '43e315fc03',
    'fix.checkFromNode': '2bd9ce986e',
    'fix.restoreRoute': 'd25dbbea77',
    'fix.natPodTraffic': '96ff82fb8d',
    'fix.preferIdentity': '94eaf4eecb',
    'msg.pod': 'd0b6d1351f',
    'msg.node': 'b0f5ab768e',
    'why.instanceMetadataFailed': '1600da16c4',
    'why.imdsNoAnswer': '0abba8e70d',
  },
});
