import { defineCause } from '../define.js';
import { messageDetector, officialPages } from '../../engine/rule-kit.js';
import type { MessageSignature } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'portForwardingWindows',
    pattern: /wincat not found/,
    weight: 0.95,
    why: 'port forwarding to Windows pods runs wincat.exe inside the pause container, and it is not there',
  },
  {
    name: 'runtimeCouldStart',
    pattern: /wincat(?:\.exe)?\b.{0,200}(?:cannot find the file|not found|no such file)|(?:cannot find the file|not found).{0,300}wincat(?:\.exe)?\b/,
    weight: 0.85,
    why: 'the runtime could not start wincat.exe in the pause container',
  },
  {
    name: 'kubectlPortForward',
    pattern: /unable to do port forwarding/,
    weight: 0.3,
    why: 'kubectl port-forward failed on the node side',
  },
  // The same text as Windows prints it in ja, ko, zh-CN. Source: localised "(os error 2)" texts of Windows quoted in public repositories
  {
    name: 'runtimeCouldStartLocalised',
    group: 'runtimeCouldStart',
    whyOf: 'runtimeCouldStart',
    pattern: /wincat(?:\.exe)?\b.{0,200}(?:指定されたファイルが見つかりません|系统找不到指定的文件|지정된 파일을 찾을 수 없습니다)|(?:指定されたファイルが見つかりません|系统找不到指定的文件|지정된 파일을 찾을 수 없습니다).{0,300}wincat(?:\.exe)?\b/,
    weight: 0.85,
    why: 'the runtime could not start wincat.exe in the pause container',
  },
];

const rule = defineCause({
  title: 'kubectl port-forward fails: wincat.exe missing from the pause image',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'On Windows, kubectl port-forward is carried by wincat.exe, which must live in the pause (sandbox) image. It arrived with Kubernetes 1.15; ' +
    'with an older Kubernetes or a custom pause image built without it, port-forward fails with "wincat not found".',
  fix: {
    useSupportedKubernetes: 'Use a supported Kubernetes version (1.15 or later on the Windows nodes).',
    useCurrentPause: 'Use a current pause image that ships wincat.exe, e.g. registry.k8s.io/pause:3.9 or later or mcr.microsoft.com/oss/kubernetes/pause:3.9 or later, as the sandbox image.',
    ifYouBuild: 'If you build your own pause image, copy wincat.exe into it (see the pause image sources in the Kubernetes repository).',
  },
  messages: {
    pod: 'Port forwarding to pod {pod} fails because the pause image has no wincat.exe.',
    node: 'Port forwarding to pods on node {node} fails because the pause image has no wincat.exe.',
  },
  symptoms: [
    'kubectl port-forward to a Windows pod does not work',
    'port forwarding fails because wincat is not found',
    'port-forward works for Linux pods but not Windows pods',
    'the pause image we use has no wincat.exe',
    'kubectl port-forward to a Windows pod fails with an exec error from the pause container',
    'port forwarding to Windows pods needs wincat.exe inside the sandbox image',
  ],
  references: [officialPages.windowsDebugging, officialPages.windowsPauseContainer],
  signatures,
  // A Linux node forwards ports with socat (and nsenter): the same kubelet error naming them is not this cause.
  ruledOutBy: [/\b(?:socat|nsenter)\b/],
  detect: messageDetector({ nodes: true }),
});

export default rule;
