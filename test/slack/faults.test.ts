// Slack misbehaving, on loopback: a fake Web API that hangs, fails with
// 500/503/429 and sees replays, against the real Bolt app. Timeouts are
// scaled down through the configuration (500 ms per request instead of 5 s),
// so every bound below is a liveness bound, not a speed test.
// Answers stream (chat.startStream … chat.stopStream); a stream that fails is
// posted instead (chat.postMessage), both within the one delivery deadline, so
// a fault of the answer's delivery is a fault of both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../e2e/fake-slack.ts';
import { eventBody, fakeBot, mentionEvent, send, startHarness, waitFor, type Harness } from './harness.ts';
import { makeAnswer } from './fixtures.ts';

const FAST = {
  SLACK_API_TIMEOUT_MS: '500',
  SLACK_API_RETRIES: '2',
  SLACK_DELIVERY_DEADLINE_MS: '3000',
  SLACK_DRAIN_MS: '500',
};

let fake: FakeSlack;
let h: Harness | undefined;

beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  await fake.close();
});

const start = (env: Record<string, string> = {}, extra: Parameters<typeof startHarness>[0] = {}) =>
  startHarness({ ...extra, env: { ...FAST, SLACK_API_URL: fake.apiUrl, ...env } });

async function health(url: string): Promise<{ status: number; body: { ok: boolean; checks: Record<string, { ok: boolean; detail?: string }> } }> {
  const r = await fetch(`${url}/healthz`);
  return { status: r.status, body: (await r.json()) as never };
}

/** the calls that deliver an answer: its stream, or the post instead */
const DELIVERY = new Set(['chat.startStream', 'chat.appendStream', 'chat.stopStream', 'chat.postMessage']);

describe('a Slack that hangs', () => {
  it('gives up every hung call, reports degraded meanwhile, and still answers later questions', async () => {
    // the first five chat.startStream calls (the first call of each answer) hang 10× longer than the request timeout
    fake.fault = (method, n) => (method === 'chat.startStream' && n <= 5 ? { hangMs: 3000 } : undefined);
    h = await start();
    for (let i = 0; i < 5; i++) expect((await send(h.url, eventBody(mentionEvent(`Vraag ${i}?`)))).status).toBe(200);
    // while they hang, /healthz says so
    await waitFor(() => fake.hung.length >= 1, 5000, 'a hung post');
    let degraded: Awaited<ReturnType<typeof health>> | undefined;
    const until = Date.now() + 5000;
    while (!degraded && Date.now() < until) {
      const r = await health(h.url);
      if (r.status === 503) degraded = r;
      else await new Promise((res) => setTimeout(res, 25));
    }
    expect(degraded, 'healthz never reported degraded during the hang').toBeDefined();
    expect(degraded!.body.checks.slack_api!.ok).toBe(false);
    expect(degraded!.body.checks.slack_api!.detail).toMatch(/hanging|failed/);

    // a question asked now is answered: the hung calls hold no capacity
    const late = mentionEvent('Nog een vraag?');
    await send(h.url, eventBody(late));
    await waitFor(() => fake.of('chat.startStream').some((c) => c.body.thread_ts === late.ts), 10_000, 'the later answer');
    // and the five hung questions were answered on a retry, each once
    await waitFor(() => fake.of('chat.stopStream').length >= 6, 10_000, 'all six answers');
    const threads = fake.of('chat.startStream').map((c) => c.body.thread_ts);
    expect(threads).toHaveLength(6);
    expect(new Set(threads).size).toBe(threads.length);
    expect(fake.of('chat.postMessage')).toHaveLength(0);
    // every hung call was given up by the client, long before the fake would have answered it
    await waitFor(() => fake.hung.every((c) => c.abortedAt !== undefined), 5000, 'every hung call to be given up');
    for (const c of fake.hung) expect(c.abortedAt! - c.startedAt).toBeLessThan(3000);
    expect(fake.hung.some((c) => c.answeredAt !== undefined)).toBe(false);
    // once Slack answers again, health recovers
    const after = await health(h.url);
    expect(after.status, JSON.stringify(after.body)).toBe(200);
  });

  it('gives up an answer whose delivery keeps hanging and tells the asker with a reference', async () => {
    fake.fault = (method) => (DELIVERY.has(method) ? { hangMs: 5000 } : undefined);
    h = await start();
    await send(h.url, eventBody(mentionEvent('Blijft het hangen?')));
    await waitFor(() => fake.of('chat.postEphemeral').length === 1, 10_000, 'the notice');
    expect(String(fake.of('chat.postEphemeral')[0]!.body.text)).toMatch(/Slack reageerde niet op tijd.*referentie `[0-9a-f]{8}`/);
    // the stream's start: one try and two retries, each given up after the request timeout;
    // then the post instead, for what is left of the delivery deadline
    expect(fake.hung.filter((c) => c.method === 'chat.startStream')).toHaveLength(3);
    expect(fake.hung.length).toBeLessThanOrEqual(6);
    await waitFor(() => fake.hung.every((c) => c.abortedAt !== undefined), 5000, 'the hung calls to be given up');
    expect(h.logs.some((l) => l.includes('"event":"delivery_failed"'))).toBe(true);
  });
});

describe('a stream that opens but does not end', () => {
  it('is given up at the delivery deadline and the asker told with a reference', async () => {
    // chat.startStream answers; the stream's text and end hang (and so would a post)
    fake.fault = (method) => (method === 'chat.appendStream' || method === 'chat.stopStream' || method === 'chat.postMessage' ? { hangMs: 10_000 } : undefined);
    h = await start();
    const t0 = Date.now();
    await send(h.url, eventBody(mentionEvent('Komt het antwoord nog?')));
    await waitFor(() => fake.of('chat.postEphemeral').length === 1, 10_000, 'the notice');
    // the deadline is 3 s; the notice has half of it more
    expect(Date.now() - t0).toBeLessThan(3000 + 1500 + 1000);
    expect(String(fake.of('chat.postEphemeral')[0]!.body.text)).toMatch(/referentie `[0-9a-f]{8}`/);
    expect(fake.of('chat.startStream')).toHaveLength(1);
    expect(h.logs.some((l) => l.includes('"event":"delivery_failed"'))).toBe(true);
    await waitFor(() => fake.hung.every((c) => c.abortedAt !== undefined), 5000, 'the hung calls to be given up');
  });
});

describe('a Slack that fails', () => {
  for (const status of [500, 503]) {
    it(`tells the asker on persistent ${status}s, with at most 10 calls for the answer`, async () => {
      fake.fault = (method) => (DELIVERY.has(method) ? { status } : undefined);
      h = await start();
      await send(h.url, eventBody(mentionEvent('Werkt Slack?')));
      await waitFor(() => fake.of('chat.postEphemeral').length === 1, 10_000, 'the notice');
      const e = fake.of('chat.postEphemeral')[0]!.body;
      expect(e).toMatchObject({ channel: 'C1', user: 'U1' });
      expect(String(e.text)).toMatch(/Slack is tijdelijk niet bereikbaar.*referentie `[0-9a-f]{8}`/);
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.calls.length).toBeLessThanOrEqual(10);
      expect(fake.of('chat.startStream')).toHaveLength(3); // the stream, then the post instead
      expect(fake.of('chat.postMessage')).toHaveLength(3);
      const hz = await health(h.url);
      expect(hz.status).toBe(503);
      expect(hz.body.checks.slack_api!.detail).toContain(`HTTP ${status}`);
    });
  }

  it('makes at most 10 calls for an answer in a DM thread when every call fails, and logs it', async () => {
    fake.fault = () => ({ status: 500 });
    h = await start();
    await send(h.url, eventBody({ type: 'message', channel_type: 'im', user: 'U1', text: 'Hallo?', ts: '300.1', thread_ts: '300.0', channel: 'D1', event_ts: '300.1' }));
    await waitFor(() => h!.logs.some((l) => l.includes('"event":"notice_failed"')), 10_000, 'the failed notice');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.calls.length).toBeLessThanOrEqual(10);
    expect(h.logs.some((l) => l.includes('"event":"delivery_failed"'))).toBe(true);
  });

  it('honours Retry-After on a 429 and answers once', async () => {
    // the stream is refused at once (429), so the answer is posted, and that post is rate limited once
    fake.fault = (method, n) => ((method === 'chat.postMessage' || method === 'chat.startStream') && n === 1 ? { status: 429, retryAfterSec: 1 } : undefined);
    h = await start();
    await send(h.url, eventBody(mentionEvent('Te snel?')));
    await waitFor(() => fake.of('chat.postMessage').length === 2, 10_000, 'the retried post');
    const [first, second] = fake.of('chat.postMessage');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.of('chat.postMessage')).toHaveLength(2);
    expect(fake.of('chat.postEphemeral')).toHaveLength(0);
  });

  it('gives up when Retry-After is longer than the delivery deadline, and says so', async () => {
    fake.fault = (method) => (DELIVERY.has(method) ? { status: 429, retryAfterSec: 60 } : undefined);
    h = await start();
    await send(h.url, eventBody(mentionEvent('Heel druk?')));
    await waitFor(() => fake.of('chat.postEphemeral').length === 1, 10_000, 'the notice');
    expect(fake.of('chat.postMessage')).toHaveLength(1);
  });
});

describe('shutdown', () => {
  it('stops within its drain time plus a bounded margin while the delivery hangs, aborting it', async () => {
    fake.fault = (method) => (DELIVERY.has(method) ? { hangMs: 60_000 } : undefined);
    h = await start({ SLACK_API_TIMEOUT_MS: '30000', SLACK_DELIVERY_DEADLINE_MS: '60000' });
    await send(h.url, eventBody(mentionEvent('Afsluiten?')));
    await waitFor(() => fake.hung.length === 1, 5000, 'the hung post');
    const t0 = Date.now();
    await h.slack.stop({ drainMs: 300 });
    const took = Date.now() - t0;
    h = undefined;
    expect(took).toBeLessThan(5000); // drain 300 ms + 1 s for the aborted answers + 3 s to close the server, at most
    await waitFor(() => fake.hung[0]!.abortedAt !== undefined, 2000, 'the hung post to be aborted');
  });
});

describe('work that is stuck', () => {
  it('reports degraded while an answer runs far past its deadlines', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let t = Date.now();
    h = await start({}, { bot: fakeBot(async (q) => (await gate, makeAnswer({ question: q }))), deps: { answerTimeoutMs: 60_000, now: () => t } });
    await send(h.url, eventBody(mentionEvent('Vast?')));
    await waitFor(() => h!.bot.calls.length === 1);
    expect((await health(h.url)).status).toBe(200);
    t += 60_000 + 4_500 + 5_000 + 1; // past answer timeout + 1.5 × delivery deadline + 5 s
    const stuck = await health(h.url);
    expect(stuck.status).toBe(503);
    expect(stuck.body.checks.work).toMatchObject({ ok: false });
    expect(stuck.body.checks.work!.detail).toMatch(/in flight, oldest 7\d s/);
    release();
  });
});

describe('a notice Slack refuses as ephemeral', () => {
  it('falls back to a plain message in the thread', async () => {
    // the answer's stream and posts fail with 500 (three tries each); chat.postEphemeral answers ok:false (a refusal, not an outage)
    fake.fault = (method, n) =>
      (method === 'chat.postMessage' || method === 'chat.startStream') && n <= 3 ? { status: 500 } : method === 'chat.postEphemeral' ? { status: 200 } : undefined;
    h = await start();
    const ev = mentionEvent('Ben ik er nog?');
    await send(h.url, eventBody(ev));
    await waitFor(() => fake.of('chat.postMessage').length === 4, 10_000, 'the plain notice');
    const notice = fake.of('chat.postMessage').at(-1)!.body;
    expect(notice).toMatchObject({ channel: 'C1', thread_ts: ev.ts });
    expect(String(notice.text)).toMatch(/referentie `[0-9a-f]{8}`/);
    expect(fake.of('chat.postEphemeral')).toHaveLength(1);
  });
});
