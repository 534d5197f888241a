// 👍/👎 clicks: stored with a hashed user id, thanked ephemerally.
import type { App, BlockButtonAction } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP } from '../../blocks/feedback.ts';
import { errMessage } from '../../answer-flow.ts';
import { hashUserId } from '../../user-hash.ts';

export function registerFeedbackActions(app: App, deps: ListenerDeps): void {
  const handle = (value: 'up' | 'down') =>
    async ({ ack, body, action, respond }: { ack: () => Promise<void>; body: BlockButtonAction; action: { value?: string }; respond: (m: { response_type: 'ephemeral'; replace_original: false; text: string }) => Promise<unknown> }) => {
      await ack();
      const answerId = action.value ?? '';
      const answer = deps.runtime.answers.get(answerId);
      const log = deps.logger.child({ surface: 'action', action: `feedback_${value}` });
      try {
        if (!deps.store) throw new Error('feedback store not configured');
        deps.store.recordFeedback({
          answerId,
          value,
          userHash: hashUserId(body.user.id, deps.userHashSalt),
          at: new Date(deps.runtime.now()),
          question: answer && deps.config.logQuestions ? answer.question : undefined,
        });
        log.info({ event: 'feedback', value, answerId }, 'feedback stored');
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: value === 'up' ? 'Dank je, fijn dat het hielp! :+1:' : 'Dank je voor je feedback; we gebruiken het om de antwoorden te verbeteren.',
        });
      } catch (err) {
        log.error({ event: 'failed', err: errMessage(err) }, 'feedback not stored');
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: ':warning: Je feedback kon niet worden opgeslagen. Probeer het later nog eens of meld het aan de beheerder.',
        }).catch(() => {});
      }
    };
  app.action<BlockButtonAction>(ACTION_FEEDBACK_UP, handle('up'));
  app.action<BlockButtonAction>(ACTION_FEEDBACK_DOWN, handle('down'));
}
