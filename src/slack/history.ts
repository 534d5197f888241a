// A thread's earlier messages as conversation turns (pure), from the messages
// conversations.replies returns: the bot's own messages are assistant turns.
import { z } from 'zod';
import { MAX_QUESTION_CHARS } from '../limits.ts';
import type { Turn } from '../answer/types.ts';

export interface ThreadMessage {
  ts?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  subtype?: string;
}

/** A message event as the DM listener reads it. */
export interface IncomingMessage extends ThreadMessage {
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  client_msg_id?: string;
}

const optionalText = z.string().optional().catch(undefined);
const IncomingMessageSchema = z.object({
  channel: z.string(),
  ts: z.string(),
  channel_type: optionalText,
  thread_ts: optionalText,
  client_msg_id: optionalText,
  user: optionalText,
  bot_id: optionalText,
  text: optionalText,
  subtype: optionalText,
});

/** A message event (any of Bolt's message kinds) read into the fields the DM listener uses; undefined without a channel and ts. */
export function readIncomingMessage(message: unknown): IncomingMessage | undefined {
  const parsed = IncomingMessageSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

/** Removes user mentions (`<@U123>`) and decodes Slack's entities. */
export function cleanMessageText(text: string): string {
  // far over the question limit: left as is (and refused as too long) rather than scanned
  if (text.length > 4 * MAX_QUESTION_CHARS) return text;
  return text
    .replace(/<@[A-Z0-9]{1,40}(\|[^<>]{0,200})?>/g, '')
    .replace(/<(https?:[^|<>]{1,4000})\|([^<>]{1,4000})>/g, '$2')
    .replace(/<(https?:[^<>]{1,4000})>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function threadToHistory(
  messages: ThreadMessage[],
  opts: { beforeTs?: string; botUserId?: string; botId?: string; maxTurns?: number; maxChars?: number } = {},
): Turn[] {
  const { maxTurns = 12, maxChars = 4000 } = opts;
  const turns: Turn[] = [];
  for (const m of messages) {
    if (opts.beforeTs && m.ts && Number(m.ts) >= Number(opts.beforeTs)) continue;
    if (m.subtype && m.subtype !== 'bot_message' && m.subtype !== 'thread_broadcast') continue;
    const text = cleanMessageText(m.text ?? '');
    if (!text) continue;
    const isBot = !!m.bot_id || (!!opts.botUserId && m.user === opts.botUserId);
    turns.push({ role: isBot ? 'assistant' : 'user', text: text.slice(0, 1500) });
  }
  const recent = turns.slice(-maxTurns);
  // keep the newest turns within the character budget
  let total = 0;
  let from = recent.length;
  while (from > 0 && total + recent[from - 1]!.text.length <= maxChars) {
    total += recent[from - 1]!.text.length;
    from--;
  }
  return recent.slice(from);
}
