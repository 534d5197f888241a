// Renders a ChartSeries to PNG offline: vega-lite spec → vega SVG → resvg PNG,
// with a DejaVu font from the dejavu-fonts-ttf package (no system fonts, no browser).
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { ChartSeries } from './types.ts';
import { chartNl } from './dutch.ts';

export type ChartLang = 'en' | 'nl';

const require = createRequire(import.meta.url);
const FONT_DIR = resolve(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = [resolve(FONT_DIR, 'DejaVuSans.ttf'), resolve(FONT_DIR, 'DejaVuSans-Bold.ttf')];

/**
 * The vega-lite spec for a series (pure; exported for tests and other
 * renderers). In Dutch the title, unit, line names and source line are Dutch
 * (src/metrics/dutch.ts); dataset names stay as published.
 */
export function chartSpec(series: ChartSeries, lang: ChartLang = 'en', width = 640, height = 320): vegaLite.TopLevelSpec {
  if (lang === 'nl') series = chartNl(series);
  const values = series.lines.flatMap((l) => l.points.map((p) => ({ series: l.country, year: p.year, value: p.value })));
  // every number names its source: publisher, dataset and retrieval date (or the page), one line each;
  // the period is in the title, table codes in the figures that go with the chart
  const sources = series.source.map((s) =>
    s.page ? `${s.dataset}, p. ${s.page}` : `${s.publisher}, ${s.dataset}, ${lang === 'nl' ? 'opgehaald' : 'retrieved'} ${s.retrieved}`,
  );
  const lead = lang === 'nl' ? 'Bron: ' : 'Source: ';
  const subtitle = [...new Set(sources)].map((line, i) => `${i === 0 ? lead : ''}${line}`.slice(0, 140));
  const mark = series.kind === 'bar' ? { type: 'bar' as const } : { type: 'line' as const, point: true };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    background: 'white',
    title: { text: series.title, subtitle, font: 'DejaVu Sans', subtitleFont: 'DejaVu Sans', anchor: 'start' },
    data: { values },
    mark,
    encoding: {
      x: { field: 'year', type: series.kind === 'bar' ? 'ordinal' : 'quantitative', title: null, axis: { format: 'd' } },
      y: { field: 'value', type: 'quantitative', title: series.unit },
      color: { field: 'series', type: 'nominal', title: null },
      ...(series.kind === 'bar' ? { xOffset: { field: 'series' } } : {}),
    },
    config: { font: 'DejaVu Sans', axis: { labelFont: 'DejaVu Sans', titleFont: 'DejaVu Sans' }, legend: { labelFont: 'DejaVu Sans', labelLimit: 320 } },
  } as vegaLite.TopLevelSpec;
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

/** PNG bytes of a series chart (≈ 1300×700 px at 2× scale). */
export async function renderChartPng(series: ChartSeries, lang: ChartLang = 'en'): Promise<Buffer> {
  if (!series.lines.some((l) => l.points.length)) throw new Error(`Chart "${series.title}" has no data points.`);
  const svg = await renderChartSvg(series, lang);
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return png.asPng();
}
