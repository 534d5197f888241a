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

/**
 * The statistics of buildTermStats, precomputed at ingest and read on demand
 * (src/search/store.ts): per stem, the chunk labels whose text (kind 0) or
 * heading (kind 1) has it. Gives the same df as buildTermStats over the same
 * chunks; nothing is computed from the whole corpus at start.
 */
export interface StoredTermPostings {
  /** number of chunks */
  readonly n: number;
  /** one more than the largest label */
  readonly labelBound: number;
  /** labels of chunks in English documents */
  readonly english: ReadonlySet<number>;
  /** the distinct stems of a kind */
  stems(kind: 0 | 1): string[];
  /** label blobs of a stem (kinds 0 and 1), or of two adjacent stems `a b` (kinds 2 and 3: text and heading,
   *  blobs of (label, count, positions…) where a position is the index of `a` in the chunk's stem sequence) */
  labels(stem: string, kind: 0 | 1 | 2 | 3): Int32Array[];
}

export function termStatsFromPostings(store: StoredTermPostings): TermStats {
  const kinds = [postingsFromStore(store, 0), postingsFromStore(store, 1)] as const;
  const docsFor = (q: string) => {
    const hit = kinds[0].docsFor(q);
    return hit.length ? hit : kinds[1].docsFor(q);
  };
  const mark = new Int32Array(store.labelBound);
  let stamp = 0;
  return {
    n: store.n,
    df(stems, en) {
      const s = ++stamp;
      let count = 0;
      const add = (i: number) => {
        if (mark[i] !== s) {
          mark[i] = s;
          count++;
        }
      };
      for (const q of stems) for (const i of docsFor(q)) if (!en || !store.english.has(i)) add(i);
      if (en) for (const q of en) for (const i of docsFor(q)) if (store.english.has(i)) add(i);
      return count;
    },
  };
}

function postingsFromStore(store: StoredTermPostings, kind: 0 | 1): { docsFor(q: string): Int32Array } {
  let vocab: string[] | undefined;
  const cache = new Map<string, Int32Array>();
  const seen = new Int32Array(store.labelBound);
  let stamp = 0;
  const union = (lists: Int32Array[][]) => {
    const s = ++stamp;
    const all: number[] = [];
    for (const blobs of lists)
      for (const b of blobs)
        for (const i of b)
          if (seen[i] !== s) {
            seen[i] = s;
            all.push(i);
          }
    return Int32Array.from(all);
  };
  return {
    docsFor(q) {
      let hit = cache.get(q);
      if (hit) return hit;
      if (isPhraseStem(q)) {
        // the phrase's adjacent pairs at consecutive positions (stored at ingest):
        // starts[label] = positions where the phrase so far begins
        const parts = q.split(' ');
        let starts: Map<number, number[]> | undefined;
        for (let j = 0; j + 1 < parts.length; j++) {
          const next = new Map<number, number[]>();
          for (const b of store.labels(`${parts[j]} ${parts[j + 1]}`, kind === 0 ? 2 : 3)) {
            for (let k = 0; k < b.length; k += 2 + b[k + 1]!) {
              const label = b[k]!;
              const at = b.subarray(k + 2, k + 2 + b[k + 1]!);
              if (!starts) next.set(label, [...at]);
              else {
                const ok = starts.get(label)?.filter((p) => at.includes(p + j));
                if (ok?.length) next.set(label, ok);
              }
            }
          }
          starts = next;
          if (!starts.size) break;
        }
        hit = Int32Array.from([...(starts?.keys() ?? [])].sort((a, b) => a - b));
      } else {
        vocab ??= store.stems(kind);
        hit = union(vocab.filter((v) => stemMatches(v, q)).map((v) => store.labels(v, kind)));
      }
      cache.set(q, hit);
      return hit;
    },
  };
}
