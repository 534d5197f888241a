// Labour productivity growth per hour split into capital deepening, labour
// quality (human capital) and TFP, Törnqvist year by year as in the Penn World Table.
import { z } from 'zod';
import { mean, round, tornqvistAccounting } from '../formulas.ts';
import { countryParam, defineIndicator, fmt, nameOf, requireData, yearParam } from '../indicator.ts';
import { figureSource } from '../snapshot.ts';
import type { Figure } from '../types.ts';
import { figure } from '../localise.ts';
import { msg, say, type MessageId } from '../messages.ts';
import { pwtCoverage, pwtInputs, pwtRange } from './pwt-data.ts';

export const growthAccounting = defineIndicator({
  id: 'growth-accounting',
  title: { nl: 'Groeiboekhouding: bronnen van productiviteitsgroei', en: 'Growth accounting: sources of productivity growth' },
  description:
    'Splits average annual growth of GDP per hour worked into capital deepening, labour quality (human capital) and total factor productivity (TFP, Solow residual), Törnqvist year by year with the labour share from the Penn World Table 10.01 (data to 2019); the components sum to the total. Keywords: groeiboekhouding, kapitaalverdieping, kwaliteit van arbeid, menselijk kapitaal, totale factorproductiviteit, TFP.',
  schema: z.object({
    country: countryParam(),
    from: yearParam('First year (start level), default 2009').default(2009),
    to: yearParam('Last year, default 2019 (the last PWT 10.01 year)').default(2019),
  }),
  coverage: pwtCoverage,
  compute(p, snap) {
    const cov = pwtCoverage(snap);
    const inputs = pwtInputs(snap, p.country);
    requireData(inputs.size > 1, `no Penn World Table data for ${p.country}`, 'growth-accounting', cov);
    requireData(p.to > p.from, `the period ${p.from}-${p.to} is empty`, 'growth-accounting', cov);
    const rows = pwtRange(inputs, p.from, p.to);
    requireData(typeof rows !== 'number', `${p.country} lacks PWT data for ${rows as number}`, 'growth-accounting', cov);
    const years = tornqvistAccounting(rows as Exclude<typeof rows, number>);
    const avg = (k: 'labourProductivity' | 'capitalDeepening' | 'labourQuality' | 'tfp' | 'labourShare') => mean(years.map((y) => y[k]));
    const lp = avg('labourProductivity');
    const cd = avg('capitalDeepening');
    const lq = avg('labourQuality');
    const tfp = avg('tfp');
    const tfpSrc = years.every((y) => y.tfpSource !== undefined) ? mean(years.map((y) => y.tfpSource!)) : undefined;
    const source = figureSource(snap, 'pwt');
    const period = `${p.from}-${p.to}`;
    const f = (label: MessageId, value: number, unit: MessageId = 'unit.%-a-year'): Figure => figure(msg(label), round(value, 2), msg(unit), period, p.country, source);
    const figures: Figure[] = [
      f('label.labour-productivity.growth', lp),
      f('label.contribution.capital', cd),
      f('label.contribution.labour-quality', lq),
      f('label.contribution.tfp', tfp),
      f('label.labour-share.average', avg('labourShare') * 100, 'unit.%'),
    ];
    if (tfpSrc !== undefined) figures.push(f('label.tfp.pwt', tfpSrc));
    const en = `In ${nameOf(p.country, 'en')}, GDP per hour worked grew ${fmt(lp)} % a year over ${period}: ${fmt(cd)} capital deepening + ${fmt(lq)} labour quality + ${fmt(tfp)} TFP (percentage points).`;
    const nl = `In ${nameOf(p.country, 'nl')} groeide de productiviteit per gewerkt uur over ${period} ${fmt(lp, 2, 'nl')} procent per jaar: ${fmt(cd, 2, 'nl')} kapitaalverdieping + ${fmt(lq, 2, 'nl')} kwaliteit van arbeid + ${fmt(tfp, 2, 'nl')} TFP (procentpunt).`;
    const title = msg('title.growth-accounting');
    const method = msg('method.growth-accounting');
    const chartTitle = msg('chart.growth-accounting', { area: p.country, from: years[0].year, to: p.to });
    const line = (id: MessageId) => ({ country: say(msg(id), 'en'), name: msg(id) });
    return {
      indicator: 'growth-accounting',
      title: say(title, 'en'),
      figures,
      method: say(method, 'en'),
      sources: [source],
      summary: { nl, en },
      chart: {
        // one unit throughout: contributions and their total in percentage points a year (annual log changes × 100, see the method)
        title: say(chartTitle, 'en'),
        unit: say(msg('unit.pp-a-year'), 'en'),
        kind: 'bar',
        lines: [
          { ...line('line.capital-deepening'), points: years.map((y) => ({ year: y.year, value: round(y.capitalDeepening, 3) })) },
          { ...line('line.labour-quality'), points: years.map((y) => ({ year: y.year, value: round(y.labourQuality, 3) })) },
          { ...line('line.tfp'), points: years.map((y) => ({ year: y.year, value: round(y.tfp, 3) })) },
        ],
        total: { ...line('line.gdp-per-hour-total'), points: years.map((y) => ({ year: y.year, value: round(y.labourProductivity, 3) })) },
        rules: [
          {
            value: round(lp, 2),
            kind: 'average',
            country: 'GDP per hour (total)',
            label: {
              en: `average ${years[0].year}-${p.to}: ${fmt(lp)} = ${fmt(cd)} capital + ${fmt(lq)} labour quality + ${fmt(tfp)} TFP`,
              nl: `gemiddeld ${years[0].year}-${p.to}: ${fmt(lp, 2, 'nl')} = ${fmt(cd, 2, 'nl')} kapitaal + ${fmt(lq, 2, 'nl')} kwaliteit arbeid + ${fmt(tfp, 2, 'nl')} TFP`,
            },
          },
        ],
        source: [source],
        msg: { title: chartTitle, unit: msg('unit.pp-a-year') },
      },
      msg: { title, method },
    };
  },
});
