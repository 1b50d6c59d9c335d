import { describe, expect, it } from 'vitest';
import type { KPod } from '../src/kube/types.js';
import { hasOsSelector, isHostProcessPod, targetsWindows } from '../src/windows/pods.js';

function pod(spec: Partial<NonNullable<KPod['spec']>>, image = 'contoso/app:1.0'): KPod {
  return { metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'app', image }], ...spec } };
}

describe('targetsWindows', () => {
  it.each([
    ['nodeSelector kubernetes.io/os=windows', pod({ nodeSelector: { 'kubernetes.io/os': 'windows' } }), true],
    ['legacy beta os label', pod({ nodeSelector: { 'beta.kubernetes.io/os': 'windows' } }), true],
    [
      'required node affinity',
      pod({
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['windows'] }] }],
            },
          },
        },
      }),
      true,
    ],
    ['spec.os.name', pod({ os: { name: 'windows' } }), true],
    ['windows-build selector', pod({ nodeSelector: { 'node.kubernetes.io/windows-build': '10.0.20348' } }), true],
    ['Windows image', pod({}, 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022'), true],
    ['toleration for os=windows', pod({ tolerations: [{ key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' }] }), true],
    ['linux selector', pod({ nodeSelector: { 'kubernetes.io/os': 'linux' } }, 'nginx:1.27'), false],
    ['nothing', pod({}, 'nginx:1.27'), false],
    ['tolerate-everything toleration', pod({ tolerations: [{ operator: 'Exists' }] }, 'nginx:1.27'), false],
  ])('%s', (_name, input, expected) => {
    expect(targetsWindows(input)).toBe(expected);
  });
});

describe('hasOsSelector / isHostProcessPod', () => {
  it('sees OS selectors of either OS', () => {
    expect(hasOsSelector(pod({ nodeSelector: { 'kubernetes.io/os': 'linux' } }))).toBe(true);
    expect(hasOsSelector(pod({ nodeSelector: { agentpool: 'win22' } }))).toBe(false);
  });

  it('recognises pod-level HostProcess', () => {
    expect(isHostProcessPod(pod({ securityContext: { windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' } } }))).toBe(true);
    expect(isHostProcessPod(pod({}))).toBe(false);
  });
});
