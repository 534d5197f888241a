// 👍/👎 on an answer: Slack's native feedback_buttons (and the older plain
// buttons on messages posted before them). The vote is stored with a hashed
// user id, the question and the answer that was given; a 👎 asks, ephemerally,
// what was wrong, and the reason (a button or a typed line) is stored with it.
import type { App, BlockAction, BlockButtonAction, BlockFeedbackButtonsAction, RespondFn } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import type { Answer } from '../../../answer/types.ts';
import type { AnsweredSnapshot } from '../../../store/types.ts';
import {
  ACTION_ANSWER_FEEDBACK, ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_REASON, ACTION_FEEDBACK_REASON_TEXT, ACTION_FEEDBACK_UP,
  FEEDBACK_REASONS, parseFeedbackValue, reasonPrompt, type ReasonCode,
} from '../../blocks/feedback.ts';
import type { Lang } from '../../blocks/labels.ts';
import { errMessage } from '../../answer-flow.ts';
import { hashUserId } from '../../user-hash.ts';

/** What is kept of an answer with a 👎 (the turns before it come from the bot's memory of the thread). */
export function snapshotOf(a: Answer, earlier: string[] = []): AnsweredSnapshot {
  return {
    language: a.language,
    text: a.text,
    answered: a.answered,
    mode: a.mode,
    citations: a.citations.map((c) => ({ doc: c.doc, page: c.page })),
    figures: a.figures.length,
    ...(earlier.length ? { earlier } : {}),
  };
}

const THANKS = {
  nl: { up: 'Dank je, fijn dat het hielp! :+1:', reason: 'Dank je, genoteerd. We gebruiken het om de antwoorden te verbeteren.', failed: ':warning: Je feedback kon niet worden opgeslagen. Probeer het later nog eens of meld het aan de beheerder.' },
  en: { up: 'Thanks, glad it helped! :+1:', reason: 'Thanks, noted. We use it to improve the answers.', failed: ':warning: Your feedback could not be saved. Try again later or tell the administrator.' },
} as const;

export function registerFeedbackActions(app: App, deps: ListenerDeps): void {
  const langOf = (answerId: string): Lang => (deps.runtime.answers.get(answerId)?.language === 'en' ? 'en' : 'nl');

  const vote = async (value: 'up' | 'down', answerId: string, userId: string, respond: RespondFn) => {
    const answer = deps.runtime.answers.get(answerId);
    const lang = langOf(answerId);
    const log = deps.logger.child({ surface: 'action', action: `feedback_${value}` });
    try {
      if (!deps.store) throw new Error('feedback store not configured');
      deps.store.recordFeedback({
        answerId,
        value,
        userHash: hashUserId(userId, deps.userHashSalt),
        at: new Date(deps.runtime.now()),
        question: answer && deps.config.logQuestions ? answer.question : undefined,
        answer: answer && value === 'down' ? snapshotOf(answer, deps.runtime.earlierQuestions.get(answerId)) : undefined,
      });
      log.info({ event: 'feedback', value, answerId }, 'feedback stored');
      if (value === 'up') await respond({ response_type: 'ephemeral', replace_original: false, text: THANKS[lang].up });
      else await respond({ response_type: 'ephemeral', replace_original: false, ...reasonPrompt(answerId, lang) });
    } catch (err) {
      log.error({ event: 'failed', err: errMessage(err) }, 'feedback not stored');
      await respond({ response_type: 'ephemeral', replace_original: false, text: THANKS[lang].failed }).catch(() => {});
    }
  };

  // Slack's native thumbs: one action id, the value says which and for what answer
  app.action<BlockFeedbackButtonsAction>(ACTION_ANSWER_FEEDBACK, async ({ ack, body, action, respond }) => {
    await ack();
    const parsed = parseFeedbackValue(action.value);
    if (!parsed) return;
    await vote(parsed.value, parsed.answerId, body.user.id, respond);
  });
  // plain buttons on answers posted before the native ones
  app.action<BlockButtonAction>(ACTION_FEEDBACK_UP, async ({ ack, body, action, respond }) => {
    await ack();
    await vote('up', action.value ?? '', body.user.id, respond);
  });
  app.action<BlockButtonAction>(ACTION_FEEDBACK_DOWN, async ({ ack, body, action, respond }) => {
    await ack();
    await vote('down', action.value ?? '', body.user.id, respond);
  });

  const storeReason = async (answerId: string, reason: string, userId: string, respond: RespondFn) => {
    const lang = langOf(answerId);
    const log = deps.logger.child({ surface: 'action', action: 'feedback_reason' });
    try {
      if (!deps.store) throw new Error('feedback store not configured');
      const ok = deps.store.setFeedbackReason(answerId, hashUserId(userId, deps.userHashSalt), reason);
      log.info({ event: 'feedback_reason', answerId, stored: ok }, 'feedback reason');
      await respond({ response_type: 'ephemeral', replace_original: true, text: THANKS[lang].reason });
    } catch (err) {
      log.error({ event: 'failed', err: errMessage(err) }, 'feedback reason not stored');
      await respond({ response_type: 'ephemeral', replace_original: false, text: THANKS[lang].failed }).catch(() => {});
    }
  };
  app.action<BlockButtonAction>(new RegExp(`^${ACTION_FEEDBACK_REASON}:`), async ({ ack, body, action, respond }) => {
    await ack();
    const [answerId, code] = (action.value ?? '').split('|');
    if (!answerId || !code) return;
    // stored in the answer's language as the asker saw it, with the code for sorting
    const label = FEEDBACK_REASONS[langOf(answerId)][code as ReasonCode] ?? code;
    await storeReason(answerId, `${code}: ${label}`, body.user.id, respond);
  });
  app.action<BlockAction>(ACTION_FEEDBACK_REASON_TEXT, async ({ ack, body, action, respond }) => {
    await ack();
    const answerId = (action.block_id ?? '').replace(/^feedback_reason:/, '');
    const text = ((action as { value?: string }).value ?? '').trim();
    if (!answerId || !text) return;
    await storeReason(answerId, `other: ${text}`, body.user.id, respond);
  });
}
