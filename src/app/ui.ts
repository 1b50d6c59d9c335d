/**
 * What the pipelines need from whoever runs them: a way to show progress around slow steps and to
 * tell the user something on the side. The CLI implements it on stderr (src/cli/ui.ts); tests
 * and other front ends can pass their own.
 */
export interface AppUi {
  /** Runs work under a progress indicator that the work may update; the indicator always stops. */
  step<T>(text: string, work: (update: (text: string) => void) => Promise<T>): Promise<T>;
  /** One line for the user, outside the report (stderr in the CLI). */
  say(text: string): void;
  /** Where `.windbg.yaml` is looked for. */
  readonly cwd: string;
}
