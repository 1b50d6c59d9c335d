import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd上のgMSA Podが、ネットワーク上でドメインIDを使えないホストで動いている',
    'explanation': 'containerdでは、Podのグループ管理サービスアカウント(gMSA)のIDはホストを通じて与えられ、十分に新しいWindows更新が必要です。10.0.17763.1817(KB5000822)より前のWindows Server 2019では、資格情報仕様をまったく適用できません。更新済みのホストでも、HNSのレジストリ値EnableCompartmentNamespaceを1に設定してPodを作り直すまでは、ホスト名やFQDNでの共有やサービスへのアクセスが失敗することがあります(IPアドレスなら成功します)。',
    'fix.patchHost': 'Windows Server 2019のノードを10.0.17763.1817(KB5000822)以降に更新するか、最新のノードイメージを使います。',
    'fix.compartmentKey': 'すべてのWindowsノードでHKLM\\SYSTEM\\CurrentControlSet\\Services\\hns\\State\\EnableCompartmentNamespaceを1(REG_DWORD)に設定し、gMSA Podを作り直します。変更前に作成されたPodは古い動作のままです。',
    'fix.verify': 'Pod内でnltest /sc_verify:<domain>が成功し、共有がFQDNで開けることを確認します。',
    'msg.oldHost': 'ノード{node}は{host}で動いています。containerdでのgMSAには10.0.{build}.{ubr}({update})以降が必要です',
    'msg.specs': '使用している資格情報仕様: {specs}',
    'msg.pod': 'gMSA Pod {pod}は、資格情報仕様を適用するには古すぎるWindows Server 2019ノード上のcontainerdで動いています。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'c236b49194',
    'explanation': '79b3153e8b',
    'fix.patchHost': '108d720100',
    'fix.compartmentKey': '95fc8e2761',
    'fix.verify': 'ebe9155f1c',
    'msg.oldHost': '068ceb3da3',
    'msg.specs': '11d0c7f56d',
    'msg.pod': '9425601bf5',
  },
});
