import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드에서 exec 프로브가 메모리를 누수하거나 더 이상 시작되지 않음',
    'explanation': 'Windows에서는 exec(명령) 프로브가 실행될 때마다 런타임 shim과 Host Compute Service(vmcompute)를 거쳐 컨테이너 안에 프로세스가 시작됩니다. 이 경로에서 두 가지 누수가 있었습니다. 1.6.13 이전의 containerd 1.6에 들어 있던 shim은 exec마다 메모리를 붙잡고 있어서, 명령 프로브가 잦은 컨테이너를 실행하는 노드는 조금씩 메모리를 잃었습니다. 또 vmcompute가 프로브 프로세스를 시작하지 못하면("The RPC server is unavailable"), 실패한 시도마다 vmcompute 자체에서 메모리가 누수됩니다. 시작하지 못한 프로브는 실패한 프로브로 세지 않으므로 kubelet은 그 컨테이너를 다시 시작하지 않습니다. 파드는 망가진 프로브를 가진 채 Running으로 남고 노드는 계속 메모리를 잃습니다.',
    'fix.upgradeContainerd': 'Windows 노드에서 containerd 1.6.13 이상을 실행합니다. 관리형 서비스에서는 그것을 포함한 노드 이미지로 옮깁니다.',
    'fix.updateWindows': 'Windows 노드를 최신 누적 업데이트로 유지합니다. 프로세스 시작 실패에 대한 vmcompute 수정이 여기에 들어 있습니다.',
    'fix.restartStuckPods': 'exec 프로브를 더 이상 시작할 수 없는 파드를 삭제합니다. kubelet이 대신 해 주지 않습니다. 노드 메모리가 부족하면 드레인한 뒤 재부팅해 누수된 메모리를 되찾습니다.',
    'fix.preferHttpProbes': '애플리케이션이 허용한다면 exec 프로브 대신 httpGet이나 tcpSocket 프로브를 쓰거나 프로브 주기를 늘려, 컨테이너 안에서 시작되는 프로세스 수를 줄입니다.',
    'why.probeCannotStart': 'kubelet이 exec 프로브를 시작조차 하지 못했다: Host Compute Service가 프로세스 생성을 거부했다',
    'why.createProcessRpc': 'Host Compute Service가 응답하지 않아 컨테이너 안에서 프로세스를 만들지 못했다',
    'msg.pod': '파드 {pod}의 exec 프로브를 시작할 수 없습니다. kubelet은 이 때문에 컨테이너를 다시 시작하지 않으며, 시도할 때마다 노드의 Host Compute Service에서 메모리가 누수됩니다.',
    'msg.shimLeak': '{node}의 containerd {version}은(는) exec 프로브가 실행될 때마다 Windows shim에서 메모리를 누수합니다(이 노드에서 exec 프로브가 있는 파드: {count}). {fixed}에서 수정되었습니다.',
    'msg.execProbes': '파드 {pod}에 exec {probes}가 있습니다',
    'msg.moreExecProbes': '이 노드에 exec 프로브가 있는 파드가 {count}개 더 있습니다',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd3e9e7c28a',
    'explanation': '94ee19cc8f',
    'fix.upgradeContainerd': 'e09aaafe7c',
    'fix.updateWindows': '89dd788171',
    'fix.restartStuckPods': '4b2fe81980',
    'fix.preferHttpProbes': '48e026bfd0',
    'why.probeCannotStart': 'b667844afc',
    'why.createProcessRpc': 'dbc9e7df13',
    'msg.pod': '71c45e50d8',
    'msg.shimLeak': 'f98d8f215d',
    'msg.execProbes': 'a4ba9754c6',
    'msg.moreExecProbes': 'b419147a9a',
  },
});
