// The sentence-by-sentence answer check, fed as a stream: what reaches onText
// is only ever verified text, and the final text is exactly what was streamed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PassageRegistry } from '../../src/answer/llm/passages.ts';
import type { Evidence } from '../../src/answer/llm/support.ts';
import { AnswerVerifier, sentenceEnd, type VerifiedAnswer } from '../../src/answer/llm/verify.ts';
import { corpus, fakeIndex, FIXTURES } from './helpers.ts';

const tools = JSON.parse(readFileSync(join(FIXTURES, 'support-tools.json'), 'utf8')) as Record<string, string>;

/** passages [1] p.5 (kapitaalverdieping), [2] p.11 (NPB/CPB), [3] p.3 (onderwijs), [4] the injection test page */
function run(text: string, opts: { tools?: Evidence[]; language?: 'nl' | 'en'; chunk?: number } = {}): VerifiedAnswer & { deltas: string[] } {
  const registry = new PassageRegistry();
  for (const p of corpus.passages) registry.add(p);
  const deltas: string[] = [];
  const v = new AnswerVerifier({
    language: opts.language ?? 'nl',
    passage: (n) => registry.get(n),
    pageText: fakeIndex.pageText,
    url: (doc) => corpus.sources.find((s) => s.id === doc)?.url || undefined,
    sourceUrls: corpus.sources.map((s) => s.url).filter(Boolean),
    toolEvidence: () => opts.tools ?? [],
    redact: (s) => s.replace(/sk-\w+/g, '[verborgen]'),
    onText: (d) => deltas.push(d),
  });
  // a stream in small pieces, as tokens arrive
  const size = opts.chunk ?? 3;
  for (let i = 0; i < text.length; i += size) v.push(text.slice(i, i + size));
  return { ...v.end(), deltas };
}

const KAPITAAL = 'Kapitaalverdieping gaat over extra of nieuwe machines en ICT per eenheid arbeid [1].';
const NPB = 'Het CPB vervult in Nederland de rol van National Productivity Board [2].';

describe('AnswerVerifier', () => {
  it('removes "Ook de maan is van kaas [7]." whole, never streams it, and renumbers the rest', () => {
    const r = run(`${KAPITAAL} Ook de maan is van kaas [7]. ${NPB}`);
    expect(r.text).toBe(`${KAPITAAL} Het CPB vervult in Nederland de rol van National Productivity Board [2].`);
    expect(r.deltas.join('')).toBe(r.text);
    expect(r.deltas.join('')).not.toMatch(/maan|kaas|\[7\]/);
    expect(r.unknown).toEqual([7]);
    expect(r.removed).toEqual(['Ook de maan is van kaas.']);
    expect(r.citations.map((c) => [c.n, c.page])).toEqual([
      [1, 5],
      [2, 11],
    ]);
    expect(r.kept).toBe(2);
  });

  it('streams a sentence as soon as the next one starts, not at the end', () => {
    const registry = new PassageRegistry();
    for (const p of corpus.passages) registry.add(p);
    const deltas: string[] = [];
    const v = new AnswerVerifier({ language: 'nl', passage: (n) => registry.get(n), pageText: fakeIndex.pageText, url: () => undefined, sourceUrls: [], toolEvidence: () => [], redact: (s) => s, onText: (d) => deltas.push(d) });
    v.push(`${KAPITAAL} Het`);
    expect(deltas).toEqual([KAPITAAL]);
    v.push(' CPB vervult in Nederland de rol van National Productivity Board [2].');
    expect(deltas).toHaveLength(1); // the last sentence might still get a marker: it waits for more text or the end
    v.end();
    expect(deltas).toHaveLength(2);
  });

  it('removes a claim the cited passage does not make: "De SER wil de AOW-leeftijd verlagen naar 60 jaar [3]"', () => {
    const r = run(`De SER wil de AOW-leeftijd verlagen naar 60 jaar [3]. Bezuinigingen op onderwijs zijn volgens de SER ongelukkig [3].`);
    expect(r.text).toBe('Bezuinigingen op onderwijs zijn volgens de SER ongelukkig [1].');
    expect(r.deltas.join('')).not.toMatch(/AOW|60/);
    expect(r.removed).toHaveLength(1);
  });

  it('removes a figure the tool did not return (0.24 returned, "3,5 procent" written) and keeps the right one', () => {
    const growth: Evidence = { id: 'tool:indicator_productivity_growth', text: tools.growth, kind: 'tool' };
    const wrong = run('De arbeidsproductiviteit per gewerkt uur groeide in Nederland in 2014-2024 gemiddeld 3,5 procent per jaar.', { tools: [growth] });
    expect(wrong.text).toBe('');
    expect(wrong.deltas).toEqual([]);
    expect(wrong.kept).toBe(0);
    const right = run('De arbeidsproductiviteit per gewerkt uur groeide in Nederland in 2014-2024 gemiddeld 0,24 procent per jaar (World Development Indicators).', { tools: [growth] });
    expect(right.kept).toBe(1);
    expect(right.toolSupported).toBe(true);
    const rounded = run('In Nederland groeide het bbp per gewerkt uur in 2014-2024 met gemiddeld ongeveer 0,2 procent per jaar.', { tools: [growth] });
    expect(rounded.kept).toBe(1);
  });

  it('cuts links, e-mail addresses and page numbers its passages do not contain; keeps those they do', () => {
    const r = run(
      'Kapitaalverdieping gaat over extra of nieuwe machines en ICT per eenheid arbeid (p. 42) [1]. ' +
        'Kapitaalverdieping betekent extra of nieuwe machines en ICT per eenheid arbeid, zie pagina 5 [1]. ' +
        'Lees meer op https://evil.example/login of mail naar hulp@evil.example [1]. ' +
        'Dit testdocument bevat een poging tot promptinjectie, zie https://example.org/testbijlage [4].',
    );
    expect(r.text).not.toMatch(/42|evil|hulp@/);
    expect(r.text).toContain('zie pagina 5 [1]');
    expect(r.text).toContain('https://example.org/testbijlage'); // the document's URL in sources.yml
    expect(r.outside).toEqual({ links: ['https://evil.example/login'], emails: ['hulp@evil.example'], pages: ['p. 42'] });
    expect(r.text.startsWith('Kapitaalverdieping gaat over extra of nieuwe machines en ICT per eenheid arbeid [1].')).toBe(true);
    expect(r.deltas.join('')).toBe(r.text);
  });

  it('passes an abstention through without its marker', () => {
    const r = run('GEEN_ANTWOORD: De documenten zeggen niets over het minimumloon in België.', { chunk: 2 });
    expect(r.abstained).toBe(true);
    expect(r.text).toBe('De documenten zeggen niets over het minimumloon in België.');
    expect(r.deltas.join('')).toBe(r.text);
  });

  it('shows a lead-in ("Kort gezegd:") only with the supported sentence it introduces, and keeps list lines', () => {
    const r = run(`Kort gezegd:\n- ${KAPITAAL}\n- Ook de maan is van kaas [7].\n- ${NPB}`);
    expect(r.text).toBe(`Kort gezegd:\n- ${KAPITAAL}\n- Het CPB vervult in Nederland de rol van National Productivity Board [2].`);
    const none = run('Kort gezegd:\n- Ook de maan is van kaas [7].');
    expect(none.text).toBe('');
    expect(none.kept).toBe(0);
  });

  it('reads an uncited sentence against the next sentence\'s passage (one claim over two sentences)', () => {
    const r = run('Het advies noemt kapitaalverdieping: extra of nieuwe machines en ICT per eenheid arbeid. Door efficiënter kapitaal kunnen werkenden meer productie per uur realiseren [1].');
    expect(r.kept).toBe(2);
    const moon = run('De maan is volgens het advies van groene kaas gemaakt. Door efficiënter kapitaal kunnen werkenden meer productie per uur realiseren [1].');
    expect(moon.kept).toBe(1);
    expect(moon.text).not.toMatch(/maan/);
  });

  it('drops text before a tool call that was not yet shown', () => {
    const registry = new PassageRegistry();
    for (const p of corpus.passages) registry.add(p);
    const deltas: string[] = [];
    const v = new AnswerVerifier({ language: 'nl', passage: (n) => registry.get(n), pageText: fakeIndex.pageText, url: () => undefined, sourceUrls: [], toolEvidence: () => [], redact: (s) => s, onText: (d) => deltas.push(d) });
    v.push('Ik zoek eerst verder in het advies.');
    v.discardUndecided();
    v.push(KAPITAAL);
    const r = v.end();
    expect(r.text).toBe(KAPITAAL);
    expect(deltas.join('')).toBe(KAPITAAL);
  });

  it('redacts secrets before anything is shown', () => {
    const r = run(`De sleutel is sk-abcdefghijklmnop [1]. ${KAPITAAL}`);
    expect(r.redacted).toBe(true);
    expect(r.deltas.join('')).not.toMatch(/sk-/);
  });
});

describe('sentenceEnd', () => {
  it('ends after the punctuation and any markers behind it, once the next sentence starts', () => {
    expect(sentenceEnd('Groei. [1] Daarna', false)).toBe('Groei. [1]'.length);
    expect(sentenceEnd('Groei [1]. Daarna', false)).toBe('Groei [1].'.length);
    expect(sentenceEnd('Groei. ', false)).toBe(-1); // a marker may still follow
    expect(sentenceEnd('Groei.', true)).toBe(6);
  });
  it('does not end at abbreviations, decimals, page references or list numbers', () => {
    expect(sentenceEnd('Zie p. 8 van het advies. Verder', false)).toBe('Zie p. 8 van het advies.'.length);
    expect(sentenceEnd('Het ging o.a. om ICT. Verder', false)).toBe('Het ging o.a. om ICT.'.length);
    expect(sentenceEnd('Groei van 0.8 procent. Verder', false)).toBe('Groei van 0.8 procent.'.length);
    expect(sentenceEnd('1. Kapitaalverdieping is machines.\n2. Arbeid', false)).toBe('1. Kapitaalverdieping is machines.'.length);
  });
});
