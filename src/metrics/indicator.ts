// What an indicator is: an id, titles, a zod schema for its parameters (the
// single definition used for validation, CLI help, tool descriptions and Slack
// help) and a pure compute function over the snapshot.
import { z } from 'zod';
import { areaName, areaTitle, resolveArea } from './areas.ts';
import { MetricsInputError } from './errors.ts';
import type { Snapshot, Table } from './snapshot.ts';
import type { FigureSource, IndicatorResult } from './types.ts';

export interface Coverage {
  areas: string[];
  from: number;
  to: number;
}

export interface IndicatorDef<S extends z.ZodTypeAny = z.ZodTypeAny> {
  id: string;
  title: { nl: string; en: string };
  /** English, with Dutch keywords: used for tool descriptions and help */
  description: string;
  schema: S;
  /** which areas and years the indicator's data covers */
  coverage(snap: Snapshot): Coverage;
  compute(params: z.output<S>, snap: Snapshot): IndicatorResult;
}

export function defineIndicator<S extends z.ZodTypeAny>(def: IndicatorDef<S>): IndicatorDef<S> {
  return def;
}

/** An area parameter: any code or name resolveArea knows, turned into the snapshot code. */
export const areaParam = (description: string) =>
  z
    .string()
    .describe(description)
    .transform((s, ctx) => {
      const code = resolveArea(s);
      if (!code) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `unknown area "${s}"` });
        return z.NEVER;
      }
      return code;
    });

export const countryParam = () => areaParam('Area: ISO code (NL, NLD), EU27, EA20, OECD, or a name (Nederland, Duitsland, United States)').default('NL');
export const vsParam = (dflt: string[]) =>
  z.array(areaParam('Comparator area')).describe(`Comparator areas (vergelijken met), default ${dflt.join(', ')}`).default(dflt);
/** A year; the bounds only catch typing errors (a missing year in the data is the indicator's own message). */
export const yearParam = (description: string) => z.number().int().min(1800).max(2100).describe(description);

/**
 * What to say when an area lacks the asked period: its span and which end to move.
 * "NL has GDP per hour worked for 1995-2024, not 1900-2024: the data start in 1995; choose 1995 or later."
 */
export function periodProblem(area: string, what: string, years: Iterable<number>, from: number, to: number): string {
  const ys = [...years].sort((a, b) => a - b);
  if (!ys.length) return `${area} has no ${what}`;
  const first = ys[0];
  const last = ys[ys.length - 1];
  const head = `${area} has ${what} for ${first}-${last}, not ${from}-${to}`;
  if (from < first) return `${head}: the data start in ${first}; choose ${first} or later`;
  if (to > last) return `${head}: the data end in ${last}; choose ${last} or earlier`;
  const missing = ys.length < last - first + 1 ? [from, to].filter((y) => !ys.includes(y)) : [];
  return missing.length ? `${head}: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing` : head;
}

/** Coverage of a table column: areas with data and the year span. */
export function coverageOf(table: Table, column: string, filter?: (area: string) => boolean): Coverage {
  let from = Infinity;
  let to = -Infinity;
  const areas: string[] = [];
  for (const [area, rows] of table.byArea) {
    if (filter && !filter(area)) continue;
    const ys = rows.filter((r) => typeof r[column] === 'number').map((r) => r.year);
    if (!ys.length) continue;
    areas.push(area);
    from = Math.min(from, ...ys);
    to = Math.max(to, ...ys);
  }
  return { areas: areas.sort(), from, to };
}

/** What the data covers, in an error message: the widest span, as areas' own spans differ. */
export function coverageLine(cov: Coverage): string {
  return `The data covers ${cov.from}-${cov.to} (each area its own span within it) for: ${cov.areas.join(', ')}.`;
}

/** Throws MetricsInputError naming what is missing and what is available. */
export function requireData(ok: boolean, what: string, indicator: string, cov: Coverage): void {
  if (ok) return;
  throw new MetricsInputError(
    `${indicator}: ${what}. ${coverageLine(cov)}`,
  );
}

/** Years available for an area in a year → value map. */
export function spanOf(series: Map<number, number>): string {
  const ys = [...series.keys()].sort((a, b) => a - b);
  return ys.length ? `${ys[0]}-${ys[ys.length - 1]}` : 'no years';
}

/** Distinct sources of a list, by dataset and table. */
export function uniqueSources(sources: FigureSource[]): FigureSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const k = `${s.dataset}|${s.table}|${s.page ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const fmt = (v: number, d = 2, lang: 'nl' | 'en' = 'en') => {
  const s = v.toFixed(d);
  return lang === 'nl' ? s.replace('.', ',') : s;
};
export const nameOf = areaName;
export const titleOf = areaTitle;

export type { IndicatorResult };
