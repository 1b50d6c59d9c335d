import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'サンドボックス(pause)イメージにWindows Server 2025用がない',
    'explanation': 'registry.k8s.io/pauseの3.10と3.10.1にはWindows Server 2025(ビルド26100)用のイメージがなく、3.10.2で追加されました(それ以前の種類もすべて含みます)。2025のノードで古いpauseイメージを使うとホストに合わず、Hyper-V分離ではcontainerdがpauseイメージからServer 2022のユーティリティVMを起動した後、2025のアプリケーションのレイヤーをマウントできずに失敗し(HCS_E_IMAGE_MISMATCH)、プロセス分離ではサンドボックスが起動しません。',
    'fix.setSandboxImage': 'containerdのサンドボックスイメージをregistry.k8s.io/pause:3.10.2以降に設定します(plugins."io.containerd.grpc.v1.cri".sandbox_image、またはノードのブートストラップが固定しているイメージ)。',
    'fix.prePull': 'すべてのWindows Server 2025ノードで新しいpauseイメージを事前にプルし、containerdを再起動します。',
    'fix.upgradeRuntime': 'または、既定のサンドボックスイメージが3.10.2以降のcontainerdのリリースに移行します。',
    'msg.oldPause': '{image}にはWindows Server 2025用がありません(最初に含むリリース: {minimum})',
    'msg.onNode': 'ノード{node}は{build}で動いています',
    'msg.pod': 'Pod {pod}は、pauseイメージに2025用がないためWindows Server 2025でサンドボックスを作成できません。',
    'why.imageMismatchSandbox': 'Windowsのビルドの不一致のため、コンピューティングサービスがサンドボックスまたはそのユーティリティVMを拒否した',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '58bd5d46c6',
    'explanation': '697d48bbfc',
    'fix.setSandboxImage': '220b73cf88',
    'fix.prePull': 'b69855eac8',
    'fix.upgradeRuntime': '77fd8623d0',
    'msg.oldPause': 'cfc7df7fd5',
    'msg.onNode': '717ee028e2',
    'msg.pod': 'd196d01190',
    'why.imageMismatchSandbox': 'c8ae20fbc3',
  },
});
