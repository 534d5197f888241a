import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/corpus/clean.ts';
import { splitFormFeedPages } from '../../src/corpus/load.ts';
import { DEFAULT_SPLIT, packSentences, sentenceSpans, splitIntoChunks } from '../../src/corpus/split.ts';

const TXT = readFileSync(new URL('../../corpus/ser-briefadvies-25-04.txt', import.meta.url), 'utf8');
const pages = cleanDocument(splitFormFeedPages(TXT));
const doc = { id: 'ser-briefadvies-25-04', title: 'Samenwerken' };
const chunks = splitIntoChunks(doc, pages);

describe('splitIntoChunks', () => {
  it('chunks never cross a page: text is the slice of its page at its offsets', () => {
    expect(chunks.length).toBeGreaterThan(20);
    for (const c of chunks) {
      const p = pages.find((x) => x.page === c.page)!;
      expect(c.text).toBe(p.text.slice(c.start, c.end));
      expect(c.pageEnd).toBeUndefined();
      expect(c.doc).toBe(doc.id);
      expect(c.id).toMatch(/^ser-briefadvies-25-04:\d+:\d+$/);
    }
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });
  it('covers body pages 3-11 only, and every sentence of them', () => {
    expect([...new Set(chunks.map((c) => c.page))]).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const joined = chunks.map((c) => c.text).join(' ');
    for (const s of ['Bezuinigingen op onderwijs zijn ongelukkig', 'durfkapitaal', 'Het CPB maakt een jaarlijkse analyse', 'aan de concurrent.']) expect(joined).toContain(s);
  });
  it('is sized by sentences around the target, with headings outside chunk text', () => {
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(DEFAULT_SPLIT.targetChars * 2);
      expect(c.text).not.toMatch(/^Arbeidsproductiviteit via nieuwe technologie\n/);
      expect(/[.?!:;)’]$/.test(c.text) || c.text.endsWith('ten goede')).toBe(true);
    }
    const durf = chunks.find((c) => c.text.includes('durfkapitaal'))!;
    expect(durf.page).toBe(6);
    expect(durf.section.startsWith('Mogelijkheden via kapitaal, arbeid en technologie')).toBe(true);
  });
  it('sentences: abbreviations do not end a sentence', () => {
    const t = 'Dit gaat o.a. over machines. Hoe kan de bedrijvendynamiek c.q. creatieve destructie groeien? Ja.';
    expect(sentenceSpans(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'Dit gaat o.a. over machines.',
      'Hoe kan de bedrijvendynamiek c.q. creatieve destructie groeien?',
      'Ja.',
    ]);
  });
  it('packs with overlap of trailing short sentences', () => {
    const t = 'Een zin hier. Twee zin hier. Drie zin hier. Vier zin hier.';
    const spans = packSentences(t, sentenceSpans(t), { targetChars: 30, overlapChars: 14 });
    const texts = spans.map((s) => t.slice(s.start, s.end));
    expect(texts[0]).toBe('Een zin hier. Twee zin hier.');
    expect(texts[1].startsWith('Twee zin hier.')).toBe(true);
    expect(texts[texts.length - 1].endsWith('Vier zin hier.')).toBe(true);
  });
});
