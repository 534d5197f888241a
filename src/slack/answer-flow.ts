// The work after the ack, shared by mentions, DMs and /vraag: rate limit,
// conversation history, ask the bot, stream (or post) the rendered answer,
// record the question, and tell the asker about any failure, in the asker's
// language.
import { randomUUID } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import type { Answer, AnswerStep, Turn } from '../answer/types.ts';
import { detectLanguage } from '../language/detect.ts';
import type { ListenerDeps } from './runtime.ts';
import { answerTail, renderAnswer } from './blocks/answer.ts';
import { labels, type Lang } from './blocks/labels.ts';
import { BLOCKS_PER_MESSAGE } from './blocks/limits.ts';
import { packMessages, sections, type SlackMessage } from './blocks/message.ts';
import { errorText, questionTooLongText, rateLimitedText, shuttingDownText } from './blocks/notices.ts';
import { splitText } from './blocks/split.ts';
import { deadline, DeliveryTimeoutError, isTransportFailure, type Deadline } from './delivery.ts';
import { MAX_QUESTION_CHARS } from '../limits.ts';
import { redactSecrets } from '../privacy/secrets.ts';
import { threadToHistory, type ThreadMessage } from './history.ts';
import { chooseHistory } from './conversation-memory.ts';
import { StreamedAnswer, STREAM_TEXT_MAX, type ChatStreamer } from './stream.ts';

type WebClient = webApi.WebClient;

export type Surface = 'mention' | 'dm' | 'slash';

/** A top-level DM reads on from the DM's last conversation if it went on this recently. */
export const DM_CONTEXT_WINDOW_MS = 30 * 60_000;

export interface AnswerRequest {
  surface: Surface;
  question: string;
  userId: string;
  channel: string;
  /** the thread to answer in (undefined: answer at the top level) */
  threadTs?: string;
  /** the asking message's ts: thread history is read from messages before it */
  messageTs?: string;
  /** read the thread's earlier messages as history (Slack's copy, else the bot's memory) */
  withHistory?: boolean;
  /** a top-level DM: read on from the DM's latest conversation (recent messages, else memory) */
  dmConversation?: boolean;
}

/** How an answer reaches the asker; differs between threads and slash commands. */
export interface AnswerSink {
  post(messages: SlackMessage[]): Promise<void>;
  /** a short notice (errors, rate limit); ephemeral where possible */
  notice(text: string): Promise<void>;
  /** opens a reply stream (Bolt's sayStream / client.chatStream); absent: whole messages are posted */
  openStream?(): ChatStreamer;
}

export interface AnswerOutcome {
  ok: boolean;
  answer?: Answer;
  answerId?: string;
  reason?: 'rate-limited' | 'error' | 'closing' | 'too-long';
  /** 'stream': answered through chat.startStream … chat.stopStream */
  delivery?: 'stream' | 'post';
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

/** A top-level DM's recent messages before it (newest within the window), as turns. */
export async function readRecentDm(client: WebClient, deps: ListenerDeps, channel: string, beforeTs: string): Promise<Turn[]> {
  const res = await client.conversations.history({ channel, latest: beforeTs, inclusive: false, limit: 20 });
  const oldest = Number(beforeTs) - DM_CONTEXT_WINDOW_MS / 1000;
  // the bot's answers live in the threads; its top-level messages (the greeting) are no turns of a conversation
  const msgs = ((res.messages ?? []) as ThreadMessage[])
    .filter((m) => Number(m.ts) >= oldest && !m.bot_id && !(deps.botUserId && m.user === deps.botUserId))
    .sort((a, b) => Number(a.ts) - Number(b.ts));
  return threadToHistory(msgs, { beforeTs, botUserId: deps.botUserId, botId: deps.botId });
}

/**
 * The conversation before the question: Slack's copy, else the bot's memory.
 * While Slack itself is failing (`slack.trouble`) its copy is not asked for:
 * the request budget goes to the answer and, failing that, the notice.
 */
async function readHistory(
  client: WebClient,
  deps: ListenerDeps,
  req: AnswerRequest,
  log: ListenerDeps['logger'],
  slack: { trouble: boolean },
): Promise<{ turns: Turn[]; source: string }> {
  const { memory } = deps.runtime;
  const unavailable = (e: unknown): Turn[] => {
    // without Slack's copy (e.g. a private channel without groups:history) the question is still answered
    if (isTransportFailure(e)) slack.trouble = true;
    log.warn({ event: 'history_unavailable', err: errMessage(e) }, 'conversation history unavailable; using the bot\'s memory');
    return [];
  };
  const fromSlack = (read: () => Promise<Turn[]>): Promise<Turn[]> => (slack.trouble ? Promise.resolve([]) : read().catch(unavailable));
  if (req.withHistory && req.threadTs) {
    const turns = await fromSlack(() => readThreadHistory(client, deps, req.channel, req.threadTs!, req.messageTs));
    return chooseHistory(turns, memory.thread(req.channel, req.threadTs, req.messageTs));
  }
  if (req.dmConversation && req.messageTs) {
    const turns = await fromSlack(() => readRecentDm(client, deps, req.channel, req.messageTs!));
    return chooseHistory(turns, memory.latestIn(req.channel, req.messageTs, DM_CONTEXT_WINDOW_MS));
  }
  return { turns: [], source: 'none' };
}

export function answerQuestion(deps: ListenerDeps, client: WebClient, req: AnswerRequest, sink: AnswerSink, opts: { share?: boolean } = {}): Promise<AnswerOutcome> {
  return deps.runtime.inFlight.run(() => doAnswer(deps, client, req, sink, opts));
}

async function doAnswer(deps: ListenerDeps, client: WebClient, req: AnswerRequest, sink: AnswerSink, opts: { share?: boolean }): Promise<AnswerOutcome> {
  const { runtime, logger } = deps;
  const started = runtime.now();
  const ref = randomUUID().slice(0, 8);
  // read from the head only: a question far over the limit is refused below, not scanned
  const lang: Lang = detectLanguage(req.question.slice(0, MAX_QUESTION_CHARS)) === 'en' ? 'en' : 'nl';
  const log = logger.child({ ref, surface: req.surface, channel: req.channel });
  const { deliveryDeadlineMs, apiTimeoutMs } = deps.config.slack;
  // a short notice gets its own, shorter deadline: told late is better than never, but never stuck
  const noticeDeadline = () => deadline(Math.max(1, Math.round(deliveryDeadlineMs / 2)), { now: runtime.now });
  const tell = (text: string, what: string, within: Deadline = noticeDeadline()) =>
    within
      .run(() => sink.notice(text), 'notice')
      .catch((e: unknown) => log.error({ event: 'notice_failed', err: errMessage(e) }, `could not send the ${what} notice`));
  if (runtime.inFlight.closing) {
    await tell(shuttingDownText(lang), 'shutdown');
    return { ok: false, reason: 'closing' };
  }
  if (req.question.length > MAX_QUESTION_CHARS) {
    log.info({ event: 'question_too_long', chars: req.question.length }, 'question refused: too long');
    await tell(questionTooLongText(req.question.length, lang), 'too-long');
    return { ok: false, reason: 'too-long' };
  }
  const decision = runtime.limiter.take(req.userId);
  if (!decision.ok) {
    log.info({ event: 'rate_limited', retryAfterSec: decision.retryAfterSec }, 'request rate limited');
    await tell(rateLimitedText(decision.retryAfterSec, deps.config.rateLimitPerMinute, lang), 'rate-limit');
    return { ok: false, reason: 'rate-limited' };
  }
  log.debug({ question: redactSecrets(req.question) }, 'question');
  // once Slack itself fails (5xx, timeout, network), optional calls are skipped: the
  // answer and, failing that, the notice get the request budget
  const slack = { trouble: false };
  // the reply stream opens at once with the first step, so the asker sees work begin
  let stream: StreamedAnswer | undefined;
  if (sink.openStream) {
    try {
      stream = new StreamedAnswer(sink.openStream(), lang, (e) => {
        if (isTransportFailure(e)) slack.trouble = true;
        log.warn({ event: 'stream_failed', err: errMessage(e) }, 'streaming failed; the answer will be posted');
      });
      // the stream's start stands where the status line stood: it is waited for (at most one
      // request timeout) before Slack is asked for the history, so a failing Slack is known first
      if (!(await settlesWithin(stream.step('search'), apiTimeoutMs))) {
        slack.trouble = true;
        log.warn({ event: 'stream_slow', waitedMs: apiTimeoutMs }, 'Slack did not open the stream in time; working on the answer meanwhile');
      }
    } catch (e) {
      log.warn({ event: 'stream_failed', err: errMessage(e) }, 'could not open a stream; the answer will be posted');
      stream = undefined;
    }
  }
  try {
    const history = await readHistory(client, deps, req, log, slack);
    const onStep = (step: AnswerStep, detail?: string) => void stream?.step(step, detail);
    const onText = (delta: string) => void stream?.text(delta);
    const answer = await runtime.work.run(() => askWithTimeout(deps, req.question, history.turns, { onStep, onText }));
    const answerId = randomUUID();
    runtime.answers.set(answerId, answer);
    const earlier = history.turns.filter((t) => t.role === 'user').map((t) => t.text);
    if (earlier.length) runtime.earlierQuestions.set(answerId, earlier);
    recordQuestion(deps, req, answer, runtime.now() - started, log);
    // the whole reply (the stream's end and what follows it, or the posted messages) is
    // delivered within one deadline; past it, or when Slack fails, the asker gets a notice
    let delivery: 'stream' | 'post' = 'post';
    const within = deadline(deliveryDeadlineMs, { now: runtime.now });
    try {
      if (stream) {
        // a stream still opening (its start retried by the client) is waited for within the deadline
        const s = stream;
        const answerTs = await within.run(() => finishStream(client, req, sink, s, answer, answerId, opts), 'answer');
        // a stream that failed (refused, or Slack failing) is posted instead, within what is left
        if (answerTs) delivery = 'stream';
      }
      if (delivery === 'post') await within.run(() => sink.post(renderAnswer(answer, { answerId, share: opts.share })), 'answer');
    } catch (err) {
      if (isTransportFailure(err)) slack.trouble = true;
      throw new DeliveryError(err);
    }
    if (req.threadTs && req.messageTs) {
      // the answer is remembered right after its question (ordered by the question's ts)
      runtime.memory.add(req.channel, req.threadTs, [
        { role: 'user', text: req.question, ts: req.messageTs },
        { role: 'assistant', text: answer.text, ts: (Number(req.messageTs) + 0.000001).toFixed(6) },
      ]);
    }
    const latencyMs = runtime.now() - started;
    log.info(
      { event: 'answered', latencyMs, mode: answer.mode, answered: answer.answered, citations: answer.citations.length, figures: answer.figures.length, historyTurns: history.turns.length, historySource: history.source, delivery, answerId },
      'answered',
    );
    return { ok: true, answer, answerId, delivery };
  } catch (err) {
    const latencyMs = runtime.now() - started;
    const cause = err instanceof DeliveryError ? err.cause : err;
    if (err instanceof DeliveryError) log.error({ event: 'delivery_failed', latencyMs, err: errMessage(cause) }, 'the answer could not be delivered; telling the asker');
    else log.error({ event: 'failed', latencyMs, err: errMessage(cause) }, 'answering failed');
    const text = errorText(userReason(cause, lang), ref, lang);
    // the failure notice (in the stream, else as a message) gets one short deadline
    const within = noticeDeadline();
    const s = stream;
    if (s) {
      // an answer that failed while the stream works ends the stream with the error; after a
      // failed delivery the stream is given up (its calls may hang) and the asker gets a notice
      const shown =
        !(err instanceof DeliveryError) &&
        (await within
          .run(async () => {
            await s.settled();
            if (!s.started || s.failed !== undefined) return false;
            await s.fail(text);
            return s.failed === undefined;
          }, 'notice')
          .catch(() => false));
      if (shown) return { ok: false, reason: 'error' };
      if (!slack.trouble && s.started) await within.run(() => s.abandon(), 'notice').catch(() => {});
      s.cancel();
    }
    await tell(text, 'failure', within);
    return { ok: false, reason: 'error' };
  }
}

/** The answer was made but could not be delivered; `cause` says why. */
class DeliveryError extends Error {
  constructor(override readonly cause: unknown) {
    super(errMessage(cause));
  }
}

/** true when `p` settles (either way) within `ms` */
async function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
  try {
    return await Promise.race([p.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ends a streamed answer: the text (unless it already streamed in), then the
 * figures, sources, buttons and 👍/👎. Returns the message ts, or undefined
 * when the stream failed and the answer must be posted instead.
 */
async function finishStream(
  client: WebClient,
  req: AnswerRequest,
  sink: AnswerSink,
  stream: StreamedAnswer,
  answer: Answer,
  answerId: string,
  opts: { share?: boolean },
): Promise<string | undefined> {
  const L = labels(answer.language);
  await stream.settled();
  const text = answer.text.trim() || L.abstained;
  const streamed = stream.streamedText.replace(/\s+/g, ' ').trim();
  const final = text.replace(/\s+/g, ' ');
  // LLM mode streamed verified text; the final text is authoritative
  const diverged = streamed.length > 0 && !final.startsWith(streamed);
  let overflow = '';
  if (!streamed) {
    const [head, rest] = cutText(text, STREAM_TEXT_MAX);
    overflow = rest;
    await stream.appendText(head);
  } else if (!diverged) {
    const rest = restAfter(text, streamed);
    if (rest.trim()) await stream.appendText(rest.trim());
  }
  const { body, tail } = answerTail(answer, { answerId, share: opts.share });
  const room = BLOCKS_PER_MESSAGE - tail.length;
  const closing = [...body.slice(0, room), ...tail];
  const spill = body.slice(room);
  const outputs: Partial<Record<AnswerStep, string>> = {};
  if (answer.citations.length) outputs.search = L.found(answer.citations.length);
  else if (!answer.answered) outputs.search = L.found(0);
  await stream.finish({ blocks: closing, outputs });
  if (stream.failed !== undefined || !stream.ts) {
    await stream.abandon();
    return undefined;
  }
  const ts = stream.ts;
  if (diverged) {
    // the verified text that streamed differs from the final answer: the message shows the final one
    const [first] = renderAnswer(answer, { answerId, share: opts.share });
    await client.chat.update({ channel: req.channel, ts, text: first!.text, blocks: first!.blocks });
  }
  const extra: SlackMessage[] = [];
  if (overflow) extra.push(...packMessages(sections(overflow), [], L.continued, L.continued));
  if (spill.length) extra.push(...packMessages(spill, [], L.continued, L.continued));
  if (extra.length) await sink.post(extra);
  return ts;
}

/** What follows the whitespace-normalised `prefix` in `text`. */
function restAfter(text: string, prefix: string): string {
  const t = text.trimStart();
  let n = 0;
  let i = 0;
  let space = false;
  for (; i < t.length && n < prefix.length; i++) {
    if (/\s/.test(t[i]!)) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return t.slice(i);
}

/** The head of a text within `max` characters (cut at a natural boundary) and the rest. */
function cutText(text: string, max: number): [string, string] {
  if (text.length <= max) return [text, ''];
  const [head] = splitText(text, max);
  return [head!, text.slice(text.indexOf(head!) + head!.length).trim()];
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
async function askWithTimeout(
  deps: ListenerDeps,
  question: string,
  history: Turn[],
  hooks: { onStep?: (step: AnswerStep, detail?: string) => void; onText?: (delta: string) => void } = {},
): Promise<Answer> {
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
    return await Promise.race([deps.bot.ask(question, { history, signal: controller.signal, ...hooks }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function errMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A short reason a person can read, in the asker's language, without library
 * jargon: timeouts and Slack's refusals in words; anything else is an internal
 * error whose details are in the log under the reference shown with it.
 */
export function userReason(err: unknown, lang: Lang = 'nl'): string {
  const en = lang === 'en';
  const code = (err as { data?: { error?: string } })?.data?.error;
  if (code === 'not_in_channel' || code === 'channel_not_found') {
    return en ? 'I am not a member of this channel: invite me with /invite @polderbot' : 'ik ben geen lid van dit kanaal: nodig me uit met /invite @polderbot';
  }
  if (code === 'ratelimited') return en ? 'Slack asked me to slow down' : 'Slack vroeg me even te wachten';
  if (code) return en ? `Slack refused the message (code ${code})` : `Slack weigerde het bericht (code ${code})`;
  const msg = errMessage(err);
  const transport = (err as { code?: string })?.code;
  if (err instanceof DeliveryTimeoutError || transport === 'slack_webapi_request_error') return en ? 'Slack did not respond in time' : 'Slack reageerde niet op tijd';
  if (transport === 'slack_webapi_http_error' || transport === 'slack_webapi_rate_limited_error') return en ? 'Slack is temporarily unreachable' : 'Slack is tijdelijk niet bereikbaar';
  if (err instanceof AnswerTimeoutError || /timeout|timed out|aborted/i.test(msg)) return en ? 'the answer took too long' : 'het antwoord duurde te lang';
  return en ? 'something went wrong inside polderbot' : 'er ging binnen polderbot iets mis';
}
