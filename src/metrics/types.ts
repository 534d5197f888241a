// Contracts of the metrics module. It knows nothing of questions, Slack or
// LLMs: series and parameters in, figures with their sources out. Texts are
// English; `msg` names each one in the message catalogue (messages.ts), so a
// renderer can say it in Dutch (localise.ts).
import type { Message } from './messages.ts';

/** Where a figure comes from: a statistical dataset, or a page of a corpus document. */
export interface FigureSource {
  dataset: string; // e.g. "World Development Indicators"
  table: string; // table or series code, e.g. "NY.GDP.MKTP.PP.KD"
  publisher: string; // e.g. "World Bank"
  url: string;
  retrieved: string; // ISO date the data was retrieved
  licence?: string;
  /** set when the figure is quoted from a corpus document */
  doc?: string;
  page?: number;
}

export interface Figure {
  label: string; // human label, e.g. "GDP per hour worked, average annual growth"
  value: number;
  unit: string; // "%", "pp", "index (US=100)", "EUR bn", "hours", ...
  period: string; // "2014-2024", "2022"
  country: string; // area code as used in the snapshot: NL, EU27, US, ...
  source: FigureSource;
  /** label, unit and period (when it is not a year or span) as catalogue messages */
  msg?: { label: Message; unit: Message; period?: Message };
}

/** A series for charts: one line per area. */
export interface SeriesPoint {
  year: number;
  value: number;
}
/** A horizontal reference line: a target, an average over a period, or a quoted figure. */
export interface ChartRule {
  value: number;
  kind: 'target' | 'average' | 'reference';
  /** the line's label in both languages (numbers already formatted) */
  label: { en: string; nl: string };
  /** the series it belongs to (an average of one area), drawn in that series' colour */
  country?: string;
}
export interface ChartSeries {
  title: string;
  unit: string;
  /** line: one line per area; bar: stacked bars (contributions), with `total` drawn as a line */
  kind: 'line' | 'bar';
  /** `name`: a line that is not an area (baseline, a contribution) as a catalogue message */
  lines: { country: string; name?: Message; points: SeriesPoint[] }[];
  /** bar charts: the sum of the stacked parts, drawn as a line with points */
  total?: { country: string; name?: Message; points: SeriesPoint[] };
  rules?: ChartRule[];
  /** x axis: calendar years (default) or years from the start (scenarios) */
  xAxis?: 'year' | 'years-ahead';
  /** let the y axis start where the data are (an index 100-112), not at 0 */
  yZero?: boolean;
  source: FigureSource[];
  /** title and unit as catalogue messages */
  msg?: { title: Message; unit: Message };
}

export interface IndicatorResult {
  indicator: string; // the indicator id, e.g. "productivity-growth"
  title: string;
  figures: Figure[];
  method: string; // one line
  sources: FigureSource[];
  /** a short summary sentence per language, for answers and Slack */
  summary?: { nl: string; en: string };
  chart?: ChartSeries;
  /** title and method as catalogue messages */
  msg?: { title: Message; method: Message };
}
