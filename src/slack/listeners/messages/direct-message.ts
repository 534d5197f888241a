// A direct message (not in a thread; thread replies in a DM are assistant
// messages, handled by the Assistant): answer in the DM.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { answerQuestion, threadSink } from '../../answer-flow.ts';
import { cleanMessageText, type IncomingMessage } from '../../history.ts';

export function registerDirectMessage(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, body, client }) => {
    const m = message as unknown as IncomingMessage;
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || !m.user) return;
    if (deps.botUserId && m.user === deps.botUserId) return;
    const eventId = (body as { event_id?: string }).event_id;
    if (!deps.runtime.seen.firstTime(eventId, `msg:${m.channel}:${m.ts}`, m.client_msg_id)) return;
    const question = cleanMessageText(m.text ?? '');
    if (!question) return;
    const sink = threadSink(client, { channel: m.channel, threadTs: m.thread_ts, userId: m.user, ephemeralNotices: false });
    await answerQuestion(deps, client, {
      surface: 'dm',
      question,
      userId: m.user,
      channel: m.channel,
      threadTs: m.thread_ts,
      messageTs: m.ts,
      withHistory: !!m.thread_ts,
    }, sink);
  });
}
