/**
 * Waiting on the real clock while the test fakes timers: vi.waitFor would advance the fake clock on
 * every check, which would let the very limits a test is measuring expire early.
 */
const realSetTimeout = globalThis.setTimeout;

/** Polls until `check` stops throwing. Only the test timeout bounds the wait. */
export async function untilReal(check: () => void): Promise<void> {
  for (;;) {
    try {
      check();
      return;
    } catch {
      await new Promise((resolve) => realSetTimeout(resolve, 5));
    }
  }
}

export interface Settled<T> {
  settled: boolean;
  value?: T;
  error?: unknown;
}

/** Observes a promise without awaiting it, so a test can advance fake time and look. */
export function settledFlag<T>(promise: Promise<T>): Settled<T> {
  const state: Settled<T> = { settled: false };
  promise.then(
    (value) => {
      state.settled = true;
      state.value = value;
    },
    (error: unknown) => {
      state.settled = true;
      state.error = error;
    },
  );
  return state;
}
