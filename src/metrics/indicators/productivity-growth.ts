// GDP per hour worked (constant prices): annual % changes and average annual
// (geometric) growth over a period, for a country and comparators.
import { z } from 'zod';
import { annualChanges, geometricGrowth, round } from '../formulas.ts';
import { countryParam, coverageOf, defineIndicator, fmt, nameOf, periodProblem, requireData, uniqueSources, vsParam, yearParam } from '../indicator.ts';
import { figureSource, type Snapshot } from '../snapshot.ts';
import type { Figure } from '../types.ts';
import { figure } from '../localise.ts';
import { msg, say } from '../messages.ts';

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
    to: yearParam('Last year of the period for every area, default each area\'s latest year').optional(),
    period: z
      .enum(['own', 'common'])
      .describe('own (default): each area up to its own latest year, stated per area; common: all areas end in the latest year they all have, and the answer says so')
      .default('own'),
  }),
  coverage,
  compute(p, snap) {
    const cov = coverage(snap);
    const areas = [p.country, ...p.vs.filter((a) => a !== p.country)];
    const series = new Map(areas.map((a) => [a, gdpPerHour(snap, a)]));
    for (const a of areas) requireData(series.get(a)!.size > 0, `no GDP per hour worked for ${a}`, 'productivity-growth', cov);
    const lastOf = (a: string) => Math.max(...series.get(a)!.keys());
    const commonTo = Math.min(...areas.map(lastOf));
    // each area keeps its own period unless a common one is asked for (or --to given)
    const toOf = (a: string) => p.to ?? (p.period === 'common' ? commonTo : lastOf(a));
    for (const a of areas) {
      const s = series.get(a)!;
      requireData(toOf(a) > p.from, `the period ${p.from}-${toOf(a)} is empty: --from must be before the last year`, 'productivity-growth', cov);
      requireData(s.has(p.from) && s.has(toOf(a)), periodProblem(a, 'GDP per hour worked', s.keys(), p.from, toOf(a)), 'productivity-growth', cov);
    }
    const sources = [figureSource(snap, 'wdi-gdp'), figureSource(snap, 'oecd-hours')];
    const source = { ...sources[0], table: `${sources[0].table} / ${sources[1].table} (total hours)` };
    const periodOf = (a: string) => `${p.from}-${toOf(a)}`;
    const figures: Figure[] = [];
    const growth = new Map<string, number>();
    for (const a of areas) {
      const s = series.get(a)!;
      const g = geometricGrowth(s.get(p.from)!, s.get(toOf(a))!, toOf(a) - p.from);
      growth.set(a, g);
      figures.push(figure(msg('label.gdp-per-hour.growth'), round(g, 2), msg('unit.%-a-year'), periodOf(a), a, source));
    }
    for (const a of areas) {
      const s = series.get(a)!;
      figures.push(figure(msg('label.gdp-per-hour.level'), round(s.get(toOf(a))!, 2), msg('unit.usd-constant-ppp-per-hour'), String(toOf(a)), a, source));
    }
    for (const c of annualChanges(series.get(p.country)!).filter((x) => x.year > p.from && x.year <= toOf(p.country))) {
      figures.push(figure(msg('label.gdp-per-hour.change'), round(c.value, 2), msg('unit.%'), String(c.year), p.country, source));
    }
    const main = growth.get(p.country)!;
    const ends = new Set(areas.map(toOf));
    const shortened = areas.filter((a) => toOf(a) < lastOf(a));
    const noteEn =
      p.period === 'common' && !p.to && shortened.length
        ? ` Common period ${p.from}-${commonTo} as asked: the data of ${areas.filter((a) => lastOf(a) === commonTo).map((a) => nameOf(a, 'en')).join(', ')} end in ${commonTo}, so ${shortened.map((a) => nameOf(a, 'en')).join(', ')} ${shortened.length === 1 ? 'is' : 'are'} shortened (own period to ${Math.max(...shortened.map(lastOf))}).`
        : ends.size > 1
          ? ' Periods differ by area because the data end in different years (--period common for one common period).'
          : '';
    const noteNl =
      p.period === 'common' && !p.to && shortened.length
        ? ` Gemeenschappelijke periode ${p.from}-${commonTo} zoals gevraagd: de gegevens van ${areas.filter((a) => lastOf(a) === commonTo).map((a) => nameOf(a, 'nl')).join(', ')} lopen tot ${commonTo}, dus ${shortened.map((a) => nameOf(a, 'nl')).join(', ')} ${shortened.length === 1 ? 'is' : 'zijn'} ingekort (eigen periode tot ${Math.max(...shortened.map(lastOf))}).`
        : ends.size > 1
          ? ' De perioden verschillen per gebied omdat de gegevens in verschillende jaren eindigen (--period common voor één gemeenschappelijke periode).'
          : '';
    const en = `GDP per hour worked in ${nameOf(p.country, 'en')} grew ${fmt(main, 2)} % a year on average over ${periodOf(p.country)}` +
      (areas.length > 1 ? ` (${areas.slice(1).map((a) => `${nameOf(a, 'en')} ${fmt(growth.get(a)!, 2)} % over ${periodOf(a)}`).join(', ')})` : '') + '.' + noteEn;
    const nl = `De arbeidsproductiviteit per gewerkt uur in ${nameOf(p.country, 'nl')} groeide over ${periodOf(p.country)} gemiddeld ${fmt(main, 2, 'nl')} procent per jaar` +
      (areas.length > 1 ? ` (${areas.slice(1).map((a) => `${nameOf(a, 'nl')} ${fmt(growth.get(a)!, 2, 'nl')} procent over ${periodOf(a)}`).join(', ')})` : '') + '.' + noteNl;
    const lines = areas.map((a) => ({
      country: a,
      points: annualChanges(series.get(a)!).filter((x) => x.year > p.from && x.year <= toOf(a)).map((x) => ({ year: x.year, value: round(x.value, 3) })),
    }));
    const maxTo = Math.max(...areas.map(toOf));
    const title = msg('title.productivity-growth');
    const method = msg('method.productivity-growth', { from: p.from, to: toOf(p.country), years: toOf(p.country) - p.from });
    const chartTitle = msg('chart.productivity-growth', { from: p.from + 1, to: maxTo });
    return {
      indicator: 'productivity-growth',
      title: say(title, 'en'),
      figures,
      method: say(method, 'en'),
      sources: uniqueSources(sources),
      summary: { nl, en },
      chart: {
        // the axis shows annual changes, so it starts the year after the start level
        title: say(chartTitle, 'en'),
        unit: say(msg('unit.%-change'), 'en'),
        kind: 'line',
        lines,
        rules: areas.map((a) => ({
          value: round(growth.get(a)!, 2),
          kind: 'average' as const,
          country: a,
          label: { en: `${a} average ${periodOf(a)}: ${fmt(growth.get(a)!, 2)} %`, nl: `${a === 'US' ? 'VS' : a} gemiddeld ${periodOf(a)}: ${fmt(growth.get(a)!, 2, 'nl')} %` },
        })),
        source: sources,
        msg: { title: chartTitle, unit: msg('unit.%-change') },
      },
      msg: { title, method },
    };
  },
});
