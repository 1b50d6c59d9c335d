import { t } from '../i18n/index.js';
import { officialPages } from '../engine/rule-kit.js';
import { makeFinding, podTarget } from './finding.js';
import type { Finding, Rule, RuleContext } from './types.js';

export const hyperVIsolationAnnotation = 'experimental.windows.kubernetes.io/isolation-type';

const rule: Rule = {
  id: 'hyperv-isolation-annotation',
  title: 'Pod uses the retired experimental Hyper-V isolation annotation',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-spec'],
  explanation:
    'The annotation experimental.windows.kubernetes.io/isolation-type: hyperv was an alpha mechanism of the Docker era and is no longer honoured. ' +
    'Pods that carry it run with process isolation, so an image of another Windows build fails exactly as if the annotation were absent. Hyper-V isolation is now requested through a RuntimeClass.',
  remediation: [
    'Remove the annotation from the workload template.',
    'Create a RuntimeClass whose handler selects Hyper-V isolation in containerd (a runtime handler configured with the Hyper-V runtime options).',
    'Set runtimeClassName in the pod spec to that RuntimeClass.',
  ],
  references: [officialPages.runtimeClass, officialPages.msHyperVIsolation, officialPages.windowsIntro],
  detect(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const pod of ctx.view.pods) {
      const value = pod.pod.metadata.annotations?.[hyperVIsolationAnnotation];
      if (value === undefined) continue;
      findings.push(
        makeFinding(rule, podTarget(pod.pod), t('rules.hyperv-isolation-annotation.msg.pod', { pod: pod.key }), [
          { source: 'spec', text: `annotation ${hyperVIsolationAnnotation}: ${value}` },
          { source: 'spec', text: pod.pod.spec?.runtimeClassName ? `runtimeClassName: ${pod.pod.spec.runtimeClassName}` : t('rules.hyperv-isolation-annotation.msg.noRuntimeClass') },
        ]),
      );
    }
    return findings;
  },
};

export default rule;
