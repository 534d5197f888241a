// Slack's AI-app container (Bolt `Assistant`): greeting and Dutch suggested
// prompts when a thread starts, a status while working, answers to messages.
import { Assistant, type App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { answerQuestion, errMessage, threadSink } from '../../answer-flow.ts';
import { cleanMessageText, type IncomingMessage } from '../../history.ts';
import { ASSISTANT_GREETING, SUGGESTED_PROMPTS, SUGGESTED_PROMPTS_TITLE } from './prompts.ts';

/** A thread's title in the assistant's history list: its first question, shortened. */
export function threadTitle(question: string): string {
  const t = question.replace(/\s+/g, ' ').trim();
  return t.length <= 60 ? t : `${t.slice(0, 59).replace(/\s+\S*$/, '')}…`;
}

export function createAssistant(deps: ListenerDeps): Assistant {
  // threads titled since start: the first question names the thread (after a
  // restart a thread may be retitled by its next question; nothing else is lost)
  const titled = new Set<string>();
  return new Assistant({
    threadStarted: async ({ event, client, setSuggestedPrompts }) => {
      const { channel_id, thread_ts } = event.assistant_thread;
      try {
        await client.chat.postMessage({ channel: channel_id, thread_ts, text: ASSISTANT_GREETING });
        await setSuggestedPrompts({ title: SUGGESTED_PROMPTS_TITLE, prompts: SUGGESTED_PROMPTS });
      } catch (err) {
        deps.logger.error({ event: 'assistant_thread_started_failed', err: errMessage(err) }, 'could not greet the assistant thread');
      }
    },
    threadContextChanged: async ({ saveThreadContext }) => {
      // the channel the user is looking at; kept as message metadata by Bolt
      await saveThreadContext();
    },
    userMessage: async ({ message, body, client, setStatus, setTitle }) => {
      const m = message as unknown as IncomingMessage;
      if (m.subtype || m.bot_id || !m.user || !m.thread_ts) return;
      const eventId = (body as { event_id?: string }).event_id;
      if (!deps.runtime.seen.firstTime(eventId, `msg:${m.channel}:${m.ts}`, m.client_msg_id)) return;
      const question = cleanMessageText(m.text ?? '');
      if (!question) return;
      const key = `${m.channel}:${m.thread_ts}`;
      if (!titled.has(key)) {
        if (titled.size > 10_000) titled.clear();
        titled.add(key);
        await setTitle(threadTitle(question)).catch((err: unknown) => {
          deps.logger.warn({ event: 'assistant_set_title_failed', err: errMessage(err) }, 'could not title the assistant thread');
        });
      }
      const sink = {
        ...threadSink(client, { channel: m.channel, threadTs: m.thread_ts, userId: m.user, ephemeralNotices: false }),
        setStatus: async (status: string) => {
          await setStatus(status);
        },
      };
      await answerQuestion(deps, client, {
        surface: 'assistant',
        question,
        userId: m.user,
        channel: m.channel,
        threadTs: m.thread_ts,
        messageTs: m.ts,
        withHistory: true,
      }, sink);
    },
  });
}

export function registerAssistant(app: App, deps: ListenerDeps): void {
  app.assistant(createAssistant(deps));
}
