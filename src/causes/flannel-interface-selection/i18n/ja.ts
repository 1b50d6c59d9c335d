import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsノードのflanneldが誤ったネットワークアダプターを選ぶ、または見つけられない',
    'explanation': 'flanneldはホストの一つのアダプター上にHNSネットワークを作ります。指定がなければ既定のルートからそのアダプターを見つけます。アダプターが複数ある、アダプター名が変更されている、またはラッパーが分割してしまう空白入りのアダプター名の場合、誤ったアダプターを使うか一つも見つけられず、HNSネットワークが作られず、flannelはクラッシュを繰り返し、Podはネットワークを得られません。',
    'fix.listAdapters': 'ノードでアダプターと既定のルートを一覧し(Get-NetAdapter、Get-NetRoute -DestinationPrefix 0.0.0.0/0)、ノードの通信を運ぶアダプターを選びます。',
    'fix.nameInterface': 'そのアダプターを--iface(IPアドレスまたは名前)や--iface-regexでflanneldに渡すか、セットアップスクリプトのインターフェイスのパラメーターに指定します。',
    'fix.avoidSpaces': 'ラッパーがコマンドラインでアダプター名を渡す場合は、空白のない名前にアダプターを変更します(Rename-NetAdapter)。',
    'fix.restartFlannel': 'ノードのflannelを再起動し、HNSネットワークができることを確認します。',
    'msg.pod': 'Pod {pod}(flannel)はノードのネットワークアダプターを見つけられないか、使えませんでした。',
    'why.noValidInterface': 'flanneldのインターフェイス設定に一致するアダプターが見つからなかった',
    'why.noDefaultInterface': 'flanneldが既定のルートのアダプターを特定できなかった',
    'why.adapterNotFound': '存在しないアダプター上にネットワークを作るようHNSが求められた',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '6b31fe87f2',
    'explanation': 'd1fe3f0214',
    'fix.listAdapters': 'bc70a1bb1c',
    'fix.nameInterface': '6bf718b30e',
    'fix.avoidSpaces': '218c3648a0',
    'fix.restartFlannel': '3c8a76bd6c',
    'msg.pod': '3a8adb4b28',
    'why.noValidInterface': 'b6e6439861',
    'why.noDefaultInterface': '26263f4d41',
    'why.adapterNotFound': '23f2cb97dd',
  },
});
