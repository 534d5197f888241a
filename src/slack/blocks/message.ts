// Building blocks for Slack messages and the packing of blocks into messages
// of at most 50 blocks each.
import type { types } from '@slack/bolt';
import { BLOCKS_PER_MESSAGE, CONTEXT_ELEMENTS_MAX, CONTEXT_TEXT_MAX, FALLBACK_TEXT_MAX, SECTION_TEXT_MAX } from './limits.ts';
import { splitText, } from './split.ts';
import { truncate } from './mrkdwn.ts';

export type Block = types.KnownBlock;

/** One chat.postMessage / respond payload. */
export interface SlackMessage {
  text: string; // notification and accessibility fallback
  blocks: Block[];
}

/** Sections for a (possibly long) mrkdwn text, each within the section limit. */
export function sections(mrkdwn: string, max = SECTION_TEXT_MAX): Block[] {
  return splitText(mrkdwn, max).map((t) => ({ type: 'section', text: { type: 'mrkdwn', text: t } }));
}

/** Sections for a heading plus lines, packing lines into as few sections as fit. */
export function listSections(heading: string, lines: string[], max = SECTION_TEXT_MAX): Block[] {
  const out: string[] = [];
  let current = heading;
  for (const raw of lines) {
    for (const line of splitText(raw, max)) {
      if (current && current.length + 1 + line.length > max) {
        out.push(current);
        current = line;
      } else {
        current = current ? `${current}\n${line}` : line;
      }
    }
  }
  if (current) out.push(current);
  return out.map((t) => ({ type: 'section', text: { type: 'mrkdwn', text: t } }));
}

export function context(texts: string[]): Block | undefined {
  const elements = texts
    .filter((t) => t.trim())
    .slice(0, CONTEXT_ELEMENTS_MAX)
    .map((t) => ({ type: 'mrkdwn' as const, text: truncate(t, CONTEXT_TEXT_MAX) }));
  return elements.length ? { type: 'context', elements } : undefined;
}

/**
 * Packs blocks into messages of at most `perMessage` blocks. `tail` blocks
 * (context line, buttons) go at the end of the last message.
 */
export function packMessages(body: Block[], tail: Block[], fallback: string, continued: string, perMessage = BLOCKS_PER_MESSAGE): SlackMessage[] {
  if (tail.length >= perMessage) throw new RangeError('tail does not fit in one message');
  const all = [...body, ...tail];
  const messages: SlackMessage[] = [];
  let i = 0;
  while (i < all.length) {
    const remaining = all.length - i;
    let take = Math.min(perMessage, remaining);
    // keep the tail together in the last message
    if (remaining > perMessage && remaining - take < tail.length) take = remaining - tail.length;
    messages.push({ text: '', blocks: all.slice(i, i + take) });
    i += take;
  }
  if (!messages.length) messages.push({ text: '', blocks: [] });
  messages.forEach((m, n) => {
    m.text = n === 0 ? truncate(fallback, FALLBACK_TEXT_MAX) : continued;
  });
  return messages;
}
