// Slack bench: 50 concurrent signed app_mention events (plus a Slack retry of
// each) against the Bolt app on loopback, Web API served by the fake Slack of
// test/e2e. Measures the ack latency and counts the answers posted.
// The load generator runs in a worker thread, so its timings are not held up
// by the app's own work on the main thread (as Slack's would not be).
// A cold batch (the first 50 events after start) is reported separately.
// `npx tsx bench/slack.ts [--real] [--rate R --seconds S]`: --real answers
// with createBot over the configured index (POLDERBOT_INDEX_DIR, answers in
// POLDERBOT_ANSWER_WORKERS worker threads as `polderbot serve` does) instead of
// a fake answerer that takes 50-150 ms. --rate: instead of the batches, R
// signed events a second for S seconds (default 20), each ack timed
// (bench/scale.ts runs it at 10 a second on its largest corpus).
import { Worker } from 'node:worker_threads';
import { Writable } from 'node:stream';
import { loadConfig } from '../src/config.ts';
import type { Answer, Answerer } from '../src/answer/types.ts';
import { createSlackApp } from '../src/slack/app.ts';
import { createLogger } from '../src/slack/logger.ts';
import { startFakeSlack, FAKE_BOT_ID, FAKE_BOT_USER_ID } from '../test/e2e/fake-slack.ts';

const N = 50;
const SECRET = 'bench-secret';
const real = process.argv.includes('--real');
const QUESTIONS = [
  'Wat adviseert de SER over kapitaalverdieping?',
  'Welke rol heeft het CPB?',
  'Wat zegt het advies over digitale vaardigheden?',
  'Waarom is vergrijzing relevant?',
  'Wat vraagt de SER van sociale partners?',
];

interface Ack {
  status: number;
  ms: number;
}

// plain JS run in a worker: signs and sends a batch concurrently, reports each ack time
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const { url, secret, bodies, headers } = workerData;
async function post(body) {
  const raw = JSON.stringify(body);
  const ts = Math.floor(Date.now() / 1000);
  const sig = 'v0=' + createHmac('sha256', secret).update('v0:' + ts + ':' + raw).digest('hex');
  const started = performance.now();
  const res = await fetch(url + '/slack/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig, ...headers },
    body: raw,
  });
  const ms = performance.now() - started;
  await res.text();
  return { status: res.status, ms };
}
Promise.all(bodies.map(post)).then((acks) => parentPort.postMessage(acks), (err) => parentPort.postMessage({ error: String(err) }));
`;

function sendBatch(url: string, bodies: unknown[], headers: Record<string, string> = {}): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(CLIENT, { eval: true, workerData: { url, secret: SECRET, bodies, headers } });
    w.once('message', (m: Ack[] | { error: string }) => {
      void w.terminate();
      if ('error' in m) reject(new Error(m.error));
      else resolve(m);
    });
    w.once('error', reject);
  });
}

function fakeAnswerer(): Answerer {
  let i = 0;
  return {
    async ask(question): Promise<Answer> {
      await new Promise((r) => setTimeout(r, 50 + ((i++ * 37) % 100)));
      return {
        question,
        language: 'nl',
        text: `Antwoord op: ${question} [1]`,
        answered: true,
        citations: [{ n: 1, doc: 'ser-briefadvies-25-04', title: 'SER Briefadvies 25/04', page: 4, section: '', quote: '…' }],
        figures: [],
        mode: 'local',
        notes: [],
      };
    },
  };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function mentions(prefix: string, channel: string, base: number) {
  return Array.from({ length: N }, (_, i) => {
    const ts = `${base + i}.000100`;
    return {
      token: 'x',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: `Ev${prefix}${i}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user: `U${prefix}${i}`, text: `<@${FAKE_BOT_USER_ID}> ${QUESTIONS[i % QUESTIONS.length]}`, ts, channel, event_ts: ts },
    };
  });
}

const fake = await startFakeSlack();
const config = loadConfig({
  ...process.env,
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_APP_TOKEN: '',
  SLACK_API_URL: fake.apiUrl,
  LOG_LEVEL: 'info',
  OPENAI_API_KEY: real ? process.env.OPENAI_API_KEY : '',
});
let bot: Answerer & { close?: () => Promise<void>; mode?: string } = fakeAnswerer();
if (real) {
  const { createBot } = await import('../src/answer/bot.ts');
  bot = await createBot(config, { surface: 'slack', build: 'if-missing', workers: config.answerWorkers });
  await (bot as { ready?: () => Promise<void> }).ready?.();
}
let logLines = 0;
const sink = new Writable({
  write(_c, _e, cb) {
    logLines++;
    cb();
  },
});
// the fake answerer waits (like an LLM call) rather than computing: let 8 run at once
const slack = createSlackApp({ config, bot, logger: createLogger('info', sink), botId: FAKE_BOT_ID, botUserId: FAKE_BOT_USER_ID, answerConcurrency: real ? undefined : 8 });
const { port } = await slack.start({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${port}`;

const rateArg = process.argv.indexOf('--rate');
if (rateArg > 0) {
  // paced load: R events a second, each sent on its own schedule by the worker (not held up by the app's thread)
  const rate = Number(process.argv[rateArg + 1]);
  const secIdx = process.argv.indexOf('--seconds');
  const seconds = secIdx > 0 ? Number(process.argv[secIdx + 1]) : 20;
  const total = Math.round(rate * seconds);
  const bodies = Array.from({ length: total }, (_, i) => {
    const ts = `${1_730_000_000 + i}.000100`;
    return {
      token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `EvPaced${i}`, event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user: `UP${i % 97}`, text: `<@${FAKE_BOT_USER_ID}> ${QUESTIONS[i % QUESTIONS.length]}`, ts, channel: 'CP', event_ts: ts },
    };
  });
  const paced = CLIENT.replace('Promise.all(bodies.map(post))', 'Promise.all(bodies.map((b, i) => new Promise((r) => setTimeout(r, (i * 1000) / workerData.rate)).then(() => post(b))))');
  const acks = await new Promise<Ack[]>((resolve, reject) => {
    const w = new Worker(paced, { eval: true, workerData: { url, secret: SECRET, bodies, headers: {}, rate } });
    w.once('message', (m: Ack[] | { error: string }) => {
      void w.terminate();
      if ('error' in m) reject(new Error(m.error));
      else resolve(m);
    });
    w.once('error', reject);
  });
  const t0 = performance.now();
  await fake.waitFor(() => fake.of('chat.stopStream').length + fake.of('chat.postMessage').length >= total, 300_000, 'paced answers').catch(() => undefined);
  const drainMs = performance.now() - t0;
  const answered = fake.of('chat.stopStream').length;
  await slack.stop({ drainMs: 5000 });
  await bot.close?.();
  await fake.close();
  const ms = acks.map((a) => a.ms);
  console.log('| measure | value |\n|---|---|');
  console.log(`| answerer | ${real ? `createBot (real index, ${bot.mode ?? 'local'} mode, ${config.answerWorkers ? `${config.answerWorkers} answer worker thread(s)` : 'answers on the main thread'})` : 'fake, 50-150 ms'} |`);
  console.log(`| signed events, paced | ${total} (${rate}/s for ${seconds} s) |`);
  console.log(`| acknowledged (HTTP 200) | ${acks.filter((a) => a.status === 200).length}/${total} |`);
  console.log(`| ack p50 / p95 / max (ms) | ${pct(ms, 50).toFixed(1)} / ${pct(ms, 95).toFixed(1)} / ${Math.max(...ms).toFixed(1)} |`);
  console.log(`| answers streamed; rest posted after the last ack (ms) | ${answered}; ${drainMs.toFixed(0)} |`);
  console.log(`ACK_P95=${pct(ms, 95).toFixed(1)} ACK_MAX=${Math.max(...ms).toFixed(1)} ANSWERED=${answered}/${total}`);
  process.exit(acks.every((a) => a.status === 200) ? 0 : 1);
}

// cold batch: the first 50 events after start
const cold = await sendBatch(url, mentions('Cold', 'CW', 1_710_000_000));
await fake.waitFor(() => fake.of('chat.stopStream').length >= N, 120_000, 'cold answers');
fake.calls.length = 0;

// warm batch, then Slack retries every event once, as if the first ack had been lost
const events = mentions('Warm', 'C1', 1_720_000_000);
const t0 = performance.now();
const acks = await sendBatch(url, events);
const retries = await sendBatch(url, events, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
await fake.waitFor(() => fake.of('chat.stopStream').length >= N, 120_000, 'all answers');
const allAnswered = performance.now() - t0;
await new Promise((r) => setTimeout(r, 500)); // any duplicate would arrive now
const posts = fake.of('chat.startStream'); // answers stream: one stream per answer
const perThread = new Map<string, number>();
for (const p of posts) perThread.set(String(p.body.thread_ts), (perThread.get(String(p.body.thread_ts)) ?? 0) + 1);
const duplicates = [...perThread.values()].filter((n) => n > 1).length;
await slack.stop({ drainMs: 5000 });
await bot.close?.();
await fake.close();

const ms = acks.map((a) => a.ms);
const coldMs = cold.map((a) => a.ms);
const rows: [string, string][] = [
  ['answerer', real ? `createBot (real index, ${bot.mode ?? 'local'} mode, 1 answer at a time)` : 'fake, waits 50-150 ms per answer, 8 at a time'],
  ['concurrent signed events (warm batch)', String(N)],
  ['acknowledged (HTTP 200)', `${acks.filter((a) => a.status === 200).length}/${N}`],
  ['ack p50 / p95 / max (ms)', `${pct(ms, 50).toFixed(1)} / ${pct(ms, 95).toFixed(1)} / ${Math.max(...ms).toFixed(1)}`],
  ['ack p95 < 100 ms', pct(ms, 95) < 100 ? 'yes' : 'NO'],
  ['cold batch (first 50 after start): acked; p50 / p95 (ms)', `${cold.filter((a) => a.status === 200).length}/${N}; ${pct(coldMs, 50).toFixed(1)} / ${pct(coldMs, 95).toFixed(1)}`],
  ['retries sent / acknowledged', `${retries.length} / ${retries.filter((r) => r.status === 200).length}`],
  ['answers posted (warm batch)', String(posts.length)],
  ['threads answered twice', String(duplicates)],
  ['all warm answers posted after (ms)', allAnswered.toFixed(0)],
  ['log lines (both batches)', String(logLines)],
];
console.log('| measure | value |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
if (acks.some((a) => a.status !== 200) || posts.length !== N || duplicates) process.exitCode = 1;
