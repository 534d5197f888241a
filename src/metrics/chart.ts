// Renders a ChartSeries to PNG offline: vega-lite spec → vega SVG → resvg PNG,
// with a DejaVu font from the dejavu-fonts-ttf package (no system fonts, no browser).
//
// The project's chart style, the same for every indicator:
// - a fixed size that suits Slack: CHART_WIDTH × CHART_HEIGHT CSS px for the
//   whole chart (legend and title inside), rendered at 2× → at most 1,600 px wide;
// - reference lines (targets, averages, quoted figures) drawn dashed and labelled;
// - the source line wrapped on words, never cut, so the retrieval date stays;
// - in Dutch: title, axis, legend names and area codes (VS, OESO) translated;
// - the x axis spans the years with data only; year labels are horizontal;
// - bars are stacked contributions with their total as a line.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { ChartSeries, FigureSource } from './types.ts';
import { chartIn } from './localise.ts';

export type ChartLang = 'en' | 'nl';

const require = createRequire(import.meta.url);
const FONT_DIR = resolve(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = [resolve(FONT_DIR, 'DejaVuSans.ttf'), resolve(FONT_DIR, 'DejaVuSans-Bold.ttf')];

/** The whole chart in CSS px (rendered at SCALE×): 780 × 2 = 1,560 px, under Slack's comfortable 1,600. */
export const CHART_WIDTH = 780;
export const CHART_HEIGHT = 430;
export const CHART_SCALE = 2;
/** characters per source line at the subtitle's font size (measured: 100 fit in the chart's width) */
const SOURCE_LINE_CHARS = 100;
const FONT = 'DejaVu Sans';

/** Wraps text on spaces into lines of at most `width` characters (a longer word stays whole). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** "Bron: publisher, dataset (table), opgehaald date", one entry per distinct source, wrapped. */
export function sourceLines(sources: FigureSource[], lang: ChartLang): string[] {
  const entries = [
    ...new Set(
      sources.map((s) =>
        s.page !== undefined
          ? `${s.dataset}, p. ${s.page}`
          : `${s.publisher}, ${s.dataset}${s.retrieved ? `, ${lang === 'nl' ? 'opgehaald' : 'retrieved'} ${s.retrieved}` : ''}`,
      ),
    ),
  ];
  const text = `${lang === 'nl' ? 'Bron' : 'Source'}${entries.length > 1 ? (lang === 'nl' ? 'nen' : 's') : ''}: ${entries.join('; ')}`;
  return wrapText(text, SOURCE_LINE_CHARS);
}

/** One layer of a layered vega-lite spec, as vega-lite's own types define it. */
type ChartLayer = Extract<vegaLite.TopLevelSpec, { layer: unknown }>['layer'][number];

/** Area codes as a Dutch reader writes them in a legend. */
const CODE_NL: Record<string, string> = { US: 'VS', OECD: 'OESO', GB: 'VK' };

/**
 * The vega-lite spec for a series (pure; exported for tests and other
 * renderers). In Dutch the title, unit, line names and source line are Dutch
 * (from the message catalogue, localise.ts); dataset names stay as published.
 */
export function chartSpec(series: ChartSeries, lang: ChartLang = 'en'): vegaLite.TopLevelSpec {
  series = chartIn(series, lang);
  const name = (c: string) => (lang === 'nl' ? (CODE_NL[c] ?? c) : c);
  const values = series.lines.flatMap((l) => l.points.map((p) => ({ series: name(l.country), year: p.year, value: p.value })));
  const total = series.total ? series.total.points.map((p) => ({ series: name(series.total!.country), year: p.year, value: p.value })) : [];
  const years = [...values, ...total].map((v) => v.year);
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const rules = (series.rules ?? []).map((r) => ({ value: r.value, kind: r.kind, label: r.label[lang], series: r.country ? name(r.country) : undefined }));
  const ahead = series.xAxis === 'years-ahead';
  const bar = series.kind === 'bar';
  const axisTitle = ahead ? (lang === 'nl' ? 'jaren vanaf nu' : 'years from now') : null;
  // every series name, in drawing order, so lines, rules and totals share colours
  const domain = [...new Set([...series.lines.map((l) => name(l.country)), ...(series.total ? [name(series.total.country)] : [])])];
  const color = { field: 'series', type: 'nominal' as const, title: null, scale: { domain }, legend: { orient: 'bottom' as const, direction: 'horizontal' as const, columns: 4, labelLimit: 360 } };
  const x = bar
    ? { field: 'year', type: 'ordinal' as const, title: axisTitle, axis: { labelAngle: 0, labelOverlap: true } }
    : {
        field: 'year',
        type: 'quantitative' as const,
        title: axisTitle,
        scale: { domain: [x0, x1], nice: false, zero: false },
        axis: { format: 'd', labelAngle: 0, tickMinStep: 1, labelOverlap: true },
      };
  const y = { field: 'value', type: 'quantitative' as const, title: series.unit, scale: { zero: series.yZero ?? true } };
  const layers: ChartLayer[] = [
    bar
      ? { data: { values }, mark: { type: 'bar' }, encoding: { x, y: { ...y, stack: 'zero' }, color } }
      : { data: { values }, mark: { type: 'line', point: true }, encoding: { x, y, color } },
  ];
  if (total.length) {
    layers.push({ data: { values: total }, mark: { type: 'line', point: { filled: true, size: 40 }, color: '#222', strokeWidth: 2 }, encoding: { x, y, color } });
  }
  if (rules.length) {
    const ruleValues = rules.map((r, i) => ({ ...r, n: i }));
    const all = [...values, ...total].map((v) => v.value).concat(rules.map((r) => r.value));
    const span = Math.max(...all) - Math.min(...all, 0) || 1;
    // labels of lines that lie close together are stacked upwards, not drawn over each other
    const shift = (r: (typeof ruleValues)[number]) => ruleValues.filter((o) => o.n < r.n && Math.abs(o.value - r.value) < span * 0.05).length;
    // each reference line: dashed, in its series' colour (averages) or dark grey (targets, quoted figures)
    for (const r of ruleValues) {
      const base = { data: { values: [r] } };
      const colored = r.series && domain.includes(r.series);
      const enc = colored ? { color: { field: 'series', type: 'nominal' as const, scale: { domain } } } : {};
      layers.push({
        ...base,
        mark: { type: 'rule', strokeDash: r.kind === 'target' ? [8, 4] : [3, 3], strokeWidth: r.kind === 'target' ? 2 : 1.5, ...(colored ? {} : { color: r.kind === 'target' ? '#b2182b' : '#555' }) },
        encoding: { y: { field: 'value', type: 'quantitative' }, ...enc },
      });
      // the label twice: a white halo under it, so it stays readable over bars and lines
      for (const halo of [true, false]) {
        layers.push({
          ...base,
          mark: {
            type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -2 - 12 * shift(r), font: FONT, fontSize: 10,
            ...(halo ? { stroke: 'white', strokeWidth: 4, strokeJoin: 'round', color: 'white' } : { color: r.kind === 'target' ? '#b2182b' : '#222' }),
          },
          encoding: { y: { field: 'value', type: 'quantitative' }, x: { value: 0 }, text: { field: 'label' } },
        });
      }
    }
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 12,
    background: 'white',
    title: {
      text: series.title,
      subtitle: sourceLines(series.source, lang),
      font: FONT,
      subtitleFont: FONT,
      fontSize: 15,
      subtitleFontSize: 10,
      subtitleColor: '#444',
      anchor: 'start',
    },
    layer: layers,
    config: {
      font: FONT,
      axis: { labelFont: FONT, titleFont: FONT, labelFontSize: 11, titleFontSize: 11 },
      legend: { labelFont: FONT, labelFontSize: 11 },
      view: { stroke: null },
    },
  };
}

/** SVG text of a series chart. */
export async function renderChartSvg(series: ChartSeries, lang: ChartLang = 'en'): Promise<string> {
  const { spec } = vegaLite.compile(chartSpec(series, lang));
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** PNG bytes of a series chart: at most CHART_WIDTH × CHART_SCALE (1,560) px wide. */
export async function renderChartPng(series: ChartSeries, lang: ChartLang = 'en'): Promise<Buffer> {
  if (!series.lines.some((l) => l.points.length)) throw new Error(`Chart "${series.title}" has no data points.`);
  const svg = await renderChartSvg(series, lang);
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: CHART_SCALE },
    background: 'white',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
  }).render();
  return png.asPng();
}

/** Width and height of a PNG (from its IHDR chunk). */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
