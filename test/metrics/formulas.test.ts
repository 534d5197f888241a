import { describe, expect, it } from 'vitest';
import { annualChanges, compound, geometricGrowth, scenarioLevelEffect, tornqvistAccounting, yearsToCloseGap } from '../../src/metrics/formulas.ts';

describe('formulas (hand-computed values)', () => {
  it('geometric mean growth', () => {
    // 100 → 121 over 2 years = 10 % a year
    expect(geometricGrowth(100, 121, 2)).toBeCloseTo(10, 10);
    // 50 → 50 · 1.03^5
    expect(geometricGrowth(50, 50 * 1.03 ** 5, 5)).toBeCloseTo(3, 10);
    expect(() => geometricGrowth(0, 1, 1)).toThrow();
    expect(() => geometricGrowth(1, 2, 0)).toThrow();
  });

  it('annual changes skip gaps', () => {
    const s = new Map([[2000, 100], [2001, 110], [2003, 121]]);
    expect(annualChanges(s)).toEqual([{ year: 2001, value: expect.closeTo(10, 10) }]);
  });

  it('scenario compounding is exact: (1+g+x)^N / (1+g)^N − 1', () => {
    // g = 1 %, x = 0.5 pp, N = 10
    const expected = (1.015 ** 10 / 1.01 ** 10 - 1) * 100;
    expect(scenarioLevelEffect(1, 0.5, 10)).toBeCloseTo(expected, 12);
    expect(scenarioLevelEffect(0, 0.4, 10)).toBeCloseTo((1.004 ** 10 - 1) * 100, 12);
    expect(compound(2, 3)).toBeCloseTo((1.02 ** 3 - 1) * 100, 12);
  });

  it('years to close a gap = ln(gap)/ln(1+dx)', () => {
    expect(yearsToCloseGap(1.1, 1)).toBeCloseTo(Math.log(1.1) / Math.log(1.01), 12); // ≈ 9.58
    expect(yearsToCloseGap(1.1, 1)).toBeCloseTo(9.579, 3);
    expect(yearsToCloseGap(0.9, 1)).toBe(0);
    expect(yearsToCloseGap(1.2, 0)).toBe(Infinity);
  });

  it('Törnqvist shares and the identity (hand-computed)', () => {
    const rows = [
      { year: 2000, Y: 100, K: 300, H: 10, hc: 3, labsh: 0.6, tfp: 1 },
      { year: 2001, Y: 103, K: 309, H: 10.1, hc: 3.03, labsh: 0.64, tfp: 1.01 },
    ];
    const [y] = tornqvistAccounting(rows);
    const s = 0.62;
    const dlnYH = Math.log(1.03) - Math.log(1.01);
    const dlnKH = Math.log(1.03) - Math.log(1.01);
    expect(y.labourShare).toBeCloseTo(s, 12);
    expect(y.labourProductivity).toBeCloseTo(dlnYH * 100, 10);
    expect(y.capitalDeepening).toBeCloseTo((1 - s) * dlnKH * 100, 10);
    expect(y.labourQuality).toBeCloseTo(s * Math.log(1.01) * 100, 10);
    expect(y.capitalDeepening + y.labourQuality + y.tfp).toBeCloseTo(y.labourProductivity, 12);
    expect(y.tfpSource).toBeCloseTo(Math.log(1.01) * 100, 10);
    expect(() => tornqvistAccounting([rows[0], { ...rows[1], year: 2003 }])).toThrow(/consecutive/);
  });
});
