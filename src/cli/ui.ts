import type { AppUi } from '../app/ui.js';
import type { CliIO } from './io.js';
import { withProgress } from './progress.js';

/** The pipelines' progress and side messages on stderr: a spinner on a terminal, lines with -v. */
export function cliUi(io: CliIO, verbose: boolean): AppUi {
  return {
    step: (text, work) => withProgress(io, verbose, text, (progress) => work((next) => progress.update(next))),
    say: (text) => io.stderr(`${text}\n`),
    cwd: io.cwd,
  };
}
