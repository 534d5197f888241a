import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewProvider, readCorpusDocs } from '../../src/digest/sources.ts';
import { diffCorpus, diffIndicators, type IndicatorPoint } from '../../src/digest/state.ts';

const root = resolve(import.meta.dirname, '../..');

describe('what the digest sees', () => {
  it('reads every series of the committed indicator snapshot with its source, and every document', async () => {
    const warnings: string[] = [];
    const v = await defaultViewProvider({ corpusDir: join(root, 'corpus'), indexDir: join(root, 'index') }, (m) => warnings.push(m))();
    expect(warnings).toEqual([]);
    expect(v.indicators.length).toBeGreaterThan(100);
    const nl = v.indicators.filter((p) => p.area === 'NL');
    expect(nl.length).toBeGreaterThan(5);
    for (const p of nl) {
      expect(p.source.publisher).not.toMatch(/unknown/);
      expect(p.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(v.corpus.find((d) => d.id === 'ser-briefadvies-25-04')?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  describe('corpus changes', () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('sees a changed file, a new document and a removed one', async () => {
      dir = mkdtempSync(join(tmpdir(), 'polderbot-corpus-'));
      const yml = (docs: string) => writeFileSync(join(dir, 'sources.yml'), `documents:\n${docs}`);
      writeFileSync(join(dir, 'a.txt'), 'versie 1');
      yml('  - {id: a, title: A, publisher: P, language: nl, kind: report, licence: L, date: "2025", url: "", file: a.txt}\n  - {id: b, title: B, publisher: P, language: nl, kind: report, licence: L, date: "2024", url: ""}\n');
      const before = await readCorpusDocs(dir);
      writeFileSync(join(dir, 'a.txt'), 'versie 2');
      writeFileSync(join(dir, 'c.txt'), 'nieuw');
      yml('  - {id: a, title: A, publisher: P, language: nl, kind: report, licence: L, date: "2025", url: "", file: a.txt}\n  - {id: c, title: C, publisher: P, language: nl, kind: report, licence: L, date: "2026", url: "", file: c.txt}\n');
      expect(diffCorpus(before, await readCorpusDocs(dir)).map((c) => [c.id, c.kind, c.detail])).toEqual([
        ['a', 'updated', 'tekst gewijzigd'],
        ['c', 'added', 'nieuw document (c.txt)'],
        ['b', 'removed', 'niet meer in sources.yml'],
      ]);
    });
  });

  it('tells new points, revisions and new series apart, and ignores unchanged ones', () => {
    const src = { dataset: 'd', table: 't', publisher: 'p', url: '', retrieved: '2026-11-01' };
    const pt = (series: string, year: number, value: number): IndicatorPoint => ({ series, label: series, area: 'NL', year, value, unit: '', source: src });
    const updates = diffIndicators([pt('a', 2022, 1), pt('b', 2022, 2), pt('c', 2022, 3)], [pt('a', 2023, 1.5), pt('b', 2022, 2.1), pt('c', 2022, 3), pt('d', 2020, 9)]);
    expect(updates.map((u) => [u.point.series, u.kind])).toEqual([
      ['a', 'new-point'],
      ['b', 'revised'],
      ['d', 'new-series'],
    ]);
  });
});
