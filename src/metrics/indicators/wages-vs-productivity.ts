// Labour share and real labour compensation per hour against productivity per hour.
import { z } from 'zod';
import { geometricGrowth, round } from '../formulas.ts';
import { countryParam, defineIndicator, fmt, nameOf, requireData, yearParam } from '../indicator.ts';
import { figureSource, seriesOf } from '../snapshot.ts';
import { figure } from '../localise.ts';
import { msg, say } from '../messages.ts';
import { pwtCoverage, pwtInputs, pwtRange } from './pwt-data.ts';

export const wagesVsProductivity = defineIndicator({
  id: 'wages-vs-productivity',
  title: { nl: 'Lonen en productiviteit', en: 'Wages and productivity' },
  description:
    'Real labour compensation per hour worked (labour share × real GDP / hours, deflated with the GDP deflator) against GDP per hour worked, with the labour share at the start and end and the gap in percentage points a year; Penn World Table 10.01 (data to 2019). Keywords: lonen, loonontwikkeling, arbeidsinkomensquote, AIQ, loonaandeel, beloning per uur, productiviteit.',
  schema: z.object({
    country: countryParam(),
    from: yearParam('First year, default 2000').default(2000),
    to: yearParam('Last year, default 2019 (the last PWT 10.01 year)').default(2019),
  }),
  coverage: pwtCoverage,
  compute(p, snap) {
    const cov = pwtCoverage(snap);
    const inputs = pwtInputs(snap, p.country);
    requireData(inputs.size > 1, `no Penn World Table data for ${p.country}`, 'wages-vs-productivity', cov);
    requireData(p.to > p.from, `the period ${p.from}-${p.to} is empty`, 'wages-vs-productivity', cov);
    const rows = pwtRange(inputs, p.from, p.to);
    requireData(typeof rows !== 'number', `${p.country} lacks PWT data for ${rows as number}`, 'wages-vs-productivity', cov);
    const list = rows as Exclude<typeof rows, number>;
    const a = list[0];
    const b = list[list.length - 1];
    const n = p.to - p.from;
    const prod = geometricGrowth(a.Y / a.H, b.Y / b.H, n);
    const comp = geometricGrowth((a.labsh * a.Y) / a.H, (b.labsh * b.Y) / b.H, n);
    const source = figureSource(snap, 'pwt');
    const period = `${p.from}-${p.to}`;
    // consumer prices: an index from annual CPI inflation, 1 in the first year
    const inflation = seriesOf(snap.cpi, p.country, 'cpi_inflation_pct');
    const cpi = new Map<number, number>([[p.from, 1]]);
    for (let y = p.from + 1; y <= p.to && cpi.has(y - 1) && inflation.has(y); y++) cpi.set(y, cpi.get(y - 1)! * (1 + inflation.get(y)! / 100));
    const withCpi = cpi.has(p.to) && list.every((r) => r.nominal !== undefined);
    const nominalPerHour = (r: (typeof list)[number]) => (r.labsh * r.nominal!) / r.H;
    const compCpi = withCpi ? geometricGrowth(nominalPerHour(a) / cpi.get(p.from)!, nominalPerHour(b) / cpi.get(p.to)!, n) : undefined;
    const cpiSource = snap.sources.some((x) => x.id === 'owid-cpi') ? figureSource(snap, 'owid-cpi') : undefined;
    const figures = [
      figure(msg('label.gdp-per-hour.growth'), round(prod, 2), msg('unit.%-a-year'), period, p.country, source),
      figure(msg('label.compensation.gdp-deflator'), round(comp, 2), msg('unit.%-a-year'), period, p.country, source),
      figure(msg('label.gap.compensation'), round(prod - comp, 2), msg('unit.pp-a-year'), period, p.country, source),
      ...(compCpi !== undefined && cpiSource
        ? [
            figure(msg('label.compensation.cpi'), round(compCpi, 2), msg('unit.%-a-year'), period, p.country, { ...cpiSource, table: `${source.table} / ${cpiSource.table}` }),
            figure(msg('label.gap.compensation-cpi'), round(prod - compCpi, 2), msg('unit.pp-a-year'), period, p.country, { ...cpiSource, table: `${source.table} / ${cpiSource.table}` }),
          ]
        : []),
      figure(msg('label.labour-share.start'), round(a.labsh * 100, 1), msg('unit.%'), String(p.from), p.country, source),
      figure(msg('label.labour-share.end'), round(b.labsh * 100, 1), msg('unit.%'), String(p.to), p.country, source),
    ];
    const cpiEn = compCpi !== undefined ? `, deflated with consumer prices (CPI) ${fmt(compCpi)} % a year` : '';
    const cpiNl = compCpi !== undefined ? `, met consumentenprijzen (CPI) ${fmt(compCpi, 2, 'nl')} procent per jaar` : '';
    const en = `In ${nameOf(p.country, 'en')}, GDP per hour worked grew ${fmt(prod)} % a year over ${period}; real labour compensation per hour deflated with the GDP deflator ${fmt(comp)} % a year${cpiEn}; the labour share went from ${fmt(a.labsh * 100, 1)} % to ${fmt(b.labsh * 100, 1)} %.`;
    const nl = `In ${nameOf(p.country, 'nl')} groeide de productiviteit per gewerkt uur over ${period} ${fmt(prod, 2, 'nl')} procent per jaar; de reële beloning per uur, gedefleerd met de bbp-deflator, ${fmt(comp, 2, 'nl')} procent per jaar${cpiNl}; het loonaandeel ging van ${fmt(a.labsh * 100, 1, 'nl')} naar ${fmt(b.labsh * 100, 1, 'nl')} procent.`;
    const idx = (f: (r: (typeof list)[number]) => number) => list.map((r) => ({ year: r.year, value: round((100 * f(r)) / f(a), 2) }));
    const title = msg('title.wages-vs-productivity');
    const method = msg('method.wages-vs-productivity', { period });
    const chartTitle = msg('chart.wages-vs-productivity', { area: p.country, year: p.from });
    const unit = msg('unit.index-year', { year: p.from });
    const line = (id: 'line.gdp-per-hour' | 'line.compensation-gdp' | 'line.compensation-cpi') => ({ country: say(msg(id), 'en'), name: msg(id) });
    return {
      indicator: 'wages-vs-productivity',
      title: say(title, 'en'),
      figures,
      method: say(method, 'en'),
      sources: cpiSource && compCpi !== undefined ? [source, cpiSource] : [source],
      summary: { nl, en },
      chart: {
        title: say(chartTitle, 'en'),
        unit: say(unit, 'en'),
        kind: 'line',
        lines: [
          { ...line('line.gdp-per-hour'), points: idx((r) => r.Y / r.H) },
          { ...line('line.compensation-gdp'), points: idx((r) => (r.labsh * r.Y) / r.H) },
          ...(compCpi !== undefined
            ? [{ ...line('line.compensation-cpi'), points: list.map((r) => ({ year: r.year, value: round((100 * nominalPerHour(r) / cpi.get(r.year)!) / nominalPerHour(a), 2) })) }]
            : []),
        ],
        yZero: false,
        rules: [{ value: 100, kind: 'reference', label: { en: `${p.from} = 100`, nl: `${p.from} = 100` } }],
        source: cpiSource && compCpi !== undefined ? [source, cpiSource] : [source],
        msg: { title: chartTitle, unit },
      },
      msg: { title, method },
    };
  },
});
