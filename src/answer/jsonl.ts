// The `ask --jsonl` line contract (the eval and our tests rely on it). Pure.
import type { Answer } from './types.ts';

export interface JsonlAnswer {
  id: unknown;
  answer: string;
  answered: boolean;
  citations: { doc: string; title: string; page: number; section: string; quote: string }[];
  figures: Answer['figures'];
  mode: Answer['mode'];
  latency_ms: number;
}

export function toJsonlAnswer(id: unknown, a: Answer, latencyMs: number): JsonlAnswer {
  return {
    id,
    answer: a.text,
    answered: a.answered,
    citations: a.citations.map((c) => ({ doc: c.doc, title: c.title, page: c.page, section: c.section, quote: c.quote })),
    figures: a.figures.map(({ msg: _messages, ...f }) => f), // the texts, without the catalogue messages behind them
    mode: a.mode,
    latency_ms: Math.round(latencyMs * 10) / 10,
  };
}

export type JsonlRequest = { ok: true; id: unknown; q: string; thread?: string } | { ok: false; id?: unknown; error: string };

/**
 * Parses one input line `{"id": ..., "q": "...", "thread"?: ...}`; never
 * throws. Lines that share a `thread` are one conversation, in order.
 */
export function parseJsonlRequest(line: string): JsonlRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const id = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line)?.[1];
    let parsedId: unknown;
    try {
      parsedId = id === undefined ? undefined : JSON.parse(id);
    } catch {
      parsedId = undefined;
    }
    return { ok: false, id: parsedId, error: `not valid JSON: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'expected an object {"id": ..., "q": "..."}' };
  const rec = value as Record<string, unknown>;
  const q = rec.q ?? rec.question;
  if (typeof q !== 'string' || !q.trim()) return { ok: false, id: rec.id, error: 'missing "q" (the question, a non-empty string)' };
  const thread = rec.thread;
  if (thread !== undefined && typeof thread !== 'string' && typeof thread !== 'number') return { ok: false, id: rec.id, error: '"thread" must be a string or a number' };
  return { ok: true, id: rec.id, q, ...(thread !== undefined ? { thread: String(thread) } : {}) };
}
