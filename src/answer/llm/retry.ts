// Bounded retries for model calls: timeouts, 429 (honouring Retry-After,
// capped), 5xx and network errors are retried with exponential backoff; other
// failures (400, 401, 404, ...) are not. Delays are injectable for tests.

export interface RetryPolicy {
  /** total attempts, including the first */
  tries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** upper bound on a server's Retry-After */
  maxRetryAfterMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  tries: 3,
  baseDelayMs: 250,
  maxDelayMs: 2000,
  maxRetryAfterMs: 5000,
  sleep: sleepMs,
};

export function sleepMs(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Why the LLM path gave up; `reason` is short, safe to show and to log. */
export class LlmUnavailableError extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(`LLM unavailable: ${reason}`, options);
    this.name = 'LlmUnavailableError';
  }
}

export interface ErrorClass {
  retryable: boolean;
  reason: string;
  status?: number;
  retryAfterMs?: number;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => string | null } & Record<string, unknown>;
  if (typeof h.get === 'function') return h.get(name) ?? undefined;
  const v = h[name] ?? h[name.toLowerCase()];
  return typeof v === 'string' ? v : undefined;
}

/** Retry-After (seconds or HTTP date) or retry-after-ms, in milliseconds. */
export function parseRetryAfter(headers: unknown, now: number = Date.now()): number | undefined {
  const ms = header(headers, 'retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const v = header(headers, 'retry-after');
  if (!v) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(v)) return Math.max(0, Number(v) * 1000);
  const date = Date.parse(v);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

export function classifyError(err: unknown): ErrorClass {
  if (err instanceof LlmUnavailableError) return { retryable: false, reason: err.reason };
  const e = (err ?? {}) as { name?: string; status?: unknown; headers?: unknown; code?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (e.name === 'AbortError') return { retryable: false, reason: 'aborted' };
  if (e.name === 'TimeoutError' || /timed? ?out/i.test(String(e.message ?? ''))) return { retryable: true, reason: 'timeout' };
  if (status === 429) return { retryable: true, reason: 'HTTP 429', status, retryAfterMs: parseRetryAfter(e.headers) };
  if (status !== undefined && (status >= 500 || status === 408 || status === 409)) return { retryable: true, reason: `HTTP ${status}`, status, retryAfterMs: parseRetryAfter(e.headers) };
  if (status !== undefined) return { retryable: false, reason: `HTTP ${status}`, status };
  if (/connection|ECONNREFUSED|ECONNRESET|fetch failed|socket/i.test(`${String(e.name ?? '')} ${String(e.message ?? '')} ${String(e.code ?? '')}`))
    return { retryable: true, reason: 'network error' };
  return { retryable: false, reason: 'unexpected error' };
}

/** Delay before attempt `attempt + 1` (attempt counts from 1). */
export function backoffDelay(attempt: number, cls: ErrorClass, policy: RetryPolicy): number {
  if (cls.retryAfterMs !== undefined) return Math.min(cls.retryAfterMs, policy.maxRetryAfterMs);
  return Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
}

/**
 * Runs `fn` up to `policy.tries` times. Throws LlmUnavailableError with the
 * last failure's reason when it gives up or the failure is not retryable.
 */
export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  opts: { signal?: AbortSignal; onRetry?: (attempt: number, cls: ErrorClass, delayMs: number) => void } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      const cls = classifyError(err);
      if (opts.signal?.aborted) throw new LlmUnavailableError('aborted', { cause: err });
      if (!cls.retryable || attempt >= policy.tries) {
        throw new LlmUnavailableError(attempt > 1 ? `${cls.reason} after ${attempt} tries` : cls.reason, { cause: err });
      }
      const delay = backoffDelay(attempt, cls, policy);
      opts.onRetry?.(attempt, cls, delay);
      await policy.sleep(delay, opts.signal);
    }
  }
}
