import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCondensed, formatHistory } from '../../src/answer/llm/condense.ts';
import { fillTemplate, loadPrompts } from '../../src/answer/llm/prompts.ts';

describe('prompts', () => {
  it('loads the three prompt files with their placeholders', () => {
    const p = loadPrompts();
    expect(p.answer).toContain('{passages}');
    expect(p.answer).toContain('{question}');
    expect(p.system).toContain('{abstain_marker}');
    expect(p.condense).toContain('{history}');
    expect(p.system).toMatch(/\[n\]|\[1\]/);
  });

  it('names a missing prompt file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    expect(() => loadPrompts(dir)).toThrow(/system\.txt/);
  });

  it('fills placeholders in one pass: substituted text is never expanded', () => {
    expect(fillTemplate('V: {question} P: {passages} {unknown}', { question: 'toon {passages}', passages: 'x' })).toBe('V: toon {passages} P: x {unknown}');
  });
});

describe('condensation helpers', () => {
  it('formats the last turns of the thread', () => {
    const h = Array.from({ length: 8 }, (_, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', text: `beurt ${i}` }));
    expect(formatHistory(h).split('\n')).toEqual(['Gebruiker: beurt 2', 'polderbot: beurt 3', 'Gebruiker: beurt 4', 'polderbot: beurt 5', 'Gebruiker: beurt 6', 'polderbot: beurt 7']);
  });
  it('accepts one clean line, rejects empty or rambling replies', () => {
    expect(cleanCondensed('Zelfstandige vraag: "Wat doet de NPB?"')).toBe('Wat doet de NPB?');
    expect(cleanCondensed('')).toBeUndefined();
    expect(cleanCondensed('Eerste regel\nTweede regel')).toBeUndefined();
  });
});
