// Indicator output in Dutch and English from the message catalogue
// (src/metrics/messages.ts, localise.ts): every label, unit, period, method,
// title and chart text an indicator produces is a catalogue message; the
// English text the results carry is its English rendering, the Dutch one its
// Dutch rendering. Nothing is translated back from English.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndicatorPoints } from '../../src/digest/sources.ts';
import { chartIn, figureIn, methodIn, seriesText, titleIn } from '../../src/metrics/localise.ts';
import { MESSAGE_IDS, msg, say, type Message } from '../../src/metrics/messages.ts';
import { chartSpec } from '../../src/metrics/chart.ts';
import { INDICATOR_IDS, runIndicator } from '../../src/metrics/index.ts';
import type { Figure } from '../../src/metrics/types.ts';

/** English words that must not survive in a Dutch rendering. */
const ENGLISH = /\b(GDP|hours?|worked|growth|average|annual|level|target|years?|share|employment|employed|labour|productivity|expenditure|spending|contribution|capital|quality|gap|baseline|relative|persons?|above|below|quoted|change|never|higher|ambition|estimate|deepening|compensation|nominal|divided|prices|current|constant PPP|area|value|the|and|with|after|a year|per hour|bn)\b/i;

/** Every indicator with its defaults, and options that reach the other messages. */
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

const nl = (m: Message) => say(m, 'nl');

describe('Dutch rendering of every indicator', () => {
  it.each(CASES)('%s %j: every text is a message, and none stays English', async (id, params) => {
    const r = await runIndicator(id, params);
    const english = JSON.stringify(r);
    // every text has its message, and the English text is that message in English
    for (const f of r.figures) {
      expect(f.msg, f.label).toBeDefined();
      expect(say(f.msg!.label, 'en')).toBe(f.label);
      expect(say(f.msg!.unit, 'en')).toBe(f.unit);
      if (f.msg!.period) expect(say(f.msg!.period, 'en')).toBe(f.period);
      else expect(f.period).toMatch(/^(\d{4}(-\d{4})?)?$/); // a year or span, said the same in both languages
    }
    expect(r.msg && say(r.msg.title, 'en')).toBe(r.title);
    expect(r.msg && say(r.msg.method, 'en')).toBe(r.method);
    const texts = [methodIn(r, 'nl'), titleIn(r, 'nl'), ...r.figures.map((f) => figureIn(f, 'nl')).flatMap((f) => [f.label, f.unit, f.period])];
    // series codes such as NY.GDP.MKTP.PP.KD are names, not English
    for (const s of texts) expect(s.replace(/\b[A-Z]{2}(?:\.[A-Z]{2,}){2,}\b/g, '<code>'), `"${s}" (${id})`).not.toMatch(ENGLISH);
    expect(titleIn(r, 'nl')).not.toBe(r.title);
    expect(methodIn(r, 'nl')).not.toBe(r.method);
    // the chart too: title, unit and line names (area codes stay codes)
    if (r.chart) {
      expect(r.chart.msg && say(r.chart.msg.title, 'en')).toBe(r.chart.title);
      const c = chartIn(r.chart, 'nl');
      for (const t of [c.title, c.unit, ...c.lines.map((l) => l.country)]) expect(t, `chart "${t}" (${id})`).not.toMatch(ENGLISH);
      expect(c.title).not.toBe(r.chart.title);
      expect(c.lines.map((l) => l.points)).toEqual(r.chart.lines.map((l) => l.points));
    }
    // rendering reads the result, never changes it; English is the result itself
    r.figures.map((f) => figureIn(f, 'nl'));
    if (r.chart) chartSpec(r.chart, 'nl');
    expect(JSON.stringify(r)).toBe(english);
    expect(r.figures.map((f) => figureIn(f, 'en'))).toEqual(r.figures);
  });
});

describe('figure labels', () => {
  it('say fixed labels with Dutch economic terms', () => {
    expect(nl(msg('label.gdp-per-hour.growth'))).toBe('Bbp per gewerkt uur, gemiddelde jaarlijkse groei');
    expect(nl(msg('label.gdp-per-hour.change'))).toBe('Bbp per gewerkt uur, jaarlijkse verandering');
    expect(nl(msg('label.rd'))).toBe('R&D-uitgaven (GERD) in % van het bbp');
    expect(nl(msg('label.contribution.capital'))).toBe('Bijdrage van kapitaalverdieping (kapitaaldiensten per uur)');
    expect(nl(msg('label.labour-share.start'))).toBe('Arbeidsinkomensquote (loonaandeel in het bbp), begin');
    expect(nl(msg('label.hours-per-worker'))).toBe('Gewerkte uren per werkzame persoon');
  });

  it('fill templates with their values, with decimal commas in Dutch', () => {
    expect(say(msg('label.rd.gap', { target: 3 }), 'en')).toBe('Gap to the 3.0 % target');
    expect(nl(msg('label.rd.gap', { target: 3 }))).toBe('Afstand tot de doelstelling van 3,0 %');
    expect(nl(msg('label.gdp-per-hour.relative', { base: 'US' }))).toBe('Bbp per gewerkt uur ten opzichte van US (= 100)');
    expect(nl(msg('label.gdp-per-hour.relative', { base: 'EU27', ea19: 1 }))).toBe('Bbp per gewerkt uur ten opzichte van EU27 (= 100) (eurozone als EA19 in deze dataset)');
    expect(say(msg('label.gdp-per-hour.relative', { base: 'EU27', ea19: 1 }), 'en')).toBe('GDP per hour worked relative to EU27 = 100 (euro area as EA19 in this dataset)');
    expect(nl(msg('label.scenario.level-effect', { years: 10, extra: 0.4 }))).toBe('Productiviteitsniveau na 10 jaar bij +0,4 procentpunt per jaar, ten opzichte van het basispad');
    expect(say(msg('label.scenario.level-effect', { years: 5, extra: -0.5 }), 'en')).toBe('Productivity level after 5 years with -0.5 pp a year, relative to baseline');
    expect(nl(msg('label.scenario.level-effect', { years: 5, extra: -0.5 }))).toBe('Productiviteitsniveau na 5 jaar bij -0,5 procentpunt per jaar, ten opzichte van het basispad');
    expect(nl(msg('label.scenario.years-to-close', { gap: 12.3, extra: 0.5 }))).toBe('Jaren om een niveauachterstand van 12,3 % in te lopen bij 0,5 procentpunt per jaar snellere groei');
    expect(say(msg('label.scenario.years-to-close', { gap: 0.9, extra: 0.4, leader: 'NL', area: 'US', year: 2022 }), 'en')).toBe(
      'Years to close a 0.9 % level gap (the Netherlands vs the United States, GDP per hour 2022) growing 0.4 pp a year faster',
    );
    expect(nl(msg('label.scenario.years-to-close', { gap: 0.9, extra: 0.4, leader: 'NL', area: 'US', year: 2022 }))).toBe(
      'Jaren om een niveauachterstand van 0,9 % in te lopen (Nederland ten opzichte van de Verenigde Staten, bbp per gewerkt uur 2022) bij 0,4 procentpunt per jaar snellere groei',
    );
    expect(nl(msg('label.rd.below-oecd', { area: 'NL', value: 2.2, oecd: 2.7 }))).toBe('NL (2,2 %) onder het OESO-gemiddelde (2,7 %), zoals genoemd in het advies');
  });

  it('leave a figure without messages (from elsewhere) as it is', () => {
    const f: Figure = { label: 'Some new English label', value: 1, unit: 'furlongs', period: '2020', country: 'NL', source: { dataset: 'd', table: 't', publisher: 'p', url: '', retrieved: '2026-01-01' } };
    expect(figureIn(f, 'nl')).toEqual(f);
    expect(titleIn({ title: 'A title' }, 'nl')).toBe('A title');
    expect(methodIn({ method: 'A method' }, 'nl')).toBe('A method');
  });

  it('every message of the catalogue is said in both languages', () => {
    const values = { base: 'US', target: 3, years: 10, extra: 0.4, growth: 1.2, gap: 5, leader: 'US', area: 'NL', year: 2020, from: 2010, to: 2020, period: '2010-2020', span: '2013-2022', value: 2.2, oecd: 2.7, ambition: 3 };
    for (const id of MESSAGE_IDS) {
      for (const lang of ['en', 'nl'] as const) {
        const s = say(msg(id, values), lang);
        expect(s.trim(), `${id} ${lang}`).not.toBe('');
        expect(s, `${id} ${lang}`).not.toMatch(/undefined|NaN/);
      }
    }
  });
});

describe('units, periods and methods', () => {
  it('say units and periods', () => {
    expect(nl(msg('unit.%-a-year'))).toBe('% per jaar');
    expect(nl(msg('unit.pp-of-gdp'))).toBe('procentpunt van het bbp');
    expect(nl(msg('unit.eur-bn-a-year'))).toBe('mld. euro per jaar');
    expect(nl(msg('unit.usd-constant-ppp-per-hour'))).toBe('USD per uur (constante koopkrachtpariteiten)');
    expect(nl(msg('unit.index-area', { base: 'EU27' }))).toBe('index (EU27=100)');
    expect(nl(msg('period.as-quoted', { year: 2025 }))).toBe('zoals genoemd (2025)');
    expect(nl(msg('period.years', { years: 10 }))).toBe('10 jaar');
  });

  it('give a Dutch method line per indicator, filled with its values', () => {
    const m = msg('method.productivity-growth', { from: 2014, to: 2024, years: 10 });
    expect(say(m, 'en')).toBe('GDP at constant PPP (World Bank NY.GDP.MKTP.PP.KD) divided by total hours worked (OECD); average annual growth = (level 2024 / level 2014)^(1/10) − 1.');
    expect(nl(m)).toBe(
      'Bbp in constante koopkrachtpariteiten (Wereldbank NY.GDP.MKTP.PP.KD) gedeeld door het totaal aantal gewerkte uren (OESO); gemiddelde jaarlijkse groei = (niveau 2024 / niveau 2014)^(1/10) − 1.',
    );
    expect(nl(msg('method.scenario', { growth: 0.241, years: 10 }))).toContain('g = 0,241 % per jaar, N = 10');
  });
});

describe('series of the weekly digest', () => {
  it('name the snapshot columns and their units', () => {
    expect(nl(seriesText('gdp_per_hour_usd_ppp_current')!.label)).toBe('Bbp per gewerkt uur');
    expect(nl(seriesText('gdp_per_hour_usd_ppp_2015')!.label)).toBe('Bbp per gewerkt uur (prijzen van 2015)');
    expect(nl(seriesText('rd_pct_gdp')!.unit!)).toBe('% van het bbp');
    expect(seriesText('gdp_per_hour_nc_current')).toBeUndefined();
  });

  it('leave no English in any series of the shipped snapshot, apart from dataset names', async () => {
    const points = await readIndicatorPoints(join(resolve(import.meta.dirname, '../..'), 'corpus'));
    expect(points.length).toBeGreaterThan(100);
    for (const p of points) {
      const dataset = ` (${p.source.dataset})`;
      expect(p.label.endsWith(dataset), p.label).toBe(true);
      const name = p.text ? nl(p.text.label) : p.label.slice(0, -dataset.length); // a column the catalogue does not name stays its code
      expect(name, p.label).not.toMatch(ENGLISH);
      if (p.text?.unit) expect(say(p.text.unit, 'en')).toBe(p.unit);
      expect(p.text?.unit ? nl(p.text.unit) : p.unit, p.unit).not.toMatch(ENGLISH);
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
