// Test harness: the real Bolt app on a loopback port, a fake bot and an
// in-memory store, and helpers that send correctly signed Slack requests.
import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import type { Answer, AskOptions } from '../../src/answer/types.ts';
import type { FeedbackRecord, QuestionRecord } from '../../src/store/types.ts';
import type { IndicatorAccess, SlackDeps } from '../../src/slack/deps.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/app.ts';
import { createLogger } from '../../src/slack/logger.ts';
import { makeAnswer } from './fixtures.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';
export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';

export class MemoryStore {
  questions: QuestionRecord[] = [];
  feedback: FeedbackRecord[] = [];
  recordQuestion(q: QuestionRecord): void {
    this.questions.push(q);
  }
  recordFeedback(f: FeedbackRecord): void {
    // one vote per answer and user, as in the real store
    this.feedback = this.feedback.filter((x) => !(x.answerId === f.answerId && x.userHash === f.userHash));
    this.feedback.push(f);
  }
  reasons: { answerId: string; userHash: string; reason: string }[] = [];
  setFeedbackReason(answerId: string, userHash: string, reason: string): boolean {
    const vote = this.feedback.find((x) => x.answerId === answerId && x.userHash === userHash && x.value === 'down');
    if (vote) this.reasons.push({ answerId, userHash, reason });
    return !!vote;
  }
}

export interface FakeBot {
  calls: { question: string; opts?: AskOptions }[];
  ask(question: string, opts?: AskOptions): Promise<Answer>;
  mode: string;
}

export function fakeBot(answerFor: (q: string, opts?: AskOptions) => Answer | Promise<Answer> = (q) => makeAnswer({ question: q })): FakeBot {
  const bot: FakeBot = {
    calls: [],
    mode: 'local',
    async ask(question, opts) {
      bot.calls.push({ question, opts });
      return answerFor(question, opts);
    },
  };
  return bot;
}

export interface Harness {
  slack: SlackApp;
  url: string;
  store: MemoryStore;
  bot: FakeBot;
  logs: string[];
  close(): Promise<void>;
}

export async function startHarness(
  opts: { bot?: FakeBot; env?: Record<string, string>; indicators?: IndicatorAccess; deps?: Partial<SlackDeps> } = {},
): Promise<Harness> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    POLDERBOT_RATE_LIMIT: '100',
    LOG_LEVEL: 'info',
    ...opts.env,
  });
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _e, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const store = new MemoryStore();
  const bot = opts.bot ?? fakeBot();
  const slack = createSlackApp({
    config,
    bot,
    store,
    indicators: opts.indicators,
    logger: createLogger(config.logLevel, stream),
    botId: BOT_ID,
    botUserId: BOT_USER_ID,
    ...opts.deps,
  });
  const { port } = await slack.start({ port: 0, host: '127.0.0.1' });
  return { slack, url: `http://127.0.0.1:${port}`, store, bot, logs, close: () => slack.stop({ drainMs: 2000 }) };
}

export function sign(rawBody: string, ts: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${rawBody}`).digest('hex')}`;
}

export interface SendOptions {
  ts?: number;
  secret?: string;
  headers?: Record<string, string>;
  form?: boolean;
}

/** POSTs a signed request to /slack/events; returns status, body and ack time. */
export async function send(url: string, body: unknown, o: SendOptions = {}): Promise<{ status: number; text: string; ms: number }> {
  const raw = o.form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
  const ts = o.ts ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': o.form ? 'application/x-www-form-urlencoded' : 'application/json',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign(raw, ts, o.secret),
      ...o.headers,
    },
    body: raw,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

let seq = 0;
export function eventBody(event: Record<string, unknown>, eventId = `Ev${++seq}`): Record<string, unknown> {
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: BOT_USER_ID, is_bot: true }],
    event,
  };
}

export function mentionEvent(text: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `${1_700_000_000 + ++seq}.000100`;
  return { type: 'app_mention', user: 'U1', text: `<@${BOT_USER_ID}> ${text}`, ts, channel: 'C1', event_ts: ts, ...over };
}

export function dmEvent(text: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `${1_700_000_000 + ++seq}.000200`;
  return { type: 'message', channel_type: 'im', user: 'U1', text, ts, channel: 'D1', event_ts: ts, client_msg_id: `cm-${seq}`, ...over };
}

export function commandBody(command: string, text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'polder',
    channel_id: 'C1',
    channel_name: 'algemeen',
    user_id: 'U1',
    user_name: 'anna',
    command,
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: `${++seq}.2.3`, // unique per invocation, like Slack's: a repeated one is a replay
  };
}

export function actionBody(
  actionId: string,
  value: string,
  responseUrl: string,
  over: { action?: Record<string, unknown>; container?: Record<string, unknown>; message?: Record<string, unknown> } = {},
): Record<string, string> {
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'polder' },
    user: { id: 'U1', username: 'anna', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: false, ...over.container },
    trigger_id: `${++seq}.2.3`,
    channel: { id: 'C1', name: 'algemeen' },
    message: { ts: '1.1', text: 'x', ...over.message },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1.2', text: { type: 'plain_text', text: 'x' }, ...over.action }],
  };
  return { payload: JSON.stringify(payload) };
}

export async function waitFor(cond: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The value of Slack's native 👍/👎 (feedback_buttons) in blocks. */
export function feedbackValues(blocks: { type: string; elements?: unknown[] }[]): { up: string; down: string } | undefined {
  for (const b of blocks) {
    if (b.type !== 'context_actions') continue;
    const fb = (b.elements ?? []).find((e) => (e as { type: string }).type === 'feedback_buttons') as
      | { positive_button: { value: string }; negative_button: { value: string } }
      | undefined;
    if (fb) return { up: fb.positive_button.value, down: fb.negative_button.value };
  }
  return undefined;
}

/** A feedback_buttons click as Slack sends it. */
export function feedbackClick(value: string, responseUrl: string): Record<string, string> {
  return actionBody('answer_feedback', value, responseUrl, { action: { type: 'feedback_buttons', text: undefined } });
}

export function parseBlocks(body: Record<string, unknown>): { type: string; text?: { text: string }; elements?: unknown[] }[] {
  const b = body.blocks;
  return typeof b === 'string' ? JSON.parse(b) : ((b as never) ?? []);
}
