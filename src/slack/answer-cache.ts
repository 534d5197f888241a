// Recent answers by id, so a feedback click can name its question and a
// "share" click can post the answer it belongs to. Bounded; old ids expire.
export class RecentMap<V> {
  private readonly items = new Map<string, { at: number; value: V }>();

  constructor(
    private readonly ttlMs = 24 * 3600_000,
    private readonly maxSize = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  set(key: string, value: V): void {
    this.items.delete(key);
    this.items.set(key, { at: this.now(), value });
    while (this.items.size > this.maxSize) this.items.delete(this.items.keys().next().value as string);
  }

  get(key: string): V | undefined {
    const hit = this.items.get(key);
    if (!hit) return undefined;
    if (this.now() - hit.at > this.ttlMs) {
      this.items.delete(key);
      return undefined;
    }
    return hit.value;
  }
}
