import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Pod用のボリュームがLinuxのファイルシステムを要求している',
    'explanation': 'Windowsノードにマウントされるブロックボリュームは、NTFS、ReFS、FATしか扱えないWindowsがフォーマットします。StorageClassやPersistentVolumeがext4やxfs(多くのストレージクラスの既定値)を要求すると、Format-Volumeがファイルシステムを拒否してマウントが失敗し、Podは起動しません。',
    'fix.ntfsClass': 'fsType(またはcsi.storage.k8s.io/fstype)をntfsにしたWindowsワークロード用のStorageClassを作成し、Windows Podのクレームで使います。',
    'fix.recreateVolume': 'そのクラスでクレームを作り直します。既存のボリュームは作成時のファイルシステムのままです。',
    'fix.keepOsApart': 'LinuxとWindowsのクレームは別のクラスにします。一方のOSでフォーマットしたディスクはもう一方ではマウントできません。',
    'msg.pod': 'Pod {pod}はボリュームをマウントできません。ボリュームがWindowsでフォーマットできないファイルシステムを要求しています。',
    'why.formatVolumeLinuxFs': 'WindowsのFormat-Volumeが、ボリュームに要求されたLinuxのファイルシステムを拒否した',
    'why.linuxFsNotInSet': '要求されたファイルシステムはWindowsが作成できるものではない',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'e080a74ffc',
    'explanation': '4404d2e6f5',
    'fix.ntfsClass': 'a7ea0ee3d3',
    'fix.recreateVolume': '5d5a667bf5',
    'fix.keepOsApart': 'b96f30617c',
    'msg.pod': 'c5f79100a5',
    'why.formatVolumeLinuxFs': '883bae176e',
    'why.linuxFsNotInSet': '581d0384f5',
  },
});
