import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalAnswerer, type LocalAnswererDeps } from '../../src/answer/local.ts';
import { buildTermStats } from '../../src/answer/term-stats.ts';
import type { Figure } from '../../src/metrics/types.ts';
import { buildFakeIndex, DOC, TITLE, type FakeIndex } from './fake-index.ts';

let idx: FakeIndex;
let deps: LocalAnswererDeps;
const figure: Figure = {
  label: 'R&D-uitgaven, % bbp',
  value: 2.2,
  unit: '%',
  period: '2022',
  country: 'NL',
  source: { dataset: 'MSTI', table: 'GERD', publisher: 'OECD', url: 'https://example.org', retrieved: '2025-01-01' },
};

beforeAll(() => {
  idx = buildFakeIndex();
  deps = {
    retriever: idx.retriever,
    stats: buildTermStats(idx.chunks),
    pageText: idx.pageText,
    docInfo: (d) => (d === DOC ? { title: TITLE, kind: 'advisory' } : undefined),
  };
});

describe('local answerer', () => {
  it('answers from the corpus in local mode with language and latency', async () => {
    const a = await createLocalAnswerer(deps).ask('Wat vindt de SER van het concurrentiebeding?');
    expect(a).toMatchObject({ mode: 'local', language: 'nl', answered: true, figures: [], notes: [] });
    expect(a.citations[0]!.page).toBe(10);
    expect(a.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('lets the indicator route answer with figures, citing a supporting passage when there is one', async () => {
    const asked: string[] = [];
    const answerer = createLocalAnswerer({
      ...deps,
      indicatorRoute: async (intent, lang) => {
        asked.push(`${lang}:${intent.id}`);
        return intent.id === 'rd-intensity' ? { text: 'De R&D-intensiteit van Nederland is 2,2 % (OESO).', figures: [figure] } : null;
      },
    });
    const a = await answerer.ask('Hoeveel procent van het bbp geeft Nederland uit aan R&D?');
    expect(a.figures).toEqual([figure]);
    expect(a.text).toMatch(/^De R&D-intensiteit/);
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.page).toBe(8);
    expect(a.citations[0]?.n).toBe(1);
    // the backing passage is quoted: its sentence with a figure, verbatim
    expect(a.text).toMatch(/\nHet advies \(p\. 8\) \[1\]: “[^”]*\d[^”]*”$/);
    expect(a.citations[0]!.quote.replace(/\s+/g, ' ')).toContain(/“([^”]*)”$/.exec(a.text)![1]!);
    // a route text with its own numbered sources: corpus citations continue after them
    const numbered = createLocalAnswerer({ ...deps, indicatorRoute: async () => ({ text: 'R&D 2,2 % [1]\nBronnen:\n[1] OESO\n[2] CBS', figures: [figure] }) });
    const n = await numbered.ask('Hoeveel procent van het bbp geeft Nederland uit aan R&D?');
    expect(n.citations[0]?.n).toBe(3);
    expect(n.text).toMatch(/\nHet advies \(p\. 8\) \[3\]: “/);
    const b = await answerer.ask('Wat vindt de SER van het concurrentiebeding?');
    expect(b.figures).toEqual([]);
    // the route is asked only for a question whose reading found an indicator intent
    expect(asked).toEqual(['nl:rd-intensity']);
  });

  it('does not ask the indicator route for a reason: figures say how much, not why', async () => {
    const asked: string[] = [];
    const answerer = createLocalAnswerer({
      ...deps,
      indicatorRoute: async (intent) => {
        asked.push(intent.id);
        return { text: 'R&D 2,2 % [1]', figures: [figure] };
      },
    });
    const history = [
      { role: 'user' as const, text: 'Hoeveel procent van het bbp geeft Nederland uit aan R&D?' },
      { role: 'assistant' as const, text: 'R&D 2,2 % [1]' },
    ];
    const why = await answerer.ask('hoe komt het dat we achterblijven?', { history });
    expect(asked).toEqual([]);
    expect(why.figures).toEqual([]);
    await answerer.ask('Hoeveel procent van het bbp geeft Nederland uit aan R&D?');
    expect(asked.length).toBe(1);
  });

  it('survives a failing route and logs it', async () => {
    const lines: string[] = [];
    const answerer = createLocalAnswerer({
      ...deps,
      log: (l) => lines.push(l),
      indicatorRoute: async () => {
        throw new Error('snapshot missing');
      },
      recommendationRoute: async () => {
        throw new Error('db locked');
      },
    });
    const a = await answerer.ask('Hoeveel procent van het bbp geeft Nederland uit aan R&D?');
    expect(a.answered).toBe(true);
    expect(lines.join('\n')).toMatch(/indicator route failed: snapshot missing/);
    expect(lines.join('\n')).toMatch(/recommendation route failed: db locked/);
  });

  it('hands recommendation questions to that route when it answers', async () => {
    const answerer = createLocalAnswerer({ ...deps, recommendationRoute: async (read) => (/status/.test(read.searchText) ? { text: 'Status: open', citations: [] } : null) });
    expect((await answerer.ask('Wat is de status van de aanbevelingen?')).text).toBe('Status: open');
    expect((await answerer.ask('Wat vindt de SER van het concurrentiebeding?')).text).not.toBe('Status: open');
  });

  it('answers the second part of a question in two after the first, when the text answers it right after', async () => {
    const answerer = createLocalAnswerer(deps);
    const a = await answerer.ask('Waarom steken vooral kleine werkgevers weinig geld in algemene scholing van hun personeel, en welke oplossing ondersteunt de SER?');
    expect(a.text).toContain('concurrent');
    expect(a.text).toMatch(/ Ook \(p\. 7\): “[^”]*leerrechten[^”]*” \[\d\]/);
    const n = Number(/leerrechten[^”]*” \[(\d)\]/.exec(a.text)![1]);
    expect(a.citations[n - 1]!.quote).toContain('leerrechten');
    // the first part asked alone gets the first quote only
    const first = await answerer.ask('Waarom steken vooral kleine werkgevers weinig geld in algemene scholing van hun personeel?');
    expect(first.text).not.toContain('leerrechten');
  });

  it('gives a short follow-up the context of the previous question', async () => {
    const history = [
      { role: 'user' as const, text: 'Wat zegt het advies over de registratielast bij verpleegkundigen?' },
      { role: 'assistant' as const, text: '…' },
    ];
    const a = await createLocalAnswerer(deps).ask('hoeveel procent?', { history });
    expect(a.question).toBe('hoeveel procent?');
    expect(a.reading?.followUp).toBe(true);
    expect(a.reading?.searchText).toContain('registratielast');
    expect((await createLocalAnswerer(deps).ask('Wat vindt de SER van het concurrentiebeding bij nieuwe bedrijven?', { history })).reading?.followUp).toBe(false);
    expect(a.citations[0]!.page).toBe(7);
  });

  it('answers a follow-up about the previous answer beside that answer, not with it again', async () => {
    const answerer = createLocalAnswerer(deps);
    const first = await answerer.ask('Wat vindt de SER van het concurrentiebeding?');
    expect(first.text).toMatch(/“Beperk het beroep op het concurrentiebeding/);
    const history = [
      { role: 'user' as const, text: first.question },
      { role: 'assistant' as const, text: first.text },
    ];
    const why = await answerer.ask('waarom?', { history });
    expect(why.reading?.pointer).toBe(true);
    // the reason is the sentence after the recommendation ("Dit bevordert de mobiliteit …"), quoted without the recommendation
    expect(why.text).toMatch(/\(p\. 10\): “Dit bevordert de mobiliteit op de arbeidsmarkt/);
    expect(why.text).not.toMatch(/Beperk het beroep/);
    // a follow-up that stands on its own is not read beside the previous answer
    const other = await answerer.ask('Wat vindt de SER van pensioenfondsen en mkb-financiering?', { history });
    expect(other.reading?.pointer).toBeUndefined();
  });

  it('brings in the passages of a follow-up’s own topic when the conversation’s passages lack it', async () => {
    const chunk = (id: string) => idx.chunks.find((c) => c.id === `${DOC}:${id}`)!;
    const turn = 'En zien ze ook een rol voor pensioenfondsen?';
    // retrieval for the conversation finds the scale-ups' money (p. 6); for the turn alone, the pension funds (p. 10)
    const asked: string[] = [];
    const retriever = {
      retrieve: async (q: string) => {
        asked.push(q);
        return (q === turn ? [chunk('10:1')] : [chunk('6:1'), chunk('6:2')]).map((c, i) => ({ ...c, score: 1 - i / 10 }));
      },
    };
    const history = [
      { role: 'user' as const, text: 'Hoe komen innovatieve scale-ups aan durfkapitaal?' },
      { role: 'assistant' as const, text: 'Het advies zegt (p. 6): “Innovatieve scale-ups kunnen in Nederland moeilijker aan voldoende durfkapitaal komen.” [1]' },
    ];
    const a = await createLocalAnswerer({ ...deps, retriever }).ask(turn, { history });
    expect(a.reading?.followUp).toBe(true);
    expect(asked).toContain(turn);
    expect(a.citations[0]!.page).toBe(10);
    expect(a.text).toMatch(/pensioenfondsen/);
    // a turn whose topic the conversation's passages hold asks once
    asked.length = 0;
    await createLocalAnswerer({ ...deps, retriever }).ask('En de financiering voor het mkb?', { history });
    expect(asked).toHaveLength(1);
    // and a turn that points back while it names a topic of its own ("wat is dat werkcentrum dan", "en die pensioenfondsen?")
    // asks for it too (it had been answered from the conversation's passages alone)
    asked.length = 0;
    const pointing = 'en die pensioenfondsen, wat moeten die dan?';
    const b = await createLocalAnswerer({ ...deps, retriever: { retrieve: async (q: string) => (asked.push(q), (q === pointing ? [chunk('10:1')] : [chunk('6:1'), chunk('6:2')]).map((c, i) => ({ ...c, score: 1 - i / 10 }))) } }).ask(pointing, { history });
    expect(b.reading?.pointer).toBe(true);
    expect(asked).toContain(pointing);
    expect(b.citations[0]!.page).toBe(10);
  });

  it('weighs the passages around the previous quote, which retrieval need not find again', async () => {
    const chunk = (id: string) => idx.chunks.find((c) => c.id === `${DOC}:${id}`)!;
    // retrieval finds the paragraph before the quote and a recommendation, not the quote's own chunk
    const found = [chunk('7:2'), chunk('9:0')].map((c, i) => ({ ...c, score: 1 - i / 10 }));
    const local = { ...deps, retriever: { retrieve: async () => found } };
    const pageChunks = (doc: string, page: number) => idx.chunks.filter((c) => c.doc === doc && c.page === page);
    const history = [
      { role: 'user' as const, text: 'Hoeveel tijd kwijt verpleegkundigen aan registratie?' },
      { role: 'assistant' as const, text: 'Het advies zegt (p. 7): “Er is ook een hardnekkig hoge administratieve lastendruk in de publieke sectoren: zo bedraagt de registratielast bij verpleegkundigen nog steeds 40 procent van de werktijd.” [1]' },
    ];
    const asked = 'waarom maakt dat het werk minder productief?';
    const why = await createLocalAnswerer({ ...local, advisory: DOC, pageChunks }).ask(asked, { history });
    expect(why.text).toMatch(/\(p\. 7\): “(?:Ten slotte wordt werk niet productiever met veel regeldruk\. )?Onnodig hoge compliance/);
    // without them the reason is not among the candidates
    expect((await createLocalAnswerer(local).ask(asked, { history })).text).not.toMatch(/compliance/);
  });

  it('reads on from the chunk that holds most of the quote, where chunks overlap, over the page break', async () => {
    const base = { doc: DOC, title: TITLE, section: 'Arbeidsproductiviteit door hogere kwaliteit van werk' };
    const opening = 'Ook om- en bijscholing zijn belangrijk voor een productieve arbeidsmarkt.';
    const rest = ' Vooral kleinere werkgevers hebben echter te weinig prikkels om te investeren in de generieke kennis van hun werknemers.';
    // the quote's opening stands at the end of one chunk and at the start of the next, which runs to the page's end
    const before = { ...base, id: `${DOC}:6:0`, page: 6, start: 0, end: 120, text: `Van alle factoren lijkt beter onderwijs de belangrijkste. ${opening}` };
    const holding = { ...base, id: `${DOC}:6:1`, page: 6, start: 58, end: 250, text: `${opening}${rest}` };
    const after = { ...base, id: `${DOC}:7:0`, page: 7, start: 0, end: 140, text: 'Dit vraagt om middelen voor werkenden om te investeren die los staan van de huidige betrekking: een systeem van leerrechten.' };
    const pageChunks = (doc: string, page: number) => (doc !== DOC ? [] : page === 6 ? [before, holding] : page === 7 ? [after] : []);
    const other = idx.chunks.find((c) => c.id === `${DOC}:9:0`)!;
    const pageText = (doc: string, page: number) => (doc !== DOC ? undefined : page === 6 ? `${before.text}${rest}` : page === 7 ? after.text : idx.pageText(doc, page));
    const local = { ...deps, advisory: DOC, pageChunks, pageText, retriever: { retrieve: async () => [{ ...other, score: 1 }] } };
    const history = [
      { role: 'user' as const, text: 'Zegt de SER iets over kleinere werkgevers en scholing?' },
      { role: 'assistant' as const, text: `Het advies zegt (pp. 6-7): “${opening}${rest}” [1]` },
    ];
    let candidates: { text: string }[] = [];
    await createLocalAnswerer(local).ask('Wat is dan hun oplossing daarvoor?', { history, onCandidates: (c) => (candidates = c) });
    expect(candidates.some((c) => c.text.includes('leerrechten'))).toBe(true);
  });
});
