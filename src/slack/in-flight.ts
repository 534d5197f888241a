// Tracks answers being worked on, so a shutdown can wait for them to finish.
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  closing = false;

  /** Runs `work` and keeps its promise until it settles. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const p = work();
    this.pending.add(p);
    const done = () => this.pending.delete(p);
    p.then(done, done);
    return p;
  }

  get count(): number {
    return this.pending.size;
  }

  /** Waits until nothing is in flight, or `timeoutMs` passed; returns how many were left. */
  async drain(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0 && Date.now() < deadline) {
      const left = deadline - Date.now();
      await Promise.race([
        Promise.allSettled([...this.pending]),
        new Promise((r) => setTimeout(r, Math.max(0, left)).unref()),
      ]);
    }
    return this.pending.size;
  }
}
