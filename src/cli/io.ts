/** Where a command run reads and writes; the real process in main.ts, captured buffers in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Width of the terminal on stderr; a spinner needs a known, non-zero width. */
  readonly stderrColumns?: number;
  /** Where a spinner draws (process.stderr unless a test injects a stream). */
  readonly spinnerStream?: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The raw streams, for interactive sessions (`shell`); absent where there is no process to attach. */
  readonly terminal?: TerminalIO;
}

/** process.stdin/stdout/stderr as `shell` uses them: raw keystrokes in, bytes out, size changes. */
export interface TerminalIO {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number; on(event: 'resize', listener: () => void): unknown; off(event: 'resize', listener: () => void): unknown };
  errors: NodeJS.WritableStream;
}

/** What a command handler leaves behind for main.ts. */
export interface RunState {
  exitCode: number;
  verbose: boolean;
  /** Set while a command runs, so errors can be reported the way the user invoked the tool. */
  scriptName: string;
}
