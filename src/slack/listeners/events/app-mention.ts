// `@polderbot vraag` in a channel: answer in the thread; a mention inside a
// thread reads the thread's earlier messages as history.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { answerQuestion, threadSink } from '../../answer-flow.ts';
import { cleanMessageText } from '../../history.ts';
import { EMPTY_QUESTION_TEXT } from '../../blocks/notices.ts';

export function registerAppMention(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, client }) => {
    const ev = event as typeof event & { client_msg_id?: string };
    if (!deps.runtime.seen.firstTime(body.event_id, `msg:${ev.channel}:${ev.ts}`, ev.client_msg_id)) {
      deps.logger.info({ event: 'duplicate', eventId: body.event_id }, 'duplicate event ignored');
      return;
    }
    const userId = ev.user ?? 'unknown';
    const threadTs = ev.thread_ts ?? ev.ts;
    const sink = threadSink(client, { channel: ev.channel, threadTs, userId, ephemeralNotices: true });
    const question = cleanMessageText(ev.text ?? '');
    if (!question) {
      await sink.notice(EMPTY_QUESTION_TEXT);
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
