// Answers run through this queue: at most `concurrency` at a time, and each
// starts only after the event loop has had a turn (setImmediate). The local
// answerer is CPU-bound; without the yield a burst of events would compute
// answers back to back before reading (and acknowledging) the next requests.
export class WorkQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency = 8,
    private readonly quietMs = 5,
    private readonly maxWaitMs = 100,
  ) {
    if (concurrency < 1) throw new RangeError('concurrency must be at least 1');
  }

  private lastArrival = 0;

  /** Called for every incoming request: answers wait for a short quiet spell, so a burst is acknowledged first. */
  noteArrival(): void {
    this.lastArrival = performance.now();
  }

  private async quiet(): Promise<void> {
    const start = performance.now();
    while (performance.now() - this.lastArrival < this.quietMs && performance.now() - start < this.maxWaitMs) {
      await new Promise<void>((resolve) => setTimeout(resolve, this.quietMs));
    }
  }

  get pending(): number {
    return this.waiting.length;
  }

  get running(): number {
    return this.active;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.concurrency) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over
    try {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await this.quiet();
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
