// The indicator catalogue: ids are the contract.
import { growthAccounting } from './indicators/growth-accounting.ts';
import { hoursAndEmployment } from './indicators/hours-and-employment.ts';
import { productivityGrowth } from './indicators/productivity-growth.ts';
import { productivityLevel } from './indicators/productivity-level.ts';
import { rdIntensity } from './indicators/rd-intensity.ts';
import { scenario } from './indicators/scenario.ts';
import { wagesVsProductivity } from './indicators/wages-vs-productivity.ts';
import type { IndicatorDef } from './indicator.ts';

export const INDICATORS: IndicatorDef[] = [
  productivityGrowth,
  productivityLevel,
  growthAccounting,
  wagesVsProductivity,
  rdIntensity,
  scenario,
  hoursAndEmployment,
];

export const INDICATOR_IDS = INDICATORS.map((d) => d.id);

export function getIndicator(id: string): IndicatorDef | undefined {
  return INDICATORS.find((d) => d.id === id);
}
