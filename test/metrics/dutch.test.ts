// Dutch wording of indicator output: labels, units, periods, methods and
// titles of every indicator, translated at render time; unknown text stays
// English and nothing throws.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndicatorPoints } from '../../src/digest/sources.ts';
import { chartNl, figureLabelNl, figureNl, methodNl, periodNl, seriesLabelNl, titleNl, unitNl } from '../../src/metrics/dutch.ts';
import { chartSpec } from '../../src/metrics/chart.ts';
import { INDICATOR_IDS, runIndicator } from '../../src/metrics/index.ts';

/** English words that must not survive in a Dutch rendering. */
const ENGLISH = /\b(GDP|hours?|worked|growth|average|annual|level|target|years?|share|employment|employed|labour|productivity|expenditure|spending|contribution|capital|quality|gap|baseline|relative|persons?|above|below|quoted|change|never|higher|ambition|estimate|deepening|compensation|nominal|divided|prices|current|constant PPP|area|value|the|and|with|after|a year|per hour|bn)\b/i;

/** Every indicator with its defaults, and options that reach the other templates. */
const CASES: [string, Record<string, unknown>][] = [
  ...INDICATOR_IDS.map((id): [string, Record<string, unknown>] => [id, {}]),
  ['productivity-growth', { country: 'NL', vs: ['EU27', 'EA20', 'US'], from: 2000, to: 2020 }],
  ['productivity-level', { country: 'EA20', vs: ['US'], base: 'EU27' }],
  ['growth-accounting', { country: 'DE', from: 2000, to: 2010 }],
  ['wages-vs-productivity', { country: 'US', from: 1995 }],
  ['rd-intensity', { country: 'US', target: 2.5 }], // no euro amount outside the euro area
  ['rd-intensity', { country: 'NL', vs: ['DE'], year: 2015, target: 3 }],
  ['scenario', { extraPp: [0.5, 0, -0.5], gap: 12.3 }],
  ['scenario', { vs: 'US', base: 1.2, years: 15 }],
  ['scenario', { country: 'US', vs: 'NL' }], // a gap to close, with area names
  ['hours-and-employment', { country: 'NL', vs: ['DE', 'US'], from: 2000 }],
];

describe('Dutch rendering of every indicator', () => {
  it.each(CASES)('%s %j: no English left in labels, units, periods, method or title', async (id, params) => {
    const r = await runIndicator(id, params);
    const english = JSON.stringify(r);
    const nl = [
      methodNl(r.indicator, r.method),
      titleNl(r.indicator, r.title),
      ...r.figures.flatMap((f) => [figureLabelNl(f.label), unitNl(f.unit), periodNl(f.period)]),
    ];
    // series codes such as NY.GDP.MKTP.PP.KD are names, not English
    for (const s of nl) expect(s.replace(/\b[A-Z]{2}(?:\.[A-Z]{2,}){2,}\b/g, '<code>'), `"${s}" (${id})`).not.toMatch(ENGLISH);
    // and every label, title and method is one the module knows (a new English one fails here too)
    for (const f of r.figures) expect(figureLabelNl(f.label), f.label).not.toBe(f.label);
    expect(titleNl(r.indicator, r.title)).not.toBe(r.title);
    expect(methodNl(r.indicator, r.method)).not.toBe(r.method);
    // the chart too: title, unit and line names (area codes stay codes)
    if (r.chart) {
      const c = chartNl(r.chart);
      for (const t of [c.title, c.unit, ...c.lines.map((l) => l.country)]) expect(t, `chart "${t}" (${id})`).not.toMatch(ENGLISH);
      expect(c.title).not.toBe(r.chart.title);
      expect(c.lines.map((l) => l.points)).toEqual(r.chart.lines.map((l) => l.points));
    }
    // translating is rendering only: the result itself stays English
    r.figures.map(figureNl);
    if (r.chart) chartSpec(r.chart, 'nl');
    expect(JSON.stringify(r)).toBe(english);
  });
});

describe('figureLabelNl', () => {
  it('translates fixed labels with Dutch economic terms', () => {
    expect(figureLabelNl('GDP per hour worked, average annual growth')).toBe('Bbp per gewerkt uur, gemiddelde jaarlijkse groei');
    expect(figureLabelNl('GDP per hour worked, annual change')).toBe('Bbp per gewerkt uur, jaarlijkse verandering');
    expect(figureLabelNl('R&D expenditure (GERD), % of GDP')).toBe('R&D-uitgaven (GERD) in % van het bbp');
    expect(figureLabelNl('Contribution of capital deepening (capital services per hour)')).toBe('Bijdrage van kapitaalverdieping (kapitaaldiensten per uur)');
    expect(figureLabelNl('Labour share of GDP, start')).toBe('Arbeidsinkomensquote (loonaandeel in het bbp), begin');
    expect(figureLabelNl('Hours worked per person employed')).toBe('Gewerkte uren per werkzame persoon');
  });

  it('rewrites templates, with decimal commas in their numbers', () => {
    expect(figureLabelNl('Gap to the 3.0 % target')).toBe('Afstand tot de doelstelling van 3,0 %');
    expect(figureLabelNl('GDP per hour worked relative to US = 100')).toBe('Bbp per gewerkt uur ten opzichte van US (= 100)');
    expect(figureLabelNl('GDP per hour worked relative to EU27 = 100 (euro area as EA19 in this dataset)')).toBe(
      'Bbp per gewerkt uur ten opzichte van EU27 (= 100) (eurozone als EA19 in deze dataset)',
    );
    expect(figureLabelNl('Productivity level after 10 years with +0.4 pp a year, relative to baseline')).toBe(
      'Productiviteitsniveau na 10 jaar bij +0,4 procentpunt per jaar, ten opzichte van het basispad',
    );
    expect(figureLabelNl('Productivity level after 5 years with +-0.5 pp a year, relative to baseline')).toBe(
      'Productiviteitsniveau na 5 jaar bij -0,5 procentpunt per jaar, ten opzichte van het basispad',
    );
    expect(figureLabelNl('Years to close a 12.3 % level gap growing 0.5 pp a year faster')).toBe(
      'Jaren om een niveauachterstand van 12,3 % in te lopen bij 0,5 procentpunt per jaar snellere groei',
    );
    expect(figureLabelNl('Years to close a 0.9 % level gap (the Netherlands vs the United States, GDP per hour 2022) growing 0.4 pp a year faster')).toBe(
      'Jaren om een niveauachterstand van 0,9 % in te lopen (Nederland ten opzichte van de Verenigde Staten, bbp per gewerkt uur 2022) bij 0,4 procentpunt per jaar snellere groei',
    );
    expect(figureLabelNl('NL (2.2 %) below the OECD average (2.7 %), as quoted in the advisory')).toBe(
      'NL (2,2 %) onder het OESO-gemiddelde (2,7 %), zoals genoemd in het advies',
    );
  });

  it('leaves an unknown label as it is, and never throws', () => {
    expect(figureLabelNl('Groei arbeidsproductiviteit per uur')).toBe('Groei arbeidsproductiviteit per uur');
    expect(figureLabelNl('Some new English label')).toBe('Some new English label');
    expect(figureLabelNl('Unknown thing (euro area as EA19 in this dataset)')).toBe('Unknown thing (euro area as EA19 in this dataset)');
    expect(figureLabelNl('')).toBe('');
    expect(figureLabelNl('constructor')).toBe('constructor');
    expect(() => figureLabelNl(undefined as unknown as string)).not.toThrow();
  });
});

describe('unitNl, periodNl, methodNl', () => {
  it('translates units and periods', () => {
    expect(unitNl('% a year')).toBe('% per jaar');
    expect(unitNl('pp of GDP')).toBe('procentpunt van het bbp');
    expect(unitNl('EUR bn a year')).toBe('mld. euro per jaar');
    expect(unitNl('USD (constant PPP) per hour')).toBe('USD per uur (constante koopkrachtpariteiten)');
    expect(unitNl('index (EU27=100)')).toBe('index (EU27=100)');
    expect(unitNl('furlongs')).toBe('furlongs');
    expect(periodNl('2014-2024')).toBe('2014-2024');
    expect(periodNl('as quoted (2025)')).toBe('zoals genoemd (2025)');
    expect(periodNl('10 years')).toBe('10 jaar');
  });

  it('gives a Dutch method line per indicator, templated, and falls back to English', () => {
    const en = 'GDP at constant PPP (World Bank NY.GDP.MKTP.PP.KD) divided by total hours worked (OECD); average annual growth = (level 2024 / level 2014)^(1/10) − 1.';
    expect(methodNl('productivity-growth', en)).toBe(
      'Bbp in constante koopkrachtpariteiten (Wereldbank NY.GDP.MKTP.PP.KD) gedeeld door het totaal aantal gewerkte uren (OESO); gemiddelde jaarlijkse groei = (niveau 2024 / niveau 2014)^(1/10) − 1.',
    );
    expect(methodNl('scenario', 'Level effect = ((1+g+x)/(1+g))^N − 1 with g = 0.241 % a year, N = 10; years to close a gap = ln(gap ratio)/ln(1+x).')).toContain('g = 0,241 % per jaar, N = 10');
    expect(methodNl('productivity-growth', 'average annual growth of GDP per hour worked')).toBe('average annual growth of GDP per hour worked');
    expect(methodNl('no-such-indicator', en)).toBe(en);
    expect(methodNl('toString', en)).toBe(en);
  });
});

describe('seriesLabelNl (weekly digest)', () => {
  it('translates the series label, keeps the dataset name, writes bbp in lower case mid-sentence', () => {
    expect(seriesLabelNl('GDP per hour worked')).toBe('bbp per gewerkt uur');
    expect(seriesLabelNl('R&D expenditure (Research and development expenditure (% of GDP))')).toBe('R&D-uitgaven (Research and development expenditure (% of GDP))');
    expect(seriesLabelNl('GDP per hour worked (2015 prices) (OECD Productivity Statistics: productivity levels)')).toBe(
      'bbp per gewerkt uur (prijzen van 2015) (OECD Productivity Statistics: productivity levels)',
    );
    expect(seriesLabelNl('gdp_per_hour_nc_current (OECD Productivity Statistics: productivity levels)')).toBe('gdp_per_hour_nc_current (OECD Productivity Statistics: productivity levels)');
  });

  it('leaves no English in any series of the shipped snapshot, apart from dataset names', async () => {
    const points = await readIndicatorPoints(join(resolve(import.meta.dirname, '../..'), 'corpus'));
    expect(points.length).toBeGreaterThan(100);
    for (const p of points) {
      const dataset = ` (${p.source.dataset})`;
      const nl = seriesLabelNl(p.label);
      expect(nl.endsWith(dataset), nl).toBe(true);
      expect(nl.slice(0, -dataset.length), p.label).not.toMatch(ENGLISH);
      expect(unitNl(p.unit), p.unit).not.toMatch(ENGLISH);
    }
  });
});

describe('chartSpec in Dutch', () => {
  it('writes the source line in Dutch and keeps dataset names as published', async () => {
    const r = await runIndicator('productivity-growth', { vs: ['EU27'] });
    const spec = chartSpec(r.chart!, 'nl') as unknown as { title: { text: string; subtitle: string[] } };
    expect(spec.title.text).toMatch(/^Bbp per gewerkt uur, jaarlijkse verandering in % \(\d{4}-\d{4}\)$/);
    expect(spec.title.subtitle.join(' ')).toMatch(/^Bronnen: .*World Development Indicators, opgehaald \d{4}-\d{2}-\d{2}/);
    const en = chartSpec(r.chart!) as unknown as { title: { subtitle: string[] } };
    expect(en.title.subtitle[0]).toMatch(/^Sources: .*retrieved/);
  });
});
