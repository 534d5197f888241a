// Every request polderbot makes to Slack (Web API calls and response_url
// posts) goes through this fetch: it is handed to Bolt as
// `clientOptions.fetch`, which the WebClient and `respond()` both use.
// It gives each request a timeout, aborts them all at shutdown, and keeps
// what /healthz needs: requests hanging now, and whether the last ones failed.
type Fetch = typeof globalThis.fetch;

export interface SlackApiHealth {
  ok: boolean;
  detail: string;
}

/**
 * Cosmetic calls (a thread's status, title, suggested prompts): while Slack is
 * failing they are skipped instead of sent and retried, so the budget of
 * requests goes to the answer and the notice.
 */
export const COSMETIC_METHODS = new Set(['assistant.threads.setStatus', 'assistant.threads.setTitle', 'assistant.threads.setSuggestedPrompts']);

export class SlackSkippedError extends Error {
  override name = 'SlackSkippedError';
}

interface Pending {
  startedAt: number;
  method: string;
}

export class SlackApiMonitor {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private readonly shutdown = new AbortController();
  private lastFailure?: { at: number; reason: string; method: string };
  private lastSuccessAt?: number;
  /** the latest outcome of each method: a method whose latest request failed is failing */
  private readonly latest = new Map<string, { at: number; ok: boolean; reason?: string }>();
  calls = 0;

  constructor(
    private readonly opts: {
      timeoutMs: number;
      /** a request in flight longer than this makes health degraded (default: half the timeout) */
      slowMs?: number;
      /** a failure older than this no longer makes health degraded (default 60 s) */
      failureWindowMs?: number;
      now?: () => number;
      /** the real fetch; looked up at call time by default (so test interceptors apply) */
      base?: Fetch;
    },
  ) {}

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  /** A fetch with this monitor's timeout, shutdown signal and bookkeeping. */
  readonly fetch: Fetch = async (input, init) => {
    if (this.shutdown.signal.aborted) throw new Error('polderbot is shutting down: Slack request not sent');
    const method = methodOf(input);
    const f = this.lastFailure;
    if (COSMETIC_METHODS.has(method) && f && this.now() - f.at < this.opts.timeoutMs * 2 + 1000) {
      throw new SlackSkippedError(`${method} skipped: Slack failed ${Math.round((this.now() - f.at) / 1000)} s ago`);
    }
    const id = ++this.seq;
    this.calls++;
    const signals = [AbortSignal.timeout(this.opts.timeoutMs), this.shutdown.signal];
    if (init?.signal) signals.push(init.signal);
    this.pending.set(id, { startedAt: this.now(), method });
    try {
      const res = await (this.opts.base ?? globalThis.fetch)(input, { ...init, signal: AbortSignal.any(signals) });
      if (res.status >= 500 || res.status === 429) this.noteFailure(method, `HTTP ${res.status}`);
      else this.noteSuccess(method);
      return res;
    } catch (err) {
      this.noteFailure(method, describeError(err, this.opts.timeoutMs));
      throw err;
    } finally {
      this.pending.delete(id);
    }
  };

  private noteSuccess(method: string): void {
    this.lastSuccessAt = this.now();
    this.latest.set(method, { at: this.now(), ok: true });
  }

  private noteFailure(method: string, reason: string): void {
    this.lastFailure = { at: this.now(), reason, method };
    this.latest.set(method, { at: this.now(), ok: false, reason });
    if (this.latest.size > 500) this.latest.clear(); // method names are few; bound it anyway
  }

  /** Requests in flight now. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Aborts every request in flight and refuses new ones (shutdown). */
  abortAll(): void {
    this.shutdown.abort(new Error('polderbot is shutting down'));
  }

  /** Degraded while requests hang longer than `slowMs`, or while a method's latest request failed. */
  health(): SlackApiHealth {
    const t = this.now();
    const slowMs = this.opts.slowMs ?? this.opts.timeoutMs / 2;
    const stuck = [...this.pending.values()].filter((p) => t - p.startedAt > slowMs);
    if (stuck.length > 0) {
      const oldest = Math.max(...stuck.map((p) => t - p.startedAt));
      return { ok: false, detail: `${stuck.length} Slack request(s) hanging (oldest ${stuck.find((p) => t - p.startedAt === oldest)!.method}, ${Math.round(oldest / 1000)} s)` };
    }
    // degraded while a method's latest request failed (within the window): Slack fails for it
    const windowMs = this.opts.failureWindowMs ?? 60_000;
    const failing = [...this.latest.entries()].filter(([, o]) => !o.ok && t - o.at < windowMs);
    if (failing.length > 0) {
      const desc = failing.map(([m, o]) => `${m}: ${o.reason}, ${Math.round((t - o.at) / 1000)} s ago`).join('; ');
      return { ok: false, detail: `Slack requests failing (${desc})` };
    }
    return { ok: true, detail: `${this.pending.size} in flight${this.lastSuccessAt ? `, last success ${Math.round((t - this.lastSuccessAt) / 1000)} s ago` : ''}` };
  }
}

function methodOf(input: Parameters<Fetch>[0]): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    const u = new URL(url);
    return u.pathname.startsWith('/api/') ? u.pathname.slice(5) : u.hostname === 'hooks.slack.com' ? 'response_url' : u.pathname.split('/').pop() || u.hostname;
  } catch {
    return 'request';
  }
}

function describeError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'TimeoutError') return `no response within ${timeoutMs} ms`;
  if (e?.name === 'AbortError') return 'aborted';
  return (e?.message ?? String(err)).slice(0, 120);
}
