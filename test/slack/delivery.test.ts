import { describe, expect, it } from 'vitest';
import { deadline, DeliveryTimeoutError, isTransportFailure, retryAfterSec } from '../../src/slack/delivery.ts';
import { SlackApiMonitor } from '../../src/slack/api-monitor.ts';
import { InFlight } from '../../src/slack/in-flight.ts';
import { requestKeys } from '../../src/slack/replays.ts';

const rateLimited = (sec: number) => Object.assign(new Error('ratelimited'), { code: 'slack_webapi_rate_limited_error', retryAfter: sec });

describe('deadline', () => {
  it('retries after a Retry-After that fits, at most twice, and rethrows other errors', async () => {
    let n = 0;
    const d = deadline(5000);
    await expect(d.run(async () => (++n < 3 ? Promise.reject(rateLimited(0)) : 'ok'), 'post')).resolves.toBe('ok');
    expect(n).toBe(3);
    n = 0;
    await expect(d.run(async () => (n++, Promise.reject(rateLimited(0))), 'post')).rejects.toThrow('ratelimited');
    expect(n).toBe(3);
    n = 0;
    await expect(d.run(async () => (n++, Promise.reject(new Error('channel_not_found'))), 'post')).rejects.toThrow('channel_not_found');
    expect(n).toBe(1);
  });

  it('does not wait out a Retry-After longer than what is left', async () => {
    let n = 0;
    await expect(deadline(2000).run(async () => (n++, Promise.reject(rateLimited(30))), 'post')).rejects.toThrow('ratelimited');
    expect(n).toBe(1);
  });

  it('gives up a call that outlives the deadline', async () => {
    await expect(deadline(50).run(() => new Promise(() => {}), 'answer')).rejects.toBeInstanceOf(DeliveryTimeoutError);
  });

  it('tells Slack failures from refusals', () => {
    expect(retryAfterSec(rateLimited(7))).toBe(7);
    expect(isTransportFailure(Object.assign(new Error('x'), { code: 'slack_webapi_http_error' }))).toBe(true);
    expect(isTransportFailure(Object.assign(new Error('x'), { code: 'slack_webapi_platform_error' }))).toBe(false);
  });
});

describe('SlackApiMonitor', () => {
  it('times requests out, reports hanging and failing requests, recovers on success, refuses after abortAll', async () => {
    let t = 0;
    const outcomes: (() => Promise<Response>)[] = [];
    const base = ((_: unknown, init?: RequestInit) =>
      outcomes.shift()?.() ??
      new Promise<Response>((_r, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)))) as typeof fetch;
    const m = new SlackApiMonitor({ timeoutMs: 100, slowMs: 50, now: () => t, base });
    const hanging = m.fetch('https://slack.com/api/chat.postMessage', { method: 'POST' });
    t = 60;
    expect(m.health()).toMatchObject({ ok: false });
    expect(m.health().detail).toMatch(/1 Slack request\(s\) hanging \(oldest chat\.postMessage/);
    await expect(hanging).rejects.toThrow(); // the 100 ms timeout (real time)
    expect(m.health().detail).toMatch(/no response within 100 ms/);
    outcomes.push(async () => new Response('{}', { status: 503 }));
    await m.fetch('https://slack.com/api/chat.postMessage');
    expect(m.health()).toMatchObject({ ok: false });
    // cosmetic calls are skipped while Slack fails
    await expect(m.fetch('https://slack.com/api/assistant.threads.setStatus')).rejects.toThrow(/skipped/);
    outcomes.push(async () => new Response('{"ok":true}', { status: 200 }));
    await m.fetch('https://slack.com/api/chat.postMessage');
    t = 70_000; // the failures are out of the window
    expect(m.health()).toMatchObject({ ok: true });
    m.abortAll();
    await expect(m.fetch('https://slack.com/api/chat.postMessage')).rejects.toThrow(/shutting down/);
  });
});

describe('InFlight and requestKeys', () => {
  it('knows the age of the oldest work', async () => {
    let t = 1000;
    const f = new InFlight(() => t);
    expect(f.oldestAgeMs()).toBe(0);
    let done!: () => void;
    const p = f.run(() => new Promise<void>((r) => (done = r)));
    t = 4000;
    expect(f.oldestAgeMs()).toBe(3000);
    done();
    await p;
    expect(f.oldestAgeMs()).toBe(0);
  });

  it('keys events by event id, commands and clicks by trigger id', () => {
    expect(requestKeys({ type: 'event_callback', event_id: 'Ev1', trigger_id: 'x' })).toEqual(['event:Ev1']);
    expect(requestKeys({ command: '/vraag', trigger_id: '1.2' })).toEqual(['command:1.2']);
    expect(requestKeys({ type: 'block_actions', trigger_id: '3.4', actions: [{ action_id: 'feedback_up', action_ts: '5.6' }] })).toEqual(['block_actions:3.4:feedback_up:5.6']);
    expect(requestKeys({ type: 'url_verification' })).toEqual([]);
  });
});
