import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { t } from '../../i18n/index.js';
import { completionShells, type CompletionShell } from '../complete.js';
import { completionScript } from '../completion-scripts.js';
import type { CliIO } from '../io.js';
import type { GlobalArgs } from '../options.js';

interface CompletionArgs extends GlobalArgs {
  shell: CompletionShell;
}

export function completionCommand(io: CliIO): CommandModule<GlobalArgs, CompletionArgs> {
  return {
    command: 'completion <shell>',
    describe: t('cli.completion.describe'),
    builder: (y: Argv<GlobalArgs>) =>
      y
        .positional('shell', { choices: completionShells, demandOption: true, describe: t('cli.completion.shell') })
        .example('source <(kubectl-windbg completion bash)', '')
        .example('kubectl-windbg completion fish > ~/.config/fish/completions/kubectl-windbg.fish', '') as unknown as Argv<CompletionArgs>,
    handler: (args: ArgumentsCamelCase<CompletionArgs>) => {
      io.stdout(completionScript(args.shell));
    },
  };
}
