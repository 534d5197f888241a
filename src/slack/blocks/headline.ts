// Answers sized for a thread (pure): of an answer's figures, the headline
// ones (averages, levels, comparisons) and the latest year of every yearly
// series, at most five; the rest stays behind the "full series" button. The
// same yearly series becomes the chart behind that button.
import type { ChartSeries, Figure, FigureSource } from '../../metrics/types.ts';

export const HEADLINE_MAX = 5;

const YEAR = /^\d{4}$/;

interface Series {
  key: string;
  figures: Figure[];
}

/** Yearly series: figures with one label and unit whose periods are single years (three or more). */
export function yearlySeries(figures: Figure[]): Series[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!YEAR.test(f.period)) continue;
    const key = `${f.label}|${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()].filter(([, fs]) => new Set(fs.map((f) => f.period)).size >= 3).map(([key, fs]) => ({ key, figures: fs }));
}

/**
 * The figures to show in a thread: headline figures first, then the latest
 * years of each yearly series (the latest year is never dropped), at most `max`.
 */
export function headlineFigures(figures: Figure[], max = HEADLINE_MAX): Figure[] {
  if (figures.length <= max) return figures;
  const series = yearlySeries(figures);
  const inSeries = new Set(series.flatMap((s) => s.figures));
  const headline = figures.filter((f) => !inSeries.has(f));
  // series figures, newest year first; the latest year of every series comes first of all
  const byRecency = series
    .flatMap((s) => s.figures)
    .sort((a, b) => Number(b.period) - Number(a.period));
  const latest = series.flatMap((s) => {
    const top = Math.max(...s.figures.map((f) => Number(f.period)));
    return s.figures.filter((f) => Number(f.period) === top);
  });
  const pickedLatest = latest.slice(0, max);
  const room = max - pickedLatest.length;
  const pickedHeadline = headline.slice(0, room);
  let rest = max - pickedLatest.length - pickedHeadline.length;
  const more: Figure[] = [];
  for (const f of byRecency) {
    if (rest <= 0) break;
    if (pickedLatest.includes(f)) continue;
    more.push(f);
    rest--;
  }
  const fromSeries = [...pickedLatest, ...more];
  // keep the answer's own order for series figures too (label, country), years ascending within
  const order = new Map(figures.map((f, i) => [f, i]));
  fromSeries.sort((a, b) => {
    if (a.label !== b.label || a.country !== b.country) return order.get(a)! - order.get(b)!;
    return Number(a.period) - Number(b.period);
  });
  return [...pickedHeadline, ...fromSeries];
}

/** The longest yearly series as a chart (one line per area), or undefined when there is none. */
export function seriesChart(figures: Figure[]): ChartSeries | undefined {
  const series = yearlySeries(figures).sort((a, b) => b.figures.length - a.figures.length)[0];
  if (!series) return undefined;
  const first = series.figures[0]!;
  const lines = new Map<string, { year: number; value: number }[]>();
  for (const f of series.figures) lines.set(f.country, [...(lines.get(f.country) ?? []), { year: Number(f.period), value: f.value }]);
  const sources: FigureSource[] = [];
  for (const f of series.figures) if (!sources.some((s) => s.url === f.source.url && s.table === f.source.table)) sources.push(f.source);
  return {
    title: first.label,
    unit: first.unit,
    kind: 'line',
    lines: [...lines.entries()].map(([country, points]) => ({ country, points: points.sort((a, b) => a.year - b.year) })),
    source: sources,
  };
}

/** Citations the text refers to by [n]; all of them when the text has no markers. */
export function referencedNumbers(text: string): Set<number> | undefined {
  const ns = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  return ns.length ? new Set(ns) : undefined;
}
