// Indicator output in the reader's language (pure): labels, units, periods,
// titles, methods and chart texts rendered from the message catalogue
// (messages.ts). The data stay as computed; a text without a message (a figure
// from elsewhere) stays as it is.
import { isMessageId, say, type Lang, type Message } from './messages.ts';
import type { ChartSeries, Figure, FigureSource, IndicatorResult } from './types.ts';

/** A figure whose texts come from the catalogue: English text, with the messages kept for other languages. */
export function figure(label: Message, value: number, unit: Message, period: string | Message, country: string, source: FigureSource): Figure {
  return {
    label: say(label, 'en'),
    value,
    unit: say(unit, 'en'),
    period: typeof period === 'string' ? period : say(period, 'en'),
    country,
    source,
    msg: { label, unit, ...(typeof period === 'string' ? {} : { period }) },
  };
}

/** JSON.stringify replacer for the English data contract (`indicator --json`, the LLM's tool output): the texts, not the catalogue messages behind them. */
export const withoutMessages = (key: string, value: unknown): unknown => (key === 'msg' ? undefined : value);

/** The figure with label, unit and period in `lang`; value, area and source unchanged. */
export function figureIn(f: Figure, lang: Lang): Figure {
  if (lang === 'en' || !f.msg) return f;
  return { ...f, label: say(f.msg.label, lang), unit: say(f.msg.unit, lang), period: f.msg.period ? say(f.msg.period, lang) : f.period };
}

export const titleIn = (r: Pick<IndicatorResult, 'title' | 'msg'>, lang: Lang): string => (r.msg ? say(r.msg.title, lang) : r.title);
export const methodIn = (r: Pick<IndicatorResult, 'method' | 'msg'>, lang: Lang): string => (r.msg ? say(r.msg.method, lang) : r.method);

/** A chart as a renderer in `lang` draws it: title, unit and the names of lines that are not areas; points and sources unchanged. */
export function chartIn(series: ChartSeries, lang: Lang): ChartSeries {
  if (lang === 'en') return series;
  const names = new Map<string, string>();
  for (const l of [...series.lines, ...(series.total ? [series.total] : [])]) if (l.name) names.set(l.country, say(l.name, lang));
  const line = (country: string) => names.get(country) ?? country;
  return {
    ...series,
    title: series.msg ? say(series.msg.title, lang) : series.title,
    unit: series.msg ? say(series.msg.unit, lang) : series.unit,
    lines: series.lines.map((l) => ({ ...l, country: line(l.country) })),
    ...(series.total ? { total: { ...series.total, country: line(series.total.country) } } : {}),
    ...(series.rules ? { rules: series.rules.map((r) => (r.country ? { ...r, country: line(r.country) } : r)) } : {}),
  };
}

/** The units of the snapshot's series (per column), for readers of the raw series such as the weekly digest. */
const SERIES_UNITS: Record<string, Message> = {
  gdp_ppp_const: { id: 'unit.intl-dollar-ppp-constant' },
  employed: { id: 'unit.persons' },
  total_hours: { id: 'unit.hours' },
  rd_pct_gdp: { id: 'unit.%-of-gdp' },
  gdp_per_hour_usd_ppp_current: { id: 'unit.usd-ppp-current' },
  gdp_per_hour_usd_ppp_2015: { id: 'unit.usd-ppp-2015' },
  gdp_per_hour_pct_us: { id: 'unit.index-area', values: { base: 'US' } },
  gdp_per_worker_pct_us: { id: 'unit.index-area', values: { base: 'US' } },
  hours_per_worker: { id: 'unit.hours' },
  cpi_inflation_pct: { id: 'unit.%' },
};

/** A snapshot column's name and unit as catalogue messages; undefined for a column the catalogue does not name. */
export function seriesText(column: string): { label: Message; unit?: Message } | undefined {
  const id = `series.${column}`;
  if (!isMessageId(id)) return undefined;
  return { label: { id }, ...(Object.hasOwn(SERIES_UNITS, column) ? { unit: SERIES_UNITS[column] } : {}) };
}
