// Embeddings behind LangChain's `Embeddings` interface (TextEmbeddings below):
// a local provider that needs no downloaded weights (the default) and OpenAIEmbeddings.
//
// Local method: hashed features with sublinear tf, signed into `dims` buckets
// (the hashing trick = a fixed, seeded sparse random projection of the
// feature space), L2-normalised. Features: Dutch-stemmed content words
// (weight 1) and character 3-5-grams of each word (weight 0.5), which
// catch compound parts (`productiviteitsgroei` ~ `arbeidsproductiviteitsgroei`)
// and inflections. It uses no corpus statistics (no IDF, no fitted SVD) on
// purpose: a vector depends on its own text only, so when one file changes
// the others' vectors stay valid and are reused, not re-embedded.
// Measured on the advisory, vector search alone (exact cosine), 48 questions
// (dev + test/fixtures/corpus/retrieval-questions.jsonl), hit@1 / hit@3:
//   words only, 512 dims ............. 0.83 / 0.92
//   words + char 3-5-grams, 256 dims . 0.71 / 0.94   (too many collisions)
//   words + char 3-5-grams, 512 dims . 0.85 / 0.96   ← default
//   words + char 3-5-grams, 1024 dims  0.79 / 0.92
// Weighting query words by corpus IDF (option wordWeight) gave 0.77 / 0.96,
// so it is off by default (HybridOptions.queryIdf).
import type { Config } from '../config.ts';
import { contentWords, stemNl } from '../language/analyze.ts';

export interface EmbeddingIdentity {
  provider: 'local' | 'openai';
  model: string;
  dims: number;
}

export const LOCAL_MODEL = 'hashed-ngrams-v1';
export const LOCAL_DIMS = 512;

/** 32-bit FNV-1a with a seed. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface LocalEmbeddingOptions {
  dims?: number;
  charNgrams?: boolean;
  charWeight?: number;
  /**
   * Query side only: weight of a word by its stem (e.g. IDF from the index).
   * Documents are always embedded without it, so their vectors stay
   * independent of the rest of the corpus.
   */
  wordWeight?: (stem: string) => number;
}

/** Feature weights of a text (before hashing): stemmed words and character n-grams. */
export function localFeatures(text: string, opts: LocalEmbeddingOptions = {}): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (f: string, w: number) => tf.set(f, (tf.get(f) ?? 0) + w);
  const charWeight = opts.charWeight ?? 0.5;
  for (const w of contentWords(text)) {
    const stem = stemNl(w);
    add(`w:${stem}`, 1);
    if (opts.charNgrams !== false && w.length >= 4) {
      const padded = `<${stem}>`;
      for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`, charWeight);
    }
  }
  // sublinear tf: 1 + log(tf), keeping the relative weight of char features
  for (const [f, v] of tf) tf.set(f, v >= 1 ? 1 + Math.log(v) : v);
  if (opts.wordWeight) {
    const weighted = new Map<string, number>();
    for (const w of contentWords(text)) {
      const stem = stemNl(w);
      const k = opts.wordWeight(stem);
      weighted.set(`w:${stem}`, (tf.get(`w:${stem}`) ?? 0) * k);
      if (opts.charNgrams !== false && w.length >= 4) {
        const padded = `<${stem}>`;
        for (let n = 3; n <= 5; n++)
          for (let i = 0; i + n <= padded.length; i++) {
            const f = `c:${padded.slice(i, i + n)}`;
            weighted.set(f, Math.max(weighted.get(f) ?? 0, (tf.get(f) ?? 0) * k));
          }
      }
    }
    return weighted;
  }
  return tf;
}

// The default embedding (LOCAL_DIMS, character n-grams, no word weights) in
// numbers: every feature string is interned once with its signed bucket, and
// every word keeps its features' ids (its stem, then the stem's n-grams, in
// localFeatures' order), so embedding a chunk of known words builds no
// strings and hashes nothing. Same additions in the same order as
// localFeatures + the loop below: the same vectors to the last bit. Bounded:
// past FEATURE_LIMIT features the tables start again.
const FEATURE_LIMIT = 500_000;
const featureIds = new Map<string, number>();
const wordIds = new Map<string, Int32Array>();
let signedBucket = new Int32Array(1 << 14); // ±(bucket + 1): the sign is the feature's sign
let tfOf = new Float64Array(1 << 14);
let seen = new Uint8Array(1 << 14);

function featureId(f: string): number {
  let id = featureIds.get(f);
  if (id !== undefined) return id;
  id = featureIds.size;
  featureIds.set(f, id);
  if (id >= signedBucket.length) {
    // grown mid-text: the counts of the text so far are kept
    const n = signedBucket.length * 2;
    const buckets = new Int32Array(n);
    buckets.set(signedBucket);
    signedBucket = buckets;
    const tf = new Float64Array(n);
    tf.set(tfOf);
    tfOf = tf;
    const marks = new Uint8Array(n);
    marks.set(seen);
    seen = marks;
  }
  const sign = fnv1a(f, 0x7f4a7c15) & 1 ? 1 : -1;
  signedBucket[id] = sign * ((fnv1a(f, 0x9e3779b9) % LOCAL_DIMS) + 1);
  return id;
}

function wordFeatureIds(w: string): Int32Array {
  let ids = wordIds.get(w);
  if (ids) return ids;
  const stem = stemNl(w);
  const fs = [`w:${stem}`];
  if (w.length >= 4) {
    const padded = `<${stem}>`;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) fs.push(`c:${padded.slice(i, i + n)}`);
  }
  ids = Int32Array.from(fs, featureId);
  wordIds.set(w, ids);
  return ids;
}

function embedDefault(text: string, charWeight: number): Float64Array {
  if (featureIds.size > FEATURE_LIMIT) {
    featureIds.clear();
    wordIds.clear();
  }
  const order: number[] = [];
  for (const w of contentWords(text)) {
    const ids = wordFeatureIds(w);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (!seen[id]) {
        seen[id] = 1;
        order.push(id);
      }
      tfOf[id] += i === 0 ? 1 : charWeight;
    }
  }
  const v = new Float64Array(LOCAL_DIMS);
  for (const id of order) {
    const t = tfOf[id]!;
    const b = signedBucket[id]!;
    const sign = b > 0 ? 1 : -1;
    v[sign * b - 1] += sign * (t >= 1 ? 1 + Math.log(t) : t);
    tfOf[id] = 0;
    seen[id] = 0;
  }
  return v;
}

/** The pure function behind LocalEmbeddings. */
export function embedLocal(text: string, opts: LocalEmbeddingOptions = {}): number[] {
  const dims = opts.dims ?? LOCAL_DIMS;
  if (dims === LOCAL_DIMS && opts.charNgrams !== false && !opts.wordWeight) {
    const v = embedDefault(text, opts.charWeight ?? 0.5);
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return Array.from(v, (x) => x / norm);
  }
  const v = new Float64Array(dims);
  for (const [f, w] of localFeatures(text, opts)) {
    const h = fnv1a(f, 0x9e3779b9);
    const sign = fnv1a(f, 0x7f4a7c15) & 1 ? 1 : -1;
    v[h % dims] += sign * w;
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return Array.from(v, (x) => x / norm);
}

/**
 * What the index needs of an embeddings provider: LangChain's `Embeddings`
 * interface, structurally (OpenAIEmbeddings is one). LocalEmbeddings has the
 * same two methods without extending LangChain's class, so a local start does
 * not load LangChain (its base class only adds a retrying caller, which local
 * embeddings never used).
 */
export interface TextEmbeddings {
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

export class LocalEmbeddings implements TextEmbeddings {
  readonly dims: number;
  constructor(private readonly opts: LocalEmbeddingOptions = {}) {
    this.dims = opts.dims ?? LOCAL_DIMS;
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => embedLocal(t, this.opts));
  }
  async embedQuery(text: string): Promise<number[]> {
    return embedLocal(text, this.opts);
  }
}

export interface EmbeddingProvider {
  embeddings: TextEmbeddings;
  /** identity recorded in the manifest; dims 0 = known after the first call (openai) */
  identity: EmbeddingIdentity;
}

/** The embeddings chosen by POLDERBOT_EMBEDDINGS (local by default). */
export async function createEmbeddings(config: Config): Promise<EmbeddingProvider> {
  if (config.embeddings === 'openai') {
    const { OpenAIEmbeddings } = await import('@langchain/openai');
    const embeddings = new OpenAIEmbeddings({
      model: config.openai.embeddingsModel,
      apiKey: config.openai.apiKey ?? 'missing-OPENAI_API_KEY',
      timeout: config.openai.timeoutMs,
      maxRetries: 1,
      ...(config.openai.baseURL ? { configuration: { baseURL: config.openai.baseURL } } : {}),
    });
    return { embeddings, identity: { provider: 'openai', model: config.openai.embeddingsModel, dims: 0 } };
  }
  return { embeddings: new LocalEmbeddings(), identity: { provider: 'local', model: LOCAL_MODEL, dims: LOCAL_DIMS } };
}
