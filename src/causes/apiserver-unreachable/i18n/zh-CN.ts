import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点或 Pod 无法访问 API Server（证书或地址问题）',
    'explanation': '某个客户端（kubelet、kube-proxy、flanneld 或集群内应用）无法与 API Server 的 https://<address>:<port> 通信。这几乎总是配置问题：kubeconfig 中的 server 地址或 CA 不对、凭据不被接受，或者 API Server 证书没有覆盖客户端所用的地址。',
    'fix.openKubeconfigFailing': '打开出问题的组件所用的 kubeconfig（Windows 上的 kubelet 通常是 C:\\k\\config），核对 server 地址和端口。',
    'fix.checkCertificateAuthority': '确认 certificate-authority-data 是集群 CA（与控制平面的 admin.conf 或 ~/.kube/config 对比）。',
    'fix.checkApiServer': '确认 API Server 证书中包含客户端所用的地址（对服务端证书执行 openssl x509 -noout -text 查看）。',
    'fix.testNodeTest': '在节点上测试：Test-NetConnection <address> -Port <port>；然后用修正后的 kubeconfig 重启该组件。',
    'why.clientDoesTrust': '客户端不信任 API Server 证书：kubeconfig 中的 CA 不对',
    'why.apiServerCertificate': 'API Server 证书已过期，或者没有包含客户端所用的地址',
    'why.clientCouldOpen': '客户端无法连接到其 kubeconfig 中的 API Server 地址',
    'why.tlsVerificationApi': 'API Server 的 TLS 校验失败',
    'why.requestApiServer': '对 API Server 的请求无法建立连接',
    'why.connectionRefusedOwn': '连接被拒绝（单凭这一点，任何服务都有可能）',
    'msg.pod': 'Pod {pod} 无法访问 API Server（连接或证书错误）。',
    'msg.node': '节点 {node} 上的某个组件无法访问 API Server（连接或证书错误）。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '4b3272143d',
    'explanation': '15d69ce9ce',
    'fix.openKubeconfigFailing': 'e1660c6ea8',
    'fix.checkCertificateAuthority': '289156755a',
    'fix.checkApiServer': '2ca31eb8f8',
    'fix.testNodeTest': '88223ac01f',
    'why.clientDoesTrust': '5166388752',
    'why.apiServerCertificate': '2ec41e0f75',
    'why.clientCouldOpen': '031588462a',
    'why.tlsVerificationApi': 'ed1a336cd4',
    'why.requestApiServer': '777e21c3f4',
    'why.connectionRefusedOwn': '7a876234ce',
    'msg.pod': 'f64fd3ceff',
    'msg.node': '97ccab4bcb',
  },
});
