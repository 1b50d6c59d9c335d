/**
 * Matching is on the evidence, not on the output language: explain and diagnose give the same ids
 * and confidences in every output language, and messages whose Windows part a Japanese, Korean or
 * Chinese Windows Server printed in its own language are matched like their English originals.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diagnose } from '../src/engine/diagnose.js';
import { defaultMatcher, explainText } from '../src/engine/explain.js';
import { normalizeKeepingPaths, normalizeMessage } from '../src/engine/normalize.js';
import { setLanguage, supportedLanguages } from '../src/i18n/index.js';
import { signatureWhy } from '../src/i18n/rules.js';
import { renderFinding, renderMessage } from '../src/report/localize.js';
import { ruleById } from '../src/rules/index.js';
import { fixtureNow, fixtureSnapshot, withItems } from './rules/rule-tester.js';

afterEach(() => setLanguage('en'));

const recorded = (parse(readFileSync(new URL('./fixtures/rules/real-messages.yaml', import.meta.url), 'utf8')) as { id: string; evidence: string }[])
  .filter((entry) => typeof entry.evidence === 'string' && entry.evidence.trim() !== '');

function ranking(text: string): { id: string; confidence: number }[] {
  return explainText(text).map(({ id, confidence }) => ({ id, confidence }));
}

describe('explain is independent of the output language', () => {
  it.each(supportedLanguages.filter((lang) => lang !== 'en'))('ranks every recorded message the same in %s', (lang) => {
    setLanguage('en');
    const english = recorded.map((entry) => ranking(entry.evidence));
    expect(english.filter((matches) => matches.length > 0).length).toBeGreaterThan(25);
    setLanguage(lang);
    expect(recorded.map((entry) => ranking(entry.evidence))).toEqual(english);
  });

  it('gives the why in the output language when the catalogue has it', () => {
    const text = recorded.find((entry) => entry.id === 'pause-rancher-node-agent-ws2004')!.evidence;
    for (const lang of supportedLanguages) {
      setLanguage(lang);
      const [best] = explainText(text);
      expect(best?.id).toBe('pause-image-incompatible');
      const rule = ruleById('pause-image-incompatible')!;
      const whys = rule.signatures!.map((s) => signatureWhy(rule, s));
      const why = renderMessage(best!.why, lang);
      expect(whys).toContain(why);
      if (lang === 'en') expect(rule.signatures!.map((s) => s.why)).toContain(why);
      else expect(rule.signatures!.map((s) => s.why)).not.toContain(why);
    }
  });
});

describe('diagnose is independent of the output language', () => {
  const files = ['hns-stale.yaml', 'pause-sandbox-mismatch.yaml', 'image-build-mismatch.yaml', 'subnet-env.yaml', 'ip-range.yaml', 'spec-fields.yaml'];
  const shape = () =>
    diagnose({ snapshot: fixtureSnapshot(files), now: fixtureNow }).findings.map((finding) => renderFinding(finding)).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      target: f.target,
      evidence: f.evidence.length,
      steps: f.remediation.length,
      // The page link points at the page in the output language: compare the page, not the folder.
      docs: f.docs.replace(/^docs\/rules\/(?:[a-zA-Z-]+\/)?/, ''),
    }));

  it.each(supportedLanguages.filter((lang) => lang !== 'en'))('finds the same causes on the same targets in %s', (lang) => {
    setLanguage('en');
    const english = shape();
    expect(english.length).toBeGreaterThan(5);
    setLanguage(lang);
    expect(shape()).toEqual(english);
  });
});

describe('normalisation keeps CJK text', () => {
  it('lower-cases and replaces volatile tokens around localised text without touching it', () => {
    const text = 'open C:\\run\\flannel\\subnet.env: 指定されたパスが見つかりません。 (0x80070003)';
    expect(normalizeMessage(text)).toBe('open <path> 指定されたパスが見つかりません。 (<hex>)');
    expect(normalizeKeepingPaths(text)).toBe('open c:\\run\\flannel\\subnet.env: 指定されたパスが見つかりません。 (0x80070003)');
  });

  it('ends a Windows path where CJK text starts', () => {
    expect(normalizeMessage('C:\\k\\wincat.exe系统找不到指定的文件。')).toBe('<path>系统找不到指定的文件。');
    expect(normalizeMessage('지정된 경로를 찾을 수 없습니다: C:\\var\\lib\\kubelet')).toBe('지정된 경로를 찾을 수 없습니다: <path>');
  });
});

/** The same event as an English and as a localised Windows Server would write it. */
interface Pair {
  name: string;
  english: string;
  localized: string;
  top: string;
}

const pairs: Pair[] = [
  {
    name: 'sandbox OS mismatch through docker (Japanese Windows, HCS code)',
    english:
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to start sandbox container for pod "win-webserver-c94f84797-b4qzt": Error response from daemon: container 0238a43119b6620289ef8e8d747a773f999ddc1b0b160739799de102f08d4e45 encountered an error during CreateContainer: failure in a Windows system call: The operating system of the container does not match the operating system of the host. (0xc0370101)',
    localized:
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to start sandbox container for pod "win-webserver-c94f84797-b4qzt": Error response from daemon: container 0238a43119b6620289ef8e8d747a773f999ddc1b0b160739799de102f08d4e45 encountered an error during CreateContainer: failure in a Windows system call: コンテナーのオペレーティング システムがホストのオペレーティング システムと一致しません。 (0xc0370101)',
    top: 'pause-image-incompatible',
  },
  {
    name: 'workload OS mismatch through docker (Korean Windows, HCS code)',
    english:
      'Error: failed to start container "api": Error response from daemon: container b81ed896222eb87906ccab1c3dd2fc49324eafa798438f7979b87b210906f839 encountered an error during CreateContainer: failure in a Windows system call: The operating system of the container does not match the operating system of the host. (0xc0370101)',
    localized:
      'Error: failed to start container "api": Error response from daemon: container b81ed896222eb87906ccab1c3dd2fc49324eafa798438f7979b87b210906f839 encountered an error during CreateContainer: failure in a Windows system call: 컨테이너의 운영 체제가 호스트의 운영 체제와 일치하지 않습니다. (0xc0370101)',
    top: 'image-os-mismatch',
  },
  {
    name: 'HNS load balancer port collision (Korean Windows, HCN code and ErrorCode)',
    english:
      'E0620 17:46:15.265974    2876 proxier.go:1227] "Policy creation failed" err="hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013) {\\"Success\\":false,\\"Error\\":\\"The specified port already exists. \\",\\"ErrorCode\\":2151350291}"',
    localized:
      'E0620 17:46:15.265974    2876 proxier.go:1227] "Policy creation failed" err="hcnCreateLoadBalancer failed in Win32: 지정된 포트가 이미 있습니다. (0x803b0013) {\\"Success\\":false,\\"Error\\":\\"지정된 포트가 이미 있습니다. \\",\\"ErrorCode\\":2151350291}"',
    top: 'hns-lb-port-exhaustion',
  },
  {
    name: 'stale HNS objects (Simplified Chinese Windows)',
    english:
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3c1f0e3a6b1f4f2d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e": plugin type="sdnbridge" name="azure" failed (add): HnsCall failed in Win32: The wrong diskette is in the drive. (0x80070022)',
    localized:
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3c1f0e3a6b1f4f2d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e": plugin type="sdnbridge" name="azure" failed (add): HnsCall failed in Win32: 驱动器中的软盘不正确。请将 %2 (卷标序列号: %3) 插入驱动器 %1。 (0x80070022)',
    top: 'hns-stale-objects',
  },
  {
    name: 'flannel subnet.env missing (Japanese Windows)',
    english:
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9f2c1b7e": plugin type="flannel" name="cbr0" failed (add): open C:\\run\\flannel\\subnet.env: The system cannot find the path specified.',
    localized:
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9f2c1b7e": plugin type="flannel" name="cbr0" failed (add): open C:\\run\\flannel\\subnet.env: 指定されたパスが見つかりません。',
    top: 'flannel-subnet-env-missing',
  },
  {
    name: 'flannel subnet.env missing (Korean Windows)',
    english:
      'plugin type="flannel" failed (add): open C:\\run\\flannel\\subnet.env: The system cannot find the file specified.',
    localized: 'plugin type="flannel" failed (add): open C:\\run\\flannel\\subnet.env: 지정된 파일을 찾을 수 없습니다.',
    top: 'flannel-subnet-env-missing',
  },
  {
    name: 'wincat missing from the pause image (Simplified Chinese Windows)',
    english:
      'error: error upgrading connection: unable to upgrade connection: unable to do port forwarding: exec: "C:\\\\Windows\\\\System32\\\\wincat.exe": The system cannot find the file specified.',
    localized:
      'error: error upgrading connection: unable to upgrade connection: unable to do port forwarding: exec: "C:\\\\Windows\\\\System32\\\\wincat.exe": 系统找不到指定的文件。',
    top: 'wincat-missing',
  },
  {
    name: 'registry unreachable without a proxy (Japanese Windows)',
    english:
      'Failed to pull image "mcr.microsoft.com/windows/nanoserver:ltsc2022": rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference: failed to do request: Head "https://mcr.microsoft.com/v2/windows/nanoserver/manifests/ltsc2022": dial tcp 204.79.197.219:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
    localized:
      'Failed to pull image "mcr.microsoft.com/windows/nanoserver:ltsc2022": rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference: failed to do request: Head "https://mcr.microsoft.com/v2/windows/nanoserver/manifests/ltsc2022": dial tcp 204.79.197.219:443: connectex: 接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。または接続済みのホストが応答しなかったため、確立された接続は失敗しました。',
    top: 'proxy-env-missing',
  },
  {
    name: 'ping from a Windows pod (Simplified Chinese Windows)',
    english: 'Pinging 8.8.8.8 with 32 bytes of data:\nRequest timed out.\nRequest timed out.\n\nPing statistics for 8.8.8.8:\n    Packets: Sent = 2, Received = 0, Lost = 2 (100% loss),',
    localized: '正在 Ping 8.8.8.8 具有 32 字节的数据:\n请求超时。\n请求超时。\n\n8.8.8.8 的 Ping 统计信息:\n    数据包: 已发送 = 2，已接收 = 0，丢失 = 2 (100% 丢失)，',
    top: 'icmp-not-supported',
  },
  {
    name: 'ping from a Windows pod (Japanese Windows)',
    english: 'Pinging 8.8.8.8 with 32 bytes of data:\nRequest timed out.\n\nPing statistics for 8.8.8.8:\n    Packets: Sent = 1, Received = 0, Lost = 1 (100% loss),',
    localized: '8.8.8.8 に ping を送信しています 32 バイトのデータ:\n要求がタイムアウトしました。\n\n8.8.8.8 の ping 統計:\n    パケット数: 送信 = 1、受信 = 0、損失 = 1 (100% の損失)、',
    top: 'icmp-not-supported',
  },
  {
    name: 'ping from a Windows pod (Korean Windows)',
    english: 'Pinging 10.0.0.1 with 32 bytes of data:\nRequest timed out.\n\nPing statistics for 10.0.0.1:\n    Packets: Sent = 1, Received = 0, Lost = 1 (100% loss),',
    localized: 'Ping 10.0.0.1 32바이트 데이터 사용:\n요청 시간이 만료되었습니다.\n\n10.0.0.1에 대한 Ping 통계:\n    패킷: 보냄 = 1, 받음 = 0, 손실 = 1 (100% 손실),',
    top: 'icmp-not-supported',
  },
];

describe('localised Windows error texts', () => {
  it.each(pairs)('$name ranks like the English message', ({ english, localized, top }) => {
    // The signatures read both wordings alike; retrieval may rank the other candidates differently.
    expect(ranking(english)[0]?.id).toBe(top);
    expect(ranking(localized)[0]?.id).toBe(top);
  });

  it.each(pairs)('$name ranks the same whatever the output language ($top)', ({ localized }) => {
    const english = ranking(localized);
    for (const lang of supportedLanguages) {
      setLanguage(lang);
      expect(ranking(localized)).toEqual(english);
    }
  });

  it('does not read localised texts outside the context that makes them a cause', () => {
    const claimed = (text: string) => ranking(text).filter((m) => m.confidence >= defaultMatcher().claimThreshold);
    // A bare "path not found" names no file the catalogue knows.
    expect(claimed('指定されたパスが見つかりません。')).toEqual([]);
    expect(claimed('open C:\\var\\lib\\kubelet\\pods\\config.json: 系统找不到指定的路径。')).toEqual([]);
    // A timeout of an HTTP request is not a ping transcript.
    expect(claimed('Get "https://registry.contoso.local/v2/": 请求超时').map((m) => m.id)).not.toContain('icmp-not-supported');
    // A ping that got answers.
    expect(claimed('192.168.10.1 に ping を送信しています 32 バイトのデータ:\n192.168.10.1 からの応答: バイト数 =32 時間 =1ms TTL=255').map((m) => m.id)).not.toContain(
      'icmp-not-supported',
    );
    // A neighbouring HCS code is another failure.
    const other = claimed('failure in a Windows system call: 仮想マシンまたはコンテナーが予期せず終了しました。 (0xc0370106)').map((m) => m.id);
    expect(other).not.toContain('pause-image-incompatible');
    expect(other).not.toContain('image-os-mismatch');
    // A refused connection is not the timeout of a dropped SYN.
    expect(claimed('dial tcp 10.0.0.1:443: connectex: 対象のコンピューターによって拒否されたため、接続できませんでした。').map((m) => m.id)).not.toContain(
      'mac-spoofing-disabled',
    );
  });

  it('reports the localised message as evidence, verbatim, on the right pod', () => {
    const chinese = '驱动器中的软盘不正确。请将 %2 (卷标序列号: %3) 插入驱动器 %1。';
    const snapshot = withItems(['hns-stale.yaml'], (item) => {
      if (item['kind'] === 'Event' && typeof item['message'] === 'string') {
        item['message'] = (item['message'] as string).replace('The wrong diskette is in the drive.', chinese);
      }
      return item;
    });
    for (const lang of supportedLanguages) {
      setLanguage(lang);
      const findings = diagnose({ snapshot, now: fixtureNow }).findings.filter((f) => f.ruleId === 'hns-stale-objects').map((f) => renderFinding(f));
      expect(findings.map((f) => f.target)).toEqual([{ kind: 'Pod', namespace: 'web', name: 'api-6d5f7c8b9-z9y8x' }]);
      expect(findings[0]!.evidence.some((e) => e.source === 'event' && e.text.includes(chinese) && e.text.startsWith('FailedCreatePodSandBox (x31): '))).toBe(true);
    }
  });

  it('groups every localised wording with the English signature whose why it shares', () => {
    const twins = ['pause-image-incompatible', 'image-os-mismatch', 'hns-lb-port-exhaustion', 'hns-stale-objects', 'icmp-not-supported']
      .map((id) => ruleById(id)!)
      .flatMap((rule) => rule.signatures!.filter((s) => s.whyOf !== undefined).map((s) => ({ rule, s })));
    expect(twins.length).toBeGreaterThan(5);
    for (const { rule, s } of twins) {
      const base = rule.signatures!.find((other) => other.name === s.whyOf)!;
      expect(base, `${rule.id}/${s.name}`).toBeDefined();
      expect(s.group).toBe(base.name);
      expect(s.weight).toBe(base.weight);
      expect(s.why).toBe(base.why);
    }
  });
});
