// End to end: `polderbot serve` as a child process in HTTP mode, its Web API
// pointed at a fake Slack on loopback, a temporary index and database. Signed
// events go in; threaded replies with citations come out at the fake API.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, FAKE_BOT_USER_ID, type FakeSlack } from './fake-slack.ts';
import { actionBody, commandBody, eventBody, send } from '../slack/harness.ts';
import { openStore } from '../../src/store/index.ts';
import { loadConfig } from '../../src/config.ts';

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
      POLDERBOT_INDEX_DIR: join(dir, 'index'),
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

  it('answers a mention in its thread with page citations, then a follow-up with the thread as history', async () => {
    const ts = slackTs();
    firstTs = ts;
    const question = 'Welke instelling vervult in Nederland de rol van National Productivity Board?';
    fake.addMessage('C1', { ts, user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${question}` });
    const ack = await send(url, eventBody({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${question}`, ts, channel: 'C1', event_ts: ts }, 'EvE2E1'), { secret: SECRET });
    expect(ack.status).toBe(200);
    await fake.waitFor(() => fake.of('chat.postMessage').length >= 1, 60_000, 'the answer');
    const post = fake.of('chat.postMessage')[0]!;
    expect(post.auth).toBe('Bearer xoxb-e2e-token');
    expect(fake.of('auth.test').length).toBeGreaterThanOrEqual(1); // no bot id configured: Bolt asks who it is
    expect(post.body).toMatchObject({ channel: 'C1', thread_ts: ts });
    const lines = citationLines(post.body.blocks);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^\[\d+\] .+, pp?\. \d+/);
    expect(quoteLines(post.body.blocks)).toHaveLength(lines.length);
    expect(String(post.body.blocks)).toContain('feedback_up');

    const ts2 = slackTs();
    const follow = 'En wat vindt de SER van bezuinigingen op onderwijs?';
    fake.addMessage('C1', { ts: ts2, thread_ts: ts, user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${follow}` });
    const before = fake.of('chat.postMessage').length;
    await send(url, eventBody({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> ${follow}`, ts: ts2, thread_ts: ts, channel: 'C1', event_ts: ts2 }, 'EvE2E2'), { secret: SECRET });
    await fake.waitFor(() => fake.of('chat.postMessage').length > before, 60_000, 'the follow-up answer');
    expect(fake.of('conversations.replies').at(-1)!.body).toMatchObject({ channel: 'C1', ts });
    expect(fake.of('chat.postMessage').at(-1)!.body).toMatchObject({ channel: 'C1', thread_ts: ts });
    // the child's log line may trail its Web API call
    await waitForLog((l) => l.event === 'answered' && l.historyTurns !== 0, 10_000, 'the follow-up answer log line');
    const answered = logLines().filter((l) => l.event === 'answered');
    expect(answered.at(-1)).toMatchObject({ historyTurns: 2 });
  });

  it('stores a 👍 click', async () => {
    const blocks = JSON.parse(String(fake.of('chat.postMessage')[0]!.body.blocks)) as { elements?: { action_id: string; value: string }[] }[];
    const up = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'feedback_up')!;
    const before = fake.of('respond').length;
    const r = await send(url, actionBody('feedback_up', up.value, fake.responseUrl('fb')), { secret: SECRET, form: true });
    expect(r.status).toBe(200);
    await fake.waitFor(() => fake.of('respond').length > before, 20_000, 'the thank-you');
    expect(String(fake.of('respond').at(-1)!.body.text)).toContain('Dank je');
  });

  it('does not answer a retried delivery of the same event again', async () => {
    const before = fake.of('chat.postMessage').length;
    const ts = firstTs;
    const r = await send(url, eventBody({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> Welke instelling?`, ts, channel: 'C1', event_ts: ts }, 'EvE2E1'), {
      secret: SECRET,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(r.status).toBe(200);
    await new Promise((res) => setTimeout(res, 500));
    expect(fake.of('chat.postMessage').length).toBe(before);
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
    // Slack stops answering chat.postMessage; a question is being answered when the orchestrator stops us
    fake.fault = (method) => (method === 'chat.postMessage' ? { hangMs: 120_000 } : undefined);
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
      expect(questions.filter((q) => q.surface === 'slack')).toHaveLength(3); // two answered, one whose post hung at shutdown
      expect(store.feedbackCounts(new Date(0), new Date(Date.now() + 60_000))).toEqual({ up: 1, down: 0 });
    } finally {
      store.close();
    }
  });
});
