import { describe, expect, it } from 'vitest';
import { compoundParts, contentWords } from '../../src/language/analyze.ts';
import { embedLocal, LocalEmbeddings } from '../../src/search/embeddings.ts';
import { mergeNeighbours, reciprocalRankFusion } from '../../src/search/fusion.ts';
import { expandQuery, GLOSSARY } from '../../src/language/glossary.ts';
import { analyseQuery, detectLanguage } from '../../src/search/query.ts';
import type { Passage } from '../../src/search/types.ts';

describe('query analysis', () => {
  it('drops question stop words of both languages', () => {
    expect(contentWords('Wat zegt het advies van de SER over durfkapitaal?')).toEqual(['durfkapitaal']);
    expect(contentWords('What does the SER say about training?')).toEqual(['training']);
    expect(contentWords('mkb-bedrijven en R&D')).toEqual(['mkb-bedrijven', 'mkb', 'bedrijven', 'r&d']);
  });
  it('detects English', () => {
    expect(detectLanguage('What does the SER say about venture capital?')).toBe('en');
    expect(detectLanguage('Wat zegt het advies over durfkapitaal?')).toBe('nl');
  });
  it('expands English with Dutch terms, longest phrase first', () => {
    const e = expandQuery('What about venture capital for scale-ups and collective labour agreements?', 'en');
    expect(e.terms).toEqual(expect.arrayContaining(['durfkapitaal', 'risicofinanciering', 'cao']));
    expect(e.terms).not.toContain('kapitaal');
    expect(analyseQuery('Do employers invest in training for labour migrants?').lexicalText).toMatch(/arbeidsmigranten/);
  });
  it('reads a hyphenated English compound as its phrase ("human-capital"), keeping glossary phrases written with a hyphen', () => {
    expect(expandQuery('Which actions fall under the human-capital track?', 'en').terms).toEqual(expect.arrayContaining(['menselijk kapitaal', 'sporen']));
    expect(expandQuery('Funding for scale-ups?', 'en').terms).toContain('doorgroei');
  });
  it('reads a phrase through parentheses: "(working) population"', () => {
    expect(expandQuery('How to promote the health of the (working) population?', 'en').terms).toContain('beroepsbevolking');
  });
  it('Dutch synonyms: NPB ↔ National Productivity Board', () => {
    expect(expandQuery('Wat doet de NPB?', 'nl').terms).toContain('National Productivity Board');
    expect(expandQuery('de National Productivity Board', 'nl').terms).toContain('NPB');
  });
  it('a Dutch synonym inside a longer one is not expanded on its own; the same words in two groups are', () => {
    const raad = expandQuery('wie doet het werk van de nationale productiviteitsraad?', 'nl').terms;
    expect(raad).toContain('NPB');
    expect(raad).not.toContain('Den Haag'); // `nationale` (the national level) is part of the board's name here
    expect(expandQuery('de nationale overheid', 'nl').terms).toContain('Den Haag');
    // `sociale partners` stands in two groups: both count
    expect(expandQuery('wat moeten sociale partners doen?', 'nl').terms).toEqual(expect.arrayContaining(['vakbonden', 'werkgevers']));
  });
  it('reads an English term of the field in a Dutch question through the glossary, not one the Dutch text uses as it is', () => {
    expect(expandQuery('Welke bottlenecks ziet de SER bij investeringen?', 'nl').terms).toContain('knelpunten');
    const npb = expandQuery('Moet de National Productivity Board ook adviseren?', 'nl');
    expect(npb.matched).not.toContain('productivity');
    expect(npb.terms).not.toContain('productiviteit');
  });
  it('the glossary has 200+ entries of the field', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(200);
    for (const en of ['capital deepening', 'total factor productivity', 'non-compete clause', 'lifelong learning', 'capital markets union', 'pension funds', 'administrative burden'])
      expect(GLOSSARY.some((g) => g.en.includes(en)), en).toBe(true);
  });
  it('decompounds against the vocabulary', () => {
    const vocab = new Set(['arbeid', 'arbeidsproductiviteit', 'productiviteitsgroei', 'groei', 'kapitaal']);
    expect(compoundParts('arbeidsproductiviteitsgroei', vocab)).toEqual(expect.arrayContaining(['arbeidsproductiviteit', 'productiviteitsgroei', 'groei', 'arbeid']));
    expect(compoundParts('kapitaal', vocab)).toEqual([]);
  });
});

describe('local embeddings', () => {
  it('are deterministic, unit length, 512 dims, and depend on their own text only', async () => {
    const e = new LocalEmbeddings();
    const [a, b] = await e.embedDocuments(['Kapitaalverdieping met machines.', 'Kapitaalverdieping met machines.']);
    expect(a).toEqual(b);
    expect(a.length).toBe(512);
    expect(Math.abs(a.reduce((s, x) => s + x * x, 0) - 1)).toBeLessThan(1e-9);
    expect(await e.embedQuery('Kapitaalverdieping met machines.')).toEqual(a);
  });
  it('put compounds near their parts and unrelated text far', () => {
    const cos = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i], 0);
    const q = embedLocal('productiviteitsgroei');
    expect(cos(q, embedLocal('de arbeidsproductiviteitsgroei staat onder druk'))).toBeGreaterThan(cos(q, embedLocal('pensioenfondsen en beleggingsmix')) + 0.2);
  });
});

describe('fusion', () => {
  it('reciprocal rank fusion rewards agreement', () => {
    const s = reciprocalRankFusion([{ ids: ['a', 'b', 'c'] }, { ids: ['b', 'a', 'd'], weight: 2 }], 10);
    const order = [...s.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
    expect(order.slice(0, 2)).toEqual(['b', 'a']);
    expect(s.get('d')).toBeCloseTo(2 / 13);
  });
  it('merges overlapping passages of one page into the better one', () => {
    const text = 'Eén. Twee. Drie. Vier.';
    const p = (id: string, start: number, end: number, page = 1): Passage => ({ id, doc: 'd', title: 't', page, section: '', text: text.slice(start, end), start, end, score: 1 });
    const merged = mergeNeighbours([p('a', 0, 10), p('b', 5, 16), p('c', 0, 4, 2)], () => text);
    expect(merged.map((m) => m.id)).toEqual(['a', 'c']);
    expect(merged[0].text).toBe('Eén. Twee. Drie.');
  });
});

describe('glossary: absent policy topics and paraphrases', () => {
  it('maps English names of topics the advisory does not treat to their Dutch terms', () => {
    expect(expandQuery('Should the state pension age be raised?', 'en').terms).toContain('AOW');
    expect(expandQuery('What about the housing shortage?', 'en').terms).toContain('woningtekort');
    // the longer phrase still wins: pension funds are in the advisory
    expect(expandQuery('What role for pension funds?', 'en').terms).toContain('pensioenfondsen');
  });
  it('knows paraphrases of the field', () => {
    expect(expandQuery('clauses that stop employees joining a competitor', 'en').terms).toContain('concurrentiebeding');
    expect(expandQuery('small and medium-sized businesses', 'en').terms).toContain('mkb');
    expect(expandQuery('Krijgen flexwerkers scholing?', 'nl').terms).toContain('flexibele werkenden');
  });
});
