import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import type { RuleMeta } from '../../rules/types.js';
import { language, t } from '../../i18n/index.js';
import type { CliIO } from '../io.js';
import { commandOutputs, outputFor, type GlobalArgs } from '../options.js';
import { pageRoots, renderData, writeOutput } from '../render.js';
import { closestIds } from '../suggest.js';

type RuleTextAccessors = typeof import('../../i18n/rules.js');

interface ExplainArgs extends GlobalArgs {
  text: string[];
}

/** A single token of words joined by "-" (any case): written like a cause id rather than like a message. */
export function looksLikeRuleId(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)+$/i.test(text);
}

/** A single word, or words joined by "-": what someone typing an id from memory writes. */
function isOneToken(text: string): boolean {
  return !/\s/.test(text);
}

/** A rule without a written page still has its metadata: print that, in the output language. */
function fallbackPage(rule: Pick<RuleMeta, 'id' | 'title' | 'explanation' | 'remediation' | 'references'>, texts: RuleTextAccessors): string {
  const lines = [`# ${texts.ruleTitle(rule)} (${rule.id})`, '', texts.ruleExplanation(rule), ''];
  texts.ruleRemediation(rule).forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  if (rule.references.length > 0) lines.push('', ...rule.references.map((r) => `- ${r}`));
  return lines.join('\n') + '\n';
}

export function explainCommand(io: CliIO): CommandModule<GlobalArgs, ExplainArgs> {
  return {
    command: 'explain <text..>',
    describe: t('cli.explain.describe'),
    builder: (y: Argv<GlobalArgs>) =>
      y
        .positional('text', { type: 'string', array: true, demandOption: true, describe: t('cli.explain.text') })
        .example('$0 explain "failed to create containerd task: hcs::CreateComputeSystem ... The container operating system does not match"', '')
        .example('$0 explain <cause-id>', '')
        .example('kubectl describe pod web-0 | $0 explain -', '') as Argv<ExplainArgs>,
    handler: async (args: ArgumentsCamelCase<ExplainArgs>) => {
      const output = outputFor(args, 'explain', commandOutputs.explain, 'table');
      // yargs drops a lone "-" from the positional list, so an empty list means "read stdin".
      const words = (args.text ?? []).map(String);
      const fromStdin = words.length === 0 || (words.length === 1 && words[0] === '-');
      const text = fromStdin ? await io.readStdin() : words.join(' ');
      if (text.trim() === '') throw new UsageError(t('cli.explain.empty'));

      const [{ allRules, extraFindingRules, findingRuleById }, texts] = await Promise.all([import('../../rules/index.js'), import('../../i18n/rules.js')]);
      const single = text.trim();
      const ids = () => [...allRules, ...extraFindingRules].map((r) => r.id);
      if (looksLikeRuleId(single)) {
        const id = single.toLowerCase();
        const rule = findingRuleById(id);
        if (rule) {
          const { rulePage, pageForReaders } = await import('../../report/pages.js');
          const written = rulePage(id);
          const page = written ? pageForReaders(id, written, language(), pageRoots()) : fallbackPage(rule, texts);
          if (output === 'table') io.stdout(page.endsWith('\n') ? page : `${page}\n`);
          else writeOutput(io, await renderData({ id: rule.id, title: texts.ruleTitle(rule), area: rule.area, severity: rule.severity, page }, output));
          return;
        }
        const suggestions = closestIds(id, ids());
        if (suggestions.length > 0) {
          throw new UsageError(t('cli.explain.unknownRule', { id: single }), {
            hint: `${t('cli.explain.didYouMean', { ids: suggestions.join(', ') })} ${t('cli.explain.unknownRuleHint')}`,
          });
        }
        // Close to no id: maybe a hyphenated word of a message ("x509-certificate-signed-by-unknown-authority"), matched as text below.
      }

      const [{ explainText }, catalog, { docsPath }, { renderMessage }] = await Promise.all([
        import('../../engine/explain.js'),
        import('../../report/catalog.js'),
        import('../../rules/finding.js'),
        import('../../report/localize.js'),
      ]);
      const matches = explainText(text).map((m) => {
        const cause = findingRuleById(m.id);
        return { ...m, why: renderMessage(m.why), title: cause ? texts.ruleTitle(cause) : undefined, docs: cause ? docsPath(m.id) : undefined };
      });
      if (matches.length === 0 && looksLikeRuleId(single)) {
        throw new UsageError(t('cli.explain.unknownRule', { id: single }), { hint: t('cli.explain.unknownRuleHint') });
      }
      if (output === 'table') {
        io.stdout(catalog.renderExplainText(matches));
        // One word that matched nothing may be an id typed from memory ("hns", "imageosmismatch").
        const suggestions = matches.length === 0 && isOneToken(single) ? closestIds(single.toLowerCase(), ids()) : [];
        if (suggestions.length > 0) io.stdout(`${t('cli.explain.didYouMean', { ids: suggestions.join(', ') })}\n`);
      } else writeOutput(io, await renderData(catalog.explainDocument(matches), output));
    },
  };
}
