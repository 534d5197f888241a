// `/vraag <question>`: an ephemeral answer with a "share in channel" button.
// A slash command answers through its response_url, which cannot stream: the
// answer is posted whole, as before.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { answerQuestion, type AnswerSink } from '../../answer-flow.ts';
import { THINKING_TEXT, VRAAG_USAGE } from '../../blocks/notices.ts';
import { detectLanguage } from '../../../language/detect.ts';
import { MAX_QUESTION_CHARS } from '../../../limits.ts';

export function registerVraagCommand(app: App, deps: ListenerDeps): void {
  app.command('/vraag', async ({ command, ack, respond, client }) => {
    const question = (command.text ?? '').trim();
    if (!question) {
      await ack({ response_type: 'ephemeral', text: VRAAG_USAGE });
      return;
    }
    await ack({ response_type: 'ephemeral', text: detectLanguage(question.slice(0, MAX_QUESTION_CHARS)) === 'en' ? ':hourglass_flowing_sand: Searching the documents…' : THINKING_TEXT });
    const sink: AnswerSink = {
      async post(messages) {
        let first = true;
        for (const m of messages) {
          await respond({ response_type: 'ephemeral', replace_original: first, text: m.text, blocks: m.blocks });
          first = false;
        }
      },
      async notice(text) {
        await respond({ response_type: 'ephemeral', replace_original: true, text });
      },
    };
    await answerQuestion(deps, client, { surface: 'slash', question, userId: command.user_id, channel: command.channel_id }, sink, { share: true });
  });
}
