import { describe, expect, it } from 'vitest';
import { parseJsonlRequest, toJsonlAnswer } from '../../src/answer/jsonl.ts';
import type { Answer } from '../../src/answer/types.ts';

describe('jsonl contract', () => {
  it('parses requests and reports bad lines with their id', () => {
    expect(parseJsonlRequest('{"id":"d01","q":"Wat?"}')).toEqual({ ok: true, id: 'd01', q: 'Wat?' });
    expect(parseJsonlRequest('{"id":7,"q":""}')).toMatchObject({ ok: false, id: 7 });
    expect(parseJsonlRequest('{"id":"x9","q":"Wat')).toMatchObject({ ok: false, id: 'x9' });
    expect(parseJsonlRequest('[1,2]')).toMatchObject({ ok: false });
    expect(parseJsonlRequest('nonsense')).toMatchObject({ ok: false, id: undefined });
  });

  it('writes exactly the contract fields', () => {
    const a: Answer = {
      question: 'q',
      language: 'nl',
      text: 'Het advies zegt (p. 3): “x” [1]',
      answered: true,
      citations: [{ n: 1, doc: 'd', title: 'T', page: 3, section: 'S', quote: 'x', url: 'u' }],
      figures: [],
      mode: 'local',
      notes: [],
      latencyMs: 3,
    };
    const line = toJsonlAnswer('d01', a, 12.345);
    expect(Object.keys(line).sort()).toEqual(['answer', 'answered', 'citations', 'figures', 'id', 'latency_ms', 'mode']);
    expect(line.citations).toEqual([{ doc: 'd', title: 'T', page: 3, section: 'S', quote: 'x' }]);
    expect(line.latency_ms).toBe(12.3);
  });
});
