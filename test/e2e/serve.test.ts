// End to end: `polderbot serve` as a child process in HTTP mode, its Web API
// pointed at a fake Slack on loopback, the shared index and a temporary database. Signed
// events go in; threaded replies with citations come out at the fake API.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, FAKE_BOT_USER_ID, type FakeSlack } from './fake-slack.ts';
import { actionBody, commandBody, eventBody, feedbackClick, feedbackValues, send } from '../slack/harness.ts';
import { streamed } from '../slack/nock-slack.ts';
import { openStore } from '../../src/store/index.ts';
import { loadConfig } from '../../src/config.ts';
import { repoIndexDir } from '../repo-index.ts';

const ROOT = resolve(__dirname, '../..');
const SECRET = 'e2e-signing-secret';

let fake: FakeSlack;
let child: ChildProcess;
let dir: string;
let url: string;
let stdout = '';
let stderr = '';
let firstTs = '';

/** a Slack message ts for "now" */
function slackTs(): string {
  const us = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  return `${Math.floor(us / 1e6)}.${String(us % 1e6).padStart(6, '0')}`;
}

function logLines(): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        return {};
      }
    });
}

async function waitForLog(pred: (l: Record<string, unknown>) => boolean, ms: number, what: string): Promise<Record<string, unknown>> {
  const end = Date.now() + ms;
  for (;;) {
    const hit = logLines().find(pred);
    if (hit) return hit;
    if (child.exitCode !== null) throw new Error(`serve exited (${child.exitCode}) before ${what}:\n${stderr}\n${stdout.slice(-3000)}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${stderr}\n${stdout.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  fake = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), 'polderbot-e2e-'));
  child = spawn(process.execPath, [join(ROOT, 'bin/polderbot.mjs'), 'serve', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_BOT_TOKEN: 'xoxb-e2e-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      POLDERBOT_INDEX_DIR: repoIndexDir(), // the repository corpus's index, built once by the global setup
      POLDERBOT_DB: join(dir, 'polderbot.db'),
      POLDERBOT_EMBEDDINGS: 'local',
      LOG_LEVEL: 'info',
      SLACK_DRAIN_MS: '2000', // short, so the SIGTERM-while-hanging case stays quick
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const started = await waitForLog((l) => l.event === 'started' && typeof l.port === 'number', 240_000, 'the server to start');
  url = `http://127.0.0.1:${started.port as number}`;
}, 300_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The n-th streamed answer as the fake saw it (from the recorded calls). */
function answerNo(n: number) {
  return streamed(fake.calls.map((c) => ({ method: c.method, body: c.body })), n)!;
}

function citationLines(blocksJson: unknown): string[] {
  const blocks = (typeof blocksJson === 'string' ? JSON.parse(blocksJson) : blocksJson) as { type: string; text?: { text: string } }[];
  return blocks
    .filter((b) => b.type === 'section' && b.text?.text.startsWith('*Bronnen*'))
    .flatMap((b) => b.text!.text.split('\n').slice(1))
    .filter((l) => !l.startsWith('>')); // each source's verbatim quote stands below it
}

function quoteLines(blocksJson: unknown): string[] {
  const blocks = (typeof blocksJson === 'string' ? JSON.parse(blocksJson) : blocksJson) as { type: string; text?: { text: string } }[];
  return blocks
    .filter((b) => b.type === 'section' && b.text?.text.startsWith('*Bronnen*'))
    .flatMap((b) => b.text!.text.split('\n').filter((l) => l.startsWith('>')));
}

describe('polderbot serve (HTTP mode, child process)', () => {
  it('serves /healthz', async () => {
    const hz = await fetch(`${url}/healthz`);
    const body = (await hz.json()) as { ok: boolean; checks: Record<string, { ok: boolean }> };
    expect(hz.status, JSON.stringify(body)).toBe(200);
    expect(body.checks.index!.ok).toBe(true);
    expect(body.checks.store!.ok).toBe(true);
  });

  it('rejects an unsigned request', async () => {
    const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
  });

  it('answers a mention in its thread through a stream with page citations, then a follow-up with the thread as history', async () => {
    const ts = slackTs();
    firstTs = ts;
    const question = 'Welke instelling vervult in Nederland de rol van National Productivity Board?';
    fake.addMessage('C1', { ts, user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${question}` });
    const ack = await send(url, eventBody({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${question}`, ts, channel: 'C1', event_ts: ts }, 'EvE2E1'), { secret: SECRET });
    expect(ack.status).toBe(200);
    await fake.waitFor(() => fake.of('chat.stopStream').length >= 1, 60_000, 'the answer');
    const a = answerNo(0);
    expect(fake.of('chat.startStream')[0]!.auth).toBe('Bearer xoxb-e2e-token');
    expect(fake.of('auth.test').length).toBeGreaterThanOrEqual(1); // no bot id configured: Bolt asks who it is
    expect(a.start.body).toMatchObject({ channel: 'C1', thread_ts: ts, recipient_user_id: 'U1', recipient_team_id: 'T1' });
    expect(a.tasks[0]).toMatchObject({ title: 'zoekt in het advies', status: 'in_progress' });
    const lines = citationLines(a.blocks);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^\[\d+\] .+, pp?\. \d+/);
    expect(quoteLines(a.blocks)).toHaveLength(lines.length);
    expect(feedbackValues(a.blocks)).toBeDefined();
    expect(fake.of('chat.postMessage')).toHaveLength(0);

    const ts2 = slackTs();
    const follow = 'En wat vindt de SER van bezuinigingen op onderwijs?';
    fake.addMessage('C1', { ts: ts2, thread_ts: ts, user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${follow}` });
    await send(url, eventBody({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${follow}`, ts: ts2, thread_ts: ts, channel: 'C1', event_ts: ts2 }, 'EvE2E2'), { secret: SECRET });
    await fake.waitFor(() => fake.of('chat.stopStream').length >= 2, 60_000, 'the follow-up answer');
    expect(fake.of('conversations.replies').at(-1)!.body).toMatchObject({ channel: 'C1', ts });
    expect(answerNo(1).start.body).toMatchObject({ channel: 'C1', thread_ts: ts });
    // the child's log line may trail its Web API call
    await waitForLog((l) => l.event === 'answered' && l.historyTurns !== 0, 10_000, 'the follow-up answer log line');
    const answered = logLines().filter((l) => l.event === 'answered');
    // Slack's copy of the thread holds the question and the streamed answer
    expect(answered.at(-1)).toMatchObject({ historyTurns: 2, historySource: 'slack', delivery: 'stream' });
  });

  it('stores a 👍 click', async () => {
    const { up } = feedbackValues(answerNo(0).blocks)!;
    const before = fake.of('respond').length;
    const r = await send(url, feedbackClick(up, fake.responseUrl('fb')), { secret: SECRET, form: true });
    expect(r.status).toBe(200);
    await fake.waitFor(() => fake.of('respond').length > before, 20_000, 'the thank-you');
    expect(String(fake.of('respond').at(-1)!.body.text)).toContain('Dank je');
  });

  it('does not answer a retried delivery of the same event again', async () => {
    const before = fake.of('chat.startStream').length;
    const ts = firstTs;
    const r = await send(url, eventBody({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> Welke instelling?`, ts, channel: 'C1', event_ts: ts }, 'EvE2E1'), {
      secret: SECRET,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(r.status).toBe(200);
    await new Promise((res) => setTimeout(res, 500));
    expect(fake.of('chat.startStream').length).toBe(before);
  });

  it('greets on the Messages tab and sets the suggested prompts', async () => {
    await send(url, eventBody({ type: 'app_home_opened', user: 'U7', channel: 'D7', tab: 'messages', event_ts: slackTs() }, 'EvE2EHome'), { secret: SECRET });
    await fake.waitFor(() => fake.of('assistant.threads.setSuggestedPrompts').length >= 1, 20_000, 'the suggested prompts');
    expect(fake.of('assistant.threads.setSuggestedPrompts')[0]!.body).toMatchObject({ channel_id: 'D7' });
    expect(fake.of('chat.postMessage').find((c) => c.body.channel === 'D7')).toBeDefined();
  });

  it('answers a DM in its thread with the figure and its source, then "en in de VS?" in that thread from context', async () => {
    const ts = slackTs();
    const question = 'Hoe snel groeide de arbeidsproductiviteit per uur in Nederland sinds 2014?';
    fake.addMessage('D1', { ts, user: 'U1', text: question });
    const n = fake.of('chat.stopStream').length;
    await send(url, eventBody({ type: 'message', channel_type: 'im', user: 'U1', text: question, ts, channel: 'D1', event_ts: ts, client_msg_id: 'e2e-dm-1' }, 'EvE2EDM1'), { secret: SECRET });
    await fake.waitFor(() => fake.of('chat.stopStream').length > n, 60_000, 'the DM answer');
    const a = answerNo(n);
    expect(a.start.body).toMatchObject({ channel: 'D1', thread_ts: ts });
    expect(a.text).toContain('0,24 procent');
    expect(a.blockText).toMatch(/\*0,24 % per jaar\* \(NL, 2014-2024\)/);
    // the advisory gives no growth figure: the answer says so and cites the statistics' source instead of a page
    expect(a.text).toMatch(/^Het advies noemt hier geen cijfer voor\. Uit de meegeleverde statistieken:/);
    expect(a.blockText).toMatch(/OESO|OECD|Wereldbank|World Bank/);
    expect(feedbackValues(a.blocks)).toBeDefined();

    const ts2 = slackTs();
    fake.addMessage('D1', { ts: ts2, thread_ts: ts, user: 'U1', text: 'en in de VS?' });
    await send(url, eventBody({ type: 'message', channel_type: 'im', user: 'U1', text: 'en in de VS?', ts: ts2, thread_ts: ts, channel: 'D1', event_ts: ts2, client_msg_id: 'e2e-dm-2' }, 'EvE2EDM2'), { secret: SECRET });
    await fake.waitFor(() => fake.of('chat.stopStream').length > n + 1, 60_000, 'the follow-up');
    expect(answerNo(n + 1).start.body).toMatchObject({ channel: 'D1', thread_ts: ts });
    // read with the first question: growth per hour, now for the United States
    expect(answerNo(n + 1).text).toMatch(/Verenigde Staten \d/);
    await waitForLog((l) => l.event === 'answered' && l.channel === 'D1' && l.historyTurns === 2, 10_000, 'the follow-up with history');

    // 👎 with a reason, for the export below
    const { down } = feedbackValues(a.blocks)!;
    const before = fake.of('respond').length;
    await send(url, feedbackClick(down, fake.responseUrl('fb2')), { secret: SECRET, form: true });
    await fake.waitFor(() => fake.of('respond').length > before, 20_000, 'the reason question');
    const ask = fake.of('respond').at(-1)!.body;
    const reason = ((typeof ask.blocks === 'string' ? JSON.parse(ask.blocks) : ask.blocks) as { elements?: { action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'feedback_reason:incomplete')!;
    await send(url, actionBody(reason.action_id, reason.value, fake.responseUrl('fb3')), { secret: SECRET, form: true });
    await fake.waitFor(() => fake.of('respond').length > before + 1, 20_000, 'the reason stored');
  });

  it('answers an indicator question in a channel thread within 1,500 characters, with the latest year', async () => {
    const ts = slackTs();
    const question = 'Hoe snel groeide de productiviteit per uur sinds 2014, vergeleken met de EU?';
    const n = fake.of('chat.stopStream').length;
    await send(url, eventBody({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${question}`, ts, channel: 'C2', event_ts: ts }, 'EvE2EInd'), { secret: SECRET });
    await fake.waitFor(() => fake.of('chat.stopStream').length > n, 60_000, 'the indicator answer');
    const a = answerNo(n);
    const visible = a.text + a.blocks.map((b) => b.text?.text ?? '').join('\n');
    expect(visible.length).toBeLessThanOrEqual(1500);
    const figures = a.blocks.find((b) => b.text?.text.startsWith('*Cijfers*'))!.text!.text;
    expect(figures.split('\n').filter((l) => l.startsWith('• ')).length).toBeLessThanOrEqual(5);
    expect(figures).toMatch(/\(NL, 2024\)/);
    expect(JSON.stringify(a.blocks)).toContain('show_series');
  });

  it('answers /indicator help through the response_url', async () => {
    const before = fake.of('respond').length;
    const r = await send(url, commandBody('/indicator', 'help', fake.responseUrl('ind')), { secret: SECRET, form: true });
    expect(r.status).toBe(200);
    await fake.waitFor(() => fake.of('respond').length > before, 20_000, 'the /indicator reply');
    const reply = fake.of('respond').at(-1)!.body;
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.blocks)).toMatch(/`[a-z-]+`: /);
  });

  it('logs no token and exits within 30 s of SIGTERM while a post hangs', async () => {
    expect(stdout + stderr).not.toContain('xoxb-e2e-token');
    expect(stdout + stderr).not.toContain(SECRET);
    // Slack stops answering the calls that deliver an answer (the stream opens, its text and end
    // hang, as would a post); a question is being answered when the orchestrator stops us
    const delivering = new Set(['chat.postMessage', 'chat.appendStream', 'chat.stopStream']);
    fake.fault = (method) => (delivering.has(method) ? { hangMs: 120_000 } : undefined);
    const ts = slackTs();
    await send(url, eventBody({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> Wat is TFP?`, ts, channel: 'C1', event_ts: ts }, 'EvE2EHang'), { secret: SECRET });
    await fake.waitFor(() => fake.hung.length >= 1, 30_000, 'a hung post');
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const t0 = Date.now();
    child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('timeout'), 30_000))]);
    console.log(`serve exited ${Date.now() - t0} ms after SIGTERM with a post hanging`);
    expect(code).toBe(0);
    expect(logLines().some((l) => l.event === 'stopped')).toBe(true);
    await fake.waitFor(() => fake.hung.every((c) => c.abortedAt !== undefined), 5_000, 'the hung post to be given up');
    fake.fault = undefined;
  });

  it('left the questions and the feedback in the database', () => {
    const store = openStore(loadConfig({ POLDERBOT_DB: join(dir, 'polderbot.db') }));
    try {
      const questions = store.questionsBetween(new Date(0), new Date(Date.now() + 60_000));
      // five answered (two mentions, a DM and its follow-up, an indicator mention), one whose reply hung at shutdown
      expect(questions.filter((q) => q.surface === 'slack')).toHaveLength(6);
      expect(store.feedbackCounts(new Date(0), new Date(Date.now() + 60_000))).toEqual({ up: 1, down: 1 });
    } finally {
      store.close();
    }
  });

  it('exports the 👎 question with the answer given and the reason, as an eval question line', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/polderbot.mjs'), 'feedback', 'export', '--jsonl'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, POLDERBOT_DB: join(dir, 'polderbot.db') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      lang: 'nl',
      kind: 'numeric',
      q: 'Hoe snel groeide de arbeidsproductiviteit per uur in Nederland sinds 2014?',
      pages: [],
      must: [],
      numbers: [],
      feedback: { reason: 'incomplete: Onvolledig', answered: false },
    });
    expect(String((lines[0]!.feedback as { answer_given: string }).answer_given)).toContain('0,24 procent');
    expect(r.stderr).toContain('fill in "pages" and "must"');
  });
});
