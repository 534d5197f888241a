import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerIndicatorQuestion } from '../../src/answer/indicator-route.ts';
import { indicatorIntent as routeIndicatorQuestion } from '../../src/language/indicator-intent.ts';
import { sharedFile } from '../shared-file.ts';

const numbersIn = (s: string) => [...s.matchAll(/-?\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));

const positive: [string, string, Record<string, unknown>?][] = [
  ['Hoe snel groeide de productiviteit per uur sinds 2014, vergeleken met de EU?', 'productivity-growth', { country: 'NL', vs: ['EU27'], from: 2014 }],
  ['How fast did labour productivity per hour grow in the Netherlands since 2014 compared with the euro area?', 'productivity-growth', { country: 'NL', vs: ['EA20'], from: 2014 }],
  ['Hoeveel groeide de arbeidsproductiviteit in Duitsland tussen 2015 en 2023?', 'productivity-growth', { country: 'DE', from: 2015, to: 2023 }],
  ['What was the average annual growth of productivity in the US 2014-2023?', 'productivity-growth', { country: 'US', from: 2014, to: 2023 }],
  // a single year: the change over that year
  ['Hoeveel bedroeg de groei van de arbeidsproductiviteit in Nederland in 2024?', 'productivity-growth', { country: 'NL', from: 2023, to: 2024 }],
  ['How far is R&D spending from the 3 % target?', 'rd-intensity'],
  ['Hoeveel procentpunt ligt de R&D-ambitie van 3 procent boven het OESO-gemiddelde?', 'rd-intensity'],
  ['Hoeveel geeft Nederland uit aan R&D als percentage van het bbp, vergeleken met Duitsland?', 'rd-intensity', { country: 'NL', vs: ['DE'] }],
  ['How much does the Netherlands spend on research and development as a share of GDP?', 'rd-intensity'],
  ['Hoeveel hoger is de productiviteit na 10 jaar als AI er 0,4 tot 0,9 procentpunt per jaar bij doet?', 'scenario', { extraPp: [0.4, 0.9], years: 10 }],
  ['How much higher is productivity after 20 years if growth is 0.5 percentage points a year higher?', 'scenario', { extraPp: [0.5], years: 20 }],
  ['Hoeveel jaar duurt het om een achterstand van 10 procent in te lopen met 1 procentpunt extra groei per jaar?', 'scenario', { extraPp: [1], gap: 10 }],
  ['How much did capital deepening and TFP contribute to productivity growth in the Netherlands 2009-2019 (growth accounting)?', 'growth-accounting', { country: 'NL', from: 2009, to: 2019 }],
  ['Hoeveel droeg kapitaalverdieping bij aan de productiviteitsgroei, een groeiboekhouding voor 2000-2019?', 'growth-accounting', { from: 2000, to: 2019 }],
  ['Hoeveel zijn de lonen per uur gegroeid vergeleken met de productiviteit sinds 2000?', 'wages-vs-productivity', { from: 2000 }],
  ['How much did wages grow compared with productivity in the Netherlands?', 'wages-vs-productivity'],
  ['Hoeveel uren per werkende werkt Nederland vergeleken met Duitsland?', 'hours-and-employment', { country: 'NL', vs: ['DE'] }],
  ['How many hours per worker do the Dutch work compared with the EU?', 'hours-and-employment'],
  ['How much higher is the productivity level of the US than the Netherlands?', 'productivity-level'],
];

const negative = [
  'Wat zegt het advies over digitale basisvaardigheden?',
  'Wat verstaat het advies onder kapitaalverdieping?',
  'How does the advisory describe total factor productivity?',
  'Wat is nodig om aan de EU-doelstelling voor 2030 te voldoen?',
  'Wat vindt de SER van bezuinigingen op onderwijs?',
  'Waarom maakt de vergrijzing slimmer werken noodzakelijker?',
  'What does the SER say about venture capital for scale-ups?',
  'Welke rol kan de minister spelen bij de zichtbaarheid van de NPB?',
  'What does the SER recommend on R&D?',
  'Waarom blijven de R&D-uitgaven in Nederland achter?',
  'Wat adviseert de SER over AI?',
  'Why is productivity growth in Europe lagging behind the US?',
  'Welke maatregelen stelt het advies voor om de productiviteit te verhogen?',
  'Wat is arbeidsproductiviteit?',
  'Do employers invest in training for labour migrants?',
];

describe('indicator routing', () => {
  it.each(positive)('routes: %s → %s', (q, id, params) => {
    const r = routeIndicatorQuestion(q);
    expect(r?.id).toBe(id);
    if (params) expect(r!.params).toMatchObject(params);
  });

  it.each(negative)('leaves corpus questions alone: %s', (q) => {
    expect(routeIndicatorQuestion(q)).toBeNull();
  });

  it('needs an indicator intent, not just a statistics word: a question naming another topic goes to the corpus', () => {
    for (const q of [
      'Hoeveel geld is er sinds 2020 via het Groeifonds naar R&D gegaan?',
      'How much did the National Growth Fund spend on R&D per year?',
      'Hoeveel procent bedraagt de vennootschapsbelasting sinds 2019?',
      'Hoe snel groeide de productiviteit van de woningbouw sinds 2015?',
    ]) expect(routeIndicatorQuestion(q), q).toBeNull();
    // the same shapes about the indicators themselves are routed
    expect(routeIndicatorQuestion('Hoe snel groeide de arbeidsproductiviteit in Nederland sinds 2015?')?.id).toBe('productivity-growth');
    expect(routeIndicatorQuestion('How much does the Netherlands spend on R&D as a percentage of GDP?')?.id).toBe('rd-intensity');
  });

  it('"annual" or "jaarlijks" before a thing that is no rate, and "which steps", ask no quantity', () => {
    for (const q of [
      'What steps should the annual policy cycle for productivity growth include, according to the SER?',
      'Wat houdt de jaarlijkse analyse van de productiviteitsontwikkeling door het CPB in?',
      'Welke stappen horen bij de aanpak van de productiviteitsgroei?',
    ]) expect(routeIndicatorQuestion(q), q).toBeNull();
    expect(routeIndicatorQuestion('Wat is de jaarlijkse groei van de productiviteit?')?.id).toBe('productivity-growth');
    expect(routeIndicatorQuestion('What was the annual labour productivity growth in NL over the last ten years?')?.id).toBe('productivity-growth');
  });

  it('routes no dev-set question except the numeric one', () => {
    const dev = readFileSync(sharedFile('eval/dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    for (const d of dev) expect(routeIndicatorQuestion(d.q) !== null).toBe(d.kind === 'numeric');
  });
});

describe('indicator answers', () => {
  it('d14: the ambition is 0,3 procentpunt above the OECD average, page 8', async () => {
    const a = await answerIndicatorQuestion('Hoeveel procentpunt ligt de R&D-ambitie van 3 procent boven het OESO-gemiddelde?', 'nl');
    expect(a).not.toBeNull();
    expect(numbersIn(a!.text)).toContain(0.3);
    expect(a!.text).toMatch(/0,3 procentpunt/);
    expect(a!.figures.some((f) => f.value === 0.3 && f.source.page === 8)).toBe(true);
  });

  it('answers in the question language with figures and sources', async () => {
    const nl = await answerIndicatorQuestion('Hoe snel groeide de productiviteit per uur sinds 2014, vergeleken met de EU?', 'nl');
    expect(nl!.text).toMatch(/0,24 procent per jaar/);
    // the method line is Dutch in a Dutch answer; the figures keep their English labels (the data contract)
    expect(nl!.text).toMatch(/\nMethode: Bbp in constante koopkrachtpariteiten \(Wereldbank NY\.GDP\.MKTP\.PP\.KD\) gedeeld door het totaal aantal gewerkte uren \(OESO\); gemiddelde jaarlijkse groei = \(niveau 2024 \/ niveau 2014\)/);
    expect(nl!.figures[0]!.label).toBe('GDP per hour worked, average annual growth');
    // every figure travels with its source (dataset and retrieval date, or a page)
    for (const f of nl!.figures) expect(f.source.page ?? f.source.retrieved).toBeTruthy();
    expect(nl!.figures.find((f) => f.country === 'EU27')!.value).toBeCloseTo(0.8, 2);
    const en = await answerIndicatorQuestion('How far is R&D spending from the 3 % target?', 'en');
    expect(en!.text).toMatch(/percentage points below the 3.0 % target/);
    expect(en!.text).toMatch(/the ambition is 0\.3 percentage points above the OECD average/);
    expect(en!.text).toMatch(/\nMethod: GERD as % of GDP per area/);
    expect(en!.figures.some((f) => f.source.page === 8)).toBe(true);
    const ai = await answerIndicatorQuestion('Hoeveel hoger is de productiviteit na 10 jaar als AI er 0,4 tot 0,9 procentpunt per jaar bij doet?', 'nl');
    expect(ai!.text).toMatch(/Na 10 jaar/);
    expect(ai!.figures.filter((f) => /relative to baseline/.test(f.label))).toHaveLength(2);
  });

  it('returns null for a corpus question', async () => {
    expect(await answerIndicatorQuestion('Wat zegt het advies over digitale basisvaardigheden?', 'nl')).toBeNull();
  });

  it('explains an impossible request instead of guessing', async () => {
    const a = await answerIndicatorQuestion('Hoe snel groeide de productiviteit per uur in Nederland sinds 1970?', 'nl');
    expect(a!.figures).toEqual([]);
    expect(a!.text).toMatch(/1995-2024/);
    expect(a!.answered).toBe(false);
  });

  it('a statistic the advisory does not quote is answered from the statistics, saying the advisory gives none', async () => {
    const en = await answerIndicatorQuestion('What was Dutch labour productivity growth in 2024 according to the advisory?', 'en');
    expect(en!.answered).toBe(false);
    expect(en!.text).toMatch(/^The advisory gives no figure for this\. From the bundled statistics:\n.*2023-2024/);
    expect(en!.figures.length).toBeGreaterThan(0);
    const nl = await answerIndicatorQuestion('Hoeveel groeide de arbeidsproductiviteit per jaar volgens het advies de afgelopen tien jaar?', 'nl');
    expect(nl!.answered).toBe(false);
    expect(nl!.text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
    // the advisory quotes R&D spending itself (p. 8): that stays the corpus's to answer
    expect(routeIndicatorQuestion('How much does the Netherlands spend on R&D according to the advisory?')).toBeNull();
    // "vorig jaar", "last year": the change over the latest year the data have, not the decade's average
    const last = await answerIndicatorQuestion('wat was de groei van de arbeidsproductiviteit in nederland vorig jaar precies', 'nl');
    const [, from, to] = /over (\d{4})-(\d{4})/.exec(last!.text)!;
    expect(Number(to) - Number(from)).toBe(1);
    // asked without naming the advisory, the statistic answers all the same, and says the advisory gives none:
    // a gap in the corpus (answered: false), not a figure the advisory states
    const plain = await answerIndicatorQuestion('What was Dutch labour productivity growth in 2024, in percent?', 'en');
    expect(plain!.answered).toBe(false);
    expect(plain!.text).toMatch(/^The advisory gives no figure for this\. From the bundled statistics:\n.*2023-2024/);
    expect(plain!.figures.length).toBeGreaterThan(0);
    // so does one that names a statistics office as its source ("according to CBS figures", "volgens het CBS")
    for (const q of ['What was Dutch labour productivity growth in 2024 according to CBS figures?', 'Hoeveel groeide de arbeidsproductiviteit in 2024 volgens het CBS?']) {
      const cbs = await answerIndicatorQuestion(q, q.startsWith('What') ? 'en' : 'nl');
      expect(cbs!.answered).toBe(false);
      expect(cbs!.text).toMatch(/2023-2024/);
    }
    // the figures the advisory quotes itself (R&D spending, p. 8) answer as the corpus's
    const rd = await answerIndicatorQuestion('Hoeveel procent van het bbp geeft Nederland uit aan R&D?', 'nl');
    expect(rd!.answered).toBeUndefined();
    expect(rd!.text).not.toMatch(/geen cijfer/);
  });
});

describe('routing against the answer calibration set', () => {
  it('routes none of the corpus and unanswerable questions there', () => {
    let lines: string[] = [];
    try {
      lines = readFileSync(new URL('../fixtures/answer/calibration.jsonl', import.meta.url), 'utf8').trim().split('\n');
    } catch {
      return; // the answer area's fixture is not there (yet)
    }
    const routed = lines.map((l) => JSON.parse(l)).filter((d) => d.q && d.kind !== 'numeric' && routeIndicatorQuestion(d.q));
    expect(routed.map((d) => d.q)).toEqual([]);
  });
  it('"according to the OECD" is a question about a source, not a scenario', () => {
    expect(routeIndicatorQuestion('How much could AI raise labour productivity growth according to the OECD?')).toBeNull();
    expect(routeIndicatorQuestion('Hoeveel kan AI de productiviteitsgroei verhogen volgens de OESO?')).toBeNull();
    expect(routeIndicatorQuestion('If AI adds 0.4 percentage points a year, how much higher is productivity after 10 years?')?.id).toBe('scenario');
  });
});

describe('questions about what a named source estimates or explains', () => {
  it('go to the corpus, not to the statistics', () => {
    expect(routeIndicatorQuestion('What does the OECD estimate AI could add to annual labour productivity growth?')).toBeNull();
    expect(routeIndicatorQuestion('Hoe verklaart Draghi de groeiende productiviteitskloof met Amerika?')).toBeNull();
    expect(routeIndicatorQuestion('Hoeveel schat de OESO dat AI de productiviteitsgroei per jaar verhoogt?')).toBeNull();
    // the estimate as a noun, and a figure "in the advice"
    expect(routeIndicatorQuestion('Wat is de bovenkant van de OESO-schatting voor de jaarlijkse extra productiviteitsgroei door AI, in procent?')).toBeNull();
    expect(routeIndicatorQuestion("What is the upper end of the OECD's estimate of AI's yearly boost to productivity growth?")).toBeNull();
    expect(routeIndicatorQuestion('How much does AI add to productivity growth a year, going by the figure in the advice?')).toBeNull();
    expect(routeIndicatorQuestion('How much could AI add to productivity growth each year?')).toBeNull();
    expect(routeIndicatorQuestion('Hoeveel groei per jaar kan AI opleveren?')).toBeNull();
  });
  it('while a plain growth question is still routed', () => {
    expect(routeIndicatorQuestion('Hoe snel groeide de arbeidsproductiviteit per uur in Nederland van 2014 tot 2024?')?.id).toBe('productivity-growth');
  });
});
