// Feedback (👍/👎) and share buttons; their action ids are what the action listeners match.
import { labels, type Lang } from './labels.ts';
import type { Block } from './message.ts';

export const ACTION_FEEDBACK_UP = 'feedback_up';
export const ACTION_FEEDBACK_DOWN = 'feedback_down';
export const ACTION_SHARE_ANSWER = 'share_answer';
export const ACTION_SHARE_INDICATOR = 'share_indicator';

export function feedbackActions(answerId: string, lang: Lang, opts: { feedback: boolean; share: boolean }): Block | undefined {
  const L = labels(lang);
  const elements: Extract<Block, { type: 'actions' }>['elements'] = [];
  if (opts.share) {
    elements.push({ type: 'button', action_id: ACTION_SHARE_ANSWER, value: answerId, style: 'primary', text: { type: 'plain_text', text: L.share } });
  }
  if (opts.feedback) {
    elements.push(
      { type: 'button', action_id: ACTION_FEEDBACK_UP, value: answerId, text: { type: 'plain_text', text: L.helpful, emoji: true } },
      { type: 'button', action_id: ACTION_FEEDBACK_DOWN, value: answerId, text: { type: 'plain_text', text: L.notHelpful, emoji: true } },
    );
  }
  return elements.length ? { type: 'actions', block_id: `answer:${answerId}`, elements } : undefined;
}
