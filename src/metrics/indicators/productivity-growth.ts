// GDP per hour worked (constant prices): annual % changes and average annual
// (geometric) growth over a period, for a country and comparators.
import { z } from 'zod';
import { annualChanges, geometricGrowth, round } from '../formulas.ts';
import { countryParam, coverageOf, defineIndicator, fmt, nameOf, requireData, spanOf, uniqueSources, vsParam, yearParam } from '../indicator.ts';
import { figureSource, type Snapshot } from '../snapshot.ts';
import type { Figure } from '../types.ts';

/** GDP (constant PPP) per hour worked for an area, year → USD per hour. */
export function gdpPerHour(snap: Snapshot, area: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of snap.productivity.byArea.get(area) ?? []) {
    if (typeof r.gdp_ppp_const === 'number' && typeof r.total_hours === 'number' && r.total_hours > 0) {
      out.set(r.year, r.gdp_ppp_const / r.total_hours);
    }
  }
  return out;
}

const coverage = (snap: Snapshot) => {
  const c = coverageOf(snap.productivity, 'total_hours', (a) => gdpPerHour(snap, a).size > 0);
  const years = c.areas.flatMap((a) => [...gdpPerHour(snap, a).keys()]);
  return { areas: c.areas, from: Math.min(...years), to: Math.max(...years) };
};

export const productivityGrowth = defineIndicator({
  id: 'productivity-growth',
  title: { nl: 'Groei van de arbeidsproductiviteit per gewerkt uur', en: 'Growth of GDP per hour worked' },
  description:
    'GDP per hour worked at constant PPP prices (World Bank GDP over OECD total hours): annual % changes and the average annual (geometric) growth over a period for a country and comparators. Keywords: productiviteitsgroei, arbeidsproductiviteit per uur, groei per jaar, vergelijking EU, eurozone, VS.',
  schema: z.object({
    country: countryParam(),
    vs: vsParam(['EU27', 'EA20']),
    from: yearParam('First year of the period (start level), default 2014').default(2014),
    to: yearParam('Last year of the period, default the latest year all areas have').optional(),
  }),
  coverage,
  compute(p, snap) {
    const cov = coverage(snap);
    const areas = [p.country, ...p.vs.filter((a) => a !== p.country)];
    const series = new Map(areas.map((a) => [a, gdpPerHour(snap, a)]));
    for (const a of areas) requireData(series.get(a)!.size > 0, `no GDP per hour worked for ${a}`, 'productivity-growth', cov);
    const to = p.to ?? Math.min(...areas.map((a) => Math.max(...series.get(a)!.keys())));
    requireData(to > p.from, `the period ${p.from}-${to} is empty`, 'productivity-growth', cov);
    for (const a of areas) {
      const s = series.get(a)!;
      requireData(s.has(p.from) && s.has(to), `${a} has GDP per hour worked for ${spanOf(s)}, not ${p.from}-${to}`, 'productivity-growth', cov);
    }
    const sources = [figureSource(snap, 'wdi-gdp'), figureSource(snap, 'oecd-hours')];
    const source = { ...sources[0], table: `${sources[0].table} / ${sources[1].table} (total hours)` };
    const period = `${p.from}-${to}`;
    const figures: Figure[] = [];
    const growth = new Map<string, number>();
    for (const a of areas) {
      const s = series.get(a)!;
      const g = geometricGrowth(s.get(p.from)!, s.get(to)!, to - p.from);
      growth.set(a, g);
      figures.push({ label: 'GDP per hour worked, average annual growth', value: round(g, 2), unit: '% a year', period, country: a, source });
    }
    for (const a of areas) {
      const s = series.get(a)!;
      figures.push({ label: 'GDP per hour worked, level', value: round(s.get(to)!, 2), unit: 'USD (constant PPP) per hour', period: String(to), country: a, source });
    }
    for (const c of annualChanges(series.get(p.country)!).filter((x) => x.year > p.from && x.year <= to)) {
      figures.push({ label: 'GDP per hour worked, annual change', value: round(c.value, 2), unit: '%', period: String(c.year), country: p.country, source });
    }
    const main = growth.get(p.country)!;
    const en = `GDP per hour worked in ${nameOf(p.country, 'en')} grew ${fmt(main, 2)} % a year on average over ${period}` +
      (p.vs.length ? ` (${areas.slice(1).map((a) => `${nameOf(a, 'en')} ${fmt(growth.get(a)!, 2)} %`).join(', ')})` : '') + '.';
    const nl = `De arbeidsproductiviteit per gewerkt uur in ${nameOf(p.country, 'nl')} groeide over ${period} gemiddeld ${fmt(main, 2, 'nl')} procent per jaar` +
      (p.vs.length ? ` (${areas.slice(1).map((a) => `${nameOf(a, 'nl')} ${fmt(growth.get(a)!, 2, 'nl')} procent`).join(', ')})` : '') + '.';
    return {
      indicator: 'productivity-growth',
      title: 'GDP per hour worked, average annual growth',
      figures,
      method: `GDP at constant PPP (World Bank NY.GDP.MKTP.PP.KD) divided by total hours worked (OECD); average annual growth = (level ${to} / level ${p.from})^(1/${to - p.from}) − 1.`,
      sources: uniqueSources(sources),
      summary: { nl, en },
      chart: {
        title: `GDP per hour worked, annual % change (${period})`,
        unit: '% change',
        kind: 'line',
        lines: areas.map((a) => ({
          country: a,
          points: annualChanges(series.get(a)!).filter((x) => x.year > p.from && x.year <= to).map((x) => ({ year: x.year, value: round(x.value, 3) })),
        })),
        source: sources,
      },
    };
  },
});
