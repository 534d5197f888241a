// The project's chart style, checked on every indicator's chart in both
// languages: the rendered size fits Slack, the source line keeps its
// retrieval date, reference lines are in the spec, years are horizontal and
// the x axis spans only years with data.
import { describe, expect, it } from 'vitest';
import { CHART_SCALE, CHART_WIDTH, chartSpec, pngSize, renderChartPng, sourceLines, wrapText } from '../../src/metrics/chart.ts';
import { INDICATOR_IDS, runIndicator } from '../../src/metrics/index.ts';

type Layer = { mark: { type: string } | string; data?: { values: { value?: number; label?: string; year?: number; series?: string }[] }; encoding?: Record<string, { axis?: { labelAngle?: number }; scale?: { domain?: unknown; zero?: boolean } }> };
type Spec = { width: number; title: { text: string; subtitle: string[] }; layer: Layer[] };

const markType = (l: Layer) => (typeof l.mark === 'string' ? l.mark : l.mark.type);
const rules = (spec: Spec) => spec.layer.filter((l) => markType(l) === 'rule').map((l) => l.data!.values[0]);
const seriesNames = (spec: Spec) => [...new Set(spec.layer.flatMap((l) => (markType(l) === 'line' || markType(l) === 'bar' ? l.data!.values.map((v) => v.series!) : [])))];

describe.each(['en', 'nl'] as const)('every indicator chart in %s', (lang) => {
  it.each(INDICATOR_IDS)('%s: ≤ 1,600 px wide, the source line whole with its date, years horizontal, axis on the data', async (id) => {
    const r = await runIndicator(id, {});
    const png = await renderChartPng(r.chart!, lang);
    const { width, height } = pngSize(png);
    expect(width).toBeLessThanOrEqual(1600);
    expect(width).toBe(CHART_WIDTH * CHART_SCALE);
    expect(height).toBeLessThan(1200);
    const spec = chartSpec(r.chart!, lang) as unknown as Spec;
    const sub = spec.title.subtitle.join(' ');
    expect(sub).toMatch(lang === 'nl' ? /^Bronn?e?n?: / : /^Sources?: /);
    // every source of the chart is named whole, with its retrieval date (or the advisory's page)
    for (const s of r.chart!.source) {
      expect(sub).toContain(s.page !== undefined ? `p. ${s.page}` : `${lang === 'nl' ? 'opgehaald' : 'retrieved'} ${s.retrieved}`);
      expect(sub.replace(/\s+/g, ' ')).toContain(s.dataset.split(' ').slice(0, 3).join(' '));
    }
    for (const line of spec.title.subtitle) expect(line.length).toBeLessThanOrEqual(100);
    const main = spec.layer[0];
    expect(main.encoding!.x.axis!.labelAngle).toBe(0);
    if (markType(main) === 'line') {
      const years = main.data!.values.map((v) => v.year!);
      expect(main.encoding!.x.scale!.domain).toEqual([Math.min(...years), Math.max(...years)]);
    }
    if (lang === 'nl') {
      expect(seriesNames(spec)).not.toContain('US');
      expect(spec.title.text).not.toMatch(/\b(GDP|growth|hours|expenditure|level)\b/);
    }
  });
});

describe('reference lines and units', () => {
  it('R&D: the 3 % target and the 2.7 % OECD average the advisory quotes, in both languages; "VS" in Dutch', async () => {
    const r = await runIndicator('rd-intensity', {});
    const nl = chartSpec(r.chart!, 'nl') as unknown as Spec;
    expect(rules(nl).map((x) => x.value)).toEqual([3, 2.7]);
    expect(rules(nl).map((x) => x.label)).toEqual(['doel 3,0 % (advies p. 8)', 'OESO-gemiddelde 2,7 % volgens het advies (p. 8)']);
    expect(seriesNames(nl)).toEqual(['NL', 'EU27', 'VS']);
    expect(nl.title.text).toMatch(/^R&D-uitgaven, % van het bbp \(\d{4}-2021\)$/);
    const en = chartSpec(r.chart!, 'en') as unknown as Spec;
    expect(rules(en).map((x) => x.label)).toEqual(['target 3.0 % (advisory p. 8)', 'OECD average 2.7 % as quoted in the advisory (p. 8)']);
    const { width } = pngSize(await renderChartPng(r.chart!, 'nl'));
    expect(width).toBeLessThanOrEqual(1600);
  });

  it('productivity growth: each area’s period average annotated, title period = axis period', async () => {
    const r = await runIndicator('productivity-growth', { vs: ['EU27', 'US'] });
    const spec = chartSpec(r.chart!, 'nl') as unknown as Spec;
    expect(rules(spec).map((x) => x.label)).toEqual(['NL gemiddeld 2014-2024: 0,24 %', 'EU27 gemiddeld 2014-2024: 0,80 %', 'VS gemiddeld 2014-2023: 1,27 %']);
    const years = spec.layer[0].data!.values.map((v) => v.year!);
    expect(spec.title.text).toBe(`Bbp per gewerkt uur, jaarlijkse verandering in % (${Math.min(...years)}-${Math.max(...years)})`);
  });

  it('growth accounting: one unit (pp a year) in title and axis, the total drawn, the period average annotated', async () => {
    const r = await runIndicator('growth-accounting', {});
    expect(r.chart!.unit).toBe('pp a year');
    expect(r.chart!.title).toMatch(/\(pp a year\)$/);
    const nl = chartSpec(r.chart!, 'nl') as unknown as Spec & { layer: Layer[] };
    expect(nl.title.text).toMatch(/\(procentpunt per jaar\)$/);
    expect(JSON.stringify(nl)).not.toMatch(/logpunten/);
    expect(seriesNames(nl)).toContain('bbp per uur (totaal)');
    expect(rules(nl)[0].label).toMatch(/^gemiddeld 2010-2019: 0,65 = 0,35 kapitaal \+ 0,25 kwaliteit arbeid \+ 0,05 TFP$/);
  });

  it('scenario: the y axis starts near the data, not at 0; x is years from now', async () => {
    const r = await runIndicator('scenario', {});
    const spec = chartSpec(r.chart!, 'nl') as unknown as Spec;
    expect(spec.layer[0].encoding!.y.scale!.zero).toBe(false);
    expect(JSON.stringify(spec.layer[0].encoding!.x)).toContain('jaren vanaf nu');
  });

  it('source lines wrap on words and never cut one', () => {
    const long = { dataset: 'A dataset whose name is long enough to wrap more than once when it is written out in full', table: 't', publisher: 'A publisher with a long name as well', url: '', retrieved: '2026-11-28' };
    const lines = sourceLines([long, { ...long, dataset: 'Second dataset' }], 'nl');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Bronnen: A publisher with a long name as well, A dataset whose name is long enough to wrap more than once when it is written out in full, opgehaald 2026-11-28; A publisher with a long name as well, Second dataset, opgehaald 2026-11-28');
    expect(wrapText('a b c', 3)).toEqual(['a b', 'c']);
  });
});
