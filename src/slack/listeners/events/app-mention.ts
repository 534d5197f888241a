// `@polderbot vraag` in a channel: the answer streams into the thread
// (chat.startStream with the asker as recipient, as Slack requires outside
// DMs); a mention inside a thread reads the thread's earlier messages.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { answerQuestion, threadSink } from '../../answer-flow.ts';
import { cleanMessageText } from '../../history.ts';
import { emptyQuestionText } from '../../blocks/notices.ts';

// Slack retries and replays are deduplicated by event id before any listener
// runs (replays.ts); a retry whose original never arrived reaches this listener.
export function registerAppMention(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, client, context, sayStream }) => {
    const ev = event as typeof event & { client_msg_id?: string };
    if (!deps.runtime.seen.firstTime(body.event_id, `msg:${ev.channel}:${ev.ts}`, ev.client_msg_id)) {
      deps.logger.info({ event: 'duplicate', eventId: body.event_id }, 'duplicate event ignored');
      return;
    }
    const userId = ev.user ?? 'unknown';
    const threadTs = ev.thread_ts ?? ev.ts;
    const teamId = context.teamId ?? body.team_id;
    const sink = {
      ...threadSink(client, { channel: ev.channel, threadTs, userId, ephemeralNotices: true }),
      // Bolt's sayStream streams into this thread with the asker (and team) as recipient
      openStream: () =>
        sayStream
          ? sayStream({ recipient_user_id: userId, ...(teamId ? { recipient_team_id: teamId } : {}), task_display_mode: 'timeline' })
          : client.chatStream({ channel: ev.channel, thread_ts: threadTs, recipient_user_id: userId, recipient_team_id: teamId, task_display_mode: 'timeline' }),
    };
    const question = cleanMessageText(ev.text ?? '');
    if (!question) {
      await sink.notice(emptyQuestionText(ev.text ?? ''));
      return;
    }
    await answerQuestion(deps, client, {
      surface: 'mention',
      question,
      userId,
      channel: ev.channel,
      threadTs,
      messageTs: ev.ts,
      withHistory: !!ev.thread_ts,
    }, sink);
  });
}
