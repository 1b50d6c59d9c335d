/** Where a command run reads and writes; the real process in main.ts, captured buffers in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** What a command handler leaves behind for main.ts. */
export interface RunState {
  exitCode: number;
  verbose: boolean;
  /** Set while a command runs, so errors can be reported the way the user invoked the tool. */
  scriptName: string;
}
