// The work after the ack, shared by mentions, DMs, assistant threads and
// /vraag: rate limit, thread history, ask the bot, post the rendered answer,
// record the question, and tell the asker about any failure.
import { randomUUID } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import type { Answer, Turn } from '../answer/types.ts';
import type { ListenerDeps } from './runtime.ts';
import { renderAnswer } from './blocks/answer.ts';
import type { SlackMessage } from './blocks/message.ts';
import { errorText, questionTooLongText, rateLimitedText, SHUTTING_DOWN_TEXT } from './blocks/notices.ts';
import { deadline, DeliveryTimeoutError, isTransportFailure } from './delivery.ts';
import { MAX_QUESTION_CHARS } from '../limits.ts';
import { redactSecrets } from '../privacy/secrets.ts';
import { threadToHistory, type ThreadMessage } from './history.ts';

type WebClient = webApi.WebClient;

export type Surface = 'mention' | 'dm' | 'assistant' | 'slash';

export interface AnswerRequest {
  surface: Surface;
  question: string;
  userId: string;
  channel: string;
  /** the thread to answer in (undefined: answer at the top level) */
  threadTs?: string;
  /** the asking message's ts: thread history is read from messages before it */
  messageTs?: string;
  /** read the thread's earlier messages as history */
  withHistory?: boolean;
}

/** How an answer reaches the asker; differs between threads and slash commands. */
export interface AnswerSink {
  post(messages: SlackMessage[]): Promise<void>;
  /** a short notice (errors, rate limit); ephemeral where possible */
  notice(text: string): Promise<void>;
  setStatus?(status: string): Promise<void>;
}

export interface AnswerOutcome {
  ok: boolean;
  answer?: Answer;
  answerId?: string;
  reason?: 'rate-limited' | 'error' | 'closing' | 'too-long';
}

/** A sink that posts into a channel or thread with chat.postMessage. */
export function threadSink(client: WebClient, req: { channel: string; threadTs?: string; userId: string; ephemeralNotices: boolean }): AnswerSink {
  return {
    async post(messages) {
      for (const m of messages) {
        await client.chat.postMessage({ channel: req.channel, thread_ts: req.threadTs, text: m.text, blocks: m.blocks, unfurl_links: false });
      }
    },
    async notice(text) {
      if (req.ephemeralNotices) {
        try {
          await client.chat.postEphemeral({ channel: req.channel, user: req.userId, thread_ts: req.threadTs, text });
        } catch (err) {
          // Slack refused the ephemeral (e.g. the asker left the channel): a plain message in the thread instead
          if (isTransportFailure(err)) throw err;
          await client.chat.postMessage({ channel: req.channel, thread_ts: req.threadTs, text });
        }
      } else {
        await client.chat.postMessage({ channel: req.channel, thread_ts: req.threadTs, text });
      }
    },
  };
}

export async function readThreadHistory(client: WebClient, deps: ListenerDeps, channel: string, threadTs: string, beforeTs?: string): Promise<Turn[]> {
  const res = await client.conversations.replies({ channel, ts: threadTs, limit: 50 });
  return threadToHistory((res.messages ?? []) as ThreadMessage[], { beforeTs, botUserId: deps.botUserId, botId: deps.botId });
}

export function answerQuestion(deps: ListenerDeps, client: WebClient, req: AnswerRequest, sink: AnswerSink, opts: { share?: boolean } = {}): Promise<AnswerOutcome> {
  return deps.runtime.inFlight.run(() => doAnswer(deps, client, req, sink, opts));
}

async function doAnswer(deps: ListenerDeps, client: WebClient, req: AnswerRequest, sink: AnswerSink, opts: { share?: boolean }): Promise<AnswerOutcome> {
  const { runtime, logger } = deps;
  const started = runtime.now();
  const ref = randomUUID().slice(0, 8);
  const log = logger.child({ ref, surface: req.surface, channel: req.channel });
  const { deliveryDeadlineMs } = deps.config.slack;
  // a short notice gets its own, shorter deadline: told late is better than never, but never stuck
  const tell = (text: string, what: string) =>
    deadline(Math.max(1, Math.round(deliveryDeadlineMs / 2)), { now: runtime.now })
      .run(() => sink.notice(text), 'notice')
      .catch((e: unknown) => log.error({ event: 'notice_failed', err: errMessage(e) }, `could not send the ${what} notice`));
  if (runtime.inFlight.closing) {
    await tell(SHUTTING_DOWN_TEXT, 'shutdown');
    return { ok: false, reason: 'closing' };
  }
  if (req.question.length > MAX_QUESTION_CHARS) {
    log.info({ event: 'question_too_long', chars: req.question.length }, 'question refused: too long');
    await tell(questionTooLongText(req.question.length), 'too-long');
    return { ok: false, reason: 'too-long' };
  }
  const decision = runtime.limiter.take(req.userId);
  if (!decision.ok) {
    log.info({ event: 'rate_limited', retryAfterSec: decision.retryAfterSec }, 'request rate limited');
    await tell(rateLimitedText(decision.retryAfterSec, deps.config.rateLimitPerMinute), 'rate-limit');
    return { ok: false, reason: 'rate-limited' };
  }
  log.debug({ question: redactSecrets(req.question) }, 'question');
  // once Slack itself fails (5xx, timeout, network), optional calls are skipped: the
  // answer and, failing that, the notice get the request budget
  let slackTrouble = false;
  const optional = (e: unknown, what: string) => {
    if (isTransportFailure(e)) slackTrouble = true;
    log.warn({ event: `${what}_failed`, err: errMessage(e) }, `could not ${what.replace(/_/g, ' ')}`);
  };
  try {
    await sink.setStatus?.('zoekt in de stukken…').catch((e: unknown) => optional(e, 'set_status'));
    let history: Turn[] = [];
    if (req.withHistory && req.threadTs && !slackTrouble) {
      // without the thread (e.g. a private channel without groups:history) the question is still answered
      history = await readThreadHistory(client, deps, req.channel, req.threadTs, req.messageTs).catch((e: unknown) => {
        if (isTransportFailure(e)) slackTrouble = true;
        log.warn({ event: 'history_unavailable', err: errMessage(e) }, 'thread history unavailable; answering without it');
        return [];
      });
    }
    const answer = await runtime.work.run(() => askWithTimeout(deps, req.question, history));
    const answerId = randomUUID();
    runtime.answers.set(answerId, answer);
    recordQuestion(deps, req, answer, runtime.now() - started, log);
    const delivery = deadline(deliveryDeadlineMs, { now: runtime.now });
    try {
      await delivery.run(() => sink.post(renderAnswer(answer, { answerId, share: opts.share })), 'answer');
    } catch (err) {
      slackTrouble ||= isTransportFailure(err);
      throw new DeliveryError(err);
    }
    const latencyMs = runtime.now() - started;
    log.info(
      { event: 'answered', latencyMs, mode: answer.mode, answered: answer.answered, citations: answer.citations.length, historyTurns: history.length, answerId },
      'answered',
    );
    return { ok: true, answer, answerId };
  } catch (err) {
    const latencyMs = runtime.now() - started;
    const cause = err instanceof DeliveryError ? err.cause : err;
    if (err instanceof DeliveryError) log.error({ event: 'delivery_failed', latencyMs, err: errMessage(cause) }, 'the answer could not be delivered; telling the asker');
    else log.error({ event: 'failed', latencyMs, err: errMessage(cause) }, 'answering failed');
    if (!slackTrouble) await sink.setStatus?.('').catch(() => {});
    await tell(errorText(userReason(cause), ref), 'failure');
    return { ok: false, reason: 'error' };
  }
}

/** The answer was made but could not be posted; `cause` says why. */
class DeliveryError extends Error {
  constructor(override readonly cause: unknown) {
    super(errMessage(cause));
  }
}

function recordQuestion(deps: ListenerDeps, req: AnswerRequest, a: Answer, latencyMs: number, log: ListenerDeps['logger']): void {
  if (!deps.store) return;
  try {
    deps.store.recordQuestion({
      text: deps.config.logQuestions ? req.question : '',
      askedAt: new Date(deps.runtime.now()),
      answered: a.answered,
      mode: a.mode,
      surface: req.surface === 'slash' ? 'slash' : 'slack',
      latencyMs,
    });
  } catch (err) {
    log.warn({ err: errMessage(err) }, 'could not record the question');
  }
}

export class AnswerTimeoutError extends Error {}

/** Asks the bot, giving up (and aborting it) after deps.answerTimeoutMs. */
async function askWithTimeout(deps: ListenerDeps, question: string, history: Turn[]): Promise<Answer> {
  const ms = deps.answerTimeoutMs ?? 120_000;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new AnswerTimeoutError(`no answer within ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  try {
    return await Promise.race([deps.bot.ask(question, { history, signal: controller.signal }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function errMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A short reason a person can read; Slack API errors get their code. */
export function userReason(err: unknown): string {
  const data = (err as { data?: { error?: string } })?.data;
  if (data?.error) return `Slack gaf de fout "${data.error}"`;
  const msg = errMessage(err);
  if (err instanceof DeliveryTimeoutError || (err as { code?: string })?.code === 'slack_webapi_request_error') return 'Slack reageerde niet op tijd';
  if ((err as { code?: string })?.code === 'slack_webapi_http_error' || (err as { code?: string })?.code === 'slack_webapi_rate_limited_error') return 'Slack is tijdelijk niet bereikbaar';
  if (err instanceof AnswerTimeoutError || /timeout|timed out|aborted/i.test(msg)) return 'het antwoord duurde te lang';
  return msg.split('\n')[0]!.slice(0, 160) || 'onbekende fout';
}
