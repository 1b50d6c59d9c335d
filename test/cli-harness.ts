import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as `kubectl windbg` (plugin mode) by default. */
export async function runCli(
  argv: string[],
  opts: { env?: Record<string, string | undefined>; stdin?: string; argv1?: string; cwd?: string; stdout?: (text: string) => void; tty?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: opts.stdout ?? ((text) => void (stdout += text)),
    stderr: (text) => void (stderr += text),
    readStdin: async () => opts.stdin ?? '',
    stdoutIsTTY: opts.tty === true,
    stderrIsTTY: false,
    env: { LANG: 'C', ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
  };
  const code = await main(argv, io, opts.argv1 ?? '/usr/local/bin/kubectl-windbg');
  return { code, stdout, stderr };
}
