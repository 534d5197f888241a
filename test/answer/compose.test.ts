import { beforeAll, describe, expect, it } from 'vitest';
import { bodiesNamed, composeAnswer, countIn, locateQuote, RANK_FOLLOW_UP_WEIGHTS, RANK_WEIGHTS, rankScore, type ComposeInput, type RankCandidate } from '../../src/answer/compose.ts';
import { buildTermStats, type TermStats } from '../../src/answer/term-stats.ts';
import { detectLanguage } from '../../src/language/detect.ts';
import { analyseQuestion } from '../../src/language/question.ts';
import { stem } from '../../src/language/terms.ts';
import { glossaryPhrases } from '../../src/language/glossary.ts';
import type { Passage } from '../../src/search/types.ts';
import { buildFakeIndex, DOC, TITLE, type FakeIndex } from './fake-index.ts';
import { ABSTAIN_MODEL } from '../../src/answer/abstain.ts';

let idx: FakeIndex;
let stats: TermStats;
const docInfo = (doc: string) => (doc === DOC ? { title: TITLE, kind: 'advisory', url: 'https://example.org/ser.pdf' } : undefined);

async function compose(question: string, extra: Partial<ComposeInput> = {}) {
  const passages = await idx.retriever.retrieve(question, { k: 8 });
  return composeAnswer({ question, language: detectLanguage(question), passages, stats, pageText: idx.pageText, docInfo, ...extra });
}

/** composeAnswer over a few passages of one's own, each page's text its passage's, with the reading given. */
function onPassages(ps: Passage[], question: string, read: NonNullable<ComposeInput['read']>, extra: Partial<ComposeInput> = {}) {
  return composeAnswer({ question, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: (_doc, page) => ps.find((p) => p.page === page)?.text, docInfo, read, ...extra });
}

beforeAll(() => {
  idx = buildFakeIndex();
  stats = buildTermStats(idx.chunks);
});

const QUESTIONS = [
  'Wat vindt de SER van bezuinigingen op onderwijs?',
  'Waarom is gezondheid belangrijk voor de kwaliteit van menselijk kapitaal?',
  'Hoe groot is de registratielast bij verpleegkundigen?',
  'Wat vindt de SER van het concurrentiebeding?',
  'What does the advisory say about PISA scores?',
  'How does the advisory describe total factor productivity?',
];

describe('composeAnswer', () => {
  it.each(QUESTIONS)('quotes verbatim text of the cited page: %s', async (q) => {
    const a = await compose(q);
    expect(a.answered).toBe(true);
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) {
      expect(idx.pageText(c.doc, c.page)).toContain(c.quote);
      expect(c).toMatchObject({ doc: DOC, title: TITLE, url: 'https://example.org/ser.pdf' });
    }
    // numbered in order, one citation per page
    expect(a.citations.map((c) => c.n)).toEqual(a.citations.map((_, i) => i + 1));
    expect(new Set(a.citations.map((c) => c.page)).size).toBe(a.citations.length);
    expect(a.text).toContain('[1]');
    expect(a.text.length).toBeLessThan(700);
  });

  it('frames the answer in the question language and quotes the Dutch sentence', async () => {
    const nl = await compose('Wat vindt de SER van bezuinigingen op onderwijs?');
    expect(nl.text).toMatch(/^Het advies zegt \(p\. 3\): “/);
    expect(nl.text).toContain('kansengelijkheid');
    expect(nl.citations[0]!.page).toBe(3);
    const en = await compose('What does the advisory say about PISA scores?');
    expect(en.text).toMatch(/^According to the advisory \(p\. \d+\): “/);
    expect(en.text).toMatch(/PISA/);
  });

  it("answers which chapters the document has from its table of contents, not for another document", () => {
    const toc = 'Inhoud\nAdvies op hoofdlijnen 3\nOplossingsrichtingen voor sociale partners en kabinet 9';
    const ps: Passage[] = [{ id: `${DOC}:3:0`, doc: DOC, title: TITLE, page: 3, section: 'Advies op hoofdlijnen', text: 'Het advies op hoofdlijnen gaat over productiviteit.', start: 0, end: 50, score: 1 }];
    const ask = (q: string) => composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: (_doc, p) => (p === 2 ? toc : p === 3 ? ps[0]!.text : undefined), docInfo });
    const a = ask('Uit welke hoofdstukken bestaat het advies?');
    expect(a.text).toBe('De inhoudsopgave van het advies (p. 2) [1]:\n• Advies op hoofdlijnen (p. 3)\n• Oplossingsrichtingen voor sociale partners en kabinet (p. 9)');
    expect(a.citations[0]).toMatchObject({ page: 2, quote: toc });
    expect(ask('Welke hoofdstukken van het Draghi-rapport noemt het advies?').text).not.toMatch(/inhoudsopgave/);
  });

  it('answers which committee prepared the document from its table of contents, not a committee the text cites', () => {
    const toc = 'Inhoud\nAdvies op hoofdlijnen 3\nSamenstelling commissie Sociaal-Economische\nAangelegenheden 12\nColofon 16';
    const ps: Passage[] = [{ id: `${DOC}:7:0`, doc: DOC, title: TITLE, page: 7, section: 'Arbeid', text: 'De SER en de Commissie Regulering van Werk onderschrijven een systeem van leerrechten.', start: 0, end: 80, score: 1 }];
    const ask = (q: string, language: 'nl' | 'en' = 'nl') =>
      composeAnswer({ question: q, language, passages: ps, stats: buildTermStats(ps), pageText: (_doc, p) => (p === 2 ? toc : p === 7 ? ps[0]!.text : undefined), docInfo });
    const a = ask('Welke SER-commissie heeft dit briefadvies voorbereid?');
    expect(a.text).toBe('De inhoudsopgave (p. 2) noemt de commissie: “Samenstelling commissie Sociaal-Economische Aangelegenheden” (p. 12) [1].');
    expect(a.citations[0]).toMatchObject({ page: 2, quote: toc });
    expect(ask('Which committee drafted this advisory?', 'en').text).toMatch(/^The table of contents \(p\. 2\) names the committee: “Samenstelling commissie/);
    expect(ask('Welk systeem onderschrijven de SER en de Commissie Regulering van Werk?').text).not.toMatch(/inhoudsopgave/);
    expect(ask('Welke andere commissie staat volgens het advies ook achter een stelsel van leerrechten?').text).not.toMatch(/inhoudsopgave/);
    expect(ask('welke SER-commissie zat erachter?').text).toMatch(/^De inhoudsopgave/);
    // and whether it has an overview of who sat on it (the page the contents names has one)
    expect(ask('Is there an overview somewhere in the advice of who sat on the committee that drafted it?', 'en').text).toMatch(/^The table of contents/);
    // and of which committee the composition is given
    expect(ask('Van welke SER-commissie wordt de samenstelling in dit stuk opgenomen?').text).toMatch(/^De inhoudsopgave/);
    expect(ask('In the table of contents, the composition of which SER committee is announced?', 'en').text).toMatch(/^The table of contents/);
    // who chaired it is not in the table of contents
    expect(ask('Wie was de voorzitter van de commissie die dit advies heeft voorbereid?').text).not.toMatch(/inhoudsopgave/);
  });

  it('abstains on how someone responded to this advisory, which comes after it', async () => {
    const q = 'Hoe heeft het kabinet formeel gereageerd op dit briefadvies van de SER?';
    expect((await compose(q)).answered).toBe(false);
  });

  it('answers when the document came out from the date on its cover', async () => {
    const nl = await compose('Wanneer is het briefadvies over arbeidsproductiviteit verschenen?');
    expect(nl.text).toMatch(/^juni 2025\. Het advies zegt \(p\. 1\): “.*Briefadvies 25\/04 \| juni 2025” \[1\]/);
    expect(nl.citations[0]).toMatchObject({ page: 1, doc: DOC });
    expect(idx.pageText(DOC, 1)).toContain(nl.citations[0]!.quote);
    const en = await compose('When was the advisory published?');
    expect(en.text).toMatch(/^juni 2025\. According to the advisory \(p\. 1\)/);
    // "van wanneer is …", "… dateert", and a publication date asked with something else
    for (const q of ['Van wanneer is het briefadvies?', 'Van wanneer dateert het SER-briefadvies?', 'When did the SER advice on labour productivity come out?',
      // ("letter advice" is English for briefadvies: this document, not a letter it discusses)
      'When was this SER letter advice on productivity released (month and year)?'])
      expect((await compose(q)).text, q).toMatch(/^juni 2025\./);
    // its number, asked with or without its date, from the same cover line, the number first
    // ("the SER letter" is this document: a briefadvies is a letter of advice)
    for (const q of ["What's the number and publication date of this advisory?", 'Welk briefadviesnummer en welke maand/jaar staat erop?', "what's the number of the SER letter on productivity growth through cooperation, and which month/year was it published?", "What's the official number and release month of this SER advisory?"])
      expect((await compose(q)).text, q).toMatch(/^Briefadvies 25\/04, juni 2025\./);
    // (not a number the advice gives, nor the cabinet's letter)
    expect((await compose('What number of regions did the analysis in the advice cover?')).text).not.toMatch(/^Briefadvies 25\/04/);
    expect((await compose('Wat schrijft het kabinet in zijn brief over de productiviteitsagenda?')).text).not.toMatch(/juni 2025\./);
    // a question about when another document came out is answered from the text, not from this one's cover
    expect((await compose('Wanneer is de Kamerbrief over het advies gepubliceerd?')).text).not.toMatch(/^juni 2025/);
    // so is an advice named by its title, unless the title is this advisory's own
    expect((await compose('Wanneer heeft de SER dat advies Waardevol werk precies uitgebracht?')).text).not.toMatch(/^juni 2025/);
    expect((await compose("When did the SER publish its advisory 'Samenwerken voor arbeidsproductiviteitsgroei'?")).text).toMatch(/^juni 2025\./);
  });

  it('puts the best page first', async () => {
    expect((await compose('Hoe groot is de registratielast bij verpleegkundigen?')).citations[0]!.page).toBe(7);
    expect((await compose('Wat vindt de SER van het concurrentiebeding?')).citations[0]!.page).toBe(10);
  });

  it('uses the glossary to answer English questions against the Dutch text', async () => {
    const q = 'What does the SER say about venture capital for scale-ups?';
    const a = await compose(q, { expand: () => [{ phrase: 'venture capital', terms: ['durfkapitaal', 'risicofinanciering'] }] });
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.page).toBe(6);
    expect([a.text, ...a.citations.map((c) => c.quote)].join(' ')).toContain('durfkapitaal');
  });

  it('cites the page a sentence is on when a passage spans two pages', () => {
    const p4 = 'Eerste pagina eindigt met deze zin over loongroei en productiviteit.';
    const p5 = 'De tweede pagina begint met een zin over kapitaalverdieping en machines.';
    const pages: Record<number, string> = { 4: `Kop\n${p4}`, 5: `${p5}\nMeer tekst.` };
    const passage: Passage = { id: 'x:4:0', doc: 'x', title: 'X', page: 4, pageEnd: 5, section: 'S', text: `${p4}\n${p5}`, start: 4, end: 20, score: 1 };
    const a = composeAnswer({
      question: 'Wat zegt het advies over kapitaalverdieping en machines?',
      language: 'nl',
      passages: [passage],
      stats: buildTermStats([{ text: p4 }, { text: p5 }, { text: 'iets anders' }]),
      pageText: (_d, p) => pages[p],
      docInfo: () => ({ title: 'X', kind: 'report' }),
    });
    expect(a.answered).toBe(true);
    expect(a.citations[0]).toMatchObject({ page: 5, quote: p5 });
    expect(a.text).toMatch(/^Volgens X \(p\. 5, onder ‘S’\)/);
  });

  it('reads an English document with the English stemmer and names it', () => {
    const text = 'Productivity growth in Europe has been weak. Closing the innovation gap with the US is the first priority.';
    const passage: Passage = { id: 'draghi:12:0', doc: 'draghi', title: 'Draghi', page: 12, section: 'Introduction', text, start: 0, end: text.length, score: 1 };
    const a = composeAnswer({
      question: 'What does Draghi say about closing the innovation gap?',
      language: 'en',
      passages: [passage],
      stats: buildTermStats([passage, { doc: 'draghi', text: 'Energy prices are high.' }], () => 'en'),
      pageText: (doc, page) => (doc === 'draghi' && page === 12 ? text : undefined),
      docInfo: () => ({ title: 'The future of European competitiveness', kind: 'report', language: 'en' }),
    });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^According to The future of European competitiveness \(p\. 12, under ‘Introduction’\): “Closing the innovation gap/);
    expect(a.citations[0]).toMatchObject({ doc: 'draghi', page: 12 });
  });

  it('never cites a page that does not hold the quote', () => {
    const text = 'Gezondheid is, naast kennis, de belangrijkste dimensie van de kwaliteit van menselijk kapitaal.';
    const wrong: Passage = { id: 'd:3:0', doc: DOC, title: TITLE, page: 3, section: '', text, start: 0, end: text.length, score: 2 };
    const a = composeAnswer({
      question: 'Waarom is gezondheid belangrijk voor menselijk kapitaal?',
      language: 'nl',
      passages: [wrong],
      stats,
      pageText: idx.pageText,
      docInfo,
    });
    expect(a.citations).toEqual([]);
    expect(a.answered).toBe(false);
  });

  it('locates a quote whose white space differs from the page', () => {
    const page = 'Een zin die\nover twee regels loopt. En nog een.';
    expect(locateQuote('Een zin die over twee regels loopt.', 'd', [1], () => page)).toEqual({ page: 1, quote: 'Een zin die\nover twee regels loopt.' });
    expect(locateQuote('Staat er niet.', 'd', [1], () => page)).toBeUndefined();
  });

  it('abstains plainly, in the question language, with the nearest passage only when it shares something', async () => {
    const nl = await compose('Wat adviseert de SER over de hypotheekrenteaftrek?');
    expect(nl.answered).toBe(false);
    expect(nl.text).toMatch(/^Het advies zegt hier niets over\./);
    expect(nl.citations).toEqual([]);
    const en = await compose('What does the advisory say about the retirement age and nuclear power?');
    expect(en.answered).toBe(false);
    expect(en.text).toMatch(/^The advisory does not address this\./);
  });

  it('keeps the answer short even when the sentence is long', async () => {
    const a = await compose('Wat zegt het advies over de samenhangende aanpak voor leven lang ontwikkelen en digitale vaardigheden?', { maxChars: 300 });
    expect(a.text.length).toBeLessThanOrEqual(300);
  });

  it('quotes a whole numbered list when a list question lands on it', async () => {
    const a = await compose('Via welke dimensies kan de arbeidsproductiviteit worden versterkt?');
    const p5 = a.citations.find((c) => c.page === 5)!;
    expect(p5.quote).toContain('1. Kapitaalverdieping');
    expect(p5.quote).toContain('2. Hogere kwaliteit van arbeid');
    expect(p5.quote).toContain('3. Groei van technologische en procesinnovatie');
    // and stops where the list ends
    expect(p5.quote).not.toContain('Hierna worden');
  });

  it('reads a recommendation paragraph to its end for a list question, not into the next paragraph', async () => {
    const a = await compose('Welke stappen noemt het advies om de digitale transformatie te versnellen?');
    const p8 = a.citations.find((c) => c.page === 8)!;
    expect(p8.quote).toMatch(/^Versnel de digitale transformatie\./);
    expect(p8.quote).toMatch(/digitale infrastructuur als vitale voorziening, voortbouwend op de positie van Nederland als digitale mainport\.$/);
  });
});

describe('readOn', () => {
  it('reads to the end of a paragraph, or of the list the paragraph introduces', async () => {
    const { readOn } = await import('../../src/answer/compose.ts');
    const page = [
      'Kop',
      'Eerste zin van de alinea hier. Tweede zin van de alinea hier.',
      'Volgende alinea met een eigen zin.',
      'De delen zijn de volgende:',
      '1. Een: het eerste deel van de lijst.',
      '2. Twee: het tweede deel van de lijst.',
      'Na de lijst gaat de tekst verder.',
    ].join('\n');
    expect(readOn(page, page.indexOf('Eerste'))).toBe('Eerste zin van de alinea hier. Tweede zin van de alinea hier.');
    expect(readOn(page, page.indexOf('De delen'))).toBe('De delen zijn de volgende:\n1. Een: het eerste deel van de lijst.\n2. Twee: het tweede deel van de lijst.');
    expect(readOn(page, page.indexOf('Volgende'))).toBe('Volgende alinea met een eigen zin.');
  });
});

describe('enumerationStart', () => {
  it('goes back to the first item of an enumeration a sentence goes on with, within its paragraph', async () => {
    const { enumerationStart } = await import('../../src/answer/compose.ts');
    const page = [
      'Een vorige alinea over iets anders.',
      'Een passende beloning helpt. Flexwerkers krijgen minder scholing. Werkgevers scholen ook minder arbeidsmigranten. Verder worden lagere inkomens minder geschoold.',
    ].join('\n');
    expect(enumerationStart(page, page.indexOf('Verder'))).toBe(page.indexOf('Flexwerkers'));
    expect(enumerationStart(page, page.indexOf('Werkgevers'))).toBe(page.indexOf('Flexwerkers'));
    // a sentence that opens an enumeration, or stands alone, starts where it is
    expect(enumerationStart(page, page.indexOf('Flexwerkers'))).toBe(page.indexOf('Flexwerkers'));
    expect(enumerationStart(page, page.indexOf('Een passende'))).toBe(page.indexOf('Een passende'));
    // an item that says its place goes back that many
    const knelpunten = 'Er zijn verschillende knelpunten in Nederland. Investeringen blijven achter bij de buurlanden. Er is meer ruimte nodig voor koplopers. Een derde knelpunt is de doorgroei.';
    expect(enumerationStart(knelpunten, knelpunten.indexOf('Een derde'))).toBe(knelpunten.indexOf('Investeringen'));
  });
});

describe('contentsOf', () => {
  it("reads a document's table of contents, titles wrapped over lines joined", async () => {
    const { contentsOf } = await import('../../src/answer/compose.ts');
    const pages: Record<number, string> = { 1: 'Briefadvies | juni 2025', 2: 'Inhoud\nAdvies op hoofdlijnen 3\nWaarom inzetten op hogere groei van\nde arbeidsproductiviteit? 4\nColofon 16' };
    const c = contentsOf('doc', (_doc, p) => pages[p]);
    expect(c?.page).toBe(2);
    expect(c?.entries).toEqual([
      { title: 'Advies op hoofdlijnen', page: 3 },
      { title: 'Waarom inzetten op hogere groei van de arbeidsproductiviteit?', page: 4 },
      { title: 'Colofon', page: 16 },
    ]);
    expect(contentsOf('doc', (_doc, p) => (p === 1 ? 'Geen inhoud hier\nTekst 3' : undefined))).toBeUndefined();
  });
});

describe('withAlikeItems', () => {
  it('quotes a list item with the items right after it that open with the same words', async () => {
    const { withAlikeItems } = await import('../../src/answer/compose.ts');
    const page = ['Bijdrage van sociale partners:', '• Zet in op loongroei.', '• Maak afspraken over scholing.', '• Maak afspraken over kwetsbare groepen.', '• Werk aan mobiliteit.'].join('\n');
    const at = page.indexOf('Maak afspraken over scholing');
    expect(withAlikeItems(page, 'Maak afspraken over scholing.', at)).toBe('Maak afspraken over scholing.\n• Maak afspraken over kwetsbare groepen.');
    // an item opening otherwise, or a sentence that is no item, stays as it is
    expect(withAlikeItems(page, 'Zet in op loongroei.', page.indexOf('Zet in'))).toBe('Zet in op loongroei.');
    expect(withAlikeItems(page, 'Bijdrage van sociale partners:', 0)).toBe('Bijdrage van sociale partners:');
  });
});

describe('weighTerms', () => {
  it("weighs the question's own verb little even where the text has it", async () => {
    const { weighTerms } = await import('../../src/answer/compose.ts');
    const terms = weighTerms('Krijgen flexwerkers evenveel scholing als vaste werknemers?', 'nl', stats);
    const w = Object.fromEntries(terms.map((t) => [t.word, t.weight]));
    expect(terms.find((t) => t.word === 'krijgen')!.df).toBeGreaterThan(0);
    expect(w.krijgen).toBeLessThan(0.5 * w.scholing!);
  });

  it("weighs a word of the asker's remark after the question little, even where the corpus has it", async () => {
    // ("Ik wil niet dat pensioengeld durfkapitaal wordt." had sent "En wat moeten pensioenfondsen daarmee?" to the venture capital passage)
    const { weighTerms } = await import('../../src/answer/compose.ts');
    const w = (q: string) => weighTerms(q, 'nl', stats).find((t) => t.word === 'durfkapitaal')!;
    const inRemark = w('Wat moeten pensioenfondsen daarmee? Ik wil niet dat pensioengeld durfkapitaal wordt.');
    const asked = w('Wat moeten pensioenfondsen met durfkapitaal?');
    expect(inRemark.df).toBeGreaterThan(0);
    expect(inRemark.weight).toBeLessThan(0.5 * asked.weight);
  });

  it('finds a comparative the corpus lacks by its adjective (`zichtbaarder` → zichtbaarheid)', async () => {
    const { weighTerms } = await import('../../src/answer/compose.ts');
    const t = weighTerms('Hoe kan de NPB zichtbaarder worden?', 'nl', stats).find((x) => x.word === 'zichtbaarder')!;
    expect(t.df).toBeGreaterThan(0);
  });

  it('weighs a frequent Dutch word the corpus happens to use rarely (`laten`, `open`) below the topic it is asked about', async () => {
    const { weighTerms } = await import('../../src/answer/compose.ts');
    // (a topic word found nowhere weighs the most a term can)
    const terms = weighTerms('Welke open vragen wil de SER laten uitzoeken over de hypotheekrenteaftrek?', 'nl', stats);
    const w = Object.fromEntries(terms.map((t) => [t.word, t.weight]));
    const df = Object.fromEntries(terms.map((t) => [t.word, t.df]));
    expect(df.laten).toBeGreaterThan(0);
    expect(df.laten).toBeLessThan(5);
    expect(w.laten).toBeLessThanOrEqual(0.4 * w.hypotheekrenteaftrek! + 1e-9);
    expect(w.open).toBeLessThanOrEqual(0.4 * w.hypotheekrenteaftrek! + 1e-9);
  });

  it('reads a word the corpus lacks that only places a topic it has (`scholing bij asielzoekers`) as no absent topic', async () => {
    const { weighTerms } = await import('../../src/answer/compose.ts');
    const placed = weighTerms('Wat vindt de SER van scholing bij asielzoekers?', 'nl', stats).find((t) => t.word === 'asielzoekers')!;
    const alone = weighTerms('Wat vindt de SER van asielzoekers?', 'nl', stats).find((t) => t.word === 'asielzoekers')!;
    expect([placed.df, alone.df]).toEqual([0, 0]);
    expect(alone.topical).toBe(true);
    expect(placed.topical).toBe(false);
    expect(placed.weight).toBeLessThan(alone.weight);
    // after a word the corpus lacks too, it stays a topic of its own
    expect(weighTerms('Wat vindt de SER van stikstof bij de hypotheekrenteaftrek?', 'nl', stats).find((t) => t.word === 'hypotheekrenteaftrek')!.topical).toBe(true);
  });

  it('weighs an acronym the corpus lacks in an English question (WBSO) as an absent topic, not as an English word it cannot translate', async () => {
    const { weighTerms } = await import('../../src/answer/compose.ts');
    const acronym = weighTerms('Does the SER want the WBSO topped up?', 'en', stats).find((t) => t.word === 'wbso')!;
    const word = weighTerms('Does the SER want the wbso topped up?', 'en', stats).find((t) => t.word === 'wbso')!;
    expect([acronym.df, word.df]).toEqual([0, 0]);
    expect(acronym.weight).toBeGreaterThan(1.5 * word.weight);
  });

  it("weighs an English topic word the corpus lacks and the glossary does not know (chat English: 'churn') at 0.4 of an absent acronym", async () => {
    // ("is the SER happy with what they churn out?", "who wears the NPB hat?": at half weight such words made answerable turns abstain)
    const { weighTerms } = await import('../../src/answer/compose.ts');
    const word = weighTerms('Is the SER happy with what they churn out?', 'en', stats).find((t) => t.word === 'churn')!;
    const acronym = weighTerms('Does the SER want the WBSO topped up?', 'en', stats).find((t) => t.word === 'wbso')!;
    expect([word.df, word.topical]).toEqual([0, true]);
    expect(word.weight / acronym.weight).toBeCloseTo(0.4, 5);
  });

  it('finds a name the question asks about that the corpus never mentions, written with a capital inside a sentence', async () => {
    const { weighTerms, namesAbsent } = await import('../../src/answer/compose.ts');
    const absent = (q: string, lang: 'nl' | 'en') => namesAbsent(q, weighTerms(q, lang, stats));
    expect(absent("How does Dutch labour productivity compare with Germany's in recent years?", 'en')).toBe(true);
    expect(absent('Wat zegt het advies over de positie van Schiphol als mainport?', 'nl')).toBe(true);
    // an acronym, or one in brackets, as the question writes it ("AOW-leeftijd" had been read as "Aow", "(ROMs)" not at all)
    expect(absent('Moet de AOW-leeftijd omhoog om de productiviteit te verhogen?', 'nl')).toBe(true);
    expect(absent('Does the advice mention regional development agencies (ROMs) as financiers?', 'en')).toBe(true);
    // but not one in a remark around the question: "… in het MT. Wat zegt …?", "…? daar draaien onze DC's op"
    expect(absent('Een collega noemde het Draghi-rapport in het MT. Wat zegt de SER daarover?', 'nl')).toBe(false);
    expect(absent("Geldt dat ook voor arbeidsmigranten? daar draaien onze DC's op", 'nl')).toBe(false);
    // a name the text has, a month, a capital at a sentence's start, or a name in an aside about the asker: no absent name
    expect(absent('Wat zegt Draghi over de productiviteitskloof?', 'nl')).toBe(false);
    expect(absent("Why does the SER argue in its June 2025 letter that productivity growth matters?", 'en')).toBe(false);
    expect(absent('Waarom moeten lonen niet te snel stijgen? Journalist belde hierover', 'nl')).toBe(false);
    expect(absent("I'm drafting a LinkedIn post. What are the main sources of labour productivity growth?", 'en')).toBe(false);
    // (the capital of any sentence's opening word: "… bij ondernemers. Ziet de SER dat ook als rem?")
    expect(absent('Regeldruk is hier een klaagpunt bij ondernemers. Ziet de SER dat ook als rem op productiviteit?', 'nl')).toBe(false);
    expect(weighTerms('Regeldruk is hier een klaagpunt. Ziet de SER dat ook als rem?', 'nl', stats).find((t) => t.word === 'ziet')!.topical).toBe(false);
  });

  it('reads the words of a sentence in which the asker says what they are doing (`I am drafting a LinkedIn post.`) as why they ask, not an absent topic', async () => {
    const { weighTerms } = await import('../../src/answer/compose.ts');
    const aside = weighTerms("I'm drafting a LinkedIn post. What are the main sources of labour productivity growth?", 'en', stats).find((t) => t.word === 'linkedin')!;
    expect(aside.df).toBe(0);
    expect(aside.topical).toBe(false);
    // ("persbericht" itself is a framing word now, what an asker wants an answer for: it is no term at all)
    const nl = weighTerms('Ik schrijf een nieuwsartikel. Wat zegt het advies over de hypotheekrenteaftrek?', 'nl', stats);
    expect(nl.find((t) => t.word === 'nieuwsartikel')!.topical).toBe(false);
    expect(nl.find((t) => t.word === 'hypotheekrenteaftrek')!.topical).toBe(true);
    // so are those of a remark of theirs after the question (they had made two first turns, and their threads, abstain)
    const after = weighTerms('Wat zegt het advies over scholing bij kleinere werkgevers? Relevant voor ons O&O-fonds', 'nl', stats);
    for (const w of ['o&o', 'fonds']) expect(after.find((t) => t.word === w)!.topical, w).toBe(false);
    const members = weighTerms('Wat zegt het advies over de hypotheekrenteaftrek? Daar lopen onze leden tegenaan.', 'nl', stats);
    expect(members.find((t) => t.word === 'leden')!.topical).toBe(false);
    expect(members.find((t) => t.word === 'hypotheekrenteaftrek')!.topical).toBe(true);
    // so are the words of one that says what is the asker's ("It's our members' retirement savings.")
    expect(weighTerms("It's our members' retirement savings. What does the advisory want pension funds to do?", 'en', stats).find((t) => t.word === 'retirement')!.topical).toBe(false);
    // after a greeting ("Hoi! Ik tik een stuk …"), and a remark on where the asker is ("hier", "here")
    expect(weighTerms('Hoi! Ik tik een stuk voor de krant. Wat zegt het advies over de hypotheekrenteaftrek?', 'nl', stats).find((t) => t.word === 'krant')!.topical).toBe(false);
    expect(weighTerms('Wat zegt het advies over het concurrentiebeding? Speelt nogal bij technici hier in de regio', 'nl', stats).find((t) => t.word === 'technici')!.topical).toBe(false);
    expect(weighTerms("Why don't smaller employers train their staff more? That's a big thing here in Twente", 'en', stats).find((t) => t.word === 'twente')!.topical).toBe(false);
    // or in a clause of theirs before the question, after a comma (it had made "… flexwerkers en scholing?" abstain)
    const clause = weighTerms('ik werk met een nulurencontract bij een supermarkt, staat er iets in dat advies over de hypotheekrenteaftrek?', 'nl', stats);
    for (const w of ['nulurencontract', 'supermarkt']) expect(clause.find((t) => t.word === w)!.topical, w).toBe(false);
    expect(clause.find((t) => t.word === 'hypotheekrenteaftrek')!.topical).toBe(true);
    // (a clause that is not the asker's stays: "de hypotheekrenteaftrek, wat zegt het advies daarover?")
    expect(weighTerms('de hypotheekrenteaftrek, wat zegt het advies daarover?', 'nl', stats).find((t) => t.word === 'hypotheekrenteaftrek')!.topical).toBe(true);
    // a plural or possessive 's in the remark is the word the terms have ("zelfscankassa's" → zelfscankassa)
    expect(weighTerms("zegt het stuk iets over AI? bij ons komen steeds meer zelfscankassa's haha", 'nl', stats).find((t) => t.word === 'zelfscankassa')!.topical).toBe(false);
    // and of any remark after the question, mine or not ("Big topic in the UK too.", "Many Germans and Poles work there.")
    expect(weighTerms('Non-competes, do they touch on those? Big topic in the UK too.', 'en', stats).find((t) => t.word === 'uk')!.topical).toBe(false);
    expect(weighTerms('And labour migrants? Many Germans and Poles work there.', 'en', stats).find((t) => t.word === 'germans')!.topical).toBe(false);
    // and of a remark after an earlier turn's question, in a follow-up's topic (its words had made "how does that help?" abstain)
    const earlier = 'die dingen zitten bij ons in elk contract zelfs bij orderpickers';
    const followUp = weighTerms(`staat er iets in over concurrentiebedingen? ${earlier} how does that help productivity?`, 'en', stats, undefined, [earlier]);
    expect(followUp.find((t) => t.word === 'orderpickers')!.topical).toBe(false);
    expect(followUp.find((t) => t.word === 'concurrentiebedingen')!.topical).toBe(true);
    expect(weighTerms(`staat er iets in over concurrentiebedingen? ${earlier} how does that help productivity?`, 'en', stats).find((t) => t.word === 'orderpickers')!.topical).toBe(true);
    // the same word in the question itself stays a topic
    expect(weighTerms('What does the SER say about LinkedIn?', 'en', stats).find((t) => t.word === 'linkedin')!.topical).toBe(true);
  });

  it('reads a Dutch adjective or adverb the corpus lacks (`structureel`) as how a question is put, not an absent topic', async () => {
    const { weighTerms } = await import('../../src/answer/compose.ts');
    const how = weighTerms('Hoe wil de SER scholing structureel verankeren?', 'nl', stats).find((t) => t.word === 'structureel')!;
    expect(how.df).toBe(0);
    expect(how.topical).toBe(false);
    // so is a present participle used as one (`een sprekend cijfer`)
    expect(weighTerms('Is daar een sprekend cijfer bij?', 'nl', stats).find((t) => t.word === 'sprekend')!.topical).toBe(false);
    // and compared (`nijpender`)
    expect(weighTerms('Waardoor wordt de krapte steeds nijpender?', 'nl', stats).find((t) => t.word === 'nijpender')!.topical).toBe(false);
    // a noun the corpus lacks stays a topic
    expect(weighTerms('Hoe wil de SER de hypotheekrenteaftrek verankeren?', 'nl', stats).find((t) => t.word === 'hypotheekrenteaftrek')!.topical).toBe(true);
  });
});

describe('questionFocus', () => {
  it('finds the noun a "what is the …" question asks for', async () => {
    const { questionFocus } = await import('../../src/answer/compose.ts');
    expect(questionFocus('Wat is volgens het advies het risico als de lonen harder stijgen?')).toBe('risico');
    expect(questionFocus('What is the aim of the policy cycle?')).toBe('aim');
    expect(questionFocus('Waarom is gezondheid belangrijk?')).toBeUndefined();
  });

  it('answers with the sentence that names it', async () => {
    const a = await compose('Wat is volgens het advies het risico als de reële lonen harder stijgen dan de productiviteit?');
    expect(a.citations[0]!.page).toBe(4);
    expect(a.text).toContain('uit de markt prijst');
  });
});

describe('listIntroduction', () => {
  it("finds the introduction of the list a sentence sits in, not a paragraph's", async () => {
    const { listIntroduction } = await import('../../src/answer/compose.ts');
    const page = [
      'Kop',
      'Een eerste zin van de alinea. Globaal gaat het om de volgende delen:',
      '1. Een: het eerste deel van de lijst. Met een tweede zin erbij.',
      '2. Twee: het tweede deel van de lijst.',
      'Na de lijst gaat de tekst verder.',
    ].join('\n');
    expect(listIntroduction(page, page.indexOf('Met een tweede zin'))).toBe(page.indexOf('Globaal'));
    expect(listIntroduction(page, page.indexOf('2. Twee'))).toBe(page.indexOf('Globaal'));
    expect(listIntroduction(page, page.indexOf('Na de lijst'))).toBeUndefined();
    expect(listIntroduction(page, page.indexOf('Een eerste'))).toBeUndefined();
  });

  it('a list question landing inside a list quotes it from its introduction', async () => {
    const a = await compose('Langs welke hoofdroutes kan de productiviteit per werkende stijgen, zoals beter opgeleide werkenden?');
    const p5 = a.citations.find((c) => c.page === 5);
    expect(p5?.quote).toMatch(/^Globaal gaat het om de volgende dimensies:/);
  });
});

describe('headedItems', () => {
  it('reads the headings over paragraphs as the items, while they keep the first one\'s form', async () => {
    const { headedItems } = await import('../../src/answer/compose.ts');
    const page = [
      'De SER pleit voor de volgende sporen:',
      'Investeer in menselijk kapitaal',
      'Verbeter het onderwijs. Bezuinigingen zijn ongelukkig.',
      'Bevorder vernieuwend ondernemerschap',
      'Creëer ruimte voor nieuwe uitdagers.',
      'Geen tijd te verliezen',
      'De agenda mag geen vertraging oplopen.',
    ].join('\n');
    const from = page.indexOf(':') + 1;
    expect(headedItems(page, from)).toEqual(['Investeer in menselijk kapitaal', 'Bevorder vernieuwend ondernemerschap']);
    // a paragraph right after the introduction: no headed list
    expect(headedItems('De delen zijn:\nEen gewone zin met een punt.\nKop', 'De delen zijn:'.length)).toBeUndefined();
  });
});

describe('yesOrNo', () => {
  it('says no when only one side is negated, yes when neither is and the sentence holds the question', async () => {
    const { yesOrNo } = await import('../../src/answer/compose.ts');
    expect(yesOrNo('Is het een doel op zich?', 'Verhoging is daarom geen doel op zich.', 0.9)).toBe('no');
    expect(yesOrNo('Is het een doel op zich?', 'Verhoging is daarom geen doel op zich.', 0.3)).toBeUndefined();
    expect(yesOrNo('Kan vergroening de productiviteit verhogen?', 'Vergroening kan leiden tot een stijging van de productiviteit.', 0.8)).toBe('yes');
    // whether the text says anything on a topic is settled by the sentence that does, whatever it says
    expect(yesOrNo('Does the SER say anything about the cabinet being caretaker and the productivity agenda?', 'De SER vindt het belangrijk dat de productiviteitsagenda geen vertraging oploopt.', 0.8)).toBe('yes');
    // "non-" is a prefix, not a negation
    expect(yesOrNo('Do they ask employers anything about non-compete clauses?', 'Beperk het beroep op het concurrentiebeding tot de weinige situaties waarin dat echt nodig is.', 0.8)).not.toBe('no');
    // too little of the question in the sentence, or a hedge: the quote answers alone
    expect(yesOrNo('Kan vergroening de productiviteit verhogen?', 'Vergroening kan leiden tot een stijging van de productiviteit.', 0.3)).toBeUndefined();
    expect(yesOrNo('Krijgen flexwerkers evenveel scholing?', 'Flexwerkers krijgen minder scholing.', 0.9)).toBeUndefined();
    // how certain a claim is: a hedge says it is uncertain, and nothing says yes
    const estimate = 'De OESO schat dat AI de groei met 0,4 à 0,9 procent kan verhogen, al lopen de schattingen sterk uiteen.';
    expect(yesOrNo('klopt dat wel?', estimate, 0.9, true)).toBe('uncertain');
    expect(yesOrNo('klopt dat wel?', 'Vergroening kan leiden tot een stijging van de productiviteit.', 0.9, true)).toBeUndefined();
    // a question that narrows is not told yes by a sentence that does not ("alleen", "only"); a negation still says no
    expect(yesOrNo('Moeten we ons dan alleen op de Europese markt richten?', 'Zet in op een beter werkende Europese markt.', 0.9)).toBeUndefined();
    expect(yesOrNo('Should we just rely on American AI then?', 'Europe should not rely too much on American AI.', 0.9)).toBe('no');
    // "yes or no" in the question is no negation
    expect(yesOrNo('Is it a goal in itself, yes or no?', 'It is no goal in itself.', 0.9)).toBe('no');
  });

  it('leads a yes/no answer with ja or nee', async () => {
    const a = await compose('Is het verhogen van de arbeidsproductiviteit voor de SER een doel op zich?');
    expect(a.text).toMatch(/^Nee\. /);
  });
});

describe('the kind of answer asked for', () => {
  const passage = (page: number, section: string, text: string): Passage => ({ id: `${DOC}:${page}:0`, doc: DOC, title: TITLE, page, section, text, start: 0, end: text.length, score: 1 });
  const two = [
    passage(3, 'Advies op hoofdlijnen', 'De arbeidsproductiviteitsgroei is belangrijk voor het land en de mensen.'),
    passage(4, 'Waarom inzetten op hogere arbeidsproductiviteitsgroei?', 'De arbeidsproductiviteitsgroei is belangrijk voor de mensen en het land.'),
  ];
  const run = (question: string, passages: Passage[]) =>
    composeAnswer({
      question,
      language: 'nl',
      passages,
      stats: buildTermStats(passages),
      pageText: (_doc, page) => passages.find((p) => p.page === page)?.text,
      docInfo,
    });

  it('a why-question prefers the section that asks why', () => {
    expect(run('Waarom is de arbeidsproductiviteitsgroei belangrijk?', two).citations[0]!.page).toBe(4);
    // the same question without asking why: the first-ranked passage
    expect(run('Is de arbeidsproductiviteitsgroei belangrijk?', two).citations[0]!.page).toBe(3);
  });

  it('a follow-up is not told yes or no by a sentence without its own words', () => {
    const ps = [
      passage(6, '', 'Innovatieve scale-ups kunnen niet aan voldoende durfkapitaal voor innovatieve bedrijven komen.'),
      passage(9, '', 'Pensioenfondsen beleggen wereldwijd.'),
    ];
    const turn = 'kunnen pensioenfondsen daar een rol in spelen?';
    const a = composeAnswer({
      question: `Wat zegt het advies over durfkapitaal voor innovatieve scale-ups? ${turn}`,
      language: 'nl',
      passages: ps,
      stats: buildTermStats(ps),
      pageText: (_doc, page) => ps.find((p) => p.page === page)?.text,
      docInfo,
      read: { text: turn, asks: 'yesno', asksList: false, asksQuantity: false },
    });
    expect(a.text).not.toMatch(/^(?:Ja|Nee)\./);
  });

  it('answers the fix of a problem with the sentence that proposes it, read on over the page break, not the problem again', () => {
    const problem = 'Vooral kleinere werkgevers hebben te weinig prikkels om te investeren in de scholing van hun werknemers. Deze kennis komt bij vertrek ten goede';
    const ps = [
      passage(6, 'Kwaliteit van werk', `Scholing is belangrijk voor een productieve arbeidsmarkt. ${problem}`),
      passage(7, 'Kwaliteit van werk', 'aan de concurrent. Dit vraagt om middelen voor werkenden om te investeren in scholing. De SER onderschrijft het belang van leerrechten.'),
      passage(9, 'Bijdrage van sociale partners', 'Maak afspraken over de mobiliteit van werkenden naar ander werk.'),
    ];
    const previousAnswer = `Het advies zegt (pp. 6-7): “${problem} aan de concurrent.” [1]`;
    const topic = 'Waarom investeren kleinere werkgevers weinig in scholing van werknemers?';
    const ask = (turn: string, asksRemedy: boolean) =>
      composeAnswer({
        question: `${topic} ${problem} ${turn}`,
        language: 'nl',
        passages: ps,
        stats: buildTermStats(ps),
        pageText: (_doc, page) => ps.find((p) => p.page === page)?.text,
        docInfo,
        previousAnswer,
        read: { text: turn, asks: 'fact', asksList: false, asksQuantity: false, ...(asksRemedy ? { asksRemedy } : {}) },
      });
    const fix = ask('wat is dan de oplossing?', true);
    expect(fix.citations[0]!.page).toBe(7);
    // the tail of the sentence the previous answer ended with is not quoted again in front of it
    expect(fix.citations[0]!.quote).toMatch(/^Dit vraagt om middelen/);
    // read as anything else, the problem's own sentence is what the same words match best
    expect(ask('wat is dan het punt?', false).citations[0]!.page).toBe(6);
  });

  it('answers the fix of a problem with a recommendation before a sentence elsewhere that proposes', () => {
    const problem = 'Er is een hoge administratieve lastendruk in de publieke sectoren.';
    const ps = [
      passage(11, 'Beleidscyclus', 'Het is van belang dat de hoge administratieve lastendruk en de tijd voor registratie in de publieke sectoren omlaag gaan.'),
      passage(9, 'Oplossingsrichtingen › Aanbevelingen aan het kabinet', 'Verlaag de administratieve lastendruk in de publieke sectoren.'),
      passage(7, 'Kwaliteit van werk', problem),
    ];
    const a = composeAnswer({
      question: `Hoeveel tijd kost registratie? ${problem} wat wil de SER daartegen doen?`,
      language: 'nl',
      passages: ps,
      stats: buildTermStats(ps),
      pageText: (_doc, page) => ps.find((p) => p.page === page)?.text,
      docInfo,
      previousAnswer: `Het advies zegt (p. 7): “${problem}” [1]`,
      read: { text: 'wat wil de SER daartegen doen?', asks: 'fact', asksList: false, asksQuantity: false, asksRemedy: true },
    });
    expect(a.citations[0]!.page).toBe(9);
  });

  it('ranks a turn read with the previous answer by the follow-up weights, a question on its own by the others', () => {
    const said = 'Kleinere werkgevers hebben te weinig prikkels om te investeren in de generieke kennis en vaardigheden van hun werknemers.';
    const ps = [
      passage(6, 'Kwaliteit van werk', `${said} Ook om- en bijscholing zijn belangrijk voor werkgevers en werknemers.`),
      passage(7, 'Kwaliteit van werk', 'Bij bedrijfsspecifieke kennis gaat het om werkervaring. Het behoud daarvan vraagt om stabiele arbeidsrelaties.'),
    ];
    const read = { text: 'en bij bedrijfsspecifieke kennis?', asks: 'fact', asksList: false, asksQuantity: false } as const;
    // (the two sets of weights differ, or this test could not tell them apart)
    expect(RANK_FOLLOW_UP_WEIGHTS).not.toEqual(RANK_WEIGHTS);
    for (const previousAnswer of [`Het advies zegt (p. 6): “${said}” [1]`, undefined]) {
      let traced: RankCandidate[] = [];
      onPassages(ps, `Waarom investeren werkgevers te weinig in kennis? ${read.text}`, read, { ...(previousAnswer ? { previousAnswer } : {}), trace: (c) => (traced = c) });
      expect(traced.length).toBeGreaterThan(1);
      const weights = previousAnswer ? RANK_FOLLOW_UP_WEIGHTS : RANK_WEIGHTS;
      for (const c of traced) expect(c.score).toBeCloseTo(rankScore(c.features, weights));
    }
  });

  it('does not open a quote with the fragment a page starts with, joined to the sentence after it', () => {
    const ps = [passage(7, 'Kwaliteit van werk', 'aan de concurrent. Dit vraagt om leerrechten voor werkenden die los staan van de huidige betrekking.')];
    const q = 'Wat zegt het advies over leerrechten en de concurrent?';
    expect(onPassages(ps, q, { text: q, asks: 'fact', asksList: false, asksQuantity: false }).citations[0]!.quote).toMatch(/^Dit vraagt om leerrechten/);
  });

  it('answers a follow-up that narrows the topic ("en bij bedrijfsspecifieke kennis?") with a sentence that names the narrower topic', () => {
    const said = 'Kleinere werkgevers hebben te weinig prikkels om te investeren in de generieke kennis en vaardigheden van hun werknemers.';
    const ps = [
      passage(6, 'Kwaliteit van werk', `${said} Ook om- en bijscholing zijn belangrijk voor werkgevers en werknemers.`),
      passage(7, 'Kwaliteit van werk', 'Bij bedrijfsspecifieke kennis gaat het om werkervaring. Het behoud daarvan vraagt om stabiele arbeidsrelaties.'),
    ];
    const turn = 'en bij bedrijfsspecifieke kennis?';
    const a = onPassages(ps, `Waarom investeren kleinere werkgevers te weinig in scholing van hun werknemers en in kennis? ${turn}`, { text: turn, asks: 'fact', asksList: false, asksQuantity: false }, {
      previousAnswer: `Het advies zegt (p. 6): “${said}” [1]`,
    });
    expect(a.citations[0]!.page).toBe(7);
  });

  it("starts the first quote at its paragraph's opening sentence when that makes the point the quote goes on with", () => {
    const lead = 'Arbeidsproductiviteitsgroei en reële loongroei moeten gelijk opgaan, zodat werkenden meedelen.';
    const rest = 'De reële loonontwikkeling moet niet te langzaam gaan ten opzichte van de productiviteit. Het moet ook niet te snel gaan.';
    const ps = [passage(4, 'Waarom', rest)];
    const page = `Inleiding over brede welvaart.\n${lead} ${rest}\nEen nieuwe alinea.`;
    const ask = (q: string, asks: 'fact' | 'quantity') =>
      composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => page, docInfo, read: { text: q, asks, asksList: false, asksQuantity: asks === 'quantity' } });
    expect(ask('Hoe moet de reële loongroei zich verhouden tot de productiviteit?', 'fact').citations[0]!.quote).toMatch(/^Arbeidsproductiviteitsgroei en reële loongroei moeten gelijk opgaan/);
    // (not before a figure asked for: the figure's sentence leads)
    expect(ask('Hoeveel moet de reële loonontwikkeling stijgen ten opzichte van de productiviteit?', 'quantity').citations[0]!.quote).toMatch(/^De reële loonontwikkeling/);
  });

  it('answers a why about the previous answer with the sentence beside it that gives a cause, pointed at or named in its own words', () => {
    const said = 'Nederlandse R&D-uitgaven blijven al jaren achter bij het gemiddelde van de OESO-landen.';
    const beside = passage(8, 'Innovatie', `${said} Dat komt voor een deel door de sectorsamenstelling van Nederland. Onderzoekers hebben meer experimenteerruimte nodig.`);
    const whyAfter = (elsewhere: Passage, turn: string, pointer: boolean) =>
      onPassages([elsewhere, beside], `Hoeveel geeft Nederland uit aan R&D? ${said} ${turn}`, { text: turn, asks: 'reason', asksList: false, asksQuantity: false, ...(pointer ? { pointer } : {}) }, {
        previousAnswer: `Het advies zegt (p. 8): “${said}” [1]`,
      }).citations[0]!.quote;
    // pointed at: "hoe komt het dat we daar zo bij achterblijven?"
    expect(whyAfter(passage(6, 'Onderwijs', 'Helaas zien we verkeerde tendensen in Nederland, wat blijkt uit achterblijvende PISA-scores.'), 'Hoe komt het dat we daar zo bij achterblijven?', true)).toMatch(
      /Dat komt voor een deel door de sectorsamenstelling/,
    );
    // named in its own words, against a section that asks why (NEAR_CAUSE): "waarom blijft Nederland daar achter?"
    const why = passage(4, 'Waarom inzetten op hogere groei van de arbeidsproductiviteit?', 'Nederland blijft al jaren achter bij de OESO-landen in R&D-uitgaven, en het gemiddelde blijft dalen.');
    expect(whyAfter(why, 'Waarom blijft Nederland daar achter?', false)).toMatch(/Dat komt voor een deel door de sectorsamenstelling/);
    // and when the previous quote already gave the cause, that cause is quoted again, with the claim it explains
    const cause = 'Dat komt voor een deel door de sectorsamenstelling van Nederland.';
    const again = onPassages([why, beside], `Hoeveel geeft Nederland uit aan R&D? ${said} waarom blijft het achter?`, { text: 'waarom blijft het achter?', asks: 'reason', asksList: false, asksQuantity: false, pointer: true }, {
      previousAnswer: `Het advies zegt (p. 8): “${said} ${cause}” [1]`,
    }).citations[0]!.quote;
    expect(again).toMatch(/^Nederlandse R&D-uitgaven blijven al jaren achter/);
    expect(again).toContain(cause);
  });

  it('answers why a recommendation matters with the sentence after it that points back and states its effect, though the question names a topic word', () => {
    const rec = 'Beperk het beroep op het concurrentiebeding tot de weinige situaties waarin dat echt nodig is.';
    const effect = 'Dit bevordert de mobiliteit op de arbeidsmarkt en draagt er toe bij dat nieuwe bedrijven sneller aan goede mensen kunnen komen.';
    const other = 'Benut de (cao-)afspraken over productiviteit en het bevorderen van mobiliteit naar productiever werk om te voorzien in de vacatures van tekortsectoren.';
    const ps = [passage(10, 'Bijdrage van sociale partners', `${other} ${rec} ${effect}`)];
    const turn = 'Why does that matter for productivity?';
    const a = onPassages(ps, `Anything in there on non-compete clauses? ${turn}`, { text: turn, asks: 'reason', asksList: false, asksQuantity: false, pointer: true }, {
      previousAnswer: `According to the advisory (p. 10): “${rec} ${effect}” [1]`,
    });
    expect(a.citations[0]!.quote, a.text).toMatch(/^Dit bevordert de mobiliteit/);
  });

  it('answers "wat dan?" about the previous answer with the consequence the text draws ("Dit houdt in dat …")', () => {
    const said = 'Innovatieve scale-ups kunnen in Nederland moeilijker aan voldoende durfkapitaal komen in vergelijking met de VS.';
    const text = `Er is daarnaast sprake van marktfalen op het gebied van mkb-financiering in Nederland. Dit vraagt om een andere financiële infrastructuur in ons land. Zo heeft Nederland een onderontwikkelde markt voor risicofinanciering voor innovatieve bedrijven. ${said} Het gaat hierbij typisch om bedragen vanaf circa 50 miljoen euro. Dit houdt in dat innovatieve mkb-bedrijven ofwel nauwelijks financiering kunnen krijgen, ofwel moeten uitwijken naar buitenlands (veelal Amerikaans) durfkapitaal. Ook het reguliere mkb ervaart financieringsknelpunten.`;
    const ps = [passage(6, 'Kapitaalverdieping', text)];
    const turn = 'En als ze dat geld hier niet vinden, wat dan?';
    const a = onPassages(ps, `Hoe staat het met risicokapitaal voor scale-ups? ${turn}`, { text: turn, asks: 'fact', asksList: false, asksQuantity: false, asksEffect: true, pointer: true }, {
      previousAnswer: `Het advies zegt (p. 6): “${said}” [1]`,
    });
    // (the consequence, not the problem stated before the previous quote)
    expect(a.citations[0]!.quote, a.text).toMatch(/Dit houdt in dat innovatieve mkb-bedrijven/);
    expect(a.citations[0]!.quote, a.text).not.toMatch(/^Er is daarnaast sprake van marktfalen/);
  });

  it('answers "is daar een cijfer bij?" about the previous answer with the figure beside it', () => {
    const said = 'Ook het reguliere mkb ervaart financieringsknelpunten om investeringen te doen.';
    const text = `${said} De financiële infrastructuur moet het reguliere mkb in staat stellen om door te groeien.\nInnovatieve scale-ups kunnen moeilijker aan durfkapitaal komen. Het gaat hierbij typisch om bedragen vanaf circa 50 miljoen euro.`;
    const ps = [passage(6, 'Kapitaalverdieping', text)];
    const turn = 'staat daar een cijfer bij?';
    const a = onPassages(ps, `Wat is het probleem met financiering voor het mkb? ${said} ${turn}`, { text: turn, asks: 'quantity', asksList: false, asksQuantity: true, pointer: true }, {
      previousAnswer: `Het advies zegt (p. 6): “${said}” [1]`,
    });
    expect(a.answered).toBe(true);
    // (the figure's own sentence, not the nearest one read on to it)
    expect(a.citations[0]!.quote, a.text).toMatch(/^Het gaat hierbij typisch om bedragen vanaf circa 50 miljoen euro/);
  });

  it('answers "any numbers on that?" with a measured figure (a share, an amount) before a count beside it', () => {
    const said = 'Preventiebeleid kan een belangrijke bijdrage leveren aan de gezondheid van mensen.';
    const text = `Gezondheid is de belangrijkste dimensie van menselijk kapitaal. Een stijging van gezondheid met één procent leidt tot een vier à acht procent hoger bbp per capita. Uit een analyse van 800 Europese regio’s blijkt dat de economie in regio’s met een goede gezondheid het hardst gegroeid is. ${said}`;
    const ps = [passage(7, 'Kwaliteit van werk', text)];
    const turn = 'any numbers on that?';
    const a = onPassages(ps, `Wat zegt het advies over gezondheid? ${turn}`, { text: turn, asks: 'quantity', asksList: false, asksQuantity: true, pointer: true }, {
      previousAnswer: `Het advies zegt (p. 7): “${said}” [1]`,
    });
    expect(a.answered).toBe(true);
    // (the count of regions studied is a figure too, and stands nearer the quote; it is not what the effect measures)
    expect(a.citations[0]!.quote, a.text).toMatch(/^Een stijging van gezondheid met één procent/);
  });

  it('answers where a claim comes from with the claim’s own sentence when it names its source', () => {
    const claim = 'Het eerder genoemde Letta-rapport signaleert dat slechts 17 procent van het industriële mkb naar andere EU-lidstaten exporteert.';
    const ps = [passage(6, 'Interne markt', `${claim} Draghi (2024) signaleert eveneens dat slechts een klein deel van het industriële mkb naar andere EU-lidstaten exporteert.`)];
    const ask = (asksSource: boolean) =>
      composeAnswer({
        question: `Welk deel van het mkb exporteert naar andere EU-lidstaten? ${claim} volgens wie?`,
        language: 'nl',
        passages: ps,
        stats: buildTermStats(ps),
        pageText: () => ps[0]!.text,
        docInfo,
        previousAnswer: `17 procent. Het advies zegt (p. 6): “${claim}” [1]`,
        read: { text: 'volgens wie?', asks: 'fact', asksList: false, asksQuantity: false, pointer: true, ...(asksSource ? { asksSource } : {}) },
      });
    expect(ask(true).citations[0]!.quote).toMatch(/^Het eerder genoemde Letta-rapport/);
    // read as any other pointer, the answer's own sentence gives way to the next one
    expect(ask(false).citations[0]!.quote).toMatch(/^Draghi/);
  });

  it('reads "X is, naast Y, …" as a sentence that defines X', () => {
    const ps = [
      passage(7, 'Arbeidsproductiviteit door hogere kwaliteit van werk', 'Gezondheid is, naast kennis, de belangrijkste dimensie van de kwaliteit van menselijk kapitaal. Preventiebeleid kan een belangrijke bijdrage leveren aan de gezondheid van mensen.'),
      passage(9, 'Bijdrage van sociale partners', 'Maak werk van arbeidsproductiviteit via leven lang ontwikkelen en via bevordering van vitaliteit en gezondheid van werkenden.'),
    ];
    const q = 'Welke rol speelt gezondheid in het verhaal over arbeidsproductiviteit?';
    let seen: RankCandidate[] = [];
    composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: (_doc, p) => ps.find((x) => x.page === p)?.text, docInfo, read: { text: q, asks: 'fact', asksList: false, asksQuantity: false }, trace: (c) => (seen = c) });
    expect(seen.find((c) => c.text.startsWith('Gezondheid is, naast kennis'))!.features.defines).toBe(1);
    expect(seen.find((c) => c.text.startsWith('Maak werk'))!.features.defines).toBe(0);
  });

  it('does not read a subject with words before its noun ("Het nog onbenutte arbeidspotentieel is …") as a definition', () => {
    const ps = [passage(4, 'Waarom', 'Het nog onbenutte arbeidspotentieel is per gewerkt uur minder productief.'), passage(5, 'Begrippen', 'Arbeidspotentieel is de ruimte op de arbeidsmarkt.')];
    const q = 'What does the advice say about the potential of AI?';
    let seen: RankCandidate[] = [];
    composeAnswer({ question: q, language: 'en', passages: ps, stats: buildTermStats(ps), pageText: (_doc, p) => ps.find((x) => x.page === p)?.text, docInfo, read: { text: q, asks: 'fact', asksList: false, asksQuantity: false }, trace: (c) => (seen = c) });
    expect(seen.find((c) => c.text.startsWith('Het nog onbenutte'))!.features.defines).toBe(0);
    expect(seen.find((c) => c.text.startsWith('Arbeidspotentieel is'))!.features.defines).toBe(1);
  });

  it('answers a definition question with the sentence that glosses the term in brackets', () => {
    const ps = [
      passage(4, 'Waarom', 'De aandacht voor kwetsbare groepen op de arbeidsmarkt mag niet verslappen.'),
      passage(9, 'Bijdrage van sociale partners', 'Maak afspraken over kwetsbare groepen op de arbeidsmarkt (mensen die onder hun niveau werken).'),
    ];
    const read = (text: string, asks: 'definition' | 'fact') => ({ text, asks, asksList: false, asksQuantity: false });
    const ask = (q: string, asks: 'definition' | 'fact') =>
      composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: (_doc, p) => ps.find((x) => x.page === p)?.text, docInfo, read: read(q, asks) });
    expect(ask('Wie vallen er onder kwetsbare groepen op de arbeidsmarkt?', 'definition').citations[0]!.page).toBe(9);
    // asked for anything else, the tie goes to the first-ranked passage
    expect(ask('Wat zegt het advies over kwetsbare groepen op de arbeidsmarkt?', 'fact').citations[0]!.page).toBe(4);
  });

  it('does not answer a number question with a figure that matches only the unit asked, on another topic', () => {
    const ps = [
      passage(8, 'Innovatie', 'Nederlandse R&D-uitgaven (2,2 procent) blijven achter bij de ambitie (3 procent).'),
      passage(9, 'Aanbevelingen aan het kabinet', 'Verlaag de lastendruk en benut de werkkostenregeling voor gezondheid.'),
    ];
    const q = 'Met hoeveel procent wil de SER de werkkostenregeling verruimen?';
    const a = composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: (_doc, p) => ps.find((x) => x.page === p)?.text, docInfo, read: { text: q, asks: 'quantity', asksList: false, asksQuantity: true, figure: 'percent' } });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
    // a rule abstained, whatever the abstention model says: the model's fit counts the question as decided
    expect(a.evidence.ruled).toBe('abstain');
  });

  it('does not answer a question for a statistical measure the text never gives', () => {
    const ps = [passage(4, 'Waarom', 'Arbeidsproductiviteitsgroei en reële loongroei moeten gelijk opgaan.')];
    const ask = (q: string, measure?: string[]) =>
      composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => ps[0]!.text, docInfo, read: { text: q, asks: 'fact', asksList: false, asksQuantity: false, ...(measure ? { measure } : {}) } });
    // (the measure as the question's reading gives it; the rest of the question the text covers)
    const q = 'Hoe verhouden reële loongroei en arbeidsproductiviteitsgroei zich?';
    expect(ask(q).answered).toBe(true);
    // (the model's own answer: no rule decided it)
    expect(ask(q).evidence.ruled).toBeUndefined();
    expect(ask(q, ['correlatie']).evidence.ruled).toBe('abstain');
    // (and so whatever the model says: with a threshold no question reaches, the rule still decided)
    const never = { ...ABSTAIN_MODEL, threshold: 1 };
    const strict = (measure?: string[]) =>
      composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => ps[0]!.text, docInfo, threshold: never, read: { text: q, asks: 'fact', asksList: false, asksQuantity: false, ...(measure ? { measure } : {}) } });
    expect(strict().answered).toBe(false);
    expect(strict().evidence.ruled).toBeUndefined();
    expect(strict(['correlatie'])).toMatchObject({ answered: false, evidence: { ruled: 'abstain' } });
    // (what the answer says is the model's: the text names no missing figure the model's abstention did not look for)
    expect(strict(['correlatie']).text).toMatch(/^Het advies zegt hier niets over\./);
    expect(ask(q, ['correlatie']).text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
    expect(ask(q, ['correlatie']).answered).toBe(false);
    // a text that uses the measure's word may answer
    expect(ask(q, ['gelijk']).answered).toBe(true);
  });

  it('does not answer "which … the highest" with a sentence that ranks nothing', () => {
    const ps = [passage(4, 'Waarom', 'Het onbenutte arbeidspotentieel is per gewerkt uur minder productief in sommige sectoren.')];
    // (the reading says whether a ranking is asked: asksRanking)
    const ask = (q: string) =>
      onPassages(ps, q, { text: q, asks: 'list', asksList: true, asksQuantity: false, ...(analyseQuestion(q).asksRanking ? { asksRanking: true } : {}) });
    expect(ask('Welke sectoren hebben de hoogste productiviteit per gewerkt uur?').answered).toBe(false);
    // so is a place in a ranking asked for
    expect(ask('Op welke plaats staan de sectoren met een lage productiviteit per gewerkt uur?').answered).toBe(false);
    // asked without a ranking, the same sentence answers
    expect(ask('Welke sectoren hebben een lage productiviteit per gewerkt uur?').answered).toBe(true);
  });

  it('quotes a why-question from the sentence before the one that answers it, where the argument starts', () => {
    const ps = [passage(6, 'Kapitaal', 'Er is sprake van marktfalen op het gebied van financiering. Zo heeft Nederland een onderontwikkelde markt voor risicofinanciering. Innovatieve scale-ups kunnen in Nederland moeilijker aan durfkapitaal komen.')];
    const why = onPassages(ps, 'Waarom kunnen innovatieve scale-ups in Nederland moeilijker aan durfkapitaal komen?', { text: '', asks: 'reason', asksList: false, asksQuantity: false });
    expect(why.text).toMatch(/“Zo heeft Nederland een onderontwikkelde markt voor risicofinanciering\. Innovatieve scale-ups/);
    // a sentence before that gives no cause is not the argument
    const plain = [passage(6, 'Kapitaal', 'Er is sprake van marktfalen op het gebied van financiering. Nederland heeft een onderontwikkelde markt voor risicofinanciering. Innovatieve scale-ups kunnen in Nederland moeilijker aan durfkapitaal komen.')];
    expect(onPassages(plain, 'Waarom kunnen innovatieve scale-ups in Nederland moeilijker aan durfkapitaal komen?', { text: '', asks: 'reason', asksList: false, asksQuantity: false }).text).toMatch(/“Innovatieve scale-ups/);
    // asked what, not why, the sentence alone
    const what = onPassages(ps, 'Kunnen innovatieve scale-ups in Nederland moeilijker aan durfkapitaal komen?', { text: '', asks: 'yesno', asksList: false, asksQuantity: false });
    expect(what.text).not.toContain('Zo heeft');
  });

  it('does not answer a question about a name the text never mentions with what it says of the rest', () => {
    const ps = [passage(4, 'Waarom', 'De Nederlandse arbeidsproductiviteit groeit de afgelopen jaren minder snel dan in het verleden.')];
    const ask = (q: string) => onPassages(ps, q, { text: q, asks: 'fact', asksList: false, asksQuantity: false });
    expect(ask('Groeit de Nederlandse arbeidsproductiviteit de afgelopen jaren minder snel dan in het verleden, net als in Duitsland?').answered).toBe(false);
    expect(ask('Hoe groeit de Nederlandse arbeidsproductiviteit de afgelopen jaren?').answered).toBe(true);
  });

  it('does not answer a figure asked for a year with a figure for no year', () => {
    const ps = [passage(8, 'Technologie', 'De OESO schat dat AI de arbeidsproductiviteitsgroei met 0,4 à 0,9 procent per jaar kan verhogen.')];
    const ask = (q: string) => {
      const r = analyseQuestion(q);
      return onPassages(ps, q, { text: q, asks: r.asks, asksList: false, asksQuantity: r.asksQuantity, ...(r.figure ? { figure: r.figure } : {}), ...(r.year ? { year: r.year } : {}) });
    };
    expect(ask('Welk cijfer geeft het advies voor de arbeidsproductiviteitsgroei door AI in 2024?').text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
    // without a year, the same sentence answers
    expect(ask('Welk cijfer geeft het advies voor de arbeidsproductiviteitsgroei door AI?').answered).toBe(true);
  });

  it('does not answer a question for a person with a sentence that names no one', () => {
    const ps = [passage(3, 'Advies op hoofdlijnen', 'De minister stuurde de Kamerbrief Uitwerking productiviteitsagenda van 13 december 2024 aan de Tweede Kamer.'), passage(6, 'Mogelijkheden', 'Draghi (2024) signaleert een stapeling van regelgeving in de Kamerbrief.')];
    // the corpus is both passages (so "minister" is a corpus word, as it is in the advisory); each question is given one passage
    const ask = (q: string, at: number) =>
      onPassages([ps[at]!], q, { text: q, asks: 'who', asksList: false, asksQuantity: false, ...(analyseQuestion(q).asksPerson ? { asksPerson: true } : {}) }, { stats: buildTermStats(ps) });
    const unnamed = ask('Welke minister stuurde de Kamerbrief Uitwerking productiviteitsagenda aan de Tweede Kamer?', 0);
    expect(unnamed.answered).toBe(false);
    expect(unnamed.evidence?.ruled).toBe('abstain');
    // a sentence naming an author answers
    expect(ask('Welke minister signaleert een stapeling van regelgeving in de Kamerbrief?', 1).answered).toBe(true);
    // asked for the document, not a person, the same sentence answers
    expect(ask('Wie stuurde de Kamerbrief Uitwerking productiviteitsagenda aan de Tweede Kamer?', 0).answered).toBe(true);
  });

  it('does not answer with a passage that has none of the question\'s words', () => {
    // (found by likeness alone: the model, reading a question all of whose words the corpus lacks, would answer)
    const ps = [passage(11, 'Veranker productiviteitsgroei in de jaarlijkse beleidscyclus', 'De SER pleit voor een jaarlijkse beleidscyclus voor het monitoren van de productiviteitsontwikkeling.')];
    const q = 'Hoe denkt de SER over de btw op groente en fruit?';
    const r = onPassages(ps, q, analyseQuestion(q));
    expect(r.evidence?.passageCoverage).toBe(0);
    expect(r.answered).toBe(false);
    expect(r.evidence?.ruled).toBe('abstain');
  });

  it('does not answer who pays with a sentence that says nothing of paying or financing', () => {
    const ps = [
      passage(7, 'Kwaliteit van werk', 'De SER en de Commissie Regulering van Werk onderschrijven het belang van een systeem van leerrechten.'),
      passage(10, 'Aanbevelingen', 'Bevorder de mogelijkheden voor institutionele beleggers om de doorgroei van scale-ups te kunnen financieren.'),
    ];
    const ask = (q: string, at: number) => onPassages([ps[at]!], q, { text: q, asks: 'who', asksList: false, asksQuantity: false, ...(analyseQuestion(q).asksPayer ? { asksPayer: true } : {}) });
    const r = ask('Wie moet die leerrechten betalen?', 0);
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/^Het advies zegt niet wie dat betaalt\./);
    // a sentence on financing answers
    expect(ask('Wie moet de doorgroei van scale-ups financieren?', 1).answered).toBe(true);
    // asked who is to act, not who pays, the first sentence answers
    expect(ask('Wie onderschrijven het belang van leerrechten?', 0).answered).toBe(true);
  });

  it('answers a figure asked per year only with a yearly figure', () => {
    // ("How large is the Dutch venture capital market in euros per year?" had "bedragen vanaf circa 50 miljoen euro", a round's size)
    const ps = [passage(6, 'Kapitaalverdieping', 'Scale-ups zoeken durfkapitaal in bedragen vanaf circa 50 miljoen euro.'), passage(8, 'Technologie', 'De OESO schat dat AI de groei met 0,4 à 0,9 procent per jaar kan verhogen.')];
    const ask = (q: string) => composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: (_d, p) => ps.find((x) => x.page === p)?.text, docInfo, read: analyseQuestion(q) });
    expect(ask('Hoeveel geld zoeken scale-ups per jaar?').text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
    expect(ask('Hoeveel geld zoeken scale-ups?').text).toMatch(/^50 miljoen euro\./);
    expect(ask('Hoeveel kan AI de groei per jaar verhogen?').text).toMatch(/^0,4 à 0,9 procent\./);
  });

  it('does not answer "hoeveel" with a sentence whose only number is a year', () => {
    const ps = [passage(10, 'Bijdrage van sociale partners', 'Om aan de EU-doelstelling voor 2030 te voldoen moet het bedrijfsleven meer uitgeven aan onderzoek.')];
    const ask = (q: string) => composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => ps[0]!.text, docInfo, read: { text: q, asks: 'quantity', asksList: false, asksQuantity: true } });
    expect(ask('Hoeveel moet het bedrijfsleven uitgeven aan onderzoek?').text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
    // nor with a date ("de Kamerbrief van 13 december 2024")
    const dated = [passage(3, 'Advies', 'Dit komt naar voren in de Kamerbrief over de groei van de arbeidsproductiviteit van 13 december 2024.')];
    const asked = 'Hoe hoog was de groei van de arbeidsproductiviteit?';
    expect(composeAnswer({ question: asked, language: 'nl', passages: dated, stats: buildTermStats(dated), pageText: () => dated[0]!.text, docInfo, read: { text: asked, asks: 'quantity', asksList: false, asksQuantity: true } }).text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
    // nor with a Dutch sentence whose only "number" is the English word ten ("ten opzichte van")
    const wages = [passage(4, 'Lonen', 'De reële loonontwikkeling moet niet te langzaam gaan (ten opzichte van de arbeidsproductiviteitsgroei).')];
    const q = 'Hoeveel moet de reële loonontwikkeling stijgen bij de arbeidsproductiviteitsgroei?';
    expect(composeAnswer({ question: q, language: 'nl', passages: wages, stats: buildTermStats(wages), pageText: () => wages[0]!.text, docInfo, read: { text: q, asks: 'quantity', asksList: false, asksQuantity: true } }).answered).toBe(false);
    // a figure that is no year answers
    const figure = [passage(8, 'Technologie', 'Het bedrijfsleven moet 3 procent uitgeven aan onderzoek in 2030.')];
    expect(composeAnswer({ question: 'Hoeveel moet het bedrijfsleven uitgeven aan onderzoek?', language: 'nl', passages: figure, stats: buildTermStats(figure), pageText: () => figure[0]!.text, docInfo, read: { text: 'Hoeveel moet het bedrijfsleven uitgeven aan onderzoek?', asks: 'quantity', asksList: false, asksQuantity: true } }).answered).toBe(true);
  });

  it('answers a target asked only with a figure the text sets as one, not a level it reports (nor a word that only contains "doel")', () => {
    const ask = (text: string) => {
      const ps = [passage(7, 'Kwaliteit van werk', text)];
      const q = 'Met hoeveel procent moet de registratielast van verpleegkundigen omlaag?';
      return composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => text, docInfo, read: analyseQuestion(q) }).answered;
    };
    expect(ask('De registratielast van verpleegkundigen moet omlaag: de doelstelling is 20 procent van de werktijd.')).toBe(true);
    expect(ask('Verpleegkundigen besteden 40 procent van de werktijd aan registratie; de registratielast moet omlaag.')).toBe(false);
    expect(ask('Verpleegkundigen besteden 40 procent van de werktijd aan registratie, bedoeld voor verantwoording; de registratielast moet omlaag.')).toBe(false);
  });

  it('finds a number of things in a text, not a year, an amount, a share or a rate', () => {
    expect(countIn('Uit een analyse van 800 Europese regio’s blijkt dat …')).toBe('800 Europese regio’s');
    expect(countIn('via de volgende drie sporen:')).toBe('drie sporen');
    for (const t of ['bedragen vanaf circa 50 miljoen euro', 'slechts 17 procent van het mkb', 'via één Werkcentrum per arbeidsmarktregio', 'de EU-doelstelling voor 2030', 'vier à acht procent hoger', 'Het Draghi-rapport laat ten slotte zien', 'In paragraaf 3.3 komen we daarop terug.'])
      expect(countIn(t), t).toBeUndefined();
  });

  it('answers a count only with a number or share of things, a percentage only with a percentage', () => {
    const ask = (text: string, figure: 'count' | 'percent') =>
      composeAnswer({ question: 'Hoeveel scale-ups vertrekken naar de VS?', language: 'nl', passages: [passage(6, 'Kapitaal', text)], stats: buildTermStats([passage(6, 'Kapitaal', text)]), pageText: () => text, docInfo, read: { text: 'Hoeveel scale-ups vertrekken naar de VS?', asks: 'quantity', asksList: false, asksQuantity: true, figure } }).answered;
    expect(ask('Scale-ups vertrekken naar de VS bij bedragen vanaf 50 miljoen euro.', 'count')).toBe(false);
    expect(ask('Er is één scale-up per regio die naar de VS vertrekt.', 'count')).toBe(false);
    expect(ask('Er vertrekken jaarlijks 40 scale-ups naar de VS.', 'count')).toBe(true);
    expect(ask('Van de scale-ups vertrekt 12 procent naar de VS.', 'count')).toBe(true);
    expect(ask('Er vertrekken jaarlijks 40 scale-ups naar de VS.', 'percent')).toBe(false);
    expect(ask('Van de scale-ups vertrekt 12 procent naar de VS.', 'percent')).toBe(true);
    // money is a sum in euros, not the first letters of "Europese"
    const money = (text: string) =>
      composeAnswer({ question: 'Hoeveel geld gaat daarin om?', language: 'nl', passages: [passage(7, 'Gezondheid', text)], stats: buildTermStats([passage(7, 'Gezondheid', text)]), pageText: () => text, docInfo, read: { text: 'Hoeveel geld gaat daarin om?', asks: 'quantity', asksList: false, asksQuantity: true, figure: 'money' } }).answered;
    expect(money('Uit een analyse van 800 Europese regio’s blijkt dat daar geld in omgaat.')).toBe(false);
    expect(money('Daar gaat 800 euro in om, blijkt uit geld.')).toBe(true);
    // a span of time: hours, years, or a share of the time; not a share of something else
    const hours = (text: string) =>
      composeAnswer({ question: 'Hoeveel uur zijn verpleegkundigen kwijt aan registratie?', language: 'nl', passages: [passage(7, 'Werk', text)], stats: buildTermStats([passage(7, 'Werk', text)]), pageText: () => text, docInfo, read: { text: 'Hoeveel uur zijn verpleegkundigen kwijt aan registratie?', asks: 'quantity', asksList: false, asksQuantity: true, figure: 'duration' } }).answered;
    expect(hours('De registratie kost verpleegkundigen 12 uur per week.')).toBe(true);
    expect(hours('De registratielast van verpleegkundigen bedraagt 40 procent van de werktijd.')).toBe(true);
    expect(hours('De registratie bij verpleegkundigen groeit met 40 procent.')).toBe(false);
  });

  it('answers a short follow-up beside the previous answer, unless it names a topic word the text there lacks', () => {
    const said = 'Innovatieve scale-ups komen in Nederland moeilijker aan voldoende durfkapitaal.';
    const ps = [
      passage(6, 'Kapitaal', `${said} Het gaat om bedragen vanaf circa 50 miljoen euro voor deze bedrijven.`),
      passage(10, 'Aanbevelingen aan het kabinet', 'Moedig pensioenfondsen aan om meer in het mkb te beleggen.'),
    ];
    const ask = (turn: string) =>
      composeAnswer({
        question: `Waarom komen scale-ups moeilijk aan geld? ${turn}`,
        language: 'nl',
        passages: ps,
        stats: buildTermStats(ps),
        pageText: (_doc, p) => ps.find((x) => x.page === p)?.text,
        docInfo,
        previousAnswer: `Het advies zegt (p. 6): “${said}” [1]`,
        read: { text: turn, asks: 'fact', asksList: false, asksQuantity: false, pointer: true },
      });
    expect(ask('en over welke bedragen gaat het?').citations[0]!.page).toBe(6);
    expect(ask('en wat willen ze dat de pensioenfondsen doen?').citations[0]!.page).toBe(10);
  });

  it('answers a turn that names only a cited source with what the text says of it, in the text\'s order', async () => {
    const topic = 'Hoe doet de EU het volgens het Draghi-rapport in vergelijking met de VS?';
    const a = await compose(`${topic} en Letta?`, { read: { text: 'en Letta?', asks: 'fact', asksList: false, asksQuantity: false } });
    // every sentence that names Letta (p. 4 twice, p. 6), each quoted, in the order of the text
    expect(a.citations.map((c) => c.page)).toEqual([4, 4, 6]);
    expect(a.text).toMatch(/Letta-?rapport wijst op fragmentatie en barrières.*” \[1\] Ook \(p\. 4\): “Letta wijst op het belang van het voltooien van de interne markt[^”]*” \[2\] Ook \(p\. 6\): “Het eerder genoemde Letta-rapport[^”]*” \[3\]$/s);
    // an acronym is a name too ("wat zegt het CPB?"): every quote names it
    // (with the glossary, which knows CPB as a synonym and so does not mark it a name)
    const cpb = await compose(`${topic} wat zegt het CPB?`, { expand: glossaryPhrases, read: { text: 'wat zegt het CPB?', asks: 'fact', asksList: false, asksQuantity: false } });
    expect(cpb.citations.length).toBeGreaterThan(1);
    for (const c of cpb.citations) expect(c.quote).toMatch(/CPB/);
    // a name in a question with a topic of its own is an ordinary question
    const own = await compose('Wat zegt Letta over internationalisering?', { read: { text: 'Wat zegt Letta over internationalisering?', asks: 'fact', asksList: false, asksQuantity: false } });
    expect(own.citations.map((c) => c.page)).not.toEqual([4, 4, 6]);
  });

  it('answers why something matters, under a heading that asks it, with the sentence that states its effect', () => {
    const text =
      'De arbeidsproductiviteitsgroei in Nederland staat sterk onder druk. De SER pleit dan ook voor een langetermijnvisie op arbeidsproductiviteitsgroei. Arbeidsproductiviteitsgroei stimuleert het verdienvermogen van de economie.';
    const ps = [passage(4, 'Waarom inzetten op hogere groei van de arbeidsproductiviteit?', text)];
    const q = 'Waarom is arbeidsproductiviteitsgroei zo belangrijk?';
    const a = composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => text, docInfo, read: { text: q, asks: 'reason', asksList: false, asksQuantity: false } });
    expect(a.text).toMatch(/\(p\. 4, onder ‘Waarom inzetten op hogere groei van de arbeidsproductiviteit\?’\): “Arbeidsproductiviteitsgroei stimuleert het verdienvermogen/);
  });

  it('prefers the text that treats a subject to a sentence that mentions it and refers elsewhere', () => {
    const ps = [
      passage(8, 'Technologie', 'Onvoldoende scholing voor flexibele werkenden is dan niet bevorderlijk (zie paragraaf 2.1).'),
      passage(7, 'Kwaliteit van werk', 'Het flexibele deel van de arbeidsmarkt heeft minder kans op scholing en begeleiding.'),
    ];
    expect(run('Krijgen flexibele werkenden minder scholing?', ps).citations[0]!.page).toBe(7);
    // without the cross-reference, the same tie goes to the first-ranked passage
    const plain = [passage(8, 'Technologie', 'Onvoldoende scholing voor flexibele werkenden is dan niet bevorderlijk.'), ps[1]!];
    expect(run('Krijgen flexibele werkenden minder scholing?', plain).citations[0]!.page).toBe(8);
  });

  it('answers a list question with a list introduction that ends its passage, its items the headings after it', () => {
    const intro = 'Met dit advies pleit de SER voor hogere groei via de volgende sporen:';
    const page = ['Advies op hoofdlijnen', intro, 'Investeer in menselijk kapitaal', 'Tekst over menselijk kapitaal.', 'Bevorder vernieuwend ondernemerschap', 'Tekst over ondernemerschap.'].join('\n');
    // the section's passage ends with the introduction; its items are the headings of the sub-sections after it
    const ps = [passage(3, 'Advies op hoofdlijnen', intro), passage(5, 'Groei', 'De sporen van de groei zijn in alle sectoren anders.')];
    const a = composeAnswer({
      question: 'Langs welke sporen wil de SER de groei verhogen?',
      language: 'nl',
      passages: [ps[1]!, ps[0]!],
      stats: buildTermStats(ps),
      pageText: (_doc, p) => (p === 3 ? page : ps[1]!.text),
      docInfo,
    });
    expect(a.citations[0]!.page).toBe(3);
    expect(a.text).toContain('• Investeer in menselijk kapitaal\n• Bevorder vernieuwend ondernemerschap');
  });

  it('quotes a sentence that points back ("Dit bevordert …") after the sentence it points to', () => {
    const text =
      'Beperk het beroep op het concurrentiebeding tot de weinige situaties waarin dat echt nodig is. Dit bevordert de mobiliteit op de arbeidsmarkt en helpt nieuwe bedrijven aan goede mensen.';
    const a = run('Wat bevordert de mobiliteit op de arbeidsmarkt?', [passage(10, '', text)]);
    expect(a.citations[0]!.quote).toBe(text);
    // so is one that names what it points back to in its first words
    const named = 'Het Draghi-rapport en het Letta-rapport beschrijven de achterstand van Europa. Het is volgens deze rapporten zaak te investeren in nieuwe technologie en innovatie.';
    expect(run('Wat is volgens de rapporten zaak om te investeren in technologie en innovatie?', [passage(4, '', named)]).citations[0]!.quote).toBe(named);
    // so is one that says what the one before it is needed for ("Zonder dat is …"); not one opening "Met dit briefadvies …"
    const basis = 'De AI-adoptie gaat traag. Mensen moeten kunnen lezen en schrijven en digitale basisvaardigheden beheersen. Zonder dat is verdere ontwikkeling moeilijk.';
    expect(run('Wanneer is verdere ontwikkeling moeilijk?', [passage(8, '', basis)]).citations[0]!.quote).toMatch(/^Mensen moeten kunnen lezen/);
    // a sentence that stands on its own is quoted without its predecessor
    const own = 'De SER wil minder regeldruk voor het mkb. De mobiliteit op de arbeidsmarkt moet omhoog via betere scholing en begeleiding van werkenden.';
    expect(run('Wat zegt de SER over de mobiliteit op de arbeidsmarkt?', [passage(10, '', own)]).citations[0]!.quote).toMatch(/^De mobiliteit/);
  });

  it('reads back through a chain of sentences that point back ("Dit vraagt …", "Zo heeft …"), and to a conclusion\'s "daarom"', () => {
    const chain =
      'Er is daarnaast sprake van marktfalen op het gebied van mkb-financiering in Nederland. Dit vraagt om een andere financiële infrastructuur. Zo heeft Nederland een onderontwikkelde markt voor risicofinanciering.';
    expect(run('Hoe staat het met de risicofinanciering in Nederland?', [passage(6, '', chain)]).citations[0]!.quote).toBe(chain);
    const conclusion = 'Inzetten op arbeidsproductiviteitsgroei is voorwaardelijk om te komen tot brede welvaart. De SER vindt het daarom belangrijk dat de productiviteitsagenda geen vertraging oploopt.';
    expect(run('Mag de productiviteitsagenda vertraging oplopen?', [passage(3, '', conclusion)]).citations[0]!.quote).toBe(conclusion);
  });

  it('quotes a pair of sentences whose second introduces a list with the list', () => {
    const text = 'Een derde knelpunt is dat het mkb weinig doorgroei vertoont. Nader onderzoek is nodig naar de onderliggende oorzaken:\n• Is er een gebrek aan gekwalificeerde arbeid?\n• Is het belastingsysteem gericht op investeringen?';
    const q = 'Wat zijn de onderliggende oorzaken van de weinige doorgroei van het mkb?';
    const ps = [passage(5, 'Kapitaalverdieping', text)];
    const a = composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => text, docInfo, read: { text: q, asks: 'reason', asksList: false, asksQuantity: false } });
    expect(a.text).toContain('gekwalificeerde arbeid');
  });

  it('answers a when-question with a sentence that gives a date, if it covers the question half as well as the best', () => {
    // (a follow-up's topic words, "why the rush? the cabinet is caretaker", had the best sentence be one with no date: "no date given")
    const text = 'De SER vindt het daarom belangrijk dat de productiviteitsagenda van het kabinet geen vertraging oploopt vanwege zijn demissionaire status.';
    const dated = 'Inzetten op groei is belangrijk. Dit komt ook naar voren in de Kamerbrief over de productiviteitsagenda van 13 december 2024.';
    const q = 'Van wanneer is de Kamerbrief over de productiviteitsagenda van het demissionaire kabinet?';
    const ps = [passage(3, '', text), passage(2, '', dated), passage(4, '', 'De SER pleit voor een jaarlijkse beleidscyclus.'), passage(5, '', 'Het CPB maakt een jaarlijkse analyse.')];
    const a = composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: (_d, p) => ps.find((x) => x.page === p)?.text, docInfo, read: { text: q, asks: 'date', asksList: false, asksQuantity: false } });
    expect(a.text).toMatch(/^13 december 2024\./);
  });

  it('answers a what-question with the sentence that introduces a list, when it covers the question as well as the best', () => {
    // ("Waarvoor wil de SER een jaarlijkse beleidscyclus?" had the sentence after the list, which opens with the term)
    const text =
      'De SER pleit voor een jaarlijkse beleidscyclus voor:\n• het monitoren van de productiviteitsontwikkeling.\n• het formuleren van beleidsaanbevelingen.\nIn de jaarlijkse beleidscyclus moet de NPB een belangrijke rol spelen.';
    const q = 'Waarvoor wil de SER precies een jaarlijkse beleidscyclus hebben?';
    const ps = [passage(11, '', text)];
    const a = composeAnswer({ question: q, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => text, docInfo, read: { text: q, asks: 'fact', asksList: false, asksQuantity: false } });
    expect(a.citations[0]!.quote).toMatch(/^De SER pleit voor een jaarlijkse beleidscyclus voor:/);
    expect(a.text).toContain('beleidsaanbevelingen');
    // (and a what-is question: "wat is die jaarlijkse beleidscyclus?")
    const d = 'Wat is die jaarlijkse beleidscyclus van de SER?';
    const def = composeAnswer({ question: d, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => text, docInfo, read: { text: d, asks: 'definition', asksList: false, asksQuantity: false } });
    expect(def.citations[0]!.quote).toMatch(/^De SER pleit voor een jaarlijkse beleidscyclus voor:/);
  });

  it("weighs a list's introduction with its paragraph and items, so it does not read as covering nothing", () => {
    // "Globaal gaat het om de volgende dimensies:" has none of the question's words; its paragraph does
    const list = passage(
      5,
      '',
      'Versterking van de arbeidsproductiviteit raakt alle facetten van de economie. Globaal gaat het om de volgende dimensies:\n1. Kapitaalverdieping: machines per eenheid arbeid.\n2. Kwaliteit van arbeid: beter opgeleide werkenden.\n3. Technologie: nieuwe productiemethoden.',
    );
    const a = run('Langs welke drie wegen kan de arbeidsproductiviteit grofweg groeien?', [list, passage(4, '', 'De arbeidsproductiviteit staat onder druk.')]);
    expect(a.evidence.sentenceCoverage).toBeGreaterThan(0);
  });

  it('a who-question prefers the sentence that names a body', () => {
    const who = [
      passage(5, '', 'De uitvoering van de cyclus vraagt om capaciteit en commitment.'),
      passage(6, '', 'De uitvoering van de cyclus ligt bij het CPB als NPB.'),
    ];
    expect(run('Wie zorgt voor de uitvoering van de cyclus?', who).citations[0]!.page).toBe(6);
  });
});

describe('countAsked and listLength', () => {
  it('reads how many things a list question asks for, and how long a list is', async () => {
    const { countAsked, listLength } = await import('../../src/answer/compose.ts');
    expect(countAsked('Langs welke drie sporen kan het?')).toBe(3);
    expect(countAsked('What are the 3 main sources?')).toBe(3);
    expect(countAsked('Welke sporen noemt de SER?')).toBeUndefined();
    // a figure is no count
    expect(countAsked('Welke landen groeien 2,2 procent?')).toBeUndefined();
    const page = 'Globaal gaat het om de volgende dimensies:\n1. Een.\n2. Twee.\n3. Drie.\nDaarna verder.';
    expect(listLength(page, page.indexOf(':') + 1)).toBe(3);
  });
});

describe('compoundParts', () => {
  it('tells a compound of corpus words (a paraphrase) from an absent topic', async () => {
    const { compoundParts } = await import('../../src/answer/compose.ts');
    for (const w of ['productiviteitsbeleid', 'onderwijsbudget']) expect(compoundParts(w, stats), w).toBeDefined();
    for (const w of ['hypotheekrenteaftrek', 'kinderopvang', 'stikstofuitstoot', 'vennootschapsbelasting']) expect(compoundParts(w, stats), w).toBeUndefined();
  });

  it('reads a compound whose long head the corpus has as a narrower sense of it, whatever its modifier (`volks|gezondheid`)', async () => {
    const { compoundParts } = await import('../../src/answer/compose.ts');
    expect(compoundParts('volksgezondheid', stats)).toBeDefined();
  });

  it('reads a corpus topic narrowed by a word of the language (`onderwijs|prestaties`) as that topic, a short modifier not (`kinder|opvang`)', async () => {
    const { compoundParts } = await import('../../src/answer/compose.ts');
    expect(compoundParts('onderwijsprestaties', stats)).toBeDefined();
    expect(compoundParts('kinderopvang', stats)).toBeUndefined();
  });

  it('gives the parts of a compound, and a question matches the text by its head (`maakbedrijven` are bedrijven)', async () => {
    const { compoundParts, weighTerms } = await import('../../src/answer/compose.ts');
    expect(compoundParts('onderwijsbudget', stats)).toEqual(['onderwijs', 'budget']);
    const { stem } = await import('../../src/language/stem.ts');
    const term = weighTerms('Veel maakbedrijven klagen. Wat zegt het advies over financiering?', 'nl', stats).find((t) => t.word === 'maakbedrijven')!;
    expect(term.topical).toBe(false);
    expect(term.stems).toContain(stem('bedrijven', 'nl'));
  });

  it('does not find a modifier in -heid through the adjective its stem is (`minderheid` → minder)', async () => {
    const { compoundParts } = await import('../../src/answer/compose.ts');
    expect(compoundParts('minderheidsstandpunt', stats)).toBeUndefined();
  });
});

describe('withoutMarkers', () => {
  it('drops list numbers and endnote marks, keeps figures', async () => {
    const { withoutMarkers } = await import('../../src/answer/compose.ts');
    expect(/\d/.test(withoutMarkers('Globaal:\n1. Kapitaalverdieping: machines.\n2. Kwaliteit van arbeid.'))).toBe(false);
    expect(/\d/.test(withoutMarkers('een systeem van leerrechten.14 Bij kennis'))).toBe(false);
    expect(withoutMarkers('de registratielast is 40 procent, 2,2 procent per jaar')).toContain('40 procent');
  });
});

describe('runsOn', () => {
  it('finds the end of a sentence on the next page, only when the quote ends its page unfinished', async () => {
    const { runsOn } = await import('../../src/answer/compose.ts');
    const page = 'Eerste zin. Deze kennis komt bij vertrek ook ten goede';
    const pages = (next: string) => (_doc: string, p: number) => (p === 1 ? page : p === 2 ? next : undefined);
    expect(runsOn('Deze kennis komt bij vertrek ook ten goede', DOC, 1, pages('aan de concurrent. Dit vraagt om middelen.'))).toBe('aan de concurrent.');
    // a finished sentence, a quote inside its page, or a next page opening anew: nothing runs on
    expect(runsOn('Eerste zin.', DOC, 1, pages('aan de concurrent.'))).toBeUndefined();
    expect(runsOn('Deze kennis komt', DOC, 1, pages('aan de concurrent.'))).toBeUndefined();
    expect(runsOn('Deze kennis komt bij vertrek ook ten goede', DOC, 1, pages('Nieuwe kop\nEen zin.'))).toBeUndefined();
  });
});

describe('listRunsOn', () => {
  it('reads a list that ends its page on with the items at the top of the next page', async () => {
    const { listRunsOn } = await import('../../src/answer/compose.ts');
    const page = 'Nader onderzoek is nodig naar de oorzaken:\n• Blijven investeringen achterwege?\n• Er is sprake van een tekortschietende bedrijvendynamiek. Wat is hier aan de hand?';
    const quote = page;
    const pages = (next: string) => (_doc: string, p: number) => (p === 1 ? page : p === 2 ? next : undefined);
    // (the next page's first line finishes the last item; the list ends where a line is no item)
    expect(listRunsOn(quote, DOC, 1, pages('Hoe kan de bedrijvendynamiek worden vergroot?\n• Arbeidsmarktinstituties en loonvorming?\nHet formuleren van onderzoeksvragen hoort bij de cyclus.'))).toBe(
      'Hoe kan de bedrijvendynamiek worden vergroot? • Arbeidsmarktinstituties en loonvorming?',
    );
    // a next page that opens with no item, or a quote that does not end its page on an item: nothing runs on
    expect(listRunsOn(quote, DOC, 1, pages('Een nieuwe alinea.\nNog een.'))).toBeUndefined();
    expect(listRunsOn('Nader onderzoek is nodig naar de oorzaken:\n• Blijven investeringen achterwege?', DOC, 1, pages('• Arbeidsmarktinstituties en loonvorming?'))).toBeUndefined();
  });
});

describe('a quote as shown', () => {
  it('drops a footnote mark after a sentence end, not the number of a section', () => {
    const passage = (page: number, section: string, text: string): Passage => ({ id: `${DOC}:${page}:0`, doc: DOC, title: TITLE, page, section, text, start: 0, end: text.length, score: 1 });
    const ps = [passage(6, 'Kapitaal', 'Het formuleren van onderzoeksvragen hoort bij de beleidscyclus. In paragraaf 3.3 komen we daarop terug.11')];
    const a = onPassages(ps, 'Waar komt het formuleren van onderzoeksvragen in paragraaf terug?', { text: '', asks: 'fact', asksList: false, asksQuantity: false });
    expect(a.text).toContain('In paragraaf 3.3 komen we daarop terug.”');
  });
});

describe('readParagraph', () => {
  it('reads a quote on to the end of its paragraph, whole sentences under the limit, never into the next paragraph', async () => {
    const { readParagraph } = await import('../../src/answer/compose.ts');
    const page = 'Kop\nGroei stimuleert het verdienvermogen. Daarnaast kan het de werkdruk verlagen. Dit vraagt om slimmer werken.\nEen nieuwe alinea.';
    expect(readParagraph(page, 'Groei stimuleert het verdienvermogen.')).toBe(
      'Groei stimuleert het verdienvermogen. Daarnaast kan het de werkdruk verlagen. Dit vraagt om slimmer werken.',
    );
    // a sentence that would pass the limit is left out, and so is everything after it
    const long = `Eerste zin van de alinea. ${'Een heel lange zin '.repeat(30)}eindigt hier. Korte slotzin.`;
    expect(readParagraph(long, 'Eerste zin van de alinea.')).toBe('Eerste zin van de alinea.');
    // a quote not on the page stays as it is
    expect(readParagraph(page, 'Niet op de pagina.')).toBe('Niet op de pagina.');
    // a why-answer may read further (its cause tends to come last)
    const why = `Eerste zin van de alinea. ${'woord '.repeat(80)}eindigt hier. Draghi wijt het verschil aan de technologische voorsprong.`;
    expect(readParagraph(why, 'Eerste zin van de alinea.', 500)).not.toContain('voorsprong');
    expect(readParagraph(why, 'Eerste zin van de alinea.', 690)).toContain('voorsprong');
  });
});

describe('complement', () => {
  it('gives the complement of the one share a positive sentence states, when the question asks the negative', async () => {
    const { complement } = await import('../../src/answer/compose.ts');
    const s = 'Het Letta-rapport signaleert dat slechts 17 procent van het industriële mkb naar andere EU-lidstaten exporteert.';
    expect(complement('Welk percentage van het industriële mkb exporteert níet naar andere EU-landen?', s)).toEqual([17, 83]);
    expect(complement('What share of industrial SMEs do not export to other EU countries?', s)).toEqual([17, 83]);
    expect(complement('Welk percentage van hun tijd besteden verpleegkundigen aan iets anders dan registratie?', 'zo bedraagt de registratielast bij verpleegkundigen nog steeds 40 procent van de werktijd.')).toEqual([40, 60]);
    // asked in the positive, or stated in the negative, or two shares: nothing to compute
    expect(complement('Welk percentage van het industriële mkb exporteert naar andere EU-landen?', s)).toBeUndefined();
    expect(complement('Welk percentage exporteert niet?', 'Ruim 80 procent exporteert niet.')).toBeUndefined();
    expect(complement('Welk percentage groeit niet?', 'Tussen 10 procent en 20 procent groeit.')).toBeUndefined();
  });

  it('shows the computation in the answer, in the question language', async () => {
    const nl = await compose('Welk percentage van het industriële mkb exporteert volgens Letta níet naar andere EU-lidstaten?');
    expect(nl.citations[0]!.quote).toContain('17 procent');
    expect(nl.text).toContain('De rest: 100 − 17 = 83 procent.');
  });
});

describe('spelledNumbers', () => {
  it('rewrites Dutch number words before a unit in digits', async () => {
    const { spelledNumbers } = await import('../../src/answer/compose.ts');
    expect(spelledNumbers('Een stijging van gezondheid met één procent leidt tot een vier à acht procent hoger bbp')).toEqual(['1 procent', '4 à 8 procent']);
    expect(spelledNumbers('de afgelopen twintig jaar')).toEqual(['20 jaar']);
    // the article "een" and number words without a unit are not figures
    expect(spelledNumbers('een stijging van drie sporen')).toEqual([]);
  });
});

describe('term statistics', () => {
  it('counts a term found only in section headings under those headings, text frequencies unchanged', () => {
    const stats = buildTermStats([
      { text: 'Investeer in menselijk kapitaal.', section: 'Advies op hoofdlijnen' },
      { text: 'Richt de cyclus op monitoren.', section: 'Advies op hoofdlijnen' },
      { text: 'De hoofdlijnen van het kapitaal.', section: 'Kapitaalverdieping' },
      { text: 'Iets anders.', section: 'Kapitaal en arbeid' },
    ]);
    expect(stats.df([stem('kernboodschap', 'nl')])).toBe(0);
    // in the text once: the headings do not add to it
    expect(stats.df([stem('hoofdlijnen', 'nl')])).toBe(1);
    expect(stats.df([stem('menselijk', 'nl')])).toBe(1);
    // only in a heading: the chunks under it
    expect(stats.df([stem('arbeid', 'nl')])).toBe(1);
  });
});

describe('bodiesNamed', () => {
  it('counts the distinct bodies a sentence names, not the SER that speaks', () => {
    expect(bodiesNamed('Deze benadering vraagt wel om voldoende capaciteit en commitment van alle betrokken actoren, waaronder het kabinet, het CPB als NPB, sociale partners en private en publieke sectoren.')).toBe(4);
    expect(bodiesNamed('In aanvulling daarop pleit de SER voor een jaarlijkse beleidscyclus met voldoende betrokkenheid van sociale partners.')).toBe(1);
  });
});

describe('previousQuote', () => {
  it('reads the page and quote of an answer that names its section, brackets in the heading and all', async () => {
    const { previousQuote } = await import('../../src/answer/compose.ts');
    expect(previousQuote('Het advies zegt (p. 3, onder ‘Geen tijd te verliezen’): “De SER vindt het daarom belangrijk.” [1]')).toEqual({ page: 3, quote: 'De SER vindt het daarom belangrijk.' });
    expect(previousQuote('According to the advisory (pp. 5-6, under ‘Kapitaal (en arbeid)’): “Publieke en private investeringen blijven achter.” [1]')?.page).toBe(5);
    expect(previousQuote('Het advies zegt (p. 9): “Maak werk van arbeidsproductiviteit.” [1]')?.page).toBe(9);
    // (an indicator answer's reference to the advisory: "The advisory (p. 8) [1]: “…”")
    expect(previousQuote('R&D expenditure … The advisory (p. 8) [1]: “Nederlandse R&D-uitgaven (2,2 procent) blijven al jaren achter.”')?.page).toBe(8);
  });
});
