import { describe, expect, it } from 'vitest';
import { normalizeMessage } from '../src/engine/normalize.js';

describe('normalizeMessage', () => {
  it('drops container ids, Win32 codes and quoting', () => {
    const a = normalizeMessage(
      'Error response from daemon: hcsshim::CreateComputeSystem b5dae7fba2e1c90728066832232fdba8ec8acfc2ed1f9c99ac147bf1451ffe5c: The container operating system does not match the host operating system. (0xc0370101)',
    );
    expect(a).toBe(
      'error response from daemon: hcsshim::createcomputesystem <hash>: the container operating system does not match the host operating system. (<hex>)',
    );
  });

  it('replaces GUIDs, IPs, versions and paths', () => {
    const a = normalizeMessage(
      'hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013) {"Success":false,"Error":"x","ErrorCode":2151350291} id={1F1E4D2C-AB12-4C33-9D44-0123456789AB} vip 10.96.0.10:53 kubelet v1.30.4 file C:\\k\\kubelet.exe and /run/flannel/subnet.env',
    );
    expect(a).toContain('hcncreateloadbalancer failed in win32: the specified port already exists. (<hex>)');
    expect(a).toContain('id=<guid>');
    expect(a).toContain('vip <ip>');
    expect(a).toContain('kubelet <ver>');
    expect(a).toContain('file <path> and <path>');
  });

  it('unescapes JSON-quoted log text', () => {
    expect(normalizeMessage('failed to start sandbox container for pod \\"win-webserver-c94f\\":')).toBe(
      'failed to start sandbox container for pod win-webserver-c94f:',
    );
  });
});
