import type { KPod, Toleration } from '../kube/types.js';
import { windowsBuildLabel } from './builds.js';
import { looksLikeWindowsImage } from './images.js';

const osLabels = ['kubernetes.io/os', 'beta.kubernetes.io/os'];

/** Images of every container of the pod (init and regular). */
export function podImages(pod: KPod): string[] {
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  return containers.map((c) => c.image).filter((image): image is string => typeof image === 'string' && image !== '');
}

/** The value the pod's nodeSelector or required node affinity asks for on one of these label keys. */
export function requiredLabelValues(pod: KPod, keys: readonly string[]): string[] {
  const values: string[] = [];
  for (const key of keys) {
    const selected = pod.spec?.nodeSelector?.[key];
    if (selected !== undefined) values.push(selected);
  }
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    for (const expression of term.matchExpressions ?? []) {
      if (keys.includes(expression.key) && expression.operator === 'In') values.push(...(expression.values ?? []));
    }
  }
  return values;
}

/** True when nodeSelector or required affinity pins kubernetes.io/os (to any OS). */
export function hasOsSelector(pod: KPod): boolean {
  if (requiredLabelValues(pod, osLabels).length > 0) return true;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return terms.some((term) => (term.matchExpressions ?? []).some((e) => osLabels.includes(e.key)));
}

export function selectsWindowsOs(pod: KPod): boolean {
  return requiredLabelValues(pod, osLabels).some((value) => value.toLowerCase() === 'windows');
}

/** A toleration that lets the pod onto nodes tainted os=windows (any key ending in "os"). */
export function toleratesWindowsTaint(toleration: Toleration): boolean {
  if (toleration.operator === 'Exists' && toleration.key === undefined) return true;
  const key = toleration.key ?? '';
  if (!/(^|\/)os$/.test(key)) return false;
  if (toleration.operator === 'Exists') return true;
  return (toleration.value ?? '').toLowerCase() === 'windows';
}

/**
 * True when the pod is aimed at Windows nodes: an OS selector or affinity for windows, spec.os.name
 * windows, a windows-build selector, a Windows container image, or a toleration for an os=windows
 * taint. Used for unscheduled pods, which have no node to tell.
 */
export function targetsWindows(pod: KPod): boolean {
  if (pod.spec?.os?.name?.toLowerCase() === 'windows') return true;
  if (selectsWindowsOs(pod)) return true;
  if (requiredLabelValues(pod, [windowsBuildLabel]).length > 0) return true;
  if (podImages(pod).some(looksLikeWindowsImage)) return true;
  return (pod.spec?.tolerations ?? []).some(
    (toleration) => /(^|\/)os$/.test(toleration.key ?? '') && (toleration.value ?? '').toLowerCase() === 'windows',
  );
}

/** True when the pod runs as a HostProcess container (pod-level or every container). */
export function isHostProcessPod(pod: KPod): boolean {
  if (pod.spec?.securityContext?.windowsOptions?.hostProcess === true) return true;
  const containers = pod.spec?.containers ?? [];
  return containers.length > 0 && containers.every((c) => c.securityContext?.windowsOptions?.hostProcess === true);
}
