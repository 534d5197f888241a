// Small builders for Slack tests: answers, indicator results, texts.
import type { Answer } from '../../src/answer/types.ts';
import type { IndicatorResult } from '../../src/metrics/types.ts';

export function makeAnswer(over: Partial<Answer> = {}): Answer {
  return {
    question: 'Wat adviseert de SER?',
    language: 'nl',
    text: 'De SER adviseert een gezamenlijke aanpak van kabinet en sociale partners [1], aansluitend op de productiviteitsagenda [2].',
    answered: true,
    citations: [
      {
        n: 1,
        doc: 'ser-briefadvies-25-04',
        title: 'Samenwerken voor arbeidsproductiviteitsgroei (SER Briefadvies 25/04)',
        page: 4,
        section: 'Aanbevelingen',
        quote: 'De raad adviseert…',
      },
      {
        n: 2,
        doc: 'kamerbrief-productiviteitsagenda-2024',
        title: 'Kamerbrief productiviteitsagenda',
        page: 2,
        pageEnd: 3,
        section: '',
        quote: 'Het kabinet…',
        url: 'https://example.org/kamerbrief',
      },
    ],
    figures: [],
    mode: 'local',
    notes: [],
    ...over,
  };
}

export function makeIndicatorResult(over: Partial<IndicatorResult> = {}): IndicatorResult {
  const source = {
    dataset: 'National accounts',
    table: 'nama_10_lp_ulc',
    publisher: 'Eurostat',
    url: 'https://ec.europa.eu/eurostat/databrowser/view/nama_10_lp_ulc',
    retrieved: '2026-11-01',
  };
  return {
    indicator: 'productivity-growth',
    title: 'Productiviteitsgroei per gewerkt uur',
    figures: [
      { label: 'Groei arbeidsproductiviteit per uur', value: 1.2345, unit: '%', period: '2014-2024', country: 'NL', source },
      { label: 'Groei arbeidsproductiviteit per uur', value: 1.5, unit: '%', period: '2014-2024', country: 'EU27', source },
    ],
    method: 'average annual growth of GDP per hour worked',
    sources: [source],
    summary: { nl: 'Arbeidsproductiviteit per gewerkt uur groeide in NL 1,2% per jaar.', en: 'Labour productivity per hour grew 1.2% a year in NL.' },
    ...over,
  };
}

/** Deterministic prose of about `chars` characters, with sentences and paragraphs. */
export function longText(chars: number): string {
  const words = ['productiviteit', 'groei', 'samenwerking', 'innovatie', 'sociale', 'partners', 'kabinet', 'investeringen', 'vaardigheden', 'regio'];
  let out = '';
  let i = 0;
  while (out.length < chars) {
    const w = words[(i * 7 + (i >> 3)) % words.length]!;
    out += w;
    i++;
    out += i % 40 === 0 ? '.\n\n' : i % 11 === 0 ? '. ' : ' ';
  }
  return out.trim();
}
