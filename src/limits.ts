// Input limits shared by every surface (Slack, `ask`, `ask --jsonl`, chat).

/** Slack's own limit on a message's text; a longer question is refused with a clear message. */
export const MAX_QUESTION_CHARS = 40_000;

/** The message for a question over the limit, in the terminal's words. */
export function questionTooLongMessage(chars: number): string {
  return `question too long: ${chars.toLocaleString('en')} characters (the limit is ${MAX_QUESTION_CHARS.toLocaleString('en')}, Slack's message limit)`;
}
