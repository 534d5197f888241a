import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runIndicator as cli } from '../../src/cli/indicator.ts';
import { UsageError } from '../../src/cli/usage.ts';
import { renderChartPng } from '../../src/metrics/chart.ts';
import { runIndicator } from '../../src/metrics/index.ts';

function capture() {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    text += String(s);
    return true;
  });
  return { get text() { return text; }, spy };
}
afterEach(() => vi.restoreAllMocks());

describe('polderbot indicator', () => {
  it('--json prints {indicator, figures, method, sources}', async () => {
    const out = capture();
    expect(await cli(['productivity-growth', '--country', 'NLD', '--vs', 'EU27,US', '--from', '2014', '--to', '2023', '--json'])).toBe(0);
    const j = JSON.parse(out.text);
    expect(j.indicator).toBe('productivity-growth');
    expect(Array.isArray(j.figures) && Array.isArray(j.sources)).toBe(true);
    expect(typeof j.method).toBe('string');
    expect(j.figures.map((f: { country: string }) => f.country)).toEqual(expect.arrayContaining(['NL', 'EU27', 'US']));
    expect(j.figures[0]).toMatchObject({ unit: '% a year', period: '2014-2023', source: { publisher: 'World Bank' } });
  });

  it('human output: a table with units and periods and a sources block', async () => {
    const out = capture();
    expect(await cli(['scenario', '--extra-pp', '0.4,0.9', '--years', '10'])).toBe(0);
    expect(out.text).toMatch(/area\s+figure\s+value\s+unit\s+period\s+src/);
    expect(out.text).toMatch(/Sources:\n\s+\[1\]/);
    expect(out.text).toMatch(/p\. 8/);
  });

  it('--lang nl: the same table, summary, method and sources in Dutch, decimal commas; a bad --lang is usage', async () => {
    const out = capture();
    expect(await cli(['rd-intensity', '--lang', 'nl'])).toBe(0);
    expect(out.text).toMatch(/^R&D-uitgaven in % van het bbp\n/);
    expect(out.text).toMatch(/gebied\s+cijfer\s+waarde\s+eenheid\s+periode\s+bron/);
    expect(out.text).toMatch(/NL\s+R&D-uitgaven \(GERD\) in % van het bbp\s+2,31/);
    expect(out.text).toMatch(/Methode: /);
    expect(out.text).toMatch(/Bronnen:\n\s+\[1\] .*opgehaald \d{4}-\d{2}-\d{2}/);
    await expect(cli(['rd-intensity', '--lang', 'de'])).rejects.toThrow(/--lang takes en or nl/);
  });

  it('--list lists the ids', async () => {
    const out = capture();
    expect(await cli(['--list'])).toBe(0);
    for (const id of ['productivity-growth', 'rd-intensity', 'hours-and-employment']) expect(out.text).toContain(id);
  });

  it('bad input → UsageError (exit 2) listing valid values', async () => {
    await expect(cli(['productivity'])).rejects.toThrow(UsageError);
    await expect(cli(['productivity'])).rejects.toThrow(/Valid indicators: productivity-growth/);
    await expect(cli(['productivity-growth', '--country', 'Mars'])).rejects.toThrow(/unknown area "Mars".*\n?.*The data covers/s);
    await expect(cli(['productivity-growth', '--bogus', '1'])).rejects.toThrow(/--bogus/);
  });

  it('--chart writes a PNG', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pb-')), 'c.png');
    capture();
    expect(await cli(['growth-accounting', '--chart', file])).toBe(0);
    expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });
});

describe('renderChartPng', () => {
  it('renders offline to a PNG of reasonable size', async () => {
    const r = await runIndicator('productivity-growth', {});
    const png = await renderChartPng(r.chart!);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(1_000_000);
    const width = png.readUInt32BE(16);
    expect(width).toBeGreaterThan(800);
  });
  it('refuses an empty series', async () => {
    await expect(renderChartPng({ title: 'x', unit: '%', kind: 'line', lines: [], source: [] })).rejects.toThrow(/no data points/);
  });
});
