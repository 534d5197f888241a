// Feedback (Slack's native 👍/👎), the question after a 👎, and the share and
// series buttons; their action ids are what the action listeners match.
// ACTION_FEEDBACK_UP/DOWN are the plain buttons of answers posted before.
import { labels, type Lang } from './labels.ts';
import type { Block } from './message.ts';

export const ACTION_FEEDBACK_UP = 'feedback_up';
export const ACTION_FEEDBACK_DOWN = 'feedback_down';
export const ACTION_SHARE_ANSWER = 'share_answer';
export const ACTION_SHARE_INDICATOR = 'share_indicator';
/** Slack's native thumbs (feedback_buttons in a context_actions block); the value is `up:<id>` or `down:<id>` */
export const ACTION_ANSWER_FEEDBACK = 'answer_feedback';
/** a reason button under "what was wrong?"; the value is `<answerId>|<code>` */
export const ACTION_FEEDBACK_REASON = 'feedback_reason';
/** the free-text reason (a dispatching input); its block id is `feedback_reason:<answerId>` */
export const ACTION_FEEDBACK_REASON_TEXT = 'feedback_reason_text';
/** "full series and chart" under a thread-sized indicator answer; the value is the answer id */
export const ACTION_SHOW_SERIES = 'show_series';

/** The native 👍/👎 at the end of an answer. */
export function feedbackButtons(answerId: string, lang: Lang): Block {
  const L = labels(lang);
  return {
    type: 'context_actions',
    block_id: `feedback:${answerId}`,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTION_ANSWER_FEEDBACK,
        positive_button: { text: { type: 'plain_text', text: '👍' }, value: `up:${answerId}`, accessibility_label: L.feedbackPositive },
        negative_button: { text: { type: 'plain_text', text: '👎' }, value: `down:${answerId}`, accessibility_label: L.feedbackNegative },
      },
    ],
  } as Block;
}

export function parseFeedbackValue(value: string | undefined): { value: 'up' | 'down'; answerId: string } | undefined {
  const m = /^(up|down):(.+)$/.exec(value ?? '');
  return m ? { value: m[1] as 'up' | 'down', answerId: m[2]! } : undefined;
}

export const FEEDBACK_REASONS = {
  nl: { wrong: 'Klopt niet', source: 'Bron klopt niet', incomplete: 'Onvolledig', off: 'Geen antwoord op mijn vraag', long: 'Te lang of onduidelijk' },
  en: { wrong: 'Incorrect', source: 'Wrong source', incomplete: 'Incomplete', off: 'Does not answer my question', long: 'Too long or unclear' },
} as const;
export type ReasonCode = keyof (typeof FEEDBACK_REASONS)['nl'];

/** The ephemeral question after a 👎: reason buttons and a line to type in. */
export function reasonPrompt(answerId: string, lang: Lang): { text: string; blocks: Block[] } {
  const reasons = FEEDBACK_REASONS[lang === 'en' ? 'en' : 'nl'];
  const text = lang === 'en' ? 'Thanks. What was wrong with the answer?' : 'Dank je. Wat was er mis met het antwoord?';
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'actions',
        block_id: `feedback_reasons:${answerId}`,
        elements: Object.entries(reasons).map(([code, label]) => ({
          type: 'button' as const,
          action_id: `${ACTION_FEEDBACK_REASON}:${code}`,
          value: `${answerId}|${code}`,
          text: { type: 'plain_text' as const, text: label },
        })),
      },
      {
        type: 'input',
        block_id: `feedback_reason:${answerId}`,
        dispatch_action: true,
        optional: true,
        label: { type: 'plain_text', text: lang === 'en' ? 'Or say it in your own words (Enter sends)' : 'Of zeg het in je eigen woorden (Enter verstuurt)' },
        element: { type: 'plain_text_input', action_id: ACTION_FEEDBACK_REASON_TEXT, max_length: 500 },
      },
    ],
  };
}

