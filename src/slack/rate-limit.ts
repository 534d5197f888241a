// Per-user sliding-window rate limit: at most `perMinute` requests in any 60 s.
// perMinute = 0 turns it off.
export type RateDecision = { ok: true } | { ok: false; retryAfterSec: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly windowMs = 60_000,
  ) {}

  take(user: string): RateDecision {
    if (this.perMinute <= 0) return { ok: true };
    const t = this.now();
    const recent = (this.hits.get(user) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.perMinute) {
      this.hits.set(user, recent);
      const retryAfterSec = Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
      return { ok: false, retryAfterSec };
    }
    recent.push(t);
    this.hits.set(user, recent);
    if (this.hits.size > 10_000) this.prune(t);
    return { ok: true };
  }

  private prune(t: number): void {
    for (const [u, list] of this.hits) {
      if (!list.some((at) => t - at < this.windowMs)) this.hits.delete(u);
    }
  }
}
