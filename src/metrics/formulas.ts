// Pure formulas over series. No I/O; every function is tested against
// hand-computed values in test/metrics/formulas.test.ts.

/** Annual % changes of a year → value series, for consecutive years present. */
export function annualChanges(series: Map<number, number>): { year: number; value: number }[] {
  const out: { year: number; value: number }[] = [];
  for (const [year, v] of [...series].sort((a, b) => a[0] - b[0])) {
    const prev = series.get(year - 1);
    if (prev !== undefined && prev !== 0) out.push({ year, value: (v / prev - 1) * 100 });
  }
  return out;
}

/** Average annual growth in % (geometric): ((end/start)^(1/years) − 1) × 100. */
export function geometricGrowth(start: number, end: number, years: number): number {
  if (years <= 0) throw new RangeError('years must be positive');
  if (start <= 0 || end <= 0) throw new RangeError('values must be positive');
  return (Math.pow(end / start, 1 / years) - 1) * 100;
}

/** Level effect in % of growing g + x instead of g (both in % a year) for n years: ((1+g+x)/(1+g))^n − 1. */
export function scenarioLevelEffect(basePct: number, extraPp: number, years: number): number {
  const g = basePct / 100;
  const x = extraPp / 100;
  return (Math.pow(1 + g + x, years) / Math.pow(1 + g, years) - 1) * 100;
}

/** Cumulative growth in % after n years at a constant rate (in %). */
export function compound(ratePct: number, years: number): number {
  return (Math.pow(1 + ratePct / 100, years) - 1) * 100;
}

/**
 * Years needed to close a level gap when growing dx % a year faster:
 * ln(gap) / ln(1 + dx), where gap = leader / follower (> 1).
 */
export function yearsToCloseGap(gapRatio: number, extraPp: number): number {
  if (gapRatio <= 1) return 0;
  if (extraPp <= 0) return Infinity;
  return Math.log(gapRatio) / Math.log(1 + extraPp / 100);
}

export interface GrowthAccountingYear {
  year: number;
  labourProductivity: number; // Δln(Y/H), %
  capitalDeepening: number; // (1 − s̄) Δln(K/H), %
  labourQuality: number; // s̄ Δln(hc), %
  tfp: number; // residual, %
  labourShare: number; // s̄ = average labour share of the two years
  tfpSource?: number; // Δln(rtfpna) from the data, % (to check the residual)
}

export interface GrowthAccountingInput {
  year: number;
  Y: number; // real GDP (rgdpna)
  K: number; // capital services (rkna)
  H: number; // hours worked (emp × avh)
  hc: number; // human capital index
  labsh: number; // labour share of GDP
  tfp?: number; // source TFP index (rtfpna), optional
}

/**
 * Törnqvist growth accounting per hour worked, year by year (as PWT does):
 * Δln(Y/H) = (1 − s̄)·Δln(K/H) + s̄·Δln(hc) + Δln(TFP), s̄ = (s_t + s_{t−1})/2.
 * Labour input is hours × human capital, so Δln TFP = Δln Y − (1 − s̄)Δln K − s̄(Δln H + Δln hc).
 * Values are in log points × 100 (≈ %). Input must be consecutive years.
 */
export function tornqvistAccounting(rows: GrowthAccountingInput[]): GrowthAccountingYear[] {
  const out: GrowthAccountingYear[] = [];
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.year !== a.year + 1) throw new RangeError(`growth accounting needs consecutive years; ${a.year} is followed by ${b.year}`);
    const s = (a.labsh + b.labsh) / 2;
    const dlnYH = Math.log(b.Y / a.Y) - Math.log(b.H / a.H);
    const dlnKH = Math.log(b.K / a.K) - Math.log(b.H / a.H);
    const dlnHc = Math.log(b.hc / a.hc);
    const capitalDeepening = (1 - s) * dlnKH * 100;
    const labourQuality = s * dlnHc * 100;
    const labourProductivity = dlnYH * 100;
    const year: GrowthAccountingYear = {
      year: b.year,
      labourProductivity,
      capitalDeepening,
      labourQuality,
      tfp: labourProductivity - capitalDeepening - labourQuality,
      labourShare: s,
    };
    if (a.tfp !== undefined && b.tfp !== undefined) year.tfpSource = Math.log(b.tfp / a.tfp) * 100;
    out.push(year);
  }
  return out;
}

/** Mean of numbers (NaN for none). */
export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN;
}

/** Rounds to `d` decimals (for display and figures). */
export function round(v: number, d = 2): number {
  const f = Math.pow(10, d);
  return Math.round(v * f) / f;
}
