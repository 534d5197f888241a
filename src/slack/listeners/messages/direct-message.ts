// Every direct message to the app is a conversation (agent messaging
// experience): a top-level DM is answered in its own thread and reads on from
// the DM's latest conversation; a message in a thread reads the thread. The
// answer streams (Bolt's sayStream: chat.startStream … chat.stopStream).
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { answerQuestion, threadSink } from '../../answer-flow.ts';
import { cleanMessageText, readIncomingMessage } from '../../history.ts';
import type { ChatStreamer } from '../../stream.ts';

// Slack retries and replays are deduplicated by event id before any listener
// runs (replays.ts); a retry whose original never arrived reaches this listener.
export function registerDirectMessage(app: App, deps: ListenerDeps): void {
  app.message(async (args) => {
    const { message, body, client, context } = args;
    const m = readIncomingMessage(message);
    if (!m) return;
    // a DM: channel_type im (older payloads without it: a D… channel id)
    const dm = m.channel_type === 'im' || (m.channel_type === undefined && m.channel?.startsWith('D'));
    if (!dm || m.subtype || m.bot_id || !m.user) return;
    if (deps.botUserId && m.user === deps.botUserId) return;
    const eventId = (body as { event_id?: string }).event_id;
    if (!deps.runtime.seen.firstTime(eventId, `msg:${m.channel}:${m.ts}`, m.client_msg_id)) return;
    const question = cleanMessageText(m.text ?? '');
    if (!question) return;
    const threadTs = m.thread_ts ?? m.ts;
    const teamId = context.teamId ?? (body as { team_id?: string }).team_id;
    const sayStream = (args as { sayStream?: (a?: object) => ChatStreamer }).sayStream;
    const sink = {
      ...threadSink(client, { channel: m.channel, threadTs, userId: m.user, ephemeralNotices: false }),
      openStream: () =>
        sayStream
          ? sayStream({ task_display_mode: 'timeline' })
          : client.chatStream({ channel: m.channel, thread_ts: threadTs, recipient_user_id: m.user, recipient_team_id: teamId, task_display_mode: 'timeline' }),
    };
    await answerQuestion(deps, client, {
      surface: 'dm',
      question,
      userId: m.user,
      channel: m.channel,
      threadTs,
      messageTs: m.ts,
      withHistory: !!m.thread_ts,
      dmConversation: !m.thread_ts,
    }, sink);
  });
}
