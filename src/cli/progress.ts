import type { CliIO } from './io.js';

/** Progress on stderr: a spinner on a terminal, plain lines with -v otherwise, silence by default. */
export interface Progress {
  update(text: string): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

export async function startProgress(io: CliIO, text: string, verbose: boolean): Promise<Progress> {
  if (io.stderrIsTTY) {
    const { default: ora } = await import('ora');
    const spinner = ora({ text, stream: process.stderr, discardStdin: false }).start();
    return {
      update: (next) => {
        spinner.text = next;
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
