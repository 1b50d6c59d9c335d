/**
 * Windows prints system error texts in its UI language: on a Japanese, Korean or Chinese Windows
 * Server the Win32/HRESULT part of a kubelet, containerd or kube-proxy message is localised while
 * the wrapper around it ("hnsCall failed in Win32:", "dial tcp ...: connectex:") stays English.
 * These signatures let the rules recognise those messages whatever language windbg prints in.
 *
 * Each entry stands for one English signature of its rule (sameAs, 1-based) and reuses that
 * signature's `why`. Only wordings established from real output or Microsoft's own localised
 * pages are listed, with where they come from; error codes (0xc0370101, 0x803b0013) are the same
 * in every language and are matched on the literal form of the message, which keeps hex codes.
 */
import type { MessageSignature } from '../rules/types.js';
import { ruleWhyKey } from './rules.js';

export type WindowsLanguage = 'ja' | 'ko' | 'zh-CN' | 'any';

export interface LocalizedWindowsSignature {
  ruleId: string;
  /** Matched against the normalised and the literal form of a message (CJK text is kept by both). */
  pattern: RegExp;
  /** 1-based index of the rule's own signature whose meaning, weight, phases and `why` this text shares. */
  sameAs: number;
  /** UI languages of Windows that print this text ('any': a language-independent code). */
  languages: WindowsLanguage[];
  /** Where the wording was established. */
  source: string;
}

/** WSAETIMEDOUT (10060) as FormatMessage prints it, after Go's "connectex:". */
const connectTimeout =
  'connectex: (?:接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかった|연결된 구성원으로부터 응답이 없어 연결하지 못했거나|由于连接方在一段时间后没有正确答复或连接的主机没有反应)';
/** ERROR_FILE_NOT_FOUND (2) and ERROR_PATH_NOT_FOUND (3). */
const fileOrPathNotFound =
  '(?:指定された(?:ファイル|パス)が見つかりません|系统找不到指定的(?:文件|路径)|지정된 (?:파일을|경로를) 찾을 수 없습니다)';
const fileNotFound = '(?:指定されたファイルが見つかりません|系统找不到指定的文件|지정된 파일을 찾을 수 없습니다)';

export const localizedWindowsSignatures: readonly LocalizedWindowsSignature[] = [
  // HCS_E_IMAGE_MISMATCH: the code follows the localised text in "failure in a Windows system call: ... (0xc0370101)".
  {
    ruleId: 'pause-image-incompatible',
    pattern: /\(0xc0370101\)/,
    sameAs: 1,
    languages: ['any'],
    source: 'Microsoft Learn, Windows container version compatibility (every language edition quotes the code 0xc0370101)',
  },
  {
    ruleId: 'image-os-mismatch',
    pattern: /\(0xc0370101\)/,
    sameAs: 1,
    languages: ['any'],
    source: 'Microsoft Learn, Windows container version compatibility (every language edition quotes the code 0xc0370101)',
  },
  // HCN_E_PORT_ALREADY_EXISTS: code and numeric ErrorCode of the HNS JSON reply.
  {
    ruleId: 'hns-lb-port-exhaustion',
    pattern: /hcncreateloadbalancer failed.{0,300}(?:\(0x803b0013\)|errorcode:2151350291)/,
    sameAs: 1,
    languages: ['any'],
    source: 'kube-proxy log in kubernetes/kubernetes#98499: "hcnCreateLoadBalancer failed in Win32: ... (0x803b0013) ... ErrorCode:2151350291"',
  },
  // ERROR_WRONG_DISK (34) in the Simplified Chinese system message table.
  {
    ruleId: 'hns-stale-objects',
    pattern: /驱动器中的软盘不正确/,
    sameAs: 1,
    languages: ['zh-CN'],
    source: 'Simplified Chinese Win32 status table (code 34: 驱动器中的软盘不正确。请将 %2 (卷标序列号: %3) 插入驱动器 %1)',
  },
  // WSAETIMEDOUT after a dial to an address.
  {
    ruleId: 'mac-spoofing-disabled',
    pattern: new RegExp(`\\bdial tcp <ip>:? ${connectTimeout}`),
    sameAs: 1,
    languages: ['ja', 'ko', 'zh-CN'],
    source: 'SQL Server error 10060 pages on Microsoft Learn (ja-jp, ko-kr) and Windows socket errors quoted in public issues (zh-CN)',
  },
  {
    ruleId: 'proxy-env-missing',
    pattern: new RegExp(`\\bdial tcp <ip>:?\\s*${connectTimeout}`),
    sameAs: 3,
    languages: ['ja', 'ko', 'zh-CN'],
    source: 'SQL Server error 10060 pages on Microsoft Learn (ja-jp, ko-kr) and Windows socket errors quoted in public issues (zh-CN)',
  },
  // ERROR_FILE_NOT_FOUND / ERROR_PATH_NOT_FOUND (as printed with "(os error 2/3)" on localised Windows).
  {
    ruleId: 'flannel-subnet-env-missing',
    pattern: new RegExp(`subnet\\.env.{0,24}${fileOrPathNotFound}`),
    sameAs: 1,
    languages: ['ja', 'ko', 'zh-CN'],
    source: 'localised "(os error 2)" / "(os error 3)" texts of Windows quoted in public repositories',
  },
  {
    ruleId: 'wincat-missing',
    pattern: new RegExp(`wincat(?:\\.exe)?\\b.{0,200}${fileNotFound}|${fileNotFound}.{0,300}wincat(?:\\.exe)?\\b`),
    sameAs: 2,
    languages: ['ja', 'ko', 'zh-CN'],
    source: 'localised "(os error 2)" texts of Windows quoted in public repositories',
  },
  {
    ruleId: 'serviceaccount-secret-unreadable',
    pattern: new RegExp(`serviceaccount[\\\\/](?:token|ca\\.crt|namespace)\\b.{0,60}(?:${fileOrPathNotFound}|拒绝访问)`),
    sameAs: 2,
    languages: ['ja', 'ko', 'zh-CN'],
    source: 'localised "(os error 2/3)" texts of Windows; 拒绝访问 from the Simplified Chinese Win32 status table (code 5)',
  },
  // ping.exe output in Japanese, Korean and Simplified Chinese.
  {
    ruleId: 'icmp-not-supported',
    pattern:
      /(?:に ping を送信しています \d+ バイトのデータ.{0,200}(?:要求がタイムアウトしました|転送に失敗しました)|正在 ping .{1,120}具有 \d+ 字节的数据.{0,200}请求超时|ping .{1,120} \d+바이트 데이터 사용.{0,200}(?:요청 시간이 만료되었습니다|대상 호스트에 연결할 수 없습니다|전송하지 못했습니다))/,
    sameAs: 1,
    languages: ['ja', 'ko', 'zh-CN'],
    source: 'ping.exe transcripts from Japanese, Korean and Simplified Chinese Windows in public repositories',
  },
  {
    ruleId: 'icmp-not-supported',
    pattern: /損失 = \d+ \(100% の損失\)|丢失 = \d+ \(100% 丢失\)|손실 = \d+ \(100% 손실\)/,
    sameAs: 2,
    languages: ['ja', 'ko', 'zh-CN'],
    source: 'ping.exe statistics lines from Japanese, Korean and Simplified Chinese Windows in public repositories',
  },
  {
    ruleId: 'icmp-not-supported',
    pattern: /^(?:<ip>의 응답: )?(?:要求がタイムアウトしました|请求超时|요청 시간이 만료되었습니다|대상 호스트에 연결할 수 없습니다)[.。]?$/,
    sameAs: 3,
    languages: ['ja', 'ko', 'zh-CN'],
    source: 'ping.exe reply lines from Japanese, Korean and Simplified Chinese Windows in public repositories',
  },
];

/** The localised Windows signatures of one rule, shaped as rule signatures. */
export function localizedSignaturesOf(ruleId: string, own: readonly MessageSignature[]): MessageSignature[] {
  return localizedWindowsSignatures
    .filter((entry) => entry.ruleId === ruleId)
    .map((entry) => {
      const base = own[entry.sameAs - 1];
      if (!base) throw new Error(`${ruleId}: localised Windows signature refers to missing signature ${entry.sameAs}`);
      const signature: MessageSignature = { pattern: entry.pattern, weight: base.weight, why: base.why, whyKey: ruleWhyKey(ruleId, entry.sameAs) };
      if (base.phases) signature.phases = [...base.phases];
      return signature;
    });
}

/** A rule's own signatures followed by the localised Windows texts that mean the same. */
export function withWindowsMessages(ruleId: string, own: MessageSignature[]): MessageSignature[] {
  return [...own, ...localizedSignaturesOf(ruleId, own)];
}
