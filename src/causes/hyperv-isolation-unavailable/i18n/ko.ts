import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '이 노드에서 Hyper-V 격리를 시작할 수 없음',
    'explanation': 'Hyper-V 격리 컨테이너는 작은 유틸리티 VM 안에서 실행되므로, 노드에 Hyper-V 역할과 실행 중인 하이퍼바이저가 필요합니다. 중첩 가상화가 없는 가상 머신이나 이를 노출하지 않는 하이퍼바이저에서는 역할을 설치할 수 없고, Hyper-V 격리를 요청하는 컨테이너는 "No hypervisor is present on this system" 또는 HCS_E_HYPERV_NOT_INSTALLED로 실패합니다.',
    'fix.nestedVirtualization': '중첩 가상화가 가능한 VM 크기나 하이퍼바이저에서 노드를 실행합니다(Azure에서는 Dv3/Ev3 이상 제품군, Hyper-V에서는 Set-VMProcessor -ExposeVirtualizationExtensions $true).',
    'fix.installRole': '노드에 Hyper-V 역할을 설치(Install-WindowsFeature Hyper-V)하고 다시 시작합니다.',
    'fix.useProcessIsolation': '또는 Hyper-V RuntimeClass를 빼고, 노드의 Windows 빌드용으로 빌드한 이미지로 프로세스 격리로 Pod를 실행합니다.',
    'msg.pod': 'Pod {pod}이(가) Hyper-V 격리를 실행할 수 없는 노드에서 Hyper-V 격리를 요청합니다.',
    'msg.runtimeClass': 'runtimeClassName: {name}',
    'why.noHypervisor': '호스트에서 하이퍼바이저가 실행되지 않으며 Hyper-V 격리에는 그것이 필요함',
    'why.hyperVNotInstalled': '컴퓨팅 서비스가 Hyper-V 역할이 설치되지 않았다고 보고함',
    'why.noSlat': '(가상) 프로세서에 SLAT가 없어 Hyper-V 역할을 설치할 수 없음',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '29044cf175',
    'explanation': '32bfd206e9',
    'fix.nestedVirtualization': 'b38a4d58e8',
    'fix.installRole': '23a443b142',
    'fix.useProcessIsolation': '86601a2ec0',
    'msg.pod': 'cc576df28f',
    'msg.runtimeClass': '08a5181799',
    'why.noHypervisor': 'f7646b8234',
    'why.hyperVNotInstalled': '5e85d5fa85',
    'why.noSlat': '09bf59e1f8',
  },
});
