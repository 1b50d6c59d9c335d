import { UsageError } from '../errors.js';
import { isLang, supportedLanguages, t, type Lang } from '../i18n/index.js';

/**
 * The language of the output: `--lang` wins; otherwise the POSIX locale variables in their order
 * of precedence (LC_ALL, LC_MESSAGES, LANG; the first one set and non-empty decides).
 */
export function languageFromLocale(locale: string | undefined): Lang {
  if (!locale) return 'en';
  // "ja_JP.UTF-8@euro" -> "ja-jp"; "zh_Hans_CN" -> "zh-hans-cn"
  const tag = locale.split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  const [language, ...rest] = tag.split('-');
  if (language === 'ja') return 'ja';
  if (language === 'ko') return 'ko';
  if (language === 'zh' && (rest.includes('cn') || rest.includes('hans') || rest.includes('sg'))) return 'zh-CN';
  return 'en';
}

export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return languageFromLocale(value);
  }
  return 'en';
}

/** Finds `--lang X` / `--lang=X` before the full parse, since help text depends on it. */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') found = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

export function resolveLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag === undefined) return languageFromEnv(env);
  if (isLang(flag)) return flag;
  throw new UsageError(t('cli.error.unknownLang', { lang: flag, langs: supportedLanguages.join(', ') }));
}

/** The language while completing a command line: a half-typed or unknown --lang falls back to the locale, never fails. */
export function completionLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  return flag !== undefined && isLang(flag) ? flag : languageFromEnv(env);
}
