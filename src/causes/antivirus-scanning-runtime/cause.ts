import { defineCause } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';
import type { MessageSignature } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'layerAccessDenied',
    pattern: /(?:processbaselayer|processutilityvmimage|failed to register layer|failed to extract layer|apply(?:ing)? layer).{0,240}access is denied/,
    weight: 0.6,
    why: 'writing an image layer was denied, which real-time scanning of the layer folder causes while files are being extracted',
    phases: ['pull', 'create', 'any'],
  },
];

const rule = defineCause({
  title: 'Antivirus real-time scanning slows or blocks the container runtime',
  area: 'node',
  severity: 'warning',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'Microsoft Defender and other real-time scanners inspect every file a container runtime writes. Extracting a Windows image layer writes tens of thousands of files, so with scanning on, extraction takes far longer than the download and a large share of the node\'s CPU goes to the scanner, ' +
    'enough to slow container start, exec and cleanup on busy nodes. A scanner that holds files open can also make a layer write fail with "Access is denied". The runtime data folder and the extraction helper (unpigz) are not excluded by default on every setup.',
  fix: {
    excludeRoot: 'Exclude the runtime data root from real-time scanning (containerd: C:\\ProgramData\\containerd; Docker: C:\\ProgramData\\docker or its data-root).',
    excludeProcesses: 'Exclude the runtime processes (containerd.exe, containerd-shim-runhcs-v1.exe or dockerd.exe) and the layer extraction helper unpigz.exe.',
    followGuidance: 'Follow Microsoft\'s antivirus guidance for Windows containers: scanners should use the container-aware filter behaviour rather than scanning layer files as ordinary files.',
    measure: 'Compare download and extraction time of one large image before and after the exclusions; check the scanner\'s CPU share while pods start.',
  },
  messages: {
    pod: 'Pod {pod} could not write an image layer: access was denied while it was being extracted.',
  },
  references: [
    'https://github.com/kubernetes/kubernetes/pull/100029',
    'https://github.com/containerd/containerd/issues/4989',
    'https://github.com/microsoft/Windows-Containers/issues/92',
  ],
  signatures,
  symptoms: [
    'Windows Defender uses a lot of CPU when pulling or starting containers',
    'extracting the image takes much longer than downloading it on the Windows node',
    'MsMpEng.exe high CPU on a Windows Kubernetes node',
    'image pull on Windows is much slower with containerd than with Docker',
    'image layer extraction fails with access denied on the Windows node',
    'excluding the container runtime processes and its data directories from real-time scanning fixes the slowness or the failures',
  ],
  detect: messageDetector({ scheduledOnly: true }),
});

export default rule;
