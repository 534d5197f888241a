// Follow-ups: the thread's history and the new question become one standalone
// question (one model call with prompts/condense.txt) before retrieval.
import { HumanMessage, type AIMessage } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import type { Turn } from '../types.ts';
import { fillTemplate } from './prompts.ts';
import { addUsage, type TokenUsage } from './usage.ts';

const MAX_TURNS = 6;
const MAX_TURN_CHARS = 600;
const MAX_QUESTION_CHARS = 500;

export function formatHistory(history: Turn[]): string {
  return history
    .slice(-MAX_TURNS)
    .map((t) => {
      const text = t.text.replace(/\s+/g, ' ').trim();
      return `${t.role === 'user' ? 'Gebruiker' : 'polderbot'}: ${text.length > MAX_TURN_CHARS ? `${text.slice(0, MAX_TURN_CHARS)} …` : text}`;
    })
    .join('\n');
}

/** The model's standalone question, or undefined when its reply is unusable. */
export function cleanCondensed(reply: string): string | undefined {
  const line = reply
    .trim()
    .replace(/^(zelfstandige vraag|standalone question)\s*:\s*/i, '')
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .trim();
  if (line.length < 3 || line.length > MAX_QUESTION_CHARS || line.includes('\n')) return undefined;
  return line;
}

/**
 * Rewrites `question` as a standalone question given `history`. Never throws:
 * on any failure (call, timeout, unusable reply) it returns the raw question.
 */
export async function condenseQuestion(args: {
  model: ChatOpenAI;
  template: string;
  history: Turn[];
  question: string;
  usage: TokenUsage;
  signal?: AbortSignal;
}): Promise<{ question: string; condensed: boolean }> {
  try {
    const prompt = fillTemplate(args.template, { history: formatHistory(args.history), question: args.question });
    const ai = (await args.model.invoke([new HumanMessage(prompt)], { signal: args.signal })) as AIMessage;
    addUsage(args.usage, ai);
    const q = cleanCondensed(ai.text);
    return q ? { question: q, condensed: true } : { question: args.question, condensed: false };
  } catch {
    return { question: args.question, condensed: false };
  }
}
