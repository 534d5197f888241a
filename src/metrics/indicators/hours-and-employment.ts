// Hours per worker and employment: why productivity per hour and per worker differ.
import { z } from 'zod';
import { geometricGrowth, round } from '../formulas.ts';
import { countryParam, coverageOf, defineIndicator, fmt, nameOf, periodProblem, requireData, spanOf, uniqueSources, vsParam, yearParam } from '../indicator.ts';
import { figureSource, type Snapshot } from '../snapshot.ts';
import type { Figure } from '../types.ts';
import { figure } from '../localise.ts';
import { msg, say } from '../messages.ts';

interface Point { employed: number; hours: number; gdp: number | null }
function points(snap: Snapshot, area: string): Map<number, Point> {
  const out = new Map<number, Point>();
  for (const r of snap.productivity.byArea.get(area) ?? []) {
    if (typeof r.employed === 'number' && typeof r.total_hours === 'number' && r.employed > 0) {
      out.set(r.year, { employed: r.employed, hours: r.total_hours, gdp: typeof r.gdp_ppp_const === 'number' ? r.gdp_ppp_const : null });
    }
  }
  return out;
}
const coverage = (snap: Snapshot) => coverageOf(snap.productivity, 'total_hours', (a) => points(snap, a).size > 0);

export const hoursAndEmployment = defineIndicator({
  id: 'hours-and-employment',
  title: { nl: 'Arbeidsuren en werkgelegenheid', en: 'Hours worked and employment' },
  description:
    'Average annual hours per worker and employment (OECD national accounts), with GDP per hour worked against GDP per person employed: why productivity per hour and per worker differ (part-time work). Keywords: arbeidsuren, gewerkte uren per werkende, deeltijd, werkgelegenheid, werkzame personen, productiviteit per werkende.',
  schema: z.object({
    country: countryParam(),
    vs: vsParam(['EU27', 'DE']),
    from: yearParam('First year, default 2014').default(2014),
    to: yearParam('Last year, default the latest year all areas have').optional(),
  }),
  coverage,
  compute(p, snap) {
    const cov = coverage(snap);
    const areas = [p.country, ...p.vs.filter((a) => a !== p.country)];
    const data = new Map(areas.map((a) => [a, points(snap, a)]));
    for (const a of areas) requireData(data.get(a)!.size > 0, `no hours and employment data for ${a}`, 'hours-and-employment', cov);
    const to = p.to ?? Math.min(...areas.map((a) => Math.max(...data.get(a)!.keys())));
    requireData(to > p.from, `the period ${p.from}-${to} is empty`, 'hours-and-employment', cov);
    for (const a of areas) {
      const d = data.get(a)!;
      const span = spanOf(new Map([...d].map(([y, v]) => [y, v.hours])));
      requireData(d.has(p.from) && d.has(to), periodProblem(a, 'hours and employment', d.keys(), p.from, to).replace(/^(\S+) has hours and employment for \d{4}-\d{4}/, `$1 has hours and employment for ${span}`), 'hours-and-employment', cov);
    }
    const hs = figureSource(snap, 'oecd-hours');
    const gs = figureSource(snap, 'wdi-gdp');
    const both = { ...gs, table: `${gs.table} / ${hs.table}` };
    const period = `${p.from}-${to}`;
    const n = to - p.from;
    const figures: Figure[] = [];
    const hpw = new Map<string, number>();
    for (const a of areas) {
      const d = data.get(a)!;
      const s = d.get(p.from)!;
      const e = d.get(to)!;
      hpw.set(a, e.hours / e.employed);
      figures.push(figure(msg('label.hours-per-worker'), round(e.hours / e.employed, 0), msg('unit.hours-a-year'), String(to), a, hs));
      figures.push(figure(msg('label.hours-per-worker.change'), round(((e.hours / e.employed) / (s.hours / s.employed) - 1) * 100, 1), msg('unit.%'), period, a, hs));
      figures.push(figure(msg('label.employment.growth'), round(geometricGrowth(s.employed, e.employed, n), 2), msg('unit.%-a-year'), period, a, hs));
      if (s.gdp !== null && e.gdp !== null) {
        figures.push(figure(msg('label.gdp-per-hour.growth'), round(geometricGrowth(s.gdp / s.hours, e.gdp / e.hours, n), 2), msg('unit.%-a-year'), period, a, both));
        figures.push(figure(msg('label.gdp-per-person.growth'), round(geometricGrowth(s.gdp / s.employed, e.gdp / e.employed, n), 2), msg('unit.%-a-year'), period, a, both));
      }
    }
    const others = areas.slice(1);
    // a cross-section needs one year; when that shortens an area, say so
    const lastOf = (a: string) => Math.max(...data.get(a)!.keys());
    const shortened = p.to === undefined ? areas.filter((a) => lastOf(a) > to) : [];
    const limiting = areas.filter((a) => lastOf(a) === to);
    const noteEn = shortened.length ? ` All areas are compared in ${to}, the last year they all have (the data of ${limiting.map((a) => nameOf(a, 'en')).join(', ')} end there; ${shortened.map((a) => `${nameOf(a, 'en')} has ${lastOf(a)}`).join(', ')}).` : '';
    const noteNl = shortened.length ? ` Alle gebieden worden vergeleken in ${to}, het laatste jaar dat ze allemaal hebben (de gegevens van ${limiting.map((a) => nameOf(a, 'nl')).join(', ')} eindigen daar; ${shortened.map((a) => `${nameOf(a, 'nl')} heeft ${lastOf(a)}`).join(', ')}).` : '';
    const en = `In ${to} a worker in ${nameOf(p.country, 'en')} worked ${fmt(hpw.get(p.country)!, 0)} hours` +
      (others.length ? ` (${others.map((a) => `${nameOf(a, 'en')} ${fmt(hpw.get(a)!, 0)}`).join(', ')})` : '') +
      '; fewer hours per worker make productivity per worker lower than productivity per hour suggests.' + noteEn;
    const nl = `In ${to} werkte een werkende in ${nameOf(p.country, 'nl')} ${fmt(hpw.get(p.country)!, 0)} uur` +
      (others.length ? ` (${others.map((a) => `${nameOf(a, 'nl')} ${fmt(hpw.get(a)!, 0)}`).join(', ')})` : '') +
      '; door minder uren per werkende ligt de productiviteit per werkende lager dan die per uur doet vermoeden.' + noteNl;
    const title = msg('title.hours-and-employment');
    const method = msg('method.hours-and-employment');
    const chartTitle = msg('chart.hours-and-employment', { from: p.from, to });
    return {
      indicator: 'hours-and-employment',
      title: say(title, 'en'),
      figures,
      method: say(method, 'en'),
      sources: uniqueSources([hs, gs]),
      summary: { nl, en },
      chart: {
        title: say(chartTitle, 'en'),
        unit: say(msg('unit.hours-a-year'), 'en'),
        kind: 'line',
        yZero: false,
        rules: areas.map((a) => ({ value: round(hpw.get(a)!, 0), kind: 'reference' as const, country: a, label: { en: `${a} ${to}: ${fmt(hpw.get(a)!, 0)} hours`, nl: `${a === 'US' ? 'VS' : a} ${to}: ${fmt(hpw.get(a)!, 0)} uur` } })),
        lines: areas.map((a) => ({
          country: a,
          points: [...data.get(a)!].filter(([y]) => y >= p.from && y <= to).sort((x, y) => x[0] - y[0]).map(([y, v]) => ({ year: y, value: round(v.hours / v.employed, 1) })),
        })),
        source: [hs],
        msg: { title: chartTitle, unit: msg('unit.hours-a-year') },
      },
      msg: { title, method },
    };
  },
});
