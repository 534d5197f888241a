// GDP per hour worked (current PPP) level, and relative to US = 100 or EU27 = 100.
import { z } from 'zod';
import { round } from '../formulas.ts';
import { areaParam, countryParam, coverageOf, defineIndicator, fmt, nameOf, requireData, spanOf, uniqueSources, vsParam, yearParam } from '../indicator.ts';
import { figureSource, seriesOf, type Snapshot } from '../snapshot.ts';
import type { Figure } from '../types.ts';
import { figure } from '../localise.ts';
import { msg, say } from '../messages.ts';

const COL = 'gdp_per_hour_usd_ppp_current';
/** The OECD levels extract has the euro area as EA19: EA20 is answered with EA19, and labelled so. */
const dataArea = (a: string) => (a === 'EA20' ? 'EA19' : a);
const REFRESHED = 'oecd-pdb-lv.csv';
/**
 * GDP per hour (current PPP) for an area: the levels extract, with the rows of
 * `data refresh --source oecd` (oecd-pdb-lv.csv) preferred where they exist.
 */
export function levelSeries(snap: Snapshot, area: string): { values: Map<number, number>; refreshed: Set<number> } {
  const values = seriesOf(snap.levels, area, COL);
  const refreshed = new Set<number>();
  const t = snap.extra.get(REFRESHED);
  if (t) {
    for (const [y, v] of seriesOf(t, area, COL)) {
      values.set(y, v);
      refreshed.add(y);
    }
  }
  return { values: new Map([...values].sort((a, b) => a[0] - b[0])), refreshed };
}
const coverage = (snap: Snapshot) => {
  const c = coverageOf(snap.levels, COL);
  const t = snap.extra.get(REFRESHED);
  if (!t) return c;
  const r = coverageOf(t, COL);
  return { areas: [...new Set([...c.areas, ...r.areas])].sort(), from: Math.min(c.from, r.from), to: Math.max(c.to, r.to) };
};

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
    const full = new Map(all.map((a) => [a, levelSeries(snap, dataArea(a))]));
    const series = new Map(all.map((a) => [a, full.get(a)!.values]));
    for (const a of all) requireData(series.get(a)!.size > 0, `no OECD productivity level for ${a}`, 'productivity-level', cov);
    const year = p.year ?? Math.min(...all.map((a) => Math.max(...series.get(a)!.keys())));
    for (const a of all) {
      requireData(series.get(a)!.has(year), `${a} has productivity levels for ${spanOf(series.get(a)!)}, not ${year}`, 'productivity-level', cov);
    }
    const extract = figureSource(snap, 'oecd-pdb');
    const refreshed = snap.sources.some((x) => x.id === 'oecd-pdb-lv') ? figureSource(snap, 'oecd-pdb-lv') : extract;
    const sourceOf = (a: string) => (full.get(a)!.refreshed.has(year) ? refreshed : extract);
    const source = sourceOf(p.country);
    const base = series.get(p.base)!.get(year)!;
    const figures: Figure[] = [];
    const rel = new Map<string, number>();
    for (const a of areas) {
      const v = series.get(a)!.get(year)!;
      const ea19: Record<string, number> = a === 'EA20' ? { ea19: 1 } : {}; // the label says the euro area is EA19 in this dataset
      rel.set(a, (100 * v) / base);
      figures.push(figure(msg('label.gdp-per-hour', ea19), round(v, 2), msg('unit.usd-per-hour-current-ppp'), String(year), a, sourceOf(a)));
      figures.push(figure(msg('label.gdp-per-hour.relative', { base: p.base, ...ea19 }), round((100 * v) / base, 1), msg('unit.index-area', { base: p.base }), String(year), a, sourceOf(a)));
    }
    const others = areas.slice(1).filter((a) => a !== p.base);
    const en = `In ${year}, GDP per hour worked in ${nameOf(p.country, 'en')} was ${fmt(rel.get(p.country)!, 1)} (${nameOf(p.base, 'en')} = 100)` +
      (others.length ? `; ${others.map((a) => `${nameOf(a, 'en')} ${fmt(rel.get(a)!, 1)}`).join(', ')}` : '') + '.';
    const nl = `In ${year} was de productiviteit per gewerkt uur in ${nameOf(p.country, 'nl')} ${fmt(rel.get(p.country)!, 1, 'nl')} (${nameOf(p.base, 'nl')} = 100)` +
      (others.length ? `; ${others.map((a) => `${nameOf(a, 'nl')} ${fmt(rel.get(a)!, 1, 'nl')}`).join(', ')}` : '') + '.';
    const years = [...series.get(p.base)!.keys()].sort((a, b) => a - b);
    const title = msg('title.productivity-level', { base: p.base });
    const method = msg('method.productivity-level', { base: p.base });
    const chartTitle = msg('chart.productivity-level', { base: p.base, from: years[0], to: years[years.length - 1] });
    const unit = msg('unit.index-area', { base: p.base });
    return {
      indicator: 'productivity-level',
      title: say(title, 'en'),
      figures,
      method: say(method, 'en'),
      sources: uniqueSources(all.map(sourceOf)),
      summary: { nl, en },
      chart: {
        title: say(chartTitle, 'en'),
        unit: say(unit, 'en'),
        kind: 'line',
        yZero: false,
        rules: [{ value: 100, kind: 'reference', label: { en: `${p.base} = 100`, nl: `${p.base === 'US' ? 'VS' : p.base} = 100` } }],
        lines: areas.map((a) => ({
          country: a,
          points: years
            .filter((y) => series.get(a)!.has(y))
            .map((y) => ({ year: y, value: round((100 * series.get(a)!.get(y)!) / series.get(p.base)!.get(y)!, 1) })),
        })),
        source: uniqueSources(all.map(sourceOf)),
        msg: { title: chartTitle, unit },
      },
      msg: { title, method },
    };
  },
});
