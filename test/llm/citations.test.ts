import { describe, expect, it } from 'vitest';
import { claimBefore, splitGroupedMarkers, verifyCitations, type CitationSources } from '../../src/answer/llm/citations.ts';
import { bestQuote, splitSentences } from '../../src/answer/llm/quote.ts';
import { PassageRegistry, formatPassage } from '../../src/answer/llm/passages.ts';
import { corpus, fakeIndex } from './helpers.ts';

function sources(registry: PassageRegistry, pageText = fakeIndex.pageText): CitationSources {
  return { passage: (n) => registry.get(n), pageText, url: (doc) => corpus.sources.find((s) => s.id === doc)?.url || undefined };
}
function registryOf(...ids: number[]) {
  const r = new PassageRegistry();
  for (const i of ids) r.add(corpus.passages[i]);
  return r;
}

describe('PassageRegistry', () => {
  it('numbers passages once per answer and keeps a chunk its number', () => {
    const r = new PassageRegistry();
    expect(r.add(corpus.passages[1])).toBe(1);
    expect(r.add(corpus.passages[0])).toBe(2);
    expect(r.add({ ...corpus.passages[1], score: 0.1 })).toBe(1);
    expect(r.size).toBe(2);
    expect(r.get(2)?.page).toBe(5);
    expect(r.get(3)).toBeUndefined();
  });

  it('formats [n] title, p. X, section: text on one line', () => {
    const line = formatPassage(4, { ...corpus.passages[1], text: 'Een\n\ntekst  met   witruimte.' });
    expect(line).toBe('[4] Samenwerken voor arbeidsproductiviteitsgroei (SER Briefadvies 25/04), p. 11, Veranker productiviteitsgroei in de jaarlijkse beleidscyclus: Een tekst met witruimte.');
    expect(formatPassage(1, { ...corpus.passages[1], section: '', pageEnd: 12 })).toMatch(/^\[1\] [^,]+\), pp\. 11-12: In de jaarlijkse/);
  });
});

describe('verifyCitations', () => {
  it('renumbers in order of first use and quotes the best matching passage sentence', () => {
    const r = registryOf(0, 1, 2); // [1] p5, [2] p11, [3] p3
    const v = verifyCitations('Bezuinigingen op onderwijs zijn ongelukkig [3]. Het CPB is de NPB [2]. Ook [3].', sources(r));
    expect(v.text).toBe('Bezuinigingen op onderwijs zijn ongelukkig [1]. Het CPB is de NPB [2]. Ook [1].');
    expect(v.citations.map((c) => [c.n, c.page])).toEqual([
      [1, 3],
      [2, 11],
    ]);
    expect(v.citations[0].quote).toBe('Bezuinigingen op onderwijs zijn ongelukkig en hebben negatieve gevolgen voor kansengelijkheid.');
    expect(v.citations[1].quote).toBe('Nederland heeft de rol van NPB bij het CPB neergelegd.');
    expect(v.unknown).toEqual([]);
  });

  it('removes markers naming no received passage, and splits grouped markers', () => {
    const r = registryOf(0, 1);
    const v = verifyCitations('Machines en ICT [1, 7]. Een fonds van 5 miljard [7]. De NPB [2][2].', sources(r));
    expect(v.text).toBe('Machines en ICT [1]. Een fonds van 5 miljard. De NPB [2].');
    expect(v.unknown).toEqual([7]);
    expect(v.citations).toHaveLength(2);
  });

  it('drops a citation whose passage text is not on its page', () => {
    const r = new PassageRegistry();
    r.add({ ...corpus.passages[0], text: 'Deze zin staat nergens op de pagina. Deze ook niet.' });
    const v = verifyCitations('Iets [1].', sources(r));
    expect(v.citations).toEqual([]);
    expect(v.unverified).toEqual([1]);
    expect(v.text).toBe('Iets.');
  });

  it('carries doc, title, section and the sources.yml url', () => {
    const r = registryOf(3);
    const v = verifyCitations('Er staat een injectie in dit testdocument [1].', sources(r));
    expect(v.citations[0]).toMatchObject({ n: 1, doc: 'fixture-injectie', page: 1, section: 'Testbijlage', url: 'https://example.org/testbijlage' });
    expect(v.citations[0].quote).toBe('Dit testdocument bevat een poging tot promptinjectie.');
  });

  it('does not touch text without markers', () => {
    expect(verifyCitations('Geen bron.', sources(new PassageRegistry()))).toEqual({ text: 'Geen bron.', citations: [], unknown: [], unverified: [] });
  });
});

describe('helpers', () => {
  it('splitGroupedMarkers', () => {
    expect(splitGroupedMarkers('a [1, 2; 3] b [4]')).toBe('a [1][2][3] b [4]');
  });
  it('claimBefore takes the sentence the marker closes', () => {
    const t = 'Eerste zin over iets anders. De SER wil een beleidscyclus. [1] Rest.';
    expect(claimBefore(t, t.indexOf('[1]'))).toBe('De SER wil een beleidscyclus.');
  });
  it('splitSentences keeps sentences verbatim', () => {
    expect(splitSentences('Een zin. Twee zinnen! o.a. niet splitsen. 3. Ook dit')).toEqual(['Een zin.', 'Twee zinnen! o.a. niet splitsen.', '3.', 'Ook dit']);
  });
  it('bestQuote with no page text trusts the passage; with page text it must be on the page', () => {
    expect(bestQuote('Alpha beta gamma. Delta epsilon.', 'epsilon delta', undefined)).toBe('Delta epsilon.');
    expect(bestQuote('Alpha beta gamma. Delta epsilon.', 'epsilon delta', 'Alpha beta gamma. Iets anders.')).toBe('Alpha beta gamma.');
    expect(bestQuote('Alpha beta gamma.', 'x', 'Iets anders.')).toBeUndefined();
  });
});
