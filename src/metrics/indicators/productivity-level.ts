// GDP per hour worked (current PPP) level, and relative to US = 100 or EU27 = 100.
import { z } from 'zod';
import { round } from '../formulas.ts';
import { areaParam, countryParam, coverageOf, defineIndicator, fmt, nameOf, requireData, spanOf, vsParam, yearParam } from '../indicator.ts';
import { figureSource, seriesOf, type Snapshot } from '../snapshot.ts';
import type { Figure } from '../types.ts';

const COL = 'gdp_per_hour_usd_ppp_current';
/** The OECD levels extract has the euro area as EA19: EA20 is answered with EA19, and labelled so. */
const dataArea = (a: string) => (a === 'EA20' ? 'EA19' : a);
const coverage = (snap: Snapshot) => coverageOf(snap.levels, COL);

export const productivityLevel = defineIndicator({
  id: 'productivity-level',
  title: { nl: 'Niveau van de arbeidsproductiviteit per uur', en: 'Level of GDP per hour worked' },
  description:
    'GDP per hour worked in USD at current PPPs (OECD productivity levels, 2013-2022) and relative to the United States = 100 or EU27 = 100. Keywords: productiviteitsniveau, niveau per uur, achterstand, voorsprong, koopkrachtpariteit, VS = 100, EU = 100.',
  schema: z.object({
    country: countryParam(),
    vs: vsParam(['US', 'EU27']),
    year: yearParam('Year, default the latest year with data').optional(),
    base: areaParam('Base area set to 100: US or EU27 (default US)').default('US'),
  }),
  coverage,
  compute(p, snap) {
    const cov = coverage(snap);
    const areas = [p.country, ...p.vs.filter((a) => a !== p.country)];
    const all = [...new Set([...areas, p.base])];
    const series = new Map(all.map((a) => [a, seriesOf(snap.levels, dataArea(a), COL)]));
    for (const a of all) requireData(series.get(a)!.size > 0, `no OECD productivity level for ${a}`, 'productivity-level', cov);
    const year = p.year ?? Math.min(...all.map((a) => Math.max(...series.get(a)!.keys())));
    for (const a of all) {
      requireData(series.get(a)!.has(year), `${a} has productivity levels for ${spanOf(series.get(a)!)}, not ${year}`, 'productivity-level', cov);
    }
    const source = figureSource(snap, 'oecd-pdb');
    const base = series.get(p.base)!.get(year)!;
    const figures: Figure[] = [];
    const rel = new Map<string, number>();
    for (const a of areas) {
      const v = series.get(a)!.get(year)!;
      const label = a === 'EA20' ? ' (euro area as EA19 in this dataset)' : '';
      rel.set(a, (100 * v) / base);
      figures.push({ label: `GDP per hour worked${label}`, value: round(v, 2), unit: 'USD per hour (current PPP)', period: String(year), country: a, source });
      figures.push({ label: `GDP per hour worked relative to ${p.base} = 100${label}`, value: round((100 * v) / base, 1), unit: `index (${p.base}=100)`, period: String(year), country: a, source });
    }
    const others = areas.slice(1).filter((a) => a !== p.base);
    const en = `In ${year}, GDP per hour worked in ${nameOf(p.country, 'en')} was ${fmt(rel.get(p.country)!, 1)} (${nameOf(p.base, 'en')} = 100)` +
      (others.length ? `; ${others.map((a) => `${nameOf(a, 'en')} ${fmt(rel.get(a)!, 1)}`).join(', ')}` : '') + '.';
    const nl = `In ${year} was de productiviteit per gewerkt uur in ${nameOf(p.country, 'nl')} ${fmt(rel.get(p.country)!, 1, 'nl')} (${nameOf(p.base, 'nl')} = 100)` +
      (others.length ? `; ${others.map((a) => `${nameOf(a, 'nl')} ${fmt(rel.get(a)!, 1, 'nl')}`).join(', ')}` : '') + '.';
    const years = [...series.get(p.base)!.keys()].sort((a, b) => a - b);
    return {
      indicator: 'productivity-level',
      title: `GDP per hour worked relative to ${p.base} = 100`,
      figures,
      method: `OECD GDP per hour worked in USD at current prices and current PPPs; relative level = area / ${p.base} × 100 in the same year.`,
      sources: [source],
      summary: { nl, en },
      chart: {
        title: `GDP per hour worked, ${p.base} = 100 (${years[0]}-${years[years.length - 1]})`,
        unit: `index (${p.base}=100)`,
        kind: 'line',
        yZero: false,
        rules: [{ value: 100, kind: 'reference', label: { en: `${p.base} = 100`, nl: `${p.base === 'US' ? 'VS' : p.base} = 100` } }],
        lines: areas.map((a) => ({
          country: a,
          points: years
            .filter((y) => series.get(a)!.has(y))
            .map((y) => ({ year: y, value: round((100 * series.get(a)!.get(y)!) / series.get(p.base)!.get(y)!, 1) })),
        })),
        source: [source],
      },
    };
  },
});
