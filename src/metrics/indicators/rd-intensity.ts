// R&D expenditure (GERD) as % of GDP against comparators and the 3 % ambition:
// the gap in percentage points and in euros.
import { z } from 'zod';
import { ADVISORY_RD, advisorySource } from '../advisory.ts';
import { round } from '../formulas.ts';
import { countryParam, coverageOf, defineIndicator, fmt, nameOf, requireData, spanOf, uniqueSources, vsParam, yearParam } from '../indicator.ts';
import { figureSource, seriesOf, type Row, type Snapshot } from '../snapshot.ts';
import type { Figure, FigureSource } from '../types.ts';
import { figure } from '../localise.ts';
import { msg, say } from '../messages.ts';

/** Preferred source per area-year when several sources have a value (refreshed data first). */
export const RD_SOURCE_PRIORITY = ['eurostat-rd', 'oecd-msti', 'owid-rd'];
/** Areas whose national currency in the OECD levels data is the euro. */
const EURO_AREAS = new Set(['NL', 'DE', 'BE', 'FR', 'AT', 'FI', 'IE', 'IT', 'ES', 'PT', 'GR', 'LU', 'SK', 'SI', 'EE', 'LV', 'LT', 'MT', 'CY', 'EA19', 'EA20']);

/** GERD % of GDP for an area: year → { value, source id }. */
export function rdSeries(snap: Snapshot, area: string): Map<number, { value: number; source: string }> {
  const out = new Map<number, { value: number; source: string }>();
  const rank = (s: string | undefined) => {
    const i = RD_SOURCE_PRIORITY.indexOf(s ?? '');
    return i < 0 ? RD_SOURCE_PRIORITY.length : i;
  };
  for (const r of snap.rd.byArea.get(area) ?? ([] as Row[])) {
    if (typeof r.rd_pct_gdp !== 'number') continue;
    const prev = out.get(r.year);
    if (!prev || rank(r.source) < rank(prev.source)) out.set(r.year, { value: r.rd_pct_gdp, source: r.source ?? 'owid-rd' });
  }
  return out;
}

/** Nominal GDP in EUR bn = GDP per hour (national currency, current prices) × total hours (OECD levels), euro areas only. */
export function gdpEurBn(snap: Snapshot, area: string, year: number): number | null {
  if (!EURO_AREAS.has(area)) return null;
  const perHour = seriesOf(snap.levels, area, 'gdp_per_hour_nc_current').get(year);
  const hoursMn = seriesOf(snap.levels, area, 'hours_total_mn').get(year);
  return perHour !== undefined && hoursMn !== undefined ? (perHour * hoursMn) / 1000 : null;
}

const coverage = (snap: Snapshot) => coverageOf(snap.rd, 'rd_pct_gdp');

export const rdIntensity = defineIndicator({
  id: 'rd-intensity',
  title: { nl: 'R&D-uitgaven als percentage van het bbp', en: 'R&D expenditure as % of GDP' },
  description:
    'Gross domestic expenditure on R&D (GERD) as % of GDP for a country against comparators (EU27, US) and the 3 % ambition, with the gap in percentage points and in euros; also the figures the SER advisory quotes (NL 2.2 %, OECD average 2.7 %, ambition 3 %, page 8). Keywords: R&D-uitgaven, onderzoek en ontwikkeling, R&D-intensiteit, 3 procent-doelstelling, ambitie, OESO-gemiddelde, procentpunt.',
  schema: z.object({
    country: countryParam(),
    vs: vsParam(['EU27', 'US']),
    year: yearParam('Year, default the latest year all areas have').optional(),
    target: z.number().min(0).max(10).describe('Target R&D intensity in % of GDP (ambitie), default 3').default(3),
  }),
  coverage,
  compute(p, snap) {
    const cov = coverage(snap);
    const areas = [p.country, ...p.vs.filter((a) => a !== p.country)];
    const series = new Map(areas.map((a) => [a, rdSeries(snap, a)]));
    for (const a of areas) requireData(series.get(a)!.size > 0, `no R&D intensity for ${a}`, 'rd-intensity', cov);
    const year = p.year ?? Math.min(...areas.map((a) => Math.max(...series.get(a)!.keys())));
    for (const a of areas) {
      const s = new Map([...series.get(a)!].map(([y, v]) => [y, v.value]));
      requireData(s.has(year), `${a} has R&D intensity for ${spanOf(s)}, not ${year}`, 'rd-intensity', cov);
    }
    const srcOf = (id: string): FigureSource => figureSource(snap, id);
    const figures: Figure[] = [];
    for (const a of areas) {
      const v = series.get(a)!.get(year)!;
      figures.push(figure(msg('label.rd'), round(v.value, 2), msg('unit.%-of-gdp'), String(year), a, srcOf(v.source)));
    }
    const own = series.get(p.country)!.get(year)!;
    const gapPp = p.target - own.value;
    figures.push(figure(msg('label.rd.gap', { target: p.target }), round(gapPp, 2), msg('unit.pp-of-gdp'), String(year), p.country, srcOf(own.source)));
    const gdp = gdpEurBn(snap, p.country, year);
    let method = msg('method.rd-intensity.no-euro', { span: '2013-2022' });
    if (gdp !== null) {
      const pdb = srcOf('oecd-pdb');
      figures.push(figure(msg('label.nominal-gdp'), round(gdp, 1), msg('unit.eur-bn'), String(year), p.country, pdb));
      figures.push(figure(msg('label.rd.extra-spending', { target: p.target }), round((gapPp / 100) * gdp, 1), msg('unit.eur-bn-a-year'), String(year), p.country, { ...srcOf(own.source), table: `${srcOf(own.source).table} × ${pdb.table}` }));
      method = msg('method.rd-intensity.euro', { year });
    }
    // what the advisory itself says (page 8)
    const quoted = [ADVISORY_RD.nl, ADVISORY_RD.oecd, ADVISORY_RD.ambition];
    figures.push(...quoted);
    // the gaps between the advisory's own figures, computed from them (p. 8)
    const q = { nl: ADVISORY_RD.nl.value, oecd: ADVISORY_RD.oecd.value, ambition: ADVISORY_RD.ambition.value };
    const quotedGap = (label: ReturnType<typeof msg>, value: number, country: string): Figure =>
      figure(label, round(value, 2), msg('unit.pp-of-gdp'), msg('period.as-quoted', { year: 2025 }), country, advisorySource(8));
    const ambitionOverOecd = q.ambition - q.oecd;
    figures.push(quotedGap(msg('label.rd.ambition-over-oecd', { ambition: q.ambition, oecd: q.oecd }), ambitionOverOecd, 'OECD'));
    figures.push(quotedGap(msg('label.rd.below-ambition', { area: 'NL', value: q.nl, ambition: q.ambition }), q.ambition - q.nl, 'NL'));
    figures.push(quotedGap(msg('label.rd.below-oecd', { area: 'NL', value: q.nl, oecd: q.oecd }), q.oecd - q.nl, 'NL'));
    const gapEur = figures.find((f) => f.unit === 'EUR bn a year');
    const cmp = areas.slice(1).map((a) => ({ a, v: series.get(a)!.get(year)!.value }));
    const en =
      `R&D expenditure in ${nameOf(p.country, 'en')} was ${fmt(own.value)} % of GDP in ${year}` +
      (cmp.length ? ` (${cmp.map((c) => `${nameOf(c.a, 'en')} ${fmt(c.v)} %`).join(', ')})` : '') +
      `, ${fmt(gapPp)} percentage points below the ${fmt(p.target, 1)} % target` +
      (gapEur ? `, about EUR ${fmt(gapEur.value, 1)} bn a year` : '') +
      `. The advisory (p. 8) quotes ${fmt(q.nl, 1)} % for the Netherlands against an OECD average of ${fmt(q.oecd, 1)} % and an ambition of ${fmt(q.ambition, 0)} %: the ambition is ${fmt(ambitionOverOecd, 1)} percentage points above the OECD average, and the Netherlands ${fmt(q.oecd - q.nl, 1)} percentage points below that average and ${fmt(q.ambition - q.nl, 1)} below the ambition.`;
    const nl =
      `De R&D-uitgaven van ${nameOf(p.country, 'nl')} waren in ${year} ${fmt(own.value, 2, 'nl')} procent van het bbp` +
      (cmp.length ? ` (${cmp.map((c) => `${nameOf(c.a, 'nl')} ${fmt(c.v, 2, 'nl')} procent`).join(', ')})` : '') +
      `, ${fmt(gapPp, 2, 'nl')} procentpunt onder de doelstelling van ${fmt(p.target, 1, 'nl')} procent` +
      (gapEur ? `, ongeveer ${fmt(gapEur.value, 1, 'nl')} miljard euro per jaar` : '') +
      `. Het advies (p. 8) noemt ${fmt(q.nl, 1, 'nl')} procent voor Nederland tegen een OESO-gemiddelde van ${fmt(q.oecd, 1, 'nl')} procent en een ambitie van ${fmt(q.ambition, 0, 'nl')} procent: de ambitie ligt ${fmt(ambitionOverOecd, 1, 'nl')} procentpunt boven het OESO-gemiddelde, Nederland ${fmt(q.oecd - q.nl, 1, 'nl')} procentpunt onder dat gemiddelde en ${fmt(q.ambition - q.nl, 1, 'nl')} procentpunt onder de ambitie.`;
    const usedSources = uniqueSources(figures.map((f) => f.source));
    const chartLines = areas.map((a) => ({
      country: a,
      points: [...series.get(a)!].filter(([y]) => y >= year - 15 && y <= year).sort((x, y) => x[0] - y[0]).map(([y, v]) => ({ year: y, value: round(v.value, 3) })),
    }));
    const firstYear = Math.min(...chartLines.flatMap((l) => l.points.map((pt) => pt.year)));
    const title = msg('title.rd-intensity');
    const chartTitle = msg('chart.rd-intensity', { from: firstYear, to: year });
    return {
      indicator: 'rd-intensity',
      title: say(title, 'en'),
      figures,
      method: say(method, 'en'),
      sources: usedSources,
      summary: { nl, en },
      chart: {
        title: say(chartTitle, 'en'),
        unit: say(msg('unit.%-of-gdp'), 'en'),
        kind: 'line',
        lines: chartLines,
        rules: [
          { value: p.target, kind: 'target', label: { en: `target ${fmt(p.target, 1)} % (advisory p. 8)`, nl: `doel ${fmt(p.target, 1, 'nl')} % (advies p. 8)` } },
          { value: q.oecd, kind: 'reference', label: { en: `OECD average ${fmt(q.oecd, 1)} % as quoted in the advisory (p. 8)`, nl: `OESO-gemiddelde ${fmt(q.oecd, 1, 'nl')} % volgens het advies (p. 8)` } },
        ],
        source: uniqueSources([...areas.map((a) => srcOf(series.get(a)!.get(year)!.source)), ADVISORY_RD.oecd.source]),
        msg: { title: chartTitle, unit: msg('unit.%-of-gdp') },
      },
      msg: { title, method },
    };
  },
});
