// Document frequencies of stems over the indexed chunks, for weighting the
// question's terms (a term found in few chunks says more than one found in
// all of them; a term found in none says the topic is absent). Built once per
// index, lazily per query stem. Pure apart from its cache.
import type { Chunk } from '../search/types.ts';
import { isPhraseStem, stemMatches, textMatches, textStems } from './terms.ts';

export interface TermStats {
  /** number of chunks */
  readonly n: number;
  /** number of chunks holding a token that matches any of the stems (compound-aware) */
  df(stems: string[]): number;
}

/** `languageOf(doc)`: the language of a chunk's document (default nl), for its stemmer. */
export function buildTermStats(chunks: readonly (Pick<Chunk, 'text'> & Partial<Pick<Chunk, 'doc'>>)[], languageOf?: (doc: string) => 'nl' | 'en' | undefined): TermStats {
  const postings = new Map<string, number[]>();
  const sequences: string[][] = [];
  chunks.forEach((c, i) => {
    const stems = textStems(c.text, (c.doc && languageOf?.(c.doc)) || 'nl');
    sequences.push(stems);
    for (const s of new Set(stems)) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const vocab = [...postings.keys()];
  const cache = new Map<string, Set<number>>();
  const docsFor = (q: string): Set<number> => {
    let hit = cache.get(q);
    if (!hit) {
      hit = new Set<number>();
      if (isPhraseStem(q)) sequences.forEach((seq, i) => textMatches(seq, q) && hit!.add(i));
      else for (const v of vocab) if (stemMatches(v, q)) for (const i of postings.get(v)!) hit.add(i);
      cache.set(q, hit);
    }
    return hit;
  };
  return {
    n: chunks.length,
    df(stems) {
      if (stems.length === 1) return docsFor(stems[0]!).size;
      const all = new Set<number>();
      for (const s of stems) for (const i of docsFor(s)) all.add(i);
      return all.size;
    },
  };
}
