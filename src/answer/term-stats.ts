// Document frequencies of stems over the indexed chunks, for weighting the
// question's terms (a term found in few chunks says more than one found in
// all of them; a term found in none says the topic is absent). Built once per
// index, lazily per query stem. Pure apart from its cache.
import type { Chunk } from '../search/types.ts';
import { isPhraseStem, stemMatches, textMatches, textStems } from '../language/terms.ts';

export interface TermStats {
  /** number of chunks */
  readonly n: number;
  /**
   * Number of chunks holding a token that matches any of the stems
   * (compound-aware); in chunks of English documents, `en` counts instead when given.
   */
  df(stems: string[], en?: string[]): number;
}

/** `languageOf(doc)`: the language of a chunk's document (default nl), for its stemmer. */
//
// A term found in no chunk's text but in section headings ("Advies op
// hoofdlijnen") counts the chunks under those headings: the composer matches
// headings too, so such a term is not absent. Terms found in the text keep
// their text frequency (headings repeat over many chunks and would flatten it).
export function buildTermStats(
  chunks: readonly (Pick<Chunk, 'text'> & Partial<Pick<Chunk, 'doc' | 'section'>>)[],
  languageOf?: (doc: string) => 'nl' | 'en' | undefined,
): TermStats {
  const lang = (c: Partial<Pick<Chunk, 'doc'>>) => (c.doc && languageOf?.(c.doc)) || 'nl';
  const english = new Set(chunks.flatMap((c, i) => (lang(c) === 'en' ? [i] : [])));
  const text = postingsOf(chunks.map((c) => textStems(c.text, lang(c))));
  const headings = postingsOf(chunks.map((c) => (c.section ? textStems(c.section, lang(c)) : [])));
  const df = (q: string) => {
    const hit = text.docsFor(q);
    return hit.size ? hit : headings.docsFor(q);
  };
  return {
    n: chunks.length,
    df(stems, en) {
      const all = new Set<number>();
      for (const s of stems) for (const i of df(s)) if (!en || !english.has(i)) all.add(i);
      if (en) for (const s of en) for (const i of df(s)) if (english.has(i)) all.add(i);
      return all.size;
    },
  };
}

function postingsOf(sequences: string[][]): { docsFor(q: string): Set<number> } {
  const postings = new Map<string, number[]>();
  sequences.forEach((stems, i) => {
    for (const s of new Set(stems)) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const vocab = [...postings.keys()];
  const cache = new Map<string, Set<number>>();
  return {
    docsFor(q) {
      let hit = cache.get(q);
      if (!hit) {
        hit = new Set<number>();
        if (isPhraseStem(q)) sequences.forEach((seq, i) => textMatches(seq, q) && hit!.add(i));
        else for (const v of vocab) if (stemMatches(v, q)) for (const i of postings.get(v)!) hit.add(i);
        cache.set(q, hit);
      }
      return hit;
    },
  };
}
