// The agent messaging experience (manifest `agent_view`): a user opening the
// app's Messages tab sends `app_home_opened` with `tab: "messages"`. The first
// time (an empty conversation, or a user not yet greeted since start) the bot
// greets; every time it sets the suggested prompts. For an agent app the
// prompts belong to the conversation: `thread_ts` is left out on purpose
// (with it Slack silently ignores the call for agent apps).
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { errMessage } from '../../answer-flow.ts';
import { ASSISTANT_GREETING, SUGGESTED_PROMPTS, SUGGESTED_PROMPTS_TITLE } from './prompts.ts';

export function registerAppHomeOpened(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'messages' || !event.channel) return;
    const log = deps.logger.child({ surface: 'app_home', channel: event.channel });
    const { greeted } = deps.runtime;
    if (!greeted.has(event.user)) {
      if (greeted.size > 50_000) greeted.clear();
      greeted.add(event.user);
      try {
        // greet once: not when the conversation already has messages (e.g. after a restart)
        const earlier = await client.conversations
          .history({ channel: event.channel, limit: 1 })
          .then((r) => (r.messages ?? []).length)
          .catch(() => 0);
        if (!earlier) {
          await client.chat.postMessage({ channel: event.channel, text: ASSISTANT_GREETING });
          log.info({ event: 'greeted' }, 'greeted a new user');
        }
      } catch (err) {
        log.error({ event: 'greeting_failed', err: errMessage(err) }, 'could not greet');
      }
    }
    try {
      await client.assistant.threads.setSuggestedPrompts({
        channel_id: event.channel,
        title: SUGGESTED_PROMPTS_TITLE,
        prompts: SUGGESTED_PROMPTS,
      } as Parameters<typeof client.assistant.threads.setSuggestedPrompts>[0]);
    } catch (err) {
      log.error({ event: 'suggested_prompts_failed', err: errMessage(err) }, 'could not set the suggested prompts');
    }
  });
}
