import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/corpus/clean.ts';
import { LoadError, loadPages, splitFormFeedPages } from '../../src/corpus/load.ts';
import { makePdf } from '../fixtures/corpus/make-pdf.ts';
import { sharedFile } from '../shared-file.ts';

const tmp = mkdtempSync(join(tmpdir(), 'polderbot-load-'));
const SHARED_PDF = sharedFile('corpus/ser-briefadvies-25-04.pdf');
const TXT = new URL('../../corpus/ser-briefadvies-25-04.txt', import.meta.url).pathname;

describe('loaders', () => {
  it('txt: page N is the N-th form-feed part, numbered from firstPage', async () => {
    const f = join(tmp, 'a.txt');
    writeFileSync(f, 'een\n\ftwee\n\fdrie\n\f');
    const pages = await loadPages(f, 5);
    expect(pages.map((p) => p.page)).toEqual([5, 6, 7]);
    expect(pages[1].text.trim()).toBe('twee');
  });

  it('md: one page without form feeds, split on form feeds when present', async () => {
    const one = join(tmp, 'one.md');
    writeFileSync(one, '# Titel\n\nTekst over productiviteit.\n');
    expect((await loadPages(one)).length).toBe(1);
    const two = join(tmp, 'two.md');
    writeFileSync(two, '# Eén\n\nA.\f# Twee\n\nB.\n');
    const pages = await loadPages(two);
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pages[1].text).toContain('Twee');
  });

  it('pdf: a small multi-page PDF built here gives its pages in order', async () => {
    const f = join(tmp, 'small.pdf');
    writeFileSync(f, makePdf([['Eerste pagina over kapitaal.'], ['Tweede pagina', 'over arbeid.'], ['Derde pagina over technologie.']]));
    const pages = await loadPages(f);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages[0].text).toContain('Eerste pagina over kapitaal.');
    expect(pages[1].text).toMatch(/Tweede pagina\s+over arbeid\./);
    expect(pages[2].text).toContain('technologie');
  });

  it('a broken file is reported by name', async () => {
    const f = join(tmp, 'kapot.pdf');
    writeFileSync(f, '%PDF-1.4\nthis is not a pdf at all');
    await expect(loadPages(f)).rejects.toThrow(LoadError);
    await expect(loadPages(f)).rejects.toThrow(/kapot\.pdf/);
    await expect(loadPages(join(tmp, 'bestaat-niet.txt'))).rejects.toThrow(/bestaat-niet\.txt/);
    const bin = join(tmp, 'latin1.txt');
    writeFileSync(bin, Buffer.from([0x66, 0xff, 0xfe, 0x00, 0xc3]));
    await expect(loadPages(bin)).rejects.toThrow(/latin1\.txt: not valid UTF-8/);
  });

  it('the shared PDF of the advisory gives the same pages as the text', async () => {
    const fromPdf = cleanDocument(await loadPages(SHARED_PDF));
    const fromTxt = cleanDocument(splitFormFeedPages(readFileSync(TXT, 'utf8')));
    expect(fromPdf.map((p) => p.page)).toEqual(fromTxt.map((p) => p.page));
    expect(fromPdf.length).toBe(11);
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [i, p] of fromPdf.entries()) {
      const a = norm(p.text);
      const b = norm(fromTxt[i].text);
      if (p.page === 10) {
        // the PDF's page 10 runs off the bottom of the page: pdf.js drops the
        // last bullet, which lies below the page box (y < 0)
        expect(b.startsWith(a.slice(0, 3000))).toBe(true);
        expect(a.length).toBeGreaterThan(3000);
      } else {
        expect(a, `page ${p.page}`).toBe(b);
      }
    }
    // chapters from the table of contents are found in both
    const chapter = (pages: typeof fromPdf, page: number) => pages.find((p) => p.page === page)!.blocks.find((b) => b.kind !== 'heading')!.section.split(' › ')[0];
    for (const page of [3, 4, 6, 9, 11]) expect(chapter(fromPdf, page)).toBe(chapter(fromTxt, page));
  });
});
