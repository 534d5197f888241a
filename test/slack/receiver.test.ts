// What reaches POST /slack/events from a flaky network or an attacker:
// malformed but signed bodies, timestamps from the future, huge events,
// retries and replays. The server must stay up and answer each question once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../e2e/fake-slack.ts';
import { actionBody, commandBody, eventBody, mentionEvent, send, sign, startHarness, waitFor, type Harness } from './harness.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { storeConfig, tempDb } from '../store/helpers.ts';

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

const start = (extra: Parameters<typeof startHarness>[0] = {}) =>
  startHarness({ ...extra, env: { SLACK_API_URL: fake.apiUrl, SLACK_API_TIMEOUT_MS: '1000', ...extra.env } });

async function post(url: string, raw: string, contentType: string, tsOffsetSec = 0): Promise<number> {
  const ts = Math.floor(Date.now() / 1000) + tsOffsetSec;
  const res = await fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(raw, ts) },
    body: raw,
  });
  await res.arrayBuffer();
  return res.status;
}

// Mentions are answered through a stream (chat.startStream … chat.stopStream):
// each answer ends with one chat.stopStream.
describe('malformed but signed requests', () => {
  it('refuses null and other non-object bodies with 400 and keeps serving', async () => {
    h = await start();
    expect(await post(h.url, 'null', 'application/json')).toBe(400);
    expect(await post(h.url, '[]', 'application/json')).toBe(400);
    expect(await post(h.url, '"tekst"', 'application/json')).toBe(400);
    expect(await post(h.url, '42', 'application/json')).toBe(400);
    expect(await post(h.url, 'payload=null', 'application/x-www-form-urlencoded')).toBe(400);
    expect(await post(h.url, '{nope', 'application/json')).toBe(400);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    await send(h.url, eventBody(mentionEvent('Nog in de lucht?')));
    await waitFor(() => fake.of('chat.stopStream').length === 1, 5000, 'the answer');
  });

  it('refuses a timestamp more than 5 minutes in the future, like a stale one', async () => {
    h = await start();
    const raw = JSON.stringify(eventBody(mentionEvent('Uit de toekomst?')));
    expect(await post(h.url, raw, 'application/json', 600)).toBe(401);
    expect(await post(h.url, raw, 'application/json', -600)).toBe(401);
    expect(await post(h.url, raw, 'application/json', 3600)).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.bot.calls).toHaveLength(0);
    expect(await post(h.url, raw, 'application/json', 60)).toBe(200); // within the window: fine
    await waitFor(() => h!.bot.calls.length === 1, 5000, 'the accepted request');
  });

  it('refuses a 3 MB event with 413 and stays responsive', async () => {
    h = await start();
    const huge = JSON.stringify(eventBody(mentionEvent('a'.repeat(3 * 1024 * 1024))));
    const [status, hz] = await Promise.all([post(h.url, huge, 'application/json'), fetch(`${h.url}/healthz`)]);
    expect(status).toBe(413);
    expect(hz.status).toBe(200);
    expect(h.bot.calls).toHaveLength(0);
  });

  it('tells the asker a question over 40,000 characters is too long, without answering it', async () => {
    h = await start();
    await send(h.url, eventBody(mentionEvent(`Waarom ${'x'.repeat(40_001)}`)));
    await waitFor(() => fake.of('chat.postEphemeral').length === 1, 5000, 'the notice');
    expect(String(fake.of('chat.postEphemeral')[0]!.body.text)).toMatch(/te lang .*40\.0\d\d tekens.*maximum is 40\.000/);
    expect(h.bot.calls).toHaveLength(0);
  });
});

describe('retries and replays', () => {
  const t = tempDb();
  let store: Store | undefined;
  afterEach(() => {
    store?.close();
    store = undefined;
    t.cleanup();
  });

  it('answers a retry whose original never arrived, and an original plus its retry once, across a restart', async () => {
    store = openStore(storeConfig(t.path));
    h = await start({ deps: { store } });
    const original = eventBody(mentionEvent('Eerste vraag?'), 'EvOrig1');
    await send(h.url, original);
    await waitFor(() => fake.of('chat.stopStream').length === 1, 5000, 'the first answer');
    await h.close();
    // the bot restarts; Slack retries the first event (its ack got lost) and a second one whose original never came
    h = await start({ deps: { store } });
    const retryHeaders = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await send(h.url, original, { headers: retryHeaders })).status).toBe(200);
    const lost = eventBody(mentionEvent('Tweede vraag, eerste bezorging kwam nooit aan?'), 'EvLost1');
    expect((await send(h.url, lost, { headers: retryHeaders })).status).toBe(200);
    await waitFor(() => fake.of('chat.stopStream').length === 2, 5000, 'the answer to the retried question');
    expect((await send(h.url, lost, { headers: { ...retryHeaders, 'x-slack-retry-num': '2' } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.of('chat.stopStream')).toHaveLength(2);
    expect(h.bot.calls.map((c) => c.question)).toEqual(['Tweede vraag, eerste bezorging kwam nooit aan?']);
    expect(h.logs.some((l) => l.includes('"event":"duplicate"') && l.includes('event:EvOrig1'))).toBe(true);
  });

  it('answers a replayed slash command once, and stores a replayed click once', async () => {
    h = await start();
    const cmd = commandBody('/vraag', 'Wat adviseert de SER?', fake.responseUrl('v1'));
    expect((await send(h.url, cmd, { form: true })).status).toBe(200);
    expect((await send(h.url, cmd, { form: true })).status).toBe(200);
    await waitFor(() => fake.of('respond').length >= 1, 5000, 'the /vraag answer');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.of('respond')).toHaveLength(1);
    expect(h.bot.calls).toHaveLength(1);
    // a second, real invocation (its own trigger id) is answered
    await send(h.url, commandBody('/vraag', 'Wat adviseert de SER?', fake.responseUrl('v2')), { form: true });
    await waitFor(() => fake.of('respond').length === 2, 5000, 'the second /vraag answer');

    const click = actionBody('feedback_up', 'answer-1', fake.responseUrl('fb'));
    expect((await send(h.url, click, { form: true })).status).toBe(200);
    expect((await send(h.url, click, { form: true })).status).toBe(200);
    await waitFor(() => h!.store.feedback.length >= 1, 5000, 'the feedback');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.store.feedback).toHaveLength(1);
  });
});
