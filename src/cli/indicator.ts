// polderbot indicator <id> [--country NL] [--vs EU27,US] [--from YYYY] [--to YYYY]
//   [--extra-pp X --years N] [--json] [--chart out.png] [--lang en|nl];  polderbot indicator --list
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig, snapshotDirOf } from '../config.ts';
import { getIndicator, INDICATOR_IDS, indicatorHelp, MetricsInputError, runIndicator as computeIndicator } from '../metrics/index.ts';
import { fieldsOf } from '../metrics/schema-info.ts';
import type { Figure, FigureSource, IndicatorResult } from '../metrics/types.ts';
import { figureIn, methodIn, titleIn, withoutMessages } from '../metrics/localise.ts';
import { parseOptions, UsageError } from './usage.ts';

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

type Lang = 'en' | 'nl';

export function sourceLine(s: FigureSource, lang: Lang = 'en'): string {
  if (s.page !== undefined) return `${s.dataset}, p. ${s.page}${s.doc ? ` [${s.doc}]` : ''}`;
  const retrieved = lang === 'nl' ? 'opgehaald' : 'retrieved';
  return `${s.publisher}, ${s.dataset} (${s.table})${s.url ? `, ${s.url}` : ''}${s.retrieved ? `, ${retrieved} ${s.retrieved}` : ''}${s.licence ? `, ${s.licence}` : ''}`;
}

const HEADINGS = {
  en: { head: ['area', 'figure', 'value', 'unit', 'period', 'src'], method: 'Method', sources: 'Sources' },
  nl: { head: ['gebied', 'cijfer', 'waarde', 'eenheid', 'periode', 'bron'], method: 'Methode', sources: 'Bronnen' },
} as const;

/** Human output: a compact table of figures with units and periods, then a numbered sources block; in Dutch with `nl`. */
export function formatResult(r: IndicatorResult, lang: Lang = 'en'): string {
  const nl = lang === 'nl';
  const H = HEADINGS[lang];
  const sources: FigureSource[] = [];
  const ref = (s: FigureSource) => {
    const k = sourceLine(s);
    let i = sources.findIndex((x) => sourceLine(x) === k);
    if (i < 0) i = sources.push(s) - 1;
    return `[${i + 1}]`;
  };
  const rows = r.figures
    .map((f: Figure) => figureIn(f, nl ? 'nl' : 'en'))
    .map((f) => [f.country, f.label, nl ? String(f.value).replace('.', ',') : String(f.value), f.unit, f.period, ref(f.source)]);
  const head = [...H.head];
  const w = head.map((h, i) => Math.min(i === 1 ? 70 : 40, Math.max(h.length, ...rows.map((row) => row[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(w[i]) : c.length > w[i] ? c.slice(0, w[i] - 1) + '…' : c.padEnd(w[i]))).join('  ').trimEnd();
  return [
    titleIn(r, nl ? 'nl' : 'en'),
    '',
    line(head),
    line(w.map((n) => '-'.repeat(n))),
    ...rows.map(line),
    '',
    r.summary ? r.summary[lang] : '',
    `${H.method}: ${methodIn(r, nl ? 'nl' : 'en')}`,
    '',
    `${H.sources}:`,
    ...sources.map((s, i) => `  [${i + 1}] ${sourceLine(s, lang)}`),
  ].join('\n');
}

/** Refuses a chart path whose folder is missing or which is a folder, before any work is done. */
function checkWritable(path: string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) throw new UsageError(`Cannot write the chart to ${path}: the folder ${dir} does not exist.`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`Cannot write the chart to ${path}: ${dir} is not a folder.`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`Cannot write the chart to ${path}: it is a folder; give a file name such as ${path.replace(/\/?$/, '/chart.png')}.`);
}

export async function runIndicator(args: string[]): Promise<number> {
  const id = args[0] && !args[0].startsWith('-') ? args[0] : undefined;
  const rest = id ? args.slice(1) : args;
  if (!id) {
    if (rest.includes('--list') || rest.includes('--help') || rest.includes('-h') || rest.length === 0) {
      out(indicatorHelp());
      return rest.length === 0 ? 2 : 0;
    }
    throw new UsageError(`Give an indicator id first.\n\n${indicatorHelp()}`);
  }
  const def = getIndicator(id);
  if (!def) throw new UsageError(`Unknown indicator "${id}". Valid indicators: ${INDICATOR_IDS.join(', ')}.\n\n${indicatorHelp()}`);
  const fields = fieldsOf(def.schema);
  const options: Record<string, { type: 'string' | 'boolean' }> = { json: { type: 'boolean' }, chart: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean' } };
  for (const f of fields) options[f.flag.slice(2)] = { type: 'string' };
  const { values } = parseOptions({ args: rest, options, allowPositionals: false, strict: true }, indicatorHelp(id)) as { values: Record<string, string | boolean | undefined> };
  if (values.help) {
    out(indicatorHelp(id));
    return 0;
  }
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'nl') throw new UsageError(`--lang takes en or nl, not "${String(lang)}".\n\n${indicatorHelp(id)}`);
  if (typeof values.chart === 'string') checkWritable(values.chart);
  const params: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.flag.slice(2)];
    if (typeof v === 'string') params[f.name] = v;
  }
  let result: IndicatorResult;
  try {
    result = await computeIndicator(id, params, { snapshotDir: snapshotDirOf(loadConfig()) });
  } catch (err) {
    if (err instanceof MetricsInputError) throw new UsageError(`${err.message}\n\n${indicatorHelp(id)}`);
    throw err;
  }
  if (typeof values.chart === 'string') {
    if (!result.chart) throw new UsageError(`${id} has no chart.`);
    const { renderChartPng } = await import('../metrics/chart.ts');
    const png = await renderChartPng(result.chart, lang);
    try {
      writeFileSync(values.chart, png);
    } catch (err) {
      throw new UsageError(`Cannot write the chart to ${values.chart}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    }
    if (!values.json) out(lang === 'nl' ? `Grafiek geschreven naar ${values.chart}` : `Chart written to ${values.chart}`);
  }
  if (values.json) {
    out(JSON.stringify({ indicator: result.indicator, title: result.title, figures: result.figures, method: result.method, sources: result.sources, summary: result.summary }, withoutMessages, 2)); // the English data contract
  } else out(formatResult(result, lang));
  return 0;
}
