// A bounded set of recently seen keys (event ids, message ids): Slack retries
// an event it thinks was not acknowledged, with the same event_id, and one
// message can arrive as more than one event. Keys expire after `ttlMs`; the
// oldest are dropped beyond `maxSize`, so memory stays bounded.
export class SeenKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly maxSize = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records the keys; returns false if any of them was seen within the TTL. */
  firstTime(...keys: (string | undefined)[]): boolean {
    const t = this.now();
    this.evict(t);
    const present = keys.filter((k): k is string => !!k);
    const dup = present.some((k) => {
      const at = this.seen.get(k);
      return at !== undefined && t - at < this.ttlMs;
    });
    for (const k of present) {
      this.seen.delete(k);
      this.seen.set(k, t);
    }
    while (this.seen.size > this.maxSize) {
      const oldest = this.seen.keys().next().value as string;
      this.seen.delete(oldest);
    }
    return !dup;
  }

  get size(): number {
    return this.seen.size;
  }

  private evict(t: number): void {
    for (const [k, at] of this.seen) {
      if (t - at < this.ttlMs) break; // insertion order = time order
      this.seen.delete(k);
    }
  }
}
