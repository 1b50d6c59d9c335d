import { defineCause, message } from '../define.js';
import { officialPages } from '../../engine/rule-kit.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { FindingDraft, Rule, RuleContext } from '../../rules/types.js';

export const hyperVIsolationAnnotation = 'experimental.windows.kubernetes.io/isolation-type';

const rule = defineCause({
  title: 'Pod uses the retired experimental Hyper-V isolation annotation',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-spec'],
  explanation:
    'The annotation experimental.windows.kubernetes.io/isolation-type: hyperv was an alpha mechanism of the Docker era and is no longer honoured. ' +
    'Pods that carry it run with process isolation, so an image of another Windows build fails exactly as if the annotation were absent. Hyper-V isolation is now requested through a RuntimeClass.',
  fix: {
    removeAnnotationWorkload: 'Remove the annotation from the workload template.',
    createRuntimeclassWhose: 'Create a RuntimeClass whose handler selects Hyper-V isolation in containerd (a runtime handler configured with the Hyper-V runtime options).',
    setRuntimeclassnamePod: 'Set runtimeClassName in the pod spec to that RuntimeClass.',
  },
  messages: {
    pod: 'Pod {pod} asks for Hyper-V isolation through a retired annotation that is ignored.',
    noRuntimeClass: 'no runtimeClassName set',
  },
  advisory: true,
  symptoms: [
    'we set the hyperv isolation annotation on the pod but it still runs with process isolation',
    'the experimental isolation-type annotation has no effect with containerd',
    'the pod still fails with an OS version mismatch even with the Hyper-V annotation',
    'how to run an older Windows image on a newer host with Hyper-V isolation in Kubernetes',
    'the isolation-type hyperv annotation is ignored by containerd',
    'how to request Hyper-V isolation for a pod, the old annotation no longer works',
    'annotating the pod for hyperv isolation did not let an older image run on the newer host',
    'Hyper-V isolated pods relied on the alpha HyperVContainer feature gate of older Kubernetes releases with Docker',
    'pods with Hyper-V isolation start and then fail or restart; the alpha support was removed later',
    'older Windows Server images ran on newer hosts only through the alpha Hyper-V isolation of the Docker era',
  ],
  references: [officialPages.runtimeClass, officialPages.msHyperVIsolation, officialPages.windowsIntro],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      const value = pod.pod.metadata.annotations?.[hyperVIsolationAnnotation];
      if (value === undefined) continue;
      findings.push(
        makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), [
          { source: 'spec', text: `annotation ${hyperVIsolationAnnotation}: ${value}` },
          { source: 'spec', text: pod.pod.spec?.runtimeClassName ? `runtimeClassName: ${pod.pod.spec.runtimeClassName}` : message('noRuntimeClass') },
        ]),
      );
    }
    return findings;
  },
});

export default rule;
