// Lexical index: BM25+ with Dutch snowball stemming, stop words dropped and
// compounds decomposed against the corpus vocabulary.
//
// The scoring is minisearch's (7.2, which this index used to be), computed
// over postings stored on disk (src/search/store.ts) instead of an in-heap
// radix tree: per query term and field, BM25+ (k 1.2, b 0.7, d 0.5) with the
// field boosts below, prefix matches for query terms of 7+ characters weighted
// 0.375·len/(len + 0.3·distance), summed over the query terms (OR) and
// multiplied by the number of distinct query terms a chunk matched. Same
// numbers, same order of ties (first seen, in query-term then label order).
// A question reads only the postings of its own terms; the candidate set is
// every chunk that has one of them, scored in typed arrays and cut to the
// top `limit` with a bounded heap (exact: the ranking is the unbounded one's).
import { buildCompoundVocabulary, compoundParts, contentWords, STOP_WORDS, stemNl, tokenize } from '../language/analyze.ts';

export interface LexicalDoc {
  text: string;
  section: string;
}

export interface LexicalHit {
  /** chunk label */
  label: number;
  score: number;
}

/** field 0 = text, 1 = section heading; boosts as minisearch was configured */
export const FIELD_BOOSTS = [1, 0.35] as const;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const prefixSearch = (term: string) => term.length >= 7;

export { buildCompoundVocabulary };

/** Index-time and query-time term processing over a compound vocabulary. */
export class LexicalAnalyser {
  // index side: a term's terms, once per distinct term (a corpus repeats its words; the vocabulary does not change)
  private readonly terms = new Map<string, readonly string[] | null>();

  constructor(readonly vocabulary: ReadonlySet<string>) {}

  processTerm(term: string): readonly string[] | null {
    let out = this.terms.get(term);
    if (out !== undefined) return out;
    out = STOP_WORDS.has(term) || term.length < 2 ? null : this.termsOf(term);
    if (this.terms.size >= 200_000) this.terms.clear();
    this.terms.set(term, out);
    return out;
  }

  private termsOf(term: string): string[] {
    const out = new Set<string>([stemNl(term)]);
    for (const part of term.includes('-') ? term.split('-') : []) if (part.length >= 2 && !STOP_WORDS.has(part)) out.add(stemNl(part));
    for (const part of compoundParts(term, this.vocabulary)) out.add(stemNl(part));
    return [...out];
  }

  // query side: a word the corpus has is searched as is (the index already
  // holds the parts of its compounds); an unknown compound is searched by its parts
  processQueryTerm(term: string): string[] | null {
    if (STOP_WORDS.has(term) || term.length < 2) return null;
    const out = new Set<string>([stemNl(term)]);
    for (const part of term.includes('-') ? term.split('-') : []) if (part.length >= 2 && !STOP_WORDS.has(part)) out.add(stemNl(part));
    if (!this.vocabulary.has(term)) for (const part of compoundParts(term, this.vocabulary)) out.add(stemNl(part));
    return [...out];
  }

  /** Field lengths as minisearch counts them: distinct tokens of the text and of the heading. */
  fieldLengths(doc: LexicalDoc): [number, number] {
    return [new Set(tokenize(doc.text)).size, new Set(tokenize(doc.section)).size];
  }

  /** Term frequencies and field lengths (distinct tokens, as minisearch counts them) of one chunk's fields. */
  analyse(doc: LexicalDoc): { terms: [Map<string, number>, Map<string, number>]; lengths: [number, number] } {
    const terms: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
    const lengths: [number, number] = [0, 0];
    [doc.text, doc.section].forEach((value, f) => {
      const tokens = tokenize(value);
      lengths[f] = new Set(tokens).size;
      const tf = terms[f];
      for (const token of tokens) for (const t of this.processTerm(token) ?? []) tf.set(t, (tf.get(t) ?? 0) + 1);
    });
    return { terms, lengths };
  }
}

/** Running average of field lengths, updated exactly as minisearch does on add and discard. */
export function addFieldLength(avg: number, count: number, length: number): number {
  return (avg * count + length) / (count + 1);
}
export function removeFieldLength(avg: number, count: number, length: number): number {
  return count === 1 ? 0 : (avg * count - length) / (count - 1);
}

/** Where the postings live (src/search/store.ts). */
export interface LexicalSource {
  readonly lexicalStats: { docCount: number; avgFieldLength: [number, number] };
  readonly labelBound: number;
  /** blobs of (label, tf, field length) triples, in label order */
  postings(term: string, field: number): Int32Array[];
  termsWithPrefix(prefix: string): string[];
  stemDf(stem: string): number | undefined;
}

// minisearch's calcBM25Score, taken apart so the parts that do not change
// within a term's postings are computed once (the same operations in the
// same order: the same numbers):
//   log(1 + (total - matching + 0.5) / (matching + 0.5)) · (d + tf·(k + 1) / (tf + k·(1 - b + b·fieldLength / avgFieldLength)))
const inverseDocFreq = (matching: number, total: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
const lengthNorm = (fieldLength: number, avgFieldLength: number) => BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / avgFieldLength);

export class LexicalIndex {
  readonly analyser: LexicalAnalyser;
  // scratch arrays, one slot per chunk label (search is synchronous, so one set serves every query)
  private score = new Float64Array(0);
  private sub = new Float64Array(0);
  private subStamp = new Int32Array(0);
  private seenStamp = new Int32Array(0);
  private quality = new Uint16Array(0);
  private stamp = 0;

  constructor(
    private readonly source: LexicalSource,
    readonly vocabulary: Set<string>,
  ) {
    this.analyser = new LexicalAnalyser(vocabulary);
  }

  get docCount(): number {
    return this.source.lexicalStats.docCount;
  }

  /** Inverse document frequency of a stem; words the corpus does not have get `unseen`. */
  idf(stem: string, unseen = 0.5): number {
    const df = this.source.stemDf(stem);
    const max = Math.log(1 + this.docCount);
    return df ? Math.log(1 + this.docCount / df) : unseen * max;
  }

  // per field: the length norm of each field length (small integers), computed at first use (the index is read-only)
  private readonly normCache = [new Float64Array(4096).fill(Number.NaN), new Float64Array(4096).fill(Number.NaN)] as const;

  /** decoded postings of hot terms, most recently used last, bounded in size */
  private readonly hot = new Map<string, Int32Array[]>();
  private hotInts = 0;
  static readonly HOT_LIMIT = 16 << 20; // Int32s (64 MB)
  private cachedPostings(term: string, field: number): Int32Array[] {
    const key = `${field}\0${term}`;
    let p = this.hot.get(key);
    if (p) {
      this.hot.delete(key);
      this.hot.set(key, p);
      return p;
    }
    p = this.source.postings(term, field);
    let ints = 0;
    for (const b of p) ints += b.length;
    if (ints < LexicalIndex.HOT_LIMIT / 4) {
      this.hot.set(key, p);
      this.hotInts += ints;
      for (const [k, v] of this.hot) {
        if (this.hotInts <= LexicalIndex.HOT_LIMIT) break;
        this.hot.delete(k);
        for (const b of v) this.hotInts -= b.length;
      }
    }
    return p;
  }

  private scratch(n: number) {
    if (this.score.length >= n) return;
    this.score = new Float64Array(n);
    this.sub = new Float64Array(n);
    this.subStamp = new Int32Array(n);
    this.seenStamp = new Int32Array(n);
    this.quality = new Uint16Array(n);
    this.stamp = 0;
  }

  search(query: string, limit = 50): LexicalHit[] {
    if (!query.trim()) return [];
    // note: minisearch multiplies a document's BM25 sum by the number of query
    // terms it matched. Undoing that (pure BM25) measured 0.82 / 0.98 on our own
    // questions against 0.89 / 1.00 with it, so it stays.
    const terms = tokenize(query)
      .flatMap((t) => this.analyser.processQueryTerm(t) ?? [])
      .filter((t) => !!t);
    if (!terms.length) return [];
    const { docCount, avgFieldLength } = this.source.lexicalStats;
    this.scratch(this.source.labelBound);
    if (this.stamp > 2 ** 30) {
      this.subStamp.fill(0);
      this.seenStamp.fill(0);
      this.stamp = 0;
    }
    const { score, sub, subStamp, seenStamp, quality } = this;
    const queryStamp = ++this.stamp;
    const order: number[] = [];
    const counted = new Set<string>();
    const postingsOf = (term: string, field: number) => this.cachedPostings(term, field);
    for (const term of terms) {
      const specStamp = ++this.stamp;
      const touched: number[] = [];
      const termResults = (derived: string, weight: number) => {
        for (let f = 0; f < FIELD_BOOSTS.length; f++) {
          const blobs = postingsOf(derived, f);
          if (!blobs.length) continue;
          let matching = 0;
          for (const b of blobs) matching += b.length / 3;
          const boost = FIELD_BOOSTS[f];
          const idf = inverseDocFreq(matching, docCount);
          const wb = weight * 1 * boost * 1; // termWeight · termBoost · fieldBoost · docBoost, as minisearch multiplies them
          const norm = this.normCache[f as 0 | 1];
          for (const b of blobs) {
            for (let i = 0; i < b.length; i += 3) {
              const label = b[i]!;
              const tf = b[i + 1]!;
              const fl = b[i + 2]!;
              let n = fl < norm.length ? norm[fl]! : Number.NaN;
              if (Number.isNaN(n)) {
                n = lengthNorm(fl, avgFieldLength[f]);
                if (fl < norm.length) norm[fl] = n;
              }
              const w = wb * (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + n)));
              if (subStamp[label] === specStamp) sub[label] += w;
              else {
                subStamp[label] = specStamp;
                sub[label] = w;
                touched.push(label);
              }
            }
          }
        }
      };
      termResults(term, 1);
      if (prefixSearch(term)) {
        for (const derived of this.source.termsWithPrefix(term)) {
          const distance = derived.length - term.length;
          if (!distance) continue;
          termResults(derived, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance));
        }
      }
      const first = !counted.has(term);
      if (first && touched.length) counted.add(term);
      for (const label of touched) {
        if (seenStamp[label] !== queryStamp) {
          seenStamp[label] = queryStamp;
          score[label] = sub[label];
          quality[label] = 1;
          order.push(label);
        } else {
          score[label] = score[label] + sub[label];
          if (first) quality[label]++;
        }
      }
    }
    return topK(order, (label) => score[label] * (quality[label] || 1), limit);
  }
}

/** The best `limit` of `labels` by score, ties in the order given (a stable sort's order), with a bounded heap. */
function topK(labels: number[], scoreOf: (label: number) => number, limit: number): LexicalHit[] {
  if (limit <= 0) return [];
  // heap of [score, position], worst at the root: worse = lower score, or same score and later position
  const hs: number[] = [];
  const hp: number[] = [];
  const worse = (a: number, b: number) => hs[a]! < hs[b]! || (hs[a] === hs[b] && hp[a]! > hp[b]!);
  const swap = (a: number, b: number) => {
    [hs[a], hs[b]] = [hs[b]!, hs[a]!];
    [hp[a], hp[b]] = [hp[b]!, hp[a]!];
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < hs.length && worse(l, m)) m = l;
      if (r < hs.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  labels.forEach((label, pos) => {
    const s = scoreOf(label);
    if (hs.length < limit) {
      hs.push(s);
      hp.push(pos);
      for (let i = hs.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(i, p)) break;
        swap(i, p);
        i = p;
      }
    } else if (s > hs[0]!) {
      // equal scores never replace: the earlier position wins, as in a stable sort
      hs[0] = s;
      hp[0] = pos;
      down(0);
    }
  });
  const idx = hs.map((_, i) => i).sort((a, b) => hs[b]! - hs[a]! || hp[a]! - hp[b]!);
  return idx.map((i) => ({ label: labels[hp[i]!]!, score: hs[i]! }));
}

/** Content words' stems of a chunk text (for the stored stem document frequencies). */
export function textStemSet(text: string): Set<string> {
  return new Set(contentWords(text).map(stemNl));
}
