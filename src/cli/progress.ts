import { terminalSafe } from '../report/sanitize.js';
import type { CliIO } from './io.js';

/**
 * Progress on stderr: a spinner on a terminal, plain lines with -v otherwise, silence by default.
 * A spinner needs a real terminal with a known width: a TTY that reports 0 columns (some CI
 * runners, serial consoles) gets the plain behaviour, since redrawing a line of width 0 never ends.
 * A CI runner (the CI variable set) or TERM=dumb gets no spinner either, even behind a pseudo-terminal.
 */
export interface Progress {
  update(text: string): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

export function canSpin(io: Pick<CliIO, 'stderrIsTTY' | 'stderrColumns' | 'env'>): boolean {
  const knownWidth = io.stderrColumns !== undefined && Number.isFinite(io.stderrColumns) && io.stderrColumns > 0;
  const interactive = io.env['CI'] === undefined && io.env['TERM'] !== 'dumb';
  return io.stderrIsTTY && knownWidth && interactive;
}

export async function startProgress(io: CliIO, text: string, verbose: boolean): Promise<Progress> {
  if (canSpin(io)) {
    const { default: ora } = await import('ora');
    const spinner = ora({ text: terminalSafe(text), stream: io.spinnerStream ?? process.stderr, discardStdin: false, isEnabled: true }).start();
    return {
      update: (next) => {
        spinner.text = terminalSafe(next);
      },
      stop: () => {
        spinner.stop();
      },
    };
  }
  if (verbose) {
    io.stderr(`${text}\n`);
    return { update: (next) => io.stderr(`${next}\n`), stop: () => undefined };
  }
  return silent;
}

/** Runs work under a progress indicator that is always stopped, even when the work fails. */
export async function withProgress<T>(io: CliIO, verbose: boolean, text: string, work: (progress: Progress) => Promise<T>): Promise<T> {
  const progress = await startProgress(io, text, verbose);
  try {
    return await work(progress);
  } finally {
    progress.stop();
  }
}
