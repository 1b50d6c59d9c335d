import { defineCause } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';

const rule = defineCause({
  title: 'Volume for a Windows pod asks for a Linux file system',
  area: 'pod',
  severity: 'error',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'A block volume mounted on a Windows node is formatted by Windows, which knows NTFS, ReFS and FAT only. ' +
    'When the StorageClass or PersistentVolume asks for ext4 or xfs (the default of many storage classes), Format-Volume rejects the file system and the mount fails, so the pod never starts.',
  fix: {
    ntfsClass: 'Create a StorageClass for Windows workloads with fsType (or csi.storage.k8s.io/fstype) set to ntfs, and use it in the claims of Windows pods.',
    recreateVolume: 'Recreate the claim with that class; an existing volume keeps the file system it was created with.',
    keepOsApart: 'Keep Linux and Windows claims on separate classes; a disk formatted by one OS cannot be mounted by the other.',
  },
  messages: {
    pod: 'Pod {pod} cannot mount its volume: the volume asks for a file system Windows cannot format.',
  },
  references: ['https://kubernetes.io/docs/concepts/storage/storage-classes/', 'https://github.com/kubernetes-sigs/azuredisk-csi-driver/issues/561'],
  signatures: [
    {
      name: 'formatVolumeLinuxFs',
      pattern: /format-volume.{0,120}(?:ext[234]|xfs).{0,40}does not belong to the set/,
      weight: 0.95,
      why: 'Windows Format-Volume rejected a Linux file system requested for the volume',
      phases: ['mount', 'any'],
    },
    {
      name: 'linuxFsNotInSet',
      pattern: /argument (?:ext[234]|xfs) does not belong to the set .{0,10}fat,fat32,exfat,ntfs,refs/,
      weight: 0.9,
      why: 'the requested file system is not one Windows can create',
      phases: ['mount', 'any'],
    },
  ],
  symptoms: [
    'Windows pod stuck in ContainerCreating with FailedMount format disk failed',
    'Azure Disk on Windows node fails with ext4',
    'persistent volume works for Linux pods but not Windows pods',
  ],
  detect: messageDetector(),
});

export default rule;
