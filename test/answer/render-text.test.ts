import { describe, expect, it } from 'vitest';
import { renderAnswerText } from '../../src/answer/render-text.ts';
import type { Answer } from '../../src/answer/types.ts';

describe('renderAnswerText', () => {
  it('shows the text, numbered sources with quotes, and figures with their source', () => {
    const a: Answer = {
      question: 'q',
      language: 'en',
      text: 'According to the advisory (p. 8): “…” [1]',
      answered: true,
      citations: [{ n: 1, doc: 'd', title: 'Samenwerken', page: 8, section: 'Arbeidsproductiviteit via nieuwe technologie', quote: 'Nederlandse R&D-uitgaven (2,2 procent) blijven achter.' }],
      figures: [{ label: 'R&D intensity', value: 2.2, unit: '% GDP', period: '2022', country: 'NL', source: { dataset: 'MSTI', table: 'GERD', publisher: 'OECD', url: '', retrieved: '2025-06-01' } }],
      mode: 'local',
      notes: ['LLM unavailable, local answer'],
    };
    const out = renderAnswerText(a);
    expect(out).toContain('[1] Samenwerken, p. 8 — Arbeidsproductiviteit via nieuwe technologie');
    expect(out).toContain('“Nederlandse R&D-uitgaven (2,2 procent) blijven achter.”');
    expect(out).toContain('- NL: R&D intensity: 2.2 % GDP (2022) [a]');
    expect(out).toContain('[a] OECD, MSTI (GERD), retrieved 2025-06-01');
    expect(out).toContain('(LLM unavailable, local answer)');
    expect(out.indexOf('Sources:')).toBeLessThan(out.indexOf('Figures:'));
  });

  it('keeps the line breaks of the answer text', () => {
    const a: Answer = { question: 'q', language: 'nl', text: 'Eerste regel.\n\nCijfers:\n- NL: 2,2 %', answered: true, citations: [], figures: [], mode: 'local', notes: [] };
    expect(renderAnswerText(a)).toBe('Eerste regel.\n\nCijfers:\n- NL: 2,2 %');
  });
});
