import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드의 시스템 드라이브가 가득 참',
    'explanation': 'Windows 노드는 이미지 레이어, 컨테이너 스크래치 공간, kubelet과 런타임 로그를 시스템 드라이브 C:에 두며, Windows 이미지는 하나에 수 GB입니다. C:가 가득 차면 레이어를 푸는 도중 풀이 실패하고 컨테이너도 만들 수 없으며 "There is not enough space on the disk"가 나타납니다. VM 디스크는 큰데 노드 프로비저닝이 파티션을 확장하지 않아 C:가 VM 이미지 크기(여러 Windows 이미지에서 30 GB) 그대로인 경우가 많고, Windows의 kubelet은 DiskPressure를 보고하지 않을 수 있어 파드가 실패하기 시작할 때까지 노드 상태에는 아무 경고도 없습니다.',
    'fix.checkPartition': '노드에서 C:의 크기와 디스크 크기를 비교합니다(Get-Partition, Get-Disk). 할당되지 않은 공간이 있으면 C:를 확장합니다(Resize-Partition -DriveLetter C -Size (Get-PartitionSupportedSize -DriveLetter C).SizeMax).',
    'fix.freeSpace': '지금 공간을 확보합니다. 쓰지 않는 이미지(crictl rmi --prune), 오래된 컨테이너 로그, 순환된 kubelet·런타임 로그를 지운 뒤 kubelet이 파드를 다시 시도하게 둡니다.',
    'fix.biggerDisk': 'Windows 노드 풀에 더 큰 OS 디스크를 주고(Windows 이미지를 여러 개 쓴다면 128 GB 이상), 노드 프로비저닝이 C:를 디스크 전체로 확장하는지 확인합니다.',
    'fix.imageGc': 'Windows 노드에서 이미지 가비지 컬렉션이 동작하는지(imageGCHighThresholdPercent, ImageGCFailed 이벤트), 노드 서비스에 로그 순환이 설정되어 있는지 확인합니다.',
    'why.diskFull': 'Windows가 ERROR_DISK_FULL을 반환했다: 이미지 레이어와 컨테이너 스크래치 공간을 두는 드라이브가 가득 찼다',
    'msg.pod': '파드 {pod}를 시작할 수 없습니다. 노드의 시스템 드라이브가 가득 찼습니다.',
    'msg.node': '{node}의 시스템 드라이브가 가득 찼습니다.',
    'msg.lowSpace': '{node}의 시스템 드라이브에 {total} GiB 중 {free} GiB만 남아 있습니다.',
    'msg.driveSpace': '시스템 드라이브: {total} GiB 중 {free} GiB 사용 가능',
    'msg.smallPartition': '시스템 드라이브가 {total} GiB뿐입니다. VM 디스크가 더 크다면 파티션이 확장되지 않은 것입니다',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '96a6cd17f5',
    'explanation': 'e0e414dfe1',
    'fix.checkPartition': 'ee67eb3fc9',
    'fix.freeSpace': '04dba51879',
    'fix.biggerDisk': 'f02fdc9137',
    'fix.imageGc': 'e43ae5df91',
    'why.diskFull': '9374a8fae7',
    'msg.pod': '300f29c892',
    'msg.node': 'c5ce0711af',
    'msg.lowSpace': '859fb0335b',
    'msg.driveSpace': 'cbfdb97433',
    'msg.smallPartition': '2a83e17a8e',
  },
});
