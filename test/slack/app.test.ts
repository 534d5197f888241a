// The Bolt app on a loopback port receiving signed requests while nock plays
// Slack's Web API and asserts what the app sends.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  actionBody, commandBody, dmEvent, eventBody, fakeBot, feedbackClick, feedbackValues, mentionEvent, parseBlocks, send, startHarness, waitFor,
  BOT_TOKEN, BOT_USER_ID, type Harness,
} from './harness.ts';
import { jsonField, mockSlack, RESPONSE_URL, streamed, type SlackMock } from './nock-slack.ts';
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
    await waitFor(() => api.of('chat.stopStream').length === 1, 5000, 'the answer');
  });

  it('answers url_verification challenges', async () => {
    h = await startHarness();
    const r = await send(h.url, { type: 'url_verification', challenge: 'abc123', token: 'x' });
    expect(r.status).toBe(200);
    expect(r.text).toContain('abc123');
  });
});

describe('app_mention', () => {
  it('streams the answer into the thread: steps, text, sources, mode and native feedback buttons, using the bot token', async () => {
    h = await startHarness();
    const ev = mentionEvent('Wat adviseert de SER?');
    const r = await send(h.url, eventBody(ev));
    expect(r.status).toBe(200);
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const s = streamed(api.calls)!;
    expect(s.start.auth).toBe(`Bearer ${BOT_TOKEN}`);
    // outside a DM Slack needs the recipient: the asker and their team
    expect(s.start.body).toMatchObject({ channel: 'C1', thread_ts: ev.ts, recipient_user_id: 'U1', recipient_team_id: 'T1', task_display_mode: 'timeline' });
    // the first chunk is the first step, shown while the answer is made
    expect(jsonField<{ type: string; title: string; status: string }[]>(s.start.body, 'chunks')![0]).toMatchObject({ type: 'task_update', id: 'search', title: 'zoekt in het advies', status: 'in_progress' });
    expect(s.tasks.at(-1)).toMatchObject({ id: 'search', status: 'complete', output: '2 bronnen gevonden' });
    expect(s.text).toContain('De SER adviseert een gezamenlijke aanpak');
    expect(s.blockText).toContain('[1] Samenwerken voor arbeidsproductiviteitsgroei (SER Briefadvies 25/04), p. 4');
    expect(s.blockText).toContain('lokaal antwoord');
    expect(s.blocks.at(-1)).toMatchObject({ type: 'context_actions', elements: [{ type: 'feedback_buttons', action_id: 'answer_feedback' }] });
    expect(feedbackValues(s.blocks)!.down).toMatch(/^down:/);
    expect(api.of('chat.postMessage')).toHaveLength(0);
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
    expect(h.logs.map((l) => JSON.parse(l)).find((l) => l.event === 'answered')).toMatchObject({ delivery: 'stream' });
    expect(h.logs.join('')).not.toContain('Wat adviseert de SER?'); // question text only at debug level
    expect(h.logs.join('')).not.toContain(BOT_TOKEN);
  });

  it('shows the answerer\'s steps as they happen and streams LLM text as it is verified', async () => {
    h = await startHarness({
      bot: fakeBot(async (q, opts) => {
        opts?.onStep?.('indicator', 'productivity-growth');
        opts?.onText?.('De productiviteit groeide ');
        opts?.onText?.('0,24 procent per jaar [1].');
        opts?.onStep?.('verify');
        return makeAnswer({ question: q, mode: 'llm', text: 'De productiviteit groeide 0,24 procent per jaar [1].', citations: [makeAnswer().citations[0]!] });
      }),
    });
    await send(h.url, eventBody(mentionEvent('Hoe snel groeide de productiviteit?')));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const s = streamed(api.calls)!;
    expect(s.tasks.map((t) => [t.id, t.status])).toEqual([
      ['search', 'in_progress'],
      ['search', 'complete'],
      ['indicator', 'in_progress'],
      ['indicator', 'complete'],
      ['verify', 'in_progress'],
      ['search', 'complete'], // again, with what it found
      ['verify', 'complete'],
    ]);
    expect(s.tasks[5]!.output).toBe('1 bron gevonden');
    expect(s.tasks[2]!.title).toBe('berekent indicator productivity-growth');
    expect(s.tasks[4]!.title).toBe('controleert bronnen');
    // the text came once, as it streamed, not again at the end
    expect(s.text.match(/0,24 procent/g)).toHaveLength(1);
    expect(api.of('chat.update')).toHaveLength(0);
  });

  it('shows the final answer when the streamed LLM text turned out different (fallback)', async () => {
    h = await startHarness({
      bot: fakeBot(async (q, opts) => {
        opts?.onText?.('Een begin dat niet blijft.');
        return makeAnswer({ question: q, notes: ['Taalmodel niet beschikbaar; lokaal antwoord.'] });
      }),
    });
    await send(h.url, eventBody(mentionEvent('Wat adviseert de SER?')));
    await waitFor(() => api.of('chat.update').length === 1);
    const upd = api.of('chat.update')[0]!.body;
    expect(upd.ts).toBe(streamed(api.calls)!.stop!.body.ts);
    expect(JSON.stringify(jsonField(upd, 'blocks'))).toContain('De SER adviseert een gezamenlijke aanpak');
  });

  it('posts the answer whole when Slack refuses to stream', async () => {
    h = await startHarness();
    api.reply['chat.startStream'] = () => ({ ok: false, error: 'not_allowed' });
    await send(h.url, eventBody(mentionEvent('Wat adviseert de SER?')));
    await waitFor(() => api.of('chat.postMessage').length === 1);
    expect(api.of('chat.postMessage')[0]!.body).toMatchObject({ channel: 'C1' });
    expect(JSON.stringify(parseBlocks(api.of('chat.postMessage')[0]!.body))).toContain('feedback_buttons');
    expect(h.logs.some((l) => l.includes('stream_failed') && l.includes('not_allowed'))).toBe(true);
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
    await waitFor(() => api.of('chat.stopStream').length === 1);
    expect(api.of('conversations.replies')[0]!.body).toMatchObject({ channel: 'C1', ts: '100.0' });
    expect(h.bot.calls[0]!.opts?.history).toEqual([
      { role: 'user', text: 'Wat adviseert de SER?' },
      { role: 'assistant', text: 'Een gezamenlijke aanpak [1].' },
    ]);
    expect(streamed(api.calls)!.start.body.thread_ts).toBe('100.0');
  });

  it('still answers when the thread cannot be read', async () => {
    h = await startHarness();
    api.reply['conversations.replies'] = () => ({ ok: false, error: 'missing_scope' });
    await send(h.url, eventBody(mentionEvent('En nu?', { thread_ts: '100.0' })));
    await waitFor(() => api.of('chat.stopStream').length === 1);
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
    await waitFor(() => api.of('chat.stopStream').length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.of('chat.startStream')).toHaveLength(1);
    expect(h.bot.calls).toHaveLength(1);
  });

  it('acknowledges before the answer is ready', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h = await startHarness({ bot: fakeBot(async (q) => (await gate, makeAnswer({ question: q }))) });
    const r = await send(h.url, eventBody(mentionEvent('Traag?')));
    expect(r.status).toBe(200);
    // the stream opens with the first step while the answer is still being made
    await waitFor(() => api.of('chat.startStream').length === 1);
    expect(api.of('chat.stopStream')).toHaveLength(0);
    release();
    await waitFor(() => api.of('chat.stopStream').length === 1);
  });

  it('streams a long answer within Slack limits and posts what does not fit in the thread', async () => {
    const citations = Array.from({ length: 60 }, (_, i) => ({ ...makeAnswer().citations[0]!, n: i + 1 }));
    h = await startHarness({ bot: fakeBot((q) => makeAnswer({ question: q, text: longText(160_000), citations })) });
    await send(h.url, eventBody(mentionEvent('Alles?')));
    await waitFor(() => api.of('chat.stopStream').length === 1 && h!.store.questions.length === 1 && api.of('chat.postMessage').length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    const s = streamed(api.calls)!;
    for (const c of s.calls) expect(String(c.body.markdown_text ?? '').length + JSON.stringify(jsonField(c.body, 'chunks') ?? []).length).toBeLessThan(12_000);
    expect(s.blocks.length).toBeLessThanOrEqual(50);
    expect(s.blocks.at(-1)!.type).toBe('context_actions');
    const posts = api.of('chat.postMessage');
    for (const p of posts) {
      const blocks = parseBlocks(p.body);
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
      expect(p.body.thread_ts).toBeDefined();
    }
    const texts = posts.flatMap((p) => parseBlocks(p.body)).filter((b) => b.type === 'section').map((b) => b.text!.text).join(' ');
    expect(texts.replace(/\s+/g, ' ')).toContain(longText(160_000).slice(-200).replace(/\s+/g, ' '));
  });

  it('tells the asker in the stream when answering throws, with a reference, and logs it', async () => {
    h = await startHarness({ bot: fakeBot(() => { throw new Error('index is corrupt'); }) });
    await send(h.url, eventBody(mentionEvent('Kapot?')));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const s = streamed(api.calls)!;
    // no internals in Slack: a plain reason and the reference that finds the details in the log
    expect(s.text).toMatch(/Het lukte niet.*er ging binnen polderbot iets mis.*referentie `[0-9a-f]{8}`/);
    expect(s.text).not.toContain('index is corrupt');
    expect(s.tasks.at(-1)).toMatchObject({ id: 'search', status: 'error' });
    expect(api.of('chat.postMessage')).toHaveLength(0);
    expect(h.logs.some((l) => l.includes('"event":"failed"') && l.includes('index is corrupt'))).toBe(true);
  });

  it('tells the asker ephemerally when nothing could be streamed', async () => {
    h = await startHarness({ bot: fakeBot(() => { throw new Error('index is corrupt'); }) });
    api.reply['chat.startStream'] = () => ({ ok: false, error: 'not_allowed' });
    await send(h.url, eventBody(mentionEvent('Kapot?')));
    await waitFor(() => api.of('chat.postEphemeral').length === 1);
    expect(api.of('chat.postEphemeral')[0]!.body).toMatchObject({ channel: 'C1', user: 'U1' });
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('er ging binnen polderbot iets mis');
  });

  it('gives up on an answer that takes too long and says so, in English to an English question', async () => {
    let aborted = false;
    h = await startHarness({
      bot: fakeBot((_q, opts) => new Promise((_, reject) => opts?.signal?.addEventListener('abort', () => ((aborted = true), reject(new Error('aborted')))))),
      deps: { answerTimeoutMs: 100 },
    });
    await send(h.url, eventBody(mentionEvent('What does the advisory say about the role of government?')));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const text = streamed(api.calls)!.text;
    expect(text).toContain('the answer took too long');
    expect(text).toContain('I could not answer your question');
    expect(aborted).toBe(true);
  });

  it('rate limits per user with a friendly message', async () => {
    h = await startHarness({ env: { POLDERBOT_RATE_LIMIT: '1' } });
    await send(h.url, eventBody(mentionEvent('Een?')));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    await send(h.url, eventBody(mentionEvent('Twee?')));
    await waitFor(() => api.of('chat.postEphemeral').length === 1);
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('maximaal 1 per minuut');
    await send(h.url, eventBody(mentionEvent('Drie?', { user: 'U2' })));
    await waitFor(() => api.of('chat.stopStream').length === 2);
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

describe('direct messages and the Messages tab (agent_view)', () => {
  it('answers a top-level DM in its own thread through a stream and ignores its own messages', async () => {
    h = await startHarness();
    const ev = dmEvent('Wat is de kernboodschap?');
    await send(h.url, eventBody(ev));
    await send(h.url, eventBody(dmEvent('echo', { user: BOT_USER_ID, bot_id: 'BBOT' })));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.of('chat.startStream')).toHaveLength(1);
    expect(api.of('chat.startStream')[0]!.body).toMatchObject({ channel: 'D1', thread_ts: ev.ts });
    expect(api.of('chat.postMessage')).toHaveLength(0);
    expect(h.bot.calls.map((c) => c.question)).toEqual(['Wat is de kernboodschap?']);
    // a top-level DM reads on from the DM's recent messages
    expect(api.of('conversations.history')[0]!.body).toMatchObject({ channel: 'D1', latest: ev.ts });
  });

  it('greets once on the Messages tab and sets the suggested prompts for the conversation (no thread_ts)', async () => {
    h = await startHarness();
    const opened = (id: string, tab = 'messages') => eventBody({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab, event_ts: '200.1' }, id);
    await send(h.url, opened('EvHome1'));
    await waitFor(() => api.of('assistant.threads.setSuggestedPrompts').length === 1);
    const prompts = api.of('assistant.threads.setSuggestedPrompts')[0]!.body;
    expect(prompts).toMatchObject({ channel_id: 'D1', title: 'Probeer bijvoorbeeld:' });
    expect(prompts.thread_ts).toBeUndefined();
    expect(String(prompts.prompts)).toContain('Welke aanbevelingen doet de SER aan het kabinet?');
    expect(api.of('chat.postMessage')).toHaveLength(1);
    expect(api.of('chat.postMessage')[0]!.body).toMatchObject({ channel: 'D1' });
    expect(String(api.of('chat.postMessage')[0]!.body.text)).toContain('SER-briefadvies 25/04');
    await send(h.url, opened('EvHome2'));
    await send(h.url, opened('EvHome3', 'home'));
    await waitFor(() => api.of('assistant.threads.setSuggestedPrompts').length === 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.of('chat.postMessage')).toHaveLength(1); // greeted once
    expect(api.of('assistant.threads.setSuggestedPrompts')).toHaveLength(2); // the Home tab is not the conversation
  });

  it('does not greet a user whose conversation already has messages (after a restart)', async () => {
    h = await startHarness();
    api.reply['conversations.history'] = () => ({ ok: true, messages: [{ ts: '1.0', user: 'U1', text: 'eerder' }] });
    await send(h.url, eventBody({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'messages', event_ts: '200.1' }));
    await waitFor(() => api.of('assistant.threads.setSuggestedPrompts').length === 1);
    expect(api.of('chat.postMessage')).toHaveLength(0);
  });

  it('answers a follow-up in the DM thread from context: Slack\'s thread, and the bot\'s memory where Slack lacks its answers', async () => {
    h = await startHarness({ bot: fakeBot((q) => makeAnswer({ question: q, text: q.includes('VS') ? 'In de VS 1,5 procent [1].' : 'In Nederland 0,24 procent per jaar [1].' })) });
    const first = dmEvent('Hoe snel groeide de productiviteit per uur in Nederland?');
    await send(h.url, eventBody(first));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    // Slack's copy of the thread without the streamed answer: the bot's memory fills it in
    api.reply['conversations.replies'] = () => ({ ok: true, messages: [{ ts: first.ts, user: 'U1', text: first.text }] });
    const follow = dmEvent('en in de VS?', { thread_ts: first.ts });
    await send(h.url, eventBody(follow));
    await waitFor(() => api.of('chat.stopStream').length === 2);
    expect(api.of('conversations.replies')[0]!.body).toMatchObject({ channel: 'D1', ts: first.ts });
    expect(h.bot.calls[1]!.question).toBe('en in de VS?');
    expect(h.bot.calls[1]!.opts?.history).toEqual([
      { role: 'user', text: 'Hoe snel groeide de productiviteit per uur in Nederland?' },
      { role: 'assistant', text: 'In Nederland 0,24 procent per jaar [1].' },
    ]);
    expect(streamed(api.calls, 1)!.start.body).toMatchObject({ channel: 'D1', thread_ts: first.ts });
    // Slack's thread, when it has the bot's answers, is the source
    api.reply['conversations.replies'] = () => ({
      ok: true,
      messages: [
        { ts: first.ts, user: 'U1', text: first.text },
        { ts: '1.5', user: BOT_USER_ID, bot_id: 'BBOT', text: 'Uit Slack.' },
      ],
    });
    await send(h.url, eventBody(dmEvent('en in Duitsland?', { thread_ts: first.ts })));
    await waitFor(() => api.of('chat.stopStream').length === 3);
    expect(h.bot.calls[2]!.opts?.history).toContainEqual({ role: 'assistant', text: 'Uit Slack.' });
  });

  it('a new top-level DM reads on from the DM\'s latest conversation', async () => {
    h = await startHarness();
    const first = dmEvent('Hoe snel groeide de productiviteit in Nederland?');
    await send(h.url, eventBody(first));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const next = dmEvent('En in de VS?', { ts: (Number(first.ts) + 60).toFixed(6) });
    await send(h.url, eventBody(next));
    await waitFor(() => api.of('chat.stopStream').length === 2);
    expect(h.bot.calls[1]!.opts?.history?.[0]).toEqual({ role: 'user', text: 'Hoe snel groeide de productiviteit in Nederland?' });
    expect(h.bot.calls[1]!.opts?.history).toHaveLength(2);
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
  it('stores a 👎 with a hashed user id, the question and the answer, asks what was wrong and stores the reason', async () => {
    h = await startHarness();
    await send(h.url, eventBody(mentionEvent('Wat adviseert de SER?')));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const { down } = feedbackValues(streamed(api.calls)!.blocks)!;
    const answerId = down.replace(/^down:/, '');
    const r = await send(h.url, feedbackClick(down, RESPONSE_URL), { form: true });
    expect(r.status).toBe(200);
    await waitFor(() => h!.store.feedback.length === 1 && api.responses.length === 1);
    const f = h.store.feedback[0]!;
    expect(f).toMatchObject({ answerId, value: 'down', question: 'Wat adviseert de SER?' });
    expect(f.answer).toMatchObject({ language: 'nl', answered: true, citations: [{ doc: 'ser-briefadvies-25-04', page: 4 }, { doc: 'kamerbrief-productiviteitsagenda-2024', page: 2 }] });
    expect(f.userHash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(h.store.feedback)).not.toContain('U1');
    // the question after a 👎, only for the clicker
    const ask = api.responses[0]!.body;
    expect(ask).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'Dank je. Wat was er mis met het antwoord?' });
    const reasons = (ask.blocks as { elements?: { action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? []);
    const source = reasons.find((e) => e.action_id === 'feedback_reason:source')!;
    await send(h.url, actionBody(source.action_id, source.value, RESPONSE_URL), { form: true });
    await waitFor(() => h!.store.reasons.length === 1 && api.responses.length === 2);
    expect(h.store.reasons[0]).toMatchObject({ answerId, reason: 'source: Bron klopt niet' });
    expect(api.responses[1]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    // or in their own words
    await send(h.url, actionBody('feedback_reason_text', 'Het ging over 2023', RESPONSE_URL, { action: { type: 'plain_text_input', block_id: `feedback_reason:${answerId}`, text: undefined } }), { form: true });
    await waitFor(() => h!.store.reasons.length === 2);
    expect(h.store.reasons[1]!.reason).toBe('other: Het ging over 2023');
  });

  it('thanks a 👍 in the answer\'s language and keeps no reason', async () => {
    h = await startHarness({ bot: fakeBot((q) => makeAnswer({ question: q, language: 'en' })) });
    await send(h.url, eventBody(mentionEvent('What does the SER advise?')));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const { up } = feedbackValues(streamed(api.calls)!.blocks)!;
    await send(h.url, feedbackClick(up, RESPONSE_URL), { form: true });
    await waitFor(() => api.responses.length === 1);
    expect(api.responses[0]!.body.text).toContain('Thanks, glad it helped');
    expect(h.store.feedback[0]).toMatchObject({ value: 'up' });
    expect(h.store.feedback[0]!.answer).toBeUndefined();
  });

  it('still takes a click on the plain buttons of older answers', async () => {
    h = await startHarness();
    await send(h.url, actionBody('feedback_up', 'old-answer-id', RESPONSE_URL), { form: true });
    await waitFor(() => h!.store.feedback.length === 1);
    expect(h.store.feedback[0]).toMatchObject({ answerId: 'old-answer-id', value: 'up' });
  });
});

describe('indicator answers sized for a thread', () => {
  const source = makeIndicatorResult().sources[0]!;
  const series = (country: string, base: number) =>
    Array.from({ length: 11 }, (_, i) => ({ label: 'GDP per hour worked, annual change', value: base + i / 10, unit: '%', period: String(2014 + i), country, source }));
  const indicatorAnswer = (q: string) =>
    makeAnswer({
      question: q,
      text: 'De arbeidsproductiviteit per gewerkt uur in Nederland groeide over 2014-2024 gemiddeld 0,24 procent per jaar (de EU27 0,80 procent).',
      citations: [],
      figures: [
        { label: 'GDP per hour worked, average annual growth', value: 0.24, unit: '% a year', period: '2014-2024', country: 'NL', source },
        { label: 'GDP per hour worked, average annual growth', value: 0.8, unit: '% a year', period: '2014-2024', country: 'EU27', source },
        { label: 'GDP per hour worked, level', value: 85.59, unit: 'USD (constant PPP) per hour', period: '2024', country: 'NL', source },
        ...series('NL', -1),
      ],
    });

  it('shows at most five figures with the latest year, the source, ≤ 1,500 characters, and the full series and chart behind a button', async () => {
    h = await startHarness({ bot: fakeBot(indicatorAnswer), indicators: fakeIndicators() });
    api.reply['files.getUploadURLExternal'] = () => ({ ok: true, upload_url: 'https://files.slack.com/upload/v1/series', file_id: 'F3' });
    api.reply['files.completeUploadExternal'] = () => ({ ok: true, files: [{ id: 'F3' }] });
    const upload = nock('https://files.slack.com').post('/upload/v1/series').reply(200, 'OK');
    const ev = mentionEvent('Hoe snel groeide de productiviteit per uur sinds 2014, vergeleken met de EU?');
    await send(h.url, eventBody(ev));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const s = streamed(api.calls)!;
    const visible = s.text + s.blocks.flatMap((b) => [b.text?.text ?? '', ...((b.elements ?? []) as { text?: string | { text: string } }[]).map((e) => (typeof e.text === 'string' ? e.text : e.text?.text ?? ''))]).join('\n');
    expect(visible.length).toBeLessThanOrEqual(1500);
    const figures = s.blocks.find((b) => b.text?.text.startsWith('*Cijfers*'))!.text!.text;
    expect(figures.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(5);
    expect(figures).toContain('(NL, 2024)'); // the latest year is never dropped
    expect(figures).toContain('Nog 9 cijfers in de hele reeks');
    expect(figures).toMatch(/Bron \[A\]: Eurostat/);
    const button = s.blocks.flatMap((b) => (b.elements ?? []) as { action_id?: string; value?: string }[]).find((e) => e.action_id === 'show_series')!;
    expect(button).toBeDefined();
    await send(h.url, actionBody('show_series', button.value!, RESPONSE_URL, { message: { ts: '1800000001.000001', thread_ts: ev.ts } }), { form: true });
    await waitFor(() => api.of('files.completeUploadExternal').length === 1);
    const all = api.of('chat.postMessage')[0]!.body;
    expect(all).toMatchObject({ channel: 'C1', thread_ts: ev.ts });
    expect(JSON.stringify(all.blocks).match(/• /g)).toHaveLength(14);
    expect(api.of('files.completeUploadExternal')[0]!.body).toMatchObject({ channel_id: 'C1', thread_ts: ev.ts });
    expect(upload.isDone()).toBe(true);
  });

  it('renders only the citations the answer refers to', async () => {
    h = await startHarness({ bot: fakeBot((q) => makeAnswer({ question: q, text: 'Zie het advies [1].' })) });
    await send(h.url, eventBody(mentionEvent('Wat adviseert de SER?')));
    await waitFor(() => api.of('chat.stopStream').length === 1);
    const s = streamed(api.calls)!;
    expect(s.blockText).toContain('[1] Samenwerken');
    expect(s.blockText).not.toContain('Kamerbrief');
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
    expect(api.of('chat.stopStream')).toHaveLength(1);
    h = undefined;
  });

  it('reports 503 when a health check fails', async () => {
    h = await startHarness({ deps: { health: () => ({ ok: false, checks: { store: { ok: false, detail: 'read-only' } } }) } });
    const hz = await fetch(`${h.url}/healthz`);
    expect(hz.status).toBe(503);
  });
});
