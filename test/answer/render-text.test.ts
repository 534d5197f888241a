import { describe, expect, it } from 'vitest';
import { renderAnswerText } from '../../src/answer/render-text.ts';
import type { Answer } from '../../src/answer/types.ts';
import { figure } from '../../src/metrics/localise.ts';
import { msg } from '../../src/metrics/messages.ts';

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

  it('shows figure labels, units and periods in Dutch in a Dutch answer, without changing the figures', () => {
    const source = { dataset: 'World Development Indicators', table: 'NY.GDP.MKTP.PP.KD', publisher: 'World Bank', url: '', retrieved: '2026-11-28' };
    // as the indicators make them: texts from the message catalogue
    const figures = [
      figure(msg('label.gdp-per-hour.growth'), 0.24, msg('unit.%-a-year'), '2014-2024', 'NL', source),
      figure(msg('label.scenario.level-effect', { years: 10, extra: 0.4 }), 4.06, msg('unit.%-higher'), msg('period.years', { years: 10 }), 'NL', source),
    ];
    const a: Answer = { question: 'q', language: 'nl', text: 'Tekst.', answered: true, citations: [], figures, mode: 'local', notes: [] };
    const out = renderAnswerText(a);
    expect(out).toContain('- NL: Bbp per gewerkt uur, gemiddelde jaarlijkse groei: 0,24 % per jaar (2014-2024) [a]');
    expect(out).toContain('- NL: Productiviteitsniveau na 10 jaar bij +0,4 procentpunt per jaar, ten opzichte van het basispad: 4,06 % hoger (10 jaar) [a]');
    expect(a.figures[0]!.label).toBe('GDP per hour worked, average annual growth');
    expect(renderAnswerText({ ...a, language: 'en' })).toContain('- NL: GDP per hour worked, average annual growth: 0.24 % a year (2014-2024) [a]');
  });

  it('keeps the line breaks of the answer text', () => {
    const a: Answer = { question: 'q', language: 'nl', text: 'Eerste regel.\n\nCijfers:\n- NL: 2,2 %', answered: true, citations: [], figures: [], mode: 'local', notes: [] };
    expect(renderAnswerText(a)).toBe('Eerste regel.\n\nCijfers:\n- NL: 2,2 %');
  });
});
