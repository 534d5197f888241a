// Writes the index one document at a time: the store (src/search/store.ts)
// and the hnswlib vectors. A changed document is removed (its hnswlib points
// marked deleted, its rows and postings deleted, the corpus statistics
// decremented) and added again; the other documents are not touched.
// The caller works on a copy of the index and swaps it in when done
// (src/search/index.ts), so a half-written index is never loaded.
import Database from 'better-sqlite3';
import hnswlib from 'hnswlib-node';
import SearchableMap from 'minisearch/SearchableMap';
import type { SourceDoc } from '../corpus/types.ts';
import type { CleanPage } from '../corpus/clean.ts';
import { addCompoundVocabulary, buildCompoundVocabulary, contentOf, contentWords, stemNl, tokenize, withParts } from '../language/analyze.ts';
import { stem, textStems } from '../language/terms.ts';
import { GraphWorker } from './graph-worker.ts';
import { addFieldLength, LexicalAnalyser, removeFieldLength } from './lexical.ts';
import { blobOf, SCHEMA_INDEXES, SCHEMA_TABLES, type Db, type LexicalFieldStats } from './store.ts';
import type { Chunk } from './types.ts';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

export interface StoredDoc {
  id: string;
  file: string;
  sha256: string;
  entry: string;
  lang: 'nl' | 'en';
  pages: number;
  chunks: number;
}

/** The sources.yml entry as stored: a document is indexed again when it (title, language, …) or its file changes. */
export const entryKey = (doc: SourceDoc) => JSON.stringify(doc);

// efConstruction 64 (was 200): building the graph was most of a large ingest
// (25,585 chunks: 27 s of 59 s). Search quality barely moves at ef 64; on an
// index smaller than the search's ef (the advisory: 58 chunks) the search is
// exhaustive and the results are the same.
export const HNSW_PARAMS = { m: 16, efConstruction: 64, randomSeed: 42 } as const;

export class IndexWriter {
  private hnsw: Hnsw | undefined;
  /** a fresh build's graph, built in a worker thread (create with graphWorker) */
  private graph: GraphWorker | undefined;
  private stats: LexicalFieldStats;
  private nextLabel: number;
  private pendingLexical: string[] = [];
  private readonly vocabDelta = new Map<string, number>();
  private readonly stemDfUp;

  private constructor(
    readonly db: Db,
    hnsw: Hnsw | undefined,
    private dims: number,
    private readonly graphWorker = false,
    /** a fresh store: SCHEMA_INDEXES are created by finish */
    private readonly fresh = false,
  ) {
    this.hnsw = hnsw;
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.stemDfUp = this.db.prepare('INSERT INTO stemdf (stem, n) VALUES (?, ?) ON CONFLICT (stem) DO UPDATE SET n = n + excluded.n');
    this.stats = JSON.parse(this.meta('lexical') ?? '{"docCount":0,"avgFieldLength":[0,0]}') as LexicalFieldStats;
    this.nextLabel = Number(this.meta('nextLabel') ?? 0);
    this.db.exec('BEGIN');
  }

  /** A new, empty index at `storePath`; `graphWorker`: its vector graph is built in a worker thread. */
  static create(storePath: string, dims: number, opts: { graphWorker?: boolean } = {}): IndexWriter {
    const db = new Database(storePath);
    db.exec(SCHEMA_TABLES);
    return new IndexWriter(db, undefined, dims, opts.graphWorker, true);
  }

  /** An existing index (a copy of the live one) to update in place. */
  static open(storePath: string, hnswPath: string, dims: number): IndexWriter {
    const db = new Database(storePath, { fileMustExist: true });
    const hnsw = new HierarchicalNSW('cosine', Math.max(1, dims));
    const count = db.prepare('SELECT count(*) FROM chunks').pluck().get() as number;
    if (count > 0) hnsw.readIndexSync(hnswPath, true);
    return new IndexWriter(db, count > 0 ? hnsw : undefined, dims);
  }

  private meta(key: string): string | undefined {
    return this.db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(key);
  }
  private setMeta(key: string, value: string) {
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  documents(): Map<string, StoredDoc> {
    const rows = this.db.prepare<[], StoredDoc>('SELECT * FROM docs').all();
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * Removes a document: marks its vectors deleted and deletes its rows, postings
   * and statistics. Returns its vectors by embed key, for reuse when it comes back changed.
   */
  removeDocument(id: string): Map<string, number[]> {
    const rows = this.db
      .prepare<[string], { label: number; text: string; section: string; embed_key: string }>('SELECT label, text, section, embed_key FROM chunks WHERE doc = ? ORDER BY label')
      .all(id);
    const vectors = new Map<string, number[]>();
    const analyser = new LexicalAnalyser(new Set());
    const words = buildCompoundVocabulary(rows.map((r) => r.text));
    for (const r of rows) {
      if (this.hnsw) {
        try {
          vectors.set(r.embed_key, this.hnsw.getPoint(r.label));
          this.hnsw.markDelete(r.label);
        } catch {
          /* a label hnswlib does not have: nothing to delete */
        }
      }
      // minisearch's discard: each field's running average loses the chunk's length
      const lengths = analyser.fieldLengths({ text: r.text, section: r.section });
      for (let f = 0; f < 2; f++) this.stats.avgFieldLength[f] = removeFieldLength(this.stats.avgFieldLength[f]!, this.stats.docCount, lengths[f]!);
      this.stats.docCount -= 1;
    }
    this.countStems(rows.map((r) => contentWords(r.text)), -1);
    for (const w of words) this.vocabDelta.set(w, (this.vocabDelta.get(w) ?? 0) - 1);
    for (const table of ['chunks', 'pages', 'lex', 'tstats', 'docs']) this.db.prepare(`DELETE FROM ${table} WHERE ${table === 'docs' ? 'id' : 'doc'} = ?`).run(id);
    return vectors;
  }

  /** Adds each chunk's content stems (from its content words) to the stored document frequencies (one upsert per stem and document). */
  private countStems(contents: string[][], delta: number) {
    const df = new Map<string, number>();
    for (const content of contents) for (const s of new Set(content.map(stemNl))) df.set(s, (df.get(s) ?? 0) + delta);
    for (const [s, n] of df) this.stemDfUp.run(s, n);
  }

  /**
   * Adds a document: its chunks (with their vectors, in chunk order), page
   * texts and statistics. Its lexical postings are written by indexLexical,
   * once every document's words are in the compound vocabulary.
   */
  addDocument(doc: StoredDoc, chunks: Chunk[], pages: Pick<CleanPage, 'page' | 'text'>[], vectors: ArrayLike<number>[], embedKeys: string[]): void {
    const insChunk = this.db.prepare(
      'INSERT INTO chunks (label, id, doc, title, page, page_end, section, text, start, "end", embed_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insPage = this.db.prepare('INSERT INTO pages (doc, page, text) VALUES (?, ?, ?)');
    const insStat = this.db.prepare('INSERT INTO tstats (stem, kind, doc, first, labels) VALUES (?, ?, ?, ?, ?)');
    this.db.prepare('INSERT INTO docs (id, file, sha256, entry, lang, pages, chunks) VALUES (?, ?, ?, ?, ?, ?, ?)').run(doc.id, doc.file, doc.sha256, doc.entry, doc.lang, doc.pages, doc.chunks);
    for (const p of pages) insPage.run(doc.id, p.page, p.text);
    if (chunks.length && !this.hnsw && !this.graph) {
      this.dims = this.dims || vectors[0]!.length;
      if (this.graphWorker) this.graph = new GraphWorker(this.dims, HNSW_PARAMS);
      else {
        this.hnsw = new HierarchicalNSW('cosine', Math.max(1, this.dims));
        this.hnsw.initIndex({ maxElements: Math.max(1, chunks.length), ...HNSW_PARAMS, allowReplaceDeleted: true });
      }
    }
    const hnsw = this.hnsw;
    const labels: number[] = [];
    if (hnsw && hnsw.getCurrentCount() + chunks.length > hnsw.getMaxElements()) {
      hnsw.resizeIndex(Math.max(hnsw.getCurrentCount() + chunks.length, Math.ceil(hnsw.getMaxElements() * 1.5)));
    }
    // kinds: 0 stems of the text, 1 of the heading, 2 adjacent stem pairs of the text, 3 of the heading
    const stems = [new Map<string, number[]>(), new Map<string, number[]>(), new Map<string, number[]>(), new Map<string, number[]>()];
    const post = (kind: number, key: string, label: number) => {
      const list = stems[kind]!.get(key);
      if (list) list.push(label);
      else stems[kind]!.set(key, [label]);
    };
    // each chunk's text is tokenized once here: its stems, content words and compound vocabulary
    const contents: string[][] = [];
    const words = new Set<string>();
    // a heading is shared by the chunks under it: stemmed once
    const sectionStems = new Map<string, string[]>();
    const stemsOf = (t: string, kind: number) => {
      if (kind === 0) {
        const toks = tokenize(t);
        const content = contentOf(toks);
        contents.push(content);
        addCompoundVocabulary(content, words);
        return withParts(toks).map((w) => stem(w, doc.lang));
      }
      let seq = sectionStems.get(t);
      if (!seq) sectionStems.set(t, (seq = textStems(t, doc.lang)));
      return seq;
    };
    chunks.forEach((c, i) => {
      const label = this.nextLabel++;
      insChunk.run(label, c.id, c.doc, c.title, c.page, c.pageEnd ?? null, c.section, c.text, c.start, c.end, embedKeys[i]);
      // a new slot, not a deleted one reused: reusing repairs the old point's
      // neighbourhood and cost several times an insert; --force compacts
      if (hnsw) hnsw.addPoint(Array.from(vectors[i]!), label);
      else labels.push(label);
      [c.text, c.section].forEach((t, kind) => {
        if (kind === 1 && !t) return;
        const seq = stemsOf(t, kind);
        for (const s of new Set(seq)) post(kind, s, label);
        // adjacent pairs with the positions they start at: (label, count, positions…)
        const pairs = new Map<string, number[]>();
        for (let j = 0; j + 1 < seq.length; j++) {
          const key = `${seq[j]} ${seq[j + 1]}`;
          const at = pairs.get(key);
          if (at) at.push(j);
          else pairs.set(key, [j]);
        }
        for (const [p, at] of pairs) {
          const list = stems[kind + 2]!.get(p);
          if (list) list.push(label, at.length, ...at);
          else stems[kind + 2]!.set(p, [label, at.length, ...at]);
        }
      });
    });
    if (labels.length) this.graph!.add(labels, vectors);
    this.countStems(contents, 1);
    stems.forEach((m, kind) => {
      for (const [s, labels] of m) insStat.run(s, kind, doc.id, labels[0], blobOf(labels));
    });
    for (const w of words) this.vocabDelta.set(w, (this.vocabDelta.get(w) ?? 0) + 1);
    this.pendingLexical.push(doc.id);
  }

  /** Postings of the documents added since the last call, against the updated compound vocabulary. */
  indexLexical(): void {
    const up = this.db.prepare('INSERT INTO vocab (word, n) VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET n = n + excluded.n');
    for (const [w, d] of this.vocabDelta) if (d) up.run(w, d);
    this.vocabDelta.clear();
    this.db.exec('DELETE FROM vocab WHERE n <= 0; DELETE FROM stemdf WHERE n <= 0');
    const analyser = new LexicalAnalyser(new Set(this.db.prepare<[], string>('SELECT word FROM vocab').pluck().all()));
    const rowsOf = this.db.prepare<[string], { label: number; text: string; section: string }>('SELECT label, text, section FROM chunks WHERE doc = ? ORDER BY label');
    const ins = this.db.prepare('INSERT INTO lex (term, field, doc, first, postings) VALUES (?, ?, ?, ?, ?)');
    const known = new Set(this.db.prepare<[], string>('SELECT term FROM terms').pluck().all());
    const fresh = known.size === 0;
    const newTerms: string[] = [];
    for (const doc of this.pendingLexical) {
      const fields = [new Map<string, number[]>(), new Map<string, number[]>()];
      for (const r of rowsOf.all(doc)) {
        const { terms, lengths } = analyser.analyse({ text: r.text, section: r.section });
        for (let f = 0; f < 2; f++) {
          this.stats.avgFieldLength[f] = addFieldLength(this.stats.avgFieldLength[f]!, this.stats.docCount, lengths[f]!);
          for (const [t, tf] of terms[f]!) {
            if (!known.has(t)) {
              known.add(t);
              newTerms.push(t);
            }
            const list = fields[f]!.get(t);
            if (list) list.push(r.label, tf, lengths[f]!);
            else fields[f]!.set(t, [r.label, tf, lengths[f]!]);
          }
        }
        this.stats.docCount += 1;
      }
      fields.forEach((m, f) => {
        for (const [t, triples] of m) ins.run(t, f, doc, triples[0], blobOf(triples));
      });
    }
    this.pendingLexical = [];
    // minisearch summed a query term's prefix matches in the order of its radix
    // tree, which depends on the order terms were inserted: at build in order of
    // first occurrence, then again when lexical.json was loaded, in the order the
    // first tree iterated. A new index replays both (same scores to the last
    // bit); terms new to an existing index come after the others.
    const radixOrder = (keys: string[]) => [...SearchableMap.from(keys.map((t) => [t, 0] as [string, number])).keys()];
    const order = fresh ? radixOrder(radixOrder(newTerms)) : newTerms;
    let ord = fresh ? 0 : ((this.db.prepare<[], number | null>('SELECT max(ord) FROM terms').pluck().get() ?? -1) + 1);
    const insTerm = this.db.prepare('INSERT INTO terms (term, ord) VALUES (?, ?)');
    for (const t of order) insTerm.run(t, ord++);
  }

  /** Resolves when the graph worker (if any) has few enough vectors waiting: call between documents. */
  async backlog(): Promise<void> {
    await this.graph?.backlog();
  }

  /** Writes the metadata, commits and closes the store; writes the vectors to `hnswPath`. Returns the vector dimensions. */
  async finish(sources: SourceDoc[], hnswPath: string): Promise<number> {
    this.indexLexical();
    this.setMeta('sources', JSON.stringify(sources));
    this.setMeta('lexical', JSON.stringify(this.stats));
    this.setMeta('nextLabel', String(this.nextLabel));
    if (this.fresh) this.db.exec(SCHEMA_INDEXES);
    this.db.exec('COMMIT');
    this.db.close();
    if (this.graph) {
      await this.graph.write(hnswPath);
      return this.dims;
    }
    const hnsw = this.hnsw ?? new HierarchicalNSW('cosine', Math.max(1, this.dims));
    if (!this.hnsw) hnsw.initIndex({ maxElements: 1, ...HNSW_PARAMS, allowReplaceDeleted: true });
    hnsw.writeIndexSync(hnswPath);
    return this.dims;
  }

  /** Gives up: rolls back and closes (the copy it worked on is then removed by the caller). */
  abort(): void {
    this.graph?.abort();
    if (this.db.open) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.db.close();
    }
  }
}
