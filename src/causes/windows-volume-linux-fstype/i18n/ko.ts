import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Pod용 볼륨이 Linux 파일 시스템을 요구함',
    'explanation': 'Windows 노드에 마운트되는 블록 볼륨은 NTFS, ReFS, FAT만 다룰 수 있는 Windows가 포맷합니다. StorageClass나 PersistentVolume이 ext4나 xfs(많은 스토리지 클래스의 기본값)를 요구하면 Format-Volume이 파일 시스템을 거부하여 마운트가 실패하고 Pod가 시작되지 않습니다.',
    'fix.ntfsClass': 'fsType(또는 csi.storage.k8s.io/fstype)을 ntfs로 설정한 Windows 워크로드용 StorageClass를 만들고 Windows Pod의 클레임에서 사용합니다.',
    'fix.recreateVolume': '그 클래스로 클레임을 다시 만듭니다. 기존 볼륨은 만들 때의 파일 시스템을 유지합니다.',
    'fix.keepOsApart': 'Linux와 Windows 클레임은 별도의 클래스로 둡니다. 한 OS에서 포맷한 디스크는 다른 OS에서 마운트할 수 없습니다.',
    'msg.pod': 'Pod {pod}이(가) 볼륨을 마운트할 수 없습니다. 볼륨이 Windows에서 포맷할 수 없는 파일 시스템을 요구합니다.',
    'why.formatVolumeLinuxFs': 'Windows Format-Volume이 볼륨에 요청된 Linux 파일 시스템을 거부함',
    'why.linuxFsNotInSet': '요청된 파일 시스템은 Windows가 만들 수 있는 것이 아님',
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
