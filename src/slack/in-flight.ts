// Tracks answers being worked on, so a shutdown can wait for them to finish
// and /healthz can tell when one is stuck.
export class InFlight {
  private readonly pending = new Map<Promise<unknown>, number>();
  closing = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** Runs `work` and keeps its promise until it settles. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const p = work();
    this.pending.set(p, this.now());
    const done = () => this.pending.delete(p);
    p.then(done, done);
    return p;
  }

  get count(): number {
    return this.pending.size;
  }

  /** How long the oldest piece of work has been running (0 when none). */
  oldestAgeMs(): number {
    let oldest = Infinity;
    for (const at of this.pending.values()) oldest = Math.min(oldest, at);
    return oldest === Infinity ? 0 : this.now() - oldest;
  }

  /** Waits until nothing is in flight, or `timeoutMs` passed; returns how many were left. */
  async drain(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0 && Date.now() < deadline) {
      const left = deadline - Date.now();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.pending.keys()]),
        new Promise((r) => (timer = setTimeout(r, Math.max(0, left)))),
      ]);
      clearTimeout(timer);
    }
    return this.pending.size;
  }
}
