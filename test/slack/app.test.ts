// The Bolt app on a loopback port receiving signed requests while nock plays
// Slack's Web API and asserts what the app sends.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  actionBody, commandBody, dmEvent, eventBody, fakeBot, mentionEvent, parseBlocks, send, startHarness, waitFor,
  BOT_TOKEN, BOT_USER_ID, type Harness,
} from './harness.ts';
import { mockSlack, RESPONSE_URL, type SlackMock } from './nock-slack.ts';
import { makeAnswer, makeIndicatorResult, longText } from './fixtures.ts';
import type { IndicatorAccess } from '../../src/slack/deps.ts';

let h: Harness | undefined;
let api: SlackMock;

beforeAll(() => {
  api = mockSlack();
});
beforeEach(() => api.reset());
afterEach(async () => {
  await h?.close(); // waits for work in flight, so nothing leaks into the next test
  h = undefined;
});
afterAll(() => {
  nock.cleanAll();
});

describe('request verification', () => {
  it('rejects a bad signature and a stale timestamp with 401, accepts a good one', async () => {
    h = await startHarness();
    const body = eventBody(mentionEvent('Wat adviseert de SER?'));
    expect((await send(h.url, body, { secret: 'wrong' })).status).toBe(401);
    expect((await send(h.url, body, { ts: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect(h.bot.calls).toHaveLength(0);
    expect((await send(h.url, body)).status).toBe(200);
    await waitFor(() => api.of('chat.postMessage').length === 1, 5000, 'the answer');
  });

  it('answers url_verification challenges', async () => {
    h = await startHarness();
    const r = await send(h.url, { type: 'url_verification', challenge: 'abc123', token: 'x' });
    expect(r.status).toBe(200);
    expect(r.text).toContain('abc123');
  });
});

describe('app_mention', () => {
  it('answers in the thread with sources, mode and feedback buttons, using the bot token', async () => {
    h = await startHarness();
    const ev = mentionEvent('Wat adviseert de SER?');
    const r = await send(h.url, eventBody(ev));
    expect(r.status).toBe(200);
    await waitFor(() => api.of('chat.postMessage').length === 1);
    const post = api.of('chat.postMessage')[0]!;
    expect(post.auth).toBe(`Bearer ${BOT_TOKEN}`);
    expect(post.body).toMatchObject({ channel: 'C1', thread_ts: ev.ts });
    const blocks = parseBlocks(post.body);
    const json = JSON.stringify(blocks);
    expect(json).toContain('[1] Samenwerken voor arbeidsproductiviteitsgroei (SER Briefadvies 25/04), p. 4');
    expect(json).toContain('feedback_up');
    expect(h.bot.calls[0]!.question).toBe('Wat adviseert de SER?');
    expect(h.bot.calls[0]!.opts?.history).toEqual([]);
    expect(api.of('conversations.replies')).toHaveLength(0);
    await waitFor(() => h!.store.questions.length === 1);
    expect(h.store.questions[0]).toMatchObject({ surface: 'slack', answered: true, mode: 'local', text: 'Wat adviseert de SER?' });
    const requestLine = () => h!.logs.map((l) => JSON.parse(l)).find((l) => l.event === 'request' && l.kind === 'app_mention');
    await waitFor(() => !!requestLine(), 5000, 'the request log line');
    const line = requestLine();
    expect(line).toMatchObject({ kind: 'app_mention' });
    expect(typeof line.latencyMs).toBe('number');
    expect(h.logs.join('')).not.toContain('Wat adviseert de SER?'); // question text only at debug level
    expect(h.logs.join('')).not.toContain(BOT_TOKEN);
  });

  it('reads the thread as history for a follow-up in a thread', async () => {
    h = await startHarness();
    api.reply['conversations.replies'] = () => ({
      ok: true,
      messages: [
        { ts: '100.0', user: 'U1', text: `<@${BOT_USER_ID}> Wat adviseert de SER?` },
        { ts: '101.0', user: BOT_USER_ID, bot_id: 'BBOT', text: 'Een gezamenlijke aanpak [1].' },
        { ts: '102.0', user: 'U1', text: `<@${BOT_USER_ID}> En voor de regio?` },
      ],
    });
    await send(h.url, eventBody(mentionEvent('En voor de regio?', { ts: '102.0', thread_ts: '100.0' })));
    await waitFor(() => api.of('chat.postMessage').length === 1);
    expect(api.of('conversations.replies')[0]!.body).toMatchObject({ channel: 'C1', ts: '100.0' });
    expect(h.bot.calls[0]!.opts?.history).toEqual([
      { role: 'user', text: 'Wat adviseert de SER?' },
      { role: 'assistant', text: 'Een gezamenlijke aanpak [1].' },
    ]);
    expect(api.of('chat.postMessage')[0]!.body.thread_ts).toBe('100.0');
  });

  it('still answers when the thread cannot be read', async () => {
    h = await startHarness();
    api.reply['conversations.replies'] = () => ({ ok: false, error: 'missing_scope' });
    await send(h.url, eventBody(mentionEvent('En nu?', { thread_ts: '100.0' })));
    await waitFor(() => api.of('chat.postMessage').length === 1);
    expect(h.bot.calls[0]!.opts?.history).toEqual([]);
    expect(h.logs.some((l) => l.includes('history_unavailable') && l.includes('missing_scope'))).toBe(true);
  });

  it('answers a retried event once (same event_id, x-slack-retry-num)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h = await startHarness({ bot: fakeBot(async (q) => (await gate, makeAnswer({ question: q }))) });
    const body = eventBody(mentionEvent('Wat adviseert de SER?'), 'EvRetry1');
    expect((await send(h.url, body)).status).toBe(200);
    const retry = await send(h.url, body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    // same event id without retry headers (e.g. a replay): still answered once
    expect((await send(h.url, body)).status).toBe(200);
    release();
    await waitFor(() => api.of('chat.postMessage').length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.of('chat.postMessage')).toHaveLength(1);
    expect(h.bot.calls).toHaveLength(1);
  });

  it('acknowledges before the answer is ready', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h = await startHarness({ bot: fakeBot(async (q) => (await gate, makeAnswer({ question: q }))) });
    const r = await send(h.url, eventBody(mentionEvent('Traag?')));
    expect(r.status).toBe(200);
    expect(api.of('chat.postMessage')).toHaveLength(0);
    release();
    await waitFor(() => api.of('chat.postMessage').length === 1);
  });

  it('splits a long answer over messages within Slack limits', async () => {
    const citations = Array.from({ length: 60 }, (_, i) => ({ ...makeAnswer().citations[0]!, n: i + 1 }));
    h = await startHarness({ bot: fakeBot((q) => makeAnswer({ question: q, text: longText(160_000), citations })) });
    await send(h.url, eventBody(mentionEvent('Alles?')));
    await waitFor(() => api.of('chat.postMessage').length >= 2 && h!.store.questions.length === 1);
    const posts = api.of('chat.postMessage');
    for (const p of posts) {
      const blocks = parseBlocks(p.body);
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
      expect(p.body.thread_ts).toBeDefined();
    }
    const texts = posts.flatMap((p) => parseBlocks(p.body)).filter((b) => b.type === 'section').map((b) => b.text!.text).join(' ');
    expect(texts.replace(/\s+/g, ' ')).toContain(longText(160_000).slice(-200).replace(/\s+/g, ' '));
    expect(JSON.stringify(parseBlocks(posts.at(-1)!.body))).toContain('feedback_down');
  });

  it('tells the asker when answering throws, with a reference, and logs it', async () => {
    h = await startHarness({ bot: fakeBot(() => { throw new Error('index is corrupt'); }) });
    await send(h.url, eventBody(mentionEvent('Kapot?')));
    await waitFor(() => api.of('chat.postEphemeral').length === 1);
    const e = api.of('chat.postEphemeral')[0]!.body;
    expect(e).toMatchObject({ channel: 'C1', user: 'U1' });
    expect(String(e.text)).toMatch(/Het lukte niet.*index is corrupt.*referentie `[0-9a-f]{8}`/);
    expect(api.of('chat.postMessage')).toHaveLength(0);
    expect(h.logs.some((l) => l.includes('"event":"failed"') && l.includes('index is corrupt'))).toBe(true);
  });

  it('gives up on an answer that takes too long and says so', async () => {
    let aborted = false;
    h = await startHarness({
      bot: fakeBot((_q, opts) => new Promise((_, reject) => opts?.signal?.addEventListener('abort', () => ((aborted = true), reject(new Error('aborted')))))),
      deps: { answerTimeoutMs: 100 },
    });
    await send(h.url, eventBody(mentionEvent('Eeuwig?')));
    await waitFor(() => api.of('chat.postEphemeral').length === 1);
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('het antwoord duurde te lang');
    expect(aborted).toBe(true);
  });

  it('rate limits per user with a friendly message', async () => {
    h = await startHarness({ env: { POLDERBOT_RATE_LIMIT: '1' } });
    await send(h.url, eventBody(mentionEvent('Een?')));
    await waitFor(() => api.of('chat.postMessage').length === 1);
    await send(h.url, eventBody(mentionEvent('Twee?')));
    await waitFor(() => api.of('chat.postEphemeral').length === 1);
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('maximaal 1 per minuut');
    await send(h.url, eventBody(mentionEvent('Drie?', { user: 'U2' })));
    await waitFor(() => api.of('chat.postMessage').length === 2);
    expect(h.bot.calls.map((c) => c.question)).toEqual(['Een?', 'Drie?']);
  });

  it('logs the question text at debug level only', async () => {
    h = await startHarness({ env: { LOG_LEVEL: 'debug' } });
    await send(h.url, eventBody(mentionEvent('Wat zegt het advies over regio’s?')));
    await waitFor(() => h!.logs.some((l) => l.includes('"event":"answered"')));
    const q = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'question');
    expect(q).toMatchObject({ level: 20, question: 'Wat zegt het advies over regio’s?' });
  });

  it('asks for a question when the mention is empty', async () => {
    h = await startHarness();
    await send(h.url, eventBody(mentionEvent('')));
    await waitFor(() => api.of('chat.postEphemeral').length === 1);
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('Stel je vraag');
    expect(h.bot.calls).toHaveLength(0);
  });
});

describe('direct messages and assistant threads', () => {
  it('answers a DM in the conversation and ignores its own messages', async () => {
    h = await startHarness();
    await send(h.url, eventBody(dmEvent('Wat is de kernboodschap?')));
    await send(h.url, eventBody(dmEvent('echo', { user: BOT_USER_ID, bot_id: 'BBOT' })));
    await waitFor(() => api.of('chat.postMessage').length === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.of('chat.postMessage')).toHaveLength(1);
    expect(api.of('chat.postMessage')[0]!.body).toMatchObject({ channel: 'D1' });
    expect(h.bot.calls.map((c) => c.question)).toEqual(['Wat is de kernboodschap?']);
  });

  it('greets a new assistant thread with Dutch suggested prompts', async () => {
    h = await startHarness();
    await send(h.url, eventBody({
      type: 'assistant_thread_started',
      assistant_thread: { user_id: 'U1', context: { channel_id: 'C9', team_id: 'T1' }, channel_id: 'D1', thread_ts: '200.0' },
      event_ts: '200.1',
    }));
    await waitFor(() => api.of('assistant.threads.setSuggestedPrompts').length === 1);
    const prompts = api.of('assistant.threads.setSuggestedPrompts')[0]!.body;
    expect(prompts).toMatchObject({ channel_id: 'D1', thread_ts: '200.0' });
    expect(String(prompts.prompts)).toContain('Welke aanbevelingen doet de SER aan het kabinet?');
    expect(api.of('chat.postMessage')[0]!.body).toMatchObject({ channel: 'D1', thread_ts: '200.0' });
  });

  it('sets a status, reads the thread and answers an assistant-thread message', async () => {
    h = await startHarness();
    api.reply['conversations.replies'] = () => ({ ok: true, messages: [{ ts: '200.0', user: BOT_USER_ID, bot_id: 'BBOT', text: 'Hoi!' }] });
    await send(h.url, eventBody(dmEvent('Wat vraagt het advies van werkgevers?', { thread_ts: '200.0' })));
    await waitFor(() => api.of('chat.postMessage').length === 1);
    expect(api.of('assistant.threads.setStatus')[0]!.body).toMatchObject({ channel_id: 'D1', thread_ts: '200.0', status: 'zoekt in de stukken…' });
    expect(api.of('chat.postMessage')[0]!.body).toMatchObject({ channel: 'D1', thread_ts: '200.0' });
    expect(h.bot.calls[0]!.opts?.history).toEqual([{ role: 'assistant', text: 'Hoi!' }]);
    // the first question titles the thread in the assistant's history list, once
    expect(api.of('assistant.threads.setTitle').map((c) => c.body)).toEqual([
      expect.objectContaining({ channel_id: 'D1', thread_ts: '200.0', title: 'Wat vraagt het advies van werkgevers?' }),
    ]);
    await send(h.url, eventBody(dmEvent('En van werknemers?', { thread_ts: '200.0' })));
    await waitFor(() => api.of('chat.postMessage').length === 2);
    expect(api.of('assistant.threads.setTitle')).toHaveLength(1);
  });
});

function fakeIndicators(): IndicatorAccess & { runs: { id: string; params: Record<string, unknown> }[] } {
  class InputError extends Error {}
  const runs: { id: string; params: Record<string, unknown> }[] = [];
  return {
    runs,
    list: () => [{ id: 'productivity-growth', title: 'Productiviteitsgroei' }],
    help: (id) => (id ? `usage: /indicator ${id} --country <NL|EU27|US>` : 'usage: /indicator <id> --country <NL|EU27|US>'),
    isInputError: (e) => e instanceof InputError,
    run: (id, params) => {
      runs.push({ id, params });
      if (params.country === 'XX') throw new InputError('Onbekend land "XX"; kies uit NL, EU27, US.');
      return makeIndicatorResult({
        chart: { title: 'Groei', unit: '%', kind: 'line', lines: [{ country: 'NL', points: [{ year: 2014, value: 1 }] }], source: [] },
      });
    },
    renderChart: async () => Buffer.from('png-bytes'),
  };
}

describe('slash commands', () => {
  it('/indicator answers ephemerally with figures and a share button', async () => {
    const ind = fakeIndicators();
    h = await startHarness({ indicators: ind });
    const r = await send(h.url, commandBody('/indicator', 'productivity-growth --country NL --vs EU27,US', RESPONSE_URL), { form: true });
    expect(r.status).toBe(200);
    await waitFor(() => api.responses.length === 1);
    const body = api.responses[0]!.body;
    expect(body.response_type).toBe('ephemeral');
    const json = JSON.stringify(body.blocks);
    expect(json).toContain('Productiviteitsgroei per gewerkt uur');
    expect(json).toContain('share_indicator');
    expect(ind.runs[0]).toEqual({ id: 'productivity-growth', params: { country: 'NL', vs: 'EU27,US' } });
  });

  it('/indicator help lists ids and usage; bad arguments get usage, not an exception', async () => {
    const ind = fakeIndicators();
    h = await startHarness({ indicators: ind });
    await send(h.url, commandBody('/indicator', 'help', RESPONSE_URL), { form: true });
    await send(h.url, commandBody('/indicator', 'productivity-growth --country XX', RESPONSE_URL), { form: true });
    await send(h.url, commandBody('/indicator', 'onbekend', RESPONSE_URL), { form: true });
    await send(h.url, commandBody('/indicator', 'productivity-growth NL', RESPONSE_URL), { form: true });
    await waitFor(() => api.responses.length === 4);
    const texts = api.responses.map((r) => JSON.stringify(r.body));
    expect(texts.find((t) => t.includes('`productivity-growth`: Productiviteitsgroei'))).toBeDefined();
    expect(texts.find((t) => t.includes('Onbekend land') && t.includes('usage: /indicator productivity-growth'))).toBeDefined();
    expect(texts.find((t) => t.includes('Onbekende indicator') && t.includes('Kies uit: productivity-growth'))).toBeDefined();
    expect(texts.find((t) => t.includes('naam=waarde'))).toBeDefined();
    expect(api.responses.every((r) => r.body.response_type === 'ephemeral')).toBe(true);
    expect(h.logs.some((l) => l.includes('"level":50'))).toBe(false);
  });

  it('sharing an indicator posts it in the channel and uploads the chart in its thread', async () => {
    const ind = fakeIndicators();
    h = await startHarness({ indicators: ind });
    api.reply['files.getUploadURLExternal'] = () => ({ ok: true, upload_url: 'https://files.slack.com/upload/v1/abc', file_id: 'F1' });
    api.reply['files.completeUploadExternal'] = () => ({ ok: true, files: [{ id: 'F1' }] });
    const upload = nock('https://files.slack.com').post('/upload/v1/abc').reply(200, 'OK - 9');
    const value = JSON.stringify({ id: 'productivity-growth', params: { country: 'NL' } });
    await send(h.url, actionBody('share_indicator', value, RESPONSE_URL), { form: true });
    await waitFor(() => api.of('files.completeUploadExternal').length === 1);
    const post = api.of('chat.postMessage')[0]!.body;
    expect(post.channel).toBe('C1');
    expect(JSON.stringify(post.blocks)).toContain('gedeeld door <@U1>');
    const complete = api.of('files.completeUploadExternal')[0]!.body;
    expect(complete).toMatchObject({ channel_id: 'C1', thread_ts: '1800000001.000001' });
    expect(upload.isDone()).toBe(true);
    expect(ind.runs[0]!.params).toEqual({ country: 'NL' });
  });

  it('/vraag answers ephemerally with a share button; sharing posts it in the channel', async () => {
    h = await startHarness();
    const r = await send(h.url, commandBody('/vraag', 'Wat adviseert de SER?', RESPONSE_URL), { form: true });
    expect(r.status).toBe(200);
    expect(r.text).toContain('Even zoeken');
    await waitFor(() => api.responses.length === 1);
    const eph = api.responses[0]!.body;
    expect(eph).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    const share = (eph.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'share_answer')!;
    expect(share).toBeDefined();
    await waitFor(() => h!.store.questions.length === 1);
    expect(h.store.questions[0]).toMatchObject({ surface: 'slash' });
    await send(h.url, actionBody('share_answer', share.value, RESPONSE_URL), { form: true });
    await waitFor(() => api.responses.length === 3);
    const shared = api.responses[1]!.body;
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(JSON.stringify(shared.blocks)).toContain('Gedeeld door <@U1>');
    expect(JSON.stringify(shared.blocks)).toContain('[1] Samenwerken voor arbeidsproductiviteitsgroei');
    expect(api.responses[2]!.body).toEqual({ delete_original: true });
  });

  it('/vraag without a question gets usage in the ack', async () => {
    h = await startHarness();
    const r = await send(h.url, commandBody('/vraag', '  ', RESPONSE_URL), { form: true });
    expect(r.text).toContain('Gebruik: `/vraag <vraag>`');
    expect(h.bot.calls).toHaveLength(0);
  });
});

describe('feedback buttons', () => {
  it('stores a click with a hashed user id and the question, and thanks the user', async () => {
    h = await startHarness();
    await send(h.url, eventBody(mentionEvent('Wat adviseert de SER?')));
    await waitFor(() => api.of('chat.postMessage').length === 1);
    const blocks = parseBlocks(api.of('chat.postMessage')[0]!.body);
    const down = blocks.flatMap((b) => (b.elements ?? []) as { action_id: string; value: string }[]).find((e) => e.action_id === 'feedback_down')!;
    const r = await send(h.url, actionBody('feedback_down', down.value, RESPONSE_URL), { form: true });
    expect(r.status).toBe(200);
    await waitFor(() => h!.store.feedback.length === 1 && api.responses.length === 1);
    const f = h.store.feedback[0]!;
    expect(f).toMatchObject({ answerId: down.value, value: 'down', question: 'Wat adviseert de SER?' });
    expect(f.userHash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(h.store.feedback)).not.toContain('U1');
    expect(api.responses[0]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });
});

describe('health and shutdown', () => {
  it('serves GET /healthz and finishes answers in flight on stop', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h = await startHarness({
      bot: fakeBot(async (q) => (await gate, makeAnswer({ question: q }))),
      deps: { health: () => ({ ok: true, checks: { index: { ok: true, detail: '42 chunks' } } }) },
    });
    const hz = await fetch(`${h.url}/healthz`);
    expect(hz.status).toBe(200);
    expect(await hz.json()).toMatchObject({ ok: true, checks: { index: { ok: true } } });
    await send(h.url, eventBody(mentionEvent('Nog bezig?')));
    await waitFor(() => h!.bot.calls.length === 1);
    const stopping = h.slack.stop({ drainMs: 5000 });
    setTimeout(release, 100);
    await stopping;
    expect(api.of('chat.postMessage')).toHaveLength(1);
    h = undefined;
  });

  it('reports 503 when a health check fails', async () => {
    h = await startHarness({ deps: { health: () => ({ ok: false, checks: { store: { ok: false, detail: 'read-only' } } }) } });
    const hz = await fetch(`${h.url}/healthz`);
    expect(hz.status).toBe(503);
  });
});
