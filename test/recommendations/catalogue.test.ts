import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTORS, TRACKS, parseRecommendations } from '../../src/recommendations/catalogue.ts';

const root = resolve(import.meta.dirname, '../..');
const pages = readFileSync(resolve(root, 'corpus/ser-briefadvies-25-04.txt'), 'utf8').split('\f');
const recs = parseRecommendations(readFileSync(resolve(root, 'corpus/recommendations.yml'), 'utf8'));

/** The same normalisation for page and record: line-end hyphenation joined, footnote numbers dropped, whitespace collapsed. */
export function normalise(text: string): string {
  return text
    .replace(/([a-zà-ÿ])-[ \t]*\n\s*(?=[a-zà-ÿ])/g, '$1') // "Neder-\nland" → "Nederland"
    .replace(/-[ \t]*\n\s*/g, '-') // a real hyphen at a line end: "(beroeps-)" stays
    .replace(/(?<=[^\s\d(])\d{2}(?=[\s.,;)]|$)/g, '') // footnote markers: "innovatie,33" → "innovatie,"
    .replace(/\s+/g, ' ')
    .trim();
}

describe('corpus/recommendations.yml', () => {
  it('has well over 20 records with unique, readable ids and valid actor and track', () => {
    expect(recs.length).toBeGreaterThanOrEqual(26);
    expect(new Set(recs.map((r) => r.id)).size).toBe(recs.length);
    for (const r of recs) {
      expect(r.id).toMatch(/^(kw|vo|bc)-(sp|kab|ser)-(\d+|npb)$/);
      expect(ACTORS).toContain(r.actor);
      for (const a of r.actors) expect(ACTORS).toContain(a);
      expect(r.actors[0]).toBe(r.actor);
      expect(TRACKS).toContain(r.track);
    }
  });

  it.each(recs.map((r) => [r.id, r] as const))('%s: its text is found on its page', (_id, r) => {
    const page = pages[r.page - 1];
    expect(page, `page ${r.page} exists`).toBeTruthy();
    expect(normalise(page)).toContain(normalise(r.text));
  });

  // the headings the recommendations stand under; each record's is the last of them before its text
  const HEADINGS = [...new Set(recs.map((r) => r.heading).filter((h): h is string => h !== undefined))];
  it.each(recs.map((r) => [r.id, r] as const))('%s: its heading is the last recommendation heading before its text', (_id, r) => {
    expect(r.heading, 'a heading').toBeDefined();
    const upTo = normalise(pages.slice(0, r.page).join('\n'));
    const at = upTo.indexOf(normalise(r.text).slice(0, 60));
    const last = (h: string) => upTo.lastIndexOf(h, at);
    expect(last(r.heading!), `"${r.heading}" before the text`).toBeGreaterThanOrEqual(0);
    for (const h of HEADINGS) if (h !== r.heading) expect(last(h), `"${h}" not nearer`).toBeLessThan(last(r.heading!));
  });

  it('covers every bullet of pages 9 to 11', () => {
    for (const p of [9, 10, 11]) {
      const bullets = pages[p - 1].split('•').length - 1;
      const onPage = recs.filter((r) => r.page === p && r.form === 'bullet').length;
      expect(onPage, `bullets on page ${p}`).toBe(bullets);
    }
  });

  it('the annual cycle involves the actors the text names, and p. 11 items are all there', () => {
    const cycle = recs.filter((r) => /^bc-kab-\d$/.test(r.id) && r.form === 'bullet');
    expect(cycle).toHaveLength(4);
    for (const r of cycle) expect(r.actors).toEqual(expect.arrayContaining(['kabinet', 'sociale-partners', 'cpb', 'sectoren']));
    const p11 = recs.filter((r) => r.page === 11).map((r) => r.text).join(' ');
    for (const phrase of ['in SER-verband informatie kunnen ophalen', 'de SER de rapportage kunnen aanvullen', 'voldoende budget', 'reactie van de minister naar de Tweede Kamer']) {
      expect(p11).toContain(phrase);
    }
    expect(recs.find((r) => r.id === 'bc-kab-5')!.actors).toEqual(['kabinet', 'tweede-kamer']);
    expect(recs.find((r) => r.id === 'bc-kab-npb')!.due).toBe('2025-12-31');
  });

  it('a record that is not on its page would fail the check', () => {
    const wrong = recs.find((r) => r.page === 9)!;
    expect(normalise(pages[10])).not.toContain(normalise(wrong.text));
  });
});
