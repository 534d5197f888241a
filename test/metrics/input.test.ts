import { describe, expect, it } from 'vitest';
import { indicatorHelp, MetricsInputError, resolveArea, runIndicator } from '../../src/metrics/index.ts';
import { splitNumbers } from '../../src/metrics/run.ts';

describe('area resolver', () => {
  it.each([
    ['NL', 'NL'], ['NLD', 'NL'], ['Nederland', 'NL'], ['Netherlands', 'NL'], ['EU27_2020', 'EU27'], ['EU', 'EU27'], ['eu27', 'EU27'],
    ['Verenigde Staten', 'US'], ['VS', 'US'], ['United States', 'US'], ['USA', 'US'], ['Duitsland', 'DE'], ['DEU', 'DE'],
    ['eurozone', 'EA20'], ['euro area', 'EA20'], ['EMU', 'EA20'], ['OECD', 'OECD'], ['OESO', 'OECD'], ['België', 'BE'], ['Belgie', 'BE'], ['Denemarken', 'DK'], ['Frankrijk', 'FR'],
  ])('%s → %s', (name, code) => expect(resolveArea(name)).toBe(code));
  it('unknown names give null', () => {
    expect(resolveArea('Atlantis')).toBeNull();
    expect(resolveArea('')).toBeNull();
  });
});

describe('bad input: errors list valid values, nothing guessed', () => {
  it('unknown indicator lists the ids', async () => {
    await expect(runIndicator('productivity', {})).rejects.toThrow(MetricsInputError);
    await expect(runIndicator('productivity', {})).rejects.toThrow(/productivity-growth, productivity-level, growth-accounting/);
  });
  it('unknown country lists areas and the years covered', async () => {
    const err = await runIndicator('productivity-growth', { country: 'Atlantis' }).catch((e) => e);
    expect(err).toBeInstanceOf(MetricsInputError);
    expect(err.message).toMatch(/unknown area "Atlantis"/);
    expect(err.message).toMatch(/The data covers 1990-2024 \(each area its own span within it\) for: .*NL/);
  });
  it('a period outside the data names what the area has', async () => {
    const err = await runIndicator('productivity-growth', { from: 1960 }).catch((e) => e);
    expect(err.message).toMatch(/NL has GDP per hour worked for 1995-2024, not 1960-2024/);
    const e2 = await runIndicator('growth-accounting', { to: 2023 }).catch((e) => e);
    expect(e2.message).toMatch(/lacks PWT data for 2020/);
    const e3 = await runIndicator('growth-accounting', { from: 'gisteren' }).catch((e) => e);
    expect(e3).toBeInstanceOf(MetricsInputError);
    expect(e3.message).toMatch(/--from takes a year such as \d{4}; "gisteren" is not a year/);
  });
  it('text parameters are loosened, not guessed: "EU27,US", "2014", "0,4"', async () => {
    const r = await runIndicator('productivity-growth', { vs: 'EU27,US', from: '2014' });
    expect(r.figures.map((f) => f.country)).toEqual(expect.arrayContaining(['NL', 'EU27', 'US']));
    const us = await runIndicator('productivity-growth', { vs: 'Verenigde Staten; Duitsland' });
    expect(us.figures.map((f) => f.country)).toEqual(expect.arrayContaining(['US', 'DE']));
    const s = await runIndicator('scenario', { extraPp: '0.4,0.9', years: '10', base: '0,5' });
    expect(s.figures.filter((f) => /relative to baseline/.test(f.label))).toHaveLength(2);
  });
  it('number lists from text', () => {
    expect(splitNumbers('0.4,0.9')).toEqual([0.4, 0.9]);
    expect(splitNumbers('0,4;0,9')).toEqual([0.4, 0.9]);
    expect(splitNumbers('0,4 0,9')).toEqual([0.4, 0.9]);
    expect(splitNumbers('0,4')).toEqual([0.4]);
    expect(splitNumbers('1,2')).toEqual([1.2]);
    expect(splitNumbers('1,2,3')).toBe('1,2,3'); // ambiguous: rejected by the schema, not guessed
  });
  it('help text is generated from the schemas', () => {
    expect(indicatorHelp()).toMatch(/rd-intensity/);
    const h = indicatorHelp('scenario');
    expect(h).toMatch(/--extra-pp/);
    expect(h).toMatch(/--years/);
    expect(indicatorHelp('productivity-growth')).toMatch(/--vs .*EU27, EA20/);
    expect(() => indicatorHelp('nope')).toThrow(/Valid indicators/);
  });
});
