/**
 * The time the simulated kubelets live in. By default the real clock; a test passes a ManualClock
 * to start the cluster at a fixed instant and move time forward itself, so what it asserts about
 * the cadence (Leases every 10 s, status every 5 min) holds exactly, with no wall-clock slack.
 */
export interface SimClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` once `ms` of this clock's time have passed; returns the cancel function. Never keeps the process alive. */
  after(ms: number, fn: () => void): () => void;
}

export const realClock: SimClock = {
  now: () => Date.now(),
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

interface Pending {
  at: number;
  order: number;
  fn: () => void;
}

/** A clock that moves only when told to: `advance(ms)` runs what falls due, in time order. */
export class ManualClock implements SimClock {
  private current: number;
  private pending: Pending[] = [];
  private scheduled = 0;

  constructor(start: number | Date) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  after(ms: number, fn: () => void): () => void {
    const entry: Pending = { at: this.current + Math.max(0, ms), order: this.scheduled++, fn };
    this.pending.push(entry);
    return () => {
      this.pending = this.pending.filter((p) => p !== entry);
    };
  }

  /** Moves time forward by `ms`, running every callback that falls due (also those they schedule) at its own instant. */
  advance(ms: number): void {
    const until = this.current + ms;
    for (;;) {
      const due = this.pending.filter((p) => p.at <= until).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.pending = this.pending.filter((p) => p !== due);
      this.current = due.at;
      due.fn();
    }
    this.current = until;
  }
}
