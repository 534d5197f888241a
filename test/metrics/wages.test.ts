import { describe, expect, it } from 'vitest';
import { runIndicator } from '../../src/metrics/index.ts';
import { figureIn, methodIn } from '../../src/metrics/localise.ts';

describe('wages vs productivity: both deflators, named', () => {
  it('gives real compensation deflated with the GDP deflator and with consumer prices, each with its source', async () => {
    const r = await runIndicator('wages-vs-productivity', {});
    const fig = (re: RegExp) => r.figures.find((f) => re.test(f.label))!;
    const gdp = fig(/\(GDP deflator\), average annual growth/);
    const cpi = fig(/\(consumer prices, CPI\), average annual growth/);
    expect(gdp).toMatchObject({ value: 0.5, period: '2000-2019', source: { dataset: 'Penn World Table 10.01' } });
    // NL 2000-2019: CPI inflation (≈ 1.9 % a year) above the GDP deflator (≈ 1.7 %): the consumer real wage grew less
    expect(cpi.value).toBeCloseTo(0.36, 2);
    expect(cpi.value).toBeLessThan(gdp.value);
    expect(cpi.source.dataset).toBe('Inflation, consumer prices (annual %)');
    expect(cpi.source.table).toMatch(/FP\.CPI\.TOTL\.ZG/);
    expect(fig(/minus CPI-deflated/).value).toBeCloseTo(0.73 - 0.36, 1);
    expect(r.sources.map((s) => s.dataset)).toEqual(['Penn World Table 10.01', 'Inflation, consumer prices (annual %)']);
    expect(r.summary!.nl).toMatch(/gedefleerd met de bbp-deflator, 0,50 procent per jaar, met consumentenprijzen \(CPI\) 0,36 procent per jaar/);
    expect(figureIn(cpi, 'nl').label).toBe('Reële beloning per uur (consumentenprijzen, CPI), gemiddelde jaarlijkse groei');
    expect(methodIn(r, 'nl')).toMatch(/^Productiviteit = .*producentenloon.*consumentenloon/);
    expect(r.chart!.lines.map((l) => l.country)).toEqual(['GDP per hour', 'compensation per hour, GDP-deflated', 'compensation per hour, CPI-deflated']);
  });
});
