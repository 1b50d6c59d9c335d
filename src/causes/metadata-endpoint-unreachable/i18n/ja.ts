import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'WindowsノードやそのPodからクラウドのメタデータエンドポイントに到達できない',
    'explanation': 'クラウドのメタデータ(169.254.169.254)には、ホストのルートを通じ、ノード自身のアドレスから到達する必要があります。Windowsで最初のHNSネットワークを作るとこのルートが消えることがあり、またPodからの通信はノードのIPにNATされないため、kubeletのクラウドプロバイダー、CSIドライバー、Pod内のSDKがインスタンスのメタデータや資格情報を読み取れません。',
    'fix.restoreRoute': 'ノードでルートを確認し(Get-NetRoute -DestinationPrefix 169.254.169.254/32)、なければホストのアダプターに追加し直します。ノードのセットアップで、HNSネットワークの作成後にルートを追加し直すようにします。',
    'fix.natForPods': 'Podについては、メタデータへの通信をノードのIPにNATするか(Azure CNIやCAPZのように、CNI構成のOutBoundNATや宛先ベースのポリシーで)、メタデータのクライアントをHostProcessコンテナーとして実行します。',
    'fix.checkProxy': 'HTTPプロキシーを構成している場合は、メタデータの呼び出しがプロキシーに送られないよう、169.254.169.254をNO_PROXYに加えます。',
    'why.instanceMetadata': 'クラウドのメタデータエンドポイントが応答しなかった。Windowsではホストのルートの欠落や、PodからのトラフィックがノードにNATされないことが多い',
    'why.imdsTimeout': 'インスタンスメタデータサービスに到達できなかった',
    'msg.pod': 'Pod {pod}は、Windowsノードからクラウドのメタデータエンドポイント(169.254.169.254)を読み取れません。',
    'msg.node': '{node}のkubeletまたはエージェントが、クラウドのメタデータエンドポイント(169.254.169.254)を読み取れません。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '211b427c29',
    'explanation': '906e8a42d8',
    'fix.restoreRoute': '1d10bb8554',
    'fix.natForPods': '94a8978c2f',
    'fix.checkProxy': 'b46bcdc984',
    'why.instanceMetadata': '0683368c97',
    'why.imdsTimeout': '0acc02121d',
    'msg.pod': 'fbc8123c59',
    'msg.node': '45dbfd3bc1',
  },
});
