import { describe, expect, it } from 'vitest';
import { backoffDelay, classifyError, DEFAULT_RETRY, LlmUnavailableError, parseRetryAfter, withRetry } from '../../src/answer/llm/retry.ts';

const err = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`HTTP ${status}`), { status, headers: new Headers(headers) });

describe('classifyError', () => {
  it('retries 429, 5xx, timeouts and connection errors; not 400/401/404', () => {
    expect(classifyError(err(429, { 'retry-after': '2' }))).toMatchObject({ retryable: true, reason: 'HTTP 429', retryAfterMs: 2000 });
    expect(classifyError(err(503))).toMatchObject({ retryable: true, reason: 'HTTP 503' });
    expect(classifyError(Object.assign(new Error('Request timed out.'), { name: 'TimeoutError' }))).toMatchObject({ retryable: true, reason: 'timeout' });
    expect(classifyError(new Error('Connection error.'))).toMatchObject({ retryable: true, reason: 'network error' });
    for (const s of [400, 401, 404]) expect(classifyError(err(s)).retryable).toBe(false);
    expect(classifyError(Object.assign(new Error('x'), { name: 'AbortError' })).retryable).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, milliseconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '150' }))).toBe(150);
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(parseRetryAfter({ 'retry-after': 'Sat, 28 Nov 2026 10:00:04 GMT' }, now)).toBe(4000);
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });
});

describe('withRetry', () => {
  it('backs off exponentially, bounded, and gives up after the tries', async () => {
    const delays: number[] = [];
    let calls = 0;
    const policy = { ...DEFAULT_RETRY, tries: 4, sleep: async (ms: number) => void delays.push(ms) };
    await expect(
      withRetry(async () => {
        calls++;
        throw err(502);
      }, policy),
    ).rejects.toThrow(new LlmUnavailableError('HTTP 502 after 4 tries'));
    expect(calls).toBe(4);
    expect(delays).toEqual([250, 500, 1000]);
    expect(backoffDelay(9, { retryable: true, reason: 'x' }, policy)).toBe(2000);
  });

  it('returns the first success and stops at a non-retryable error', async () => {
    const sleep = async () => {};
    let n = 0;
    await expect(withRetry(async () => (++n < 2 ? Promise.reject(err(500)) : 'ok'), { ...DEFAULT_RETRY, sleep })).resolves.toBe('ok');
    n = 0;
    await expect(withRetry(async () => (n++, Promise.reject(err(400))), { ...DEFAULT_RETRY, sleep })).rejects.toMatchObject({ reason: 'HTTP 400' });
    expect(n).toBe(1);
  });
});
