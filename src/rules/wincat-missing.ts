import { withWindowsMessages } from '../i18n/windows-messages.js';
import { t } from '../i18n/index.js';
import { findingsFromMessages, officialPages } from '../engine/rule-kit.js';
import type { Finding, MessageSignature, Rule, RuleContext } from './types.js';

const signatures: MessageSignature[] = withWindowsMessages('wincat-missing', [
  {
    pattern: /wincat not found/,
    weight: 0.95,
    why: 'port forwarding to Windows pods runs wincat.exe inside the pause container, and it is not there',
  },
  {
    pattern: /wincat(?:\.exe)?\b.{0,200}(?:cannot find the file|not found|no such file)|(?:cannot find the file|not found).{0,300}wincat(?:\.exe)?\b/,
    weight: 0.85,
    why: 'the runtime could not start wincat.exe in the pause container',
  },
  {
    pattern: /unable to do port forwarding/,
    weight: 0.3,
    why: 'kubectl port-forward failed on the node side',
  },
]);

const rule: Rule = {
  id: 'wincat-missing',
  title: 'kubectl port-forward fails: wincat.exe missing from the pause image',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'On Windows, kubectl port-forward is carried by wincat.exe, which must live in the pause (sandbox) image. It arrived with Kubernetes 1.15; ' +
    'with an older Kubernetes or a custom pause image built without it, port-forward fails with "wincat not found".',
  remediation: [
    'Use a supported Kubernetes version (1.15 or later on the Windows nodes).',
    'Use a current pause image that ships wincat.exe, e.g. registry.k8s.io/pause:3.9 or later or mcr.microsoft.com/oss/kubernetes/pause:3.9 or later, as the sandbox image.',
    'If you build your own pause image, copy wincat.exe into it (see the pause image sources in the Kubernetes repository).',
  ],
  references: [officialPages.windowsDebugging, officialPages.windowsPauseContainer],
  signatures,
  detect(ctx: RuleContext): Finding[] {
    return findingsFromMessages(rule, ctx, {
      podMessage: (pod) => t('rules.wincat-missing.msg.pod', { pod: pod.key }),
      nodeMessage: (node) => t('rules.wincat-missing.msg.node', { node: node.name }),
    });
  },
};

export default rule;
