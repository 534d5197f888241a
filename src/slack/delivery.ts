// Getting a reply to Slack within a deadline. The WebClient already gives
// each request a timeout and a few retries for 5xx and network errors; this
// adds what it cannot know: a deadline for the whole reply (several posts),
// and Slack's Retry-After on 429, honoured only while it fits the deadline
// (the client is told to reject rate-limited calls instead of pausing its
// whole queue for as long as Slack asks).

export class DeliveryTimeoutError extends Error {
  override name = 'DeliveryTimeoutError';
}

/** The Retry-After of a rate-limited Web API call, in seconds, if `err` is one. */
export function retryAfterSec(err: unknown): number | undefined {
  const e = err as { code?: string; retryAfter?: number; statusCode?: number } | undefined;
  if (e?.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number') return e.retryAfter;
  return undefined;
}

/** True for errors that say Slack itself is unreachable or failing (not a refusal such as channel_not_found). */
export function isTransportFailure(err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code;
  const name = (err as { name?: string } | undefined)?.name;
  return (
    name === 'TimeoutError' ||
    name === 'AbortError' ||
    (err instanceof TypeError && /fetch failed/i.test(err.message)) ||
    err instanceof DeliveryTimeoutError ||
    code === 'slack_webapi_request_error' ||
    code === 'slack_webapi_http_error' ||
    code === 'slack_webapi_rate_limited_error' ||
    code === 'slack_bolt_respond_error'
  );
}

export interface Deadline {
  /** ms left (never negative) */
  left(): number;
  /** runs `call`, retrying after a 429's Retry-After while it fits; rejects when the deadline passes */
  run<T>(call: () => Promise<T>, what: string): Promise<T>;
}

export function deadline(ms: number, opts: { now?: () => number; maxRateLimitRetries?: number } = {}): Deadline {
  const now = opts.now ?? Date.now;
  const end = now() + ms;
  const left = () => Math.max(0, end - now());
  return {
    left,
    async run(call, what) {
      for (let retries = 0; ; retries++) {
        if (left() <= 0) throw new DeliveryTimeoutError(`${what}: not delivered within ${Math.round(ms / 1000)} s`);
        try {
          return await race(call(), left(), () => new DeliveryTimeoutError(`${what}: not delivered within ${Math.round(ms / 1000)} s`));
        } catch (err) {
          const wait = retryAfterSec(err);
          if (wait === undefined || retries >= (opts.maxRateLimitRetries ?? 2) || wait * 1000 >= left()) throw err;
          await sleep(wait * 1000);
        }
      }
    },
  };
}

function race<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  p.catch(() => {}); // a late failure of an abandoned call is not unhandled
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
