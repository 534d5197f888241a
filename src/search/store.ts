// The on-disk half of the index: one SQLite file (store.sqlite) holding the
// chunks, the cleaned page texts, the sources, the lexical postings and the
// corpus statistics the answerer needs, read on demand. Nothing here is
// loaded whole into the heap: a question reads the postings of its own terms
// and the rows of the passages it returns.
//
// Layout (all written by IndexWriter, src/search/index-writer.ts):
//   meta(key, value)                      JSON values: sources, lexical field stats, next label
//   docs(id, file, sha256, entry, lang)   one row per indexed document (entry = its sources.yml entry as JSON)
//   chunks(label, id, doc, …)             label = the chunk's hnswlib label
//   pages(doc, page, text)                cleaned page texts (what chunk offsets point into)
//   lex(term, field, doc, first, postings)   minisearch-compatible postings: per term, field and document, a
//                                         blob of Int32 triples (label, term frequency, field length)
//   terms(term, ord)                     every indexed term; ord = minisearch's radix-tree order (prefix matches are summed in it)
//   vocab(word, n)                        compound vocabulary: content words of length ≥ 4, n = documents having it
//   stemdf(stem, n)                       chunks whose text has the stem (query IDF)
//   tstats(stem, kind, doc, first, labels)  the answerer's term statistics: chunks (Int32 labels)
//                                         whose text (kind 0) or heading (kind 1) has the stem, or the
//                                         two adjacent stems `a b` (kinds 2 and 3: phrases without re-reading text)
import Database from 'better-sqlite3';
import type { SourceDoc } from '../corpus/types.ts';
import type { Chunk } from './types.ts';

export type Db = Database.Database;

export const SCHEMA_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE docs (id TEXT PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL, entry TEXT NOT NULL, lang TEXT NOT NULL, pages INTEGER NOT NULL, chunks INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE chunks (label INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL, title TEXT NOT NULL, page INTEGER NOT NULL, page_end INTEGER,
  section TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, embed_key TEXT NOT NULL);
CREATE INDEX chunks_doc ON chunks (doc);
CREATE TABLE pages (doc TEXT NOT NULL, page INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (doc, page)) WITHOUT ROWID;
CREATE TABLE lex (term TEXT NOT NULL, field INTEGER NOT NULL, doc TEXT NOT NULL, first INTEGER NOT NULL, postings BLOB NOT NULL);
CREATE TABLE terms (term TEXT PRIMARY KEY, ord INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE vocab (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE stemdf (stem TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE tstats (stem TEXT NOT NULL, kind INTEGER NOT NULL, doc TEXT NOT NULL, first INTEGER NOT NULL, labels BLOB NOT NULL);
`;

// The indexes of the two large tables: a fresh build creates them after its
// last insert (one sort each instead of a B-tree kept up to date through
// hundreds of thousands of inserts in random key order).
export const SCHEMA_INDEXES = `
CREATE INDEX lex_term ON lex (term, field, first);
CREATE INDEX lex_doc ON lex (doc);
CREATE INDEX tstats_stem ON tstats (stem, kind, first);
CREATE INDEX tstats_doc ON tstats (doc);
`;

export const SCHEMA = SCHEMA_TABLES + SCHEMA_INDEXES;

export const STORE_FILE = 'store.sqlite';

/** Int32 view of a blob (copied when the blob is not 4-byte aligned). */
export function int32s(buf: Buffer): Int32Array {
  if (buf.byteOffset % 4 === 0) return new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength >> 2);
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Int32Array(copy.buffer, 0, buf.byteLength >> 2);
}

export const blobOf = (xs: Int32Array | number[]): Buffer => {
  const a = xs instanceof Int32Array ? xs : Int32Array.from(xs);
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
};

interface ChunkRow {
  label: number;
  id: string;
  doc: string;
  title: string;
  page: number;
  page_end: number | null;
  section: string;
  text: string;
  start: number;
  end: number;
}

export function chunkOf(r: ChunkRow): Chunk {
  // same key order as splitIntoChunks, so answers serialise as before
  const c: Chunk = { id: r.id, doc: r.doc, title: r.title, page: r.page, section: r.section, text: r.text, start: r.start, end: r.end };
  if (r.page_end !== null) c.pageEnd = r.page_end;
  return c;
}

/** Lexical field statistics as minisearch keeps them (running averages, in insertion order). */
export interface LexicalFieldStats {
  docCount: number;
  avgFieldLength: [number, number];
}

/** Read access to a store, on demand. One connection, read-only. */
export class StoreReader {
  private readonly chunkStmt;
  private readonly pageStmt;
  private readonly pageChunksStmt;
  private readonly lexStmt;
  private readonly prefixStmt;
  private readonly stemDfStmt;
  private readonly tstatsStmt;
  readonly sources: SourceDoc[];
  readonly lexicalStats: LexicalFieldStats;
  readonly chunkCount: number;
  /** one more than the largest chunk label (size of per-label arrays) */
  readonly labelBound: number;

  constructor(readonly db: Db) {
    this.chunkStmt = db.prepare<[number], ChunkRow>('SELECT * FROM chunks WHERE label = ?');
    this.pageStmt = db.prepare<[string, number], string>('SELECT text FROM pages WHERE doc = ? AND page = ?').pluck();
    this.pageChunksStmt = db.prepare<[string, number], ChunkRow>('SELECT * FROM chunks WHERE doc = ? AND page = ? ORDER BY start');
    this.lexStmt = db.prepare<[string, number], Buffer>('SELECT postings FROM lex WHERE term = ? AND field = ? ORDER BY first').pluck();
    this.prefixStmt = db.prepare<[string, string], string>('SELECT term FROM terms WHERE term >= ? AND term < ? ORDER BY ord').pluck();
    this.stemDfStmt = db.prepare<[string], number>('SELECT n FROM stemdf WHERE stem = ?').pluck();
    this.tstatsStmt = db.prepare<[string, number], Buffer>('SELECT labels FROM tstats WHERE stem = ? AND kind = ? ORDER BY first').pluck();
    this.sources = JSON.parse(this.meta('sources') ?? '[]') as SourceDoc[];
    this.lexicalStats = JSON.parse(this.meta('lexical') ?? '{"docCount":0,"avgFieldLength":[0,0]}') as LexicalFieldStats;
    this.chunkCount = db.prepare<[], number>('SELECT count(*) FROM chunks').pluck().get() ?? 0;
    this.labelBound = (db.prepare<[], number | null>('SELECT max(label) FROM chunks').pluck().get() ?? -1) + 1;
  }

  static open(path: string): StoreReader {
    return new StoreReader(new Database(path, { readonly: true, fileMustExist: true }));
  }

  meta(key: string): string | undefined {
    return this.db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(key);
  }

  chunk(label: number): Chunk | undefined {
    const r = this.chunkStmt.get(label);
    return r ? chunkOf(r) : undefined;
  }

  *allChunks(): IterableIterator<Chunk> {
    for (const r of this.db.prepare<[], ChunkRow>('SELECT * FROM chunks ORDER BY label').iterate()) yield chunkOf(r);
  }

  pageText(doc: string, page: number): string | undefined {
    return this.pageStmt.get(doc, page);
  }

  /** the chunks that start on a page, in the page's order */
  pageChunks(doc: string, page: number): Chunk[] {
    return this.pageChunksStmt.all(doc, page).map(chunkOf);
  }

  vocabulary(): Set<string> {
    return new Set(this.db.prepare<[], string>('SELECT word FROM vocab').pluck().all());
  }

  /** postings blobs of a term in a field (0 text, 1 section), in label order of their first chunk */
  postings(term: string, field: number): Int32Array[] {
    return this.lexStmt.all(term, field).map(int32s);
  }

  /** indexed terms that start with `prefix` (the prefix itself included when indexed), in minisearch's order */
  termsWithPrefix(prefix: string): string[] {
    return this.prefixStmt.all(prefix, `${prefix}\u{10FFFF}`).filter((t) => t.startsWith(prefix));
  }

  stemDf(stem: string): number | undefined {
    return this.stemDfStmt.get(stem);
  }

  /** the answerer's term statistics: stems of chunk texts (kind 0) or headings (kind 1) */
  statStems(kind: 0 | 1): string[] {
    return this.db.prepare<[number], string>('SELECT DISTINCT stem FROM tstats WHERE kind = ?').pluck().all(kind);
  }

  statLabels(stem: string, kind: 0 | 1 | 2 | 3): Int32Array[] {
    return this.tstatsStmt.all(stem, kind).map(int32s);
  }

  /** labels of chunks whose document is in the language */
  labelsOfLanguage(lang: string): number[] {
    return this.db.prepare<[string], number>('SELECT c.label FROM chunks c JOIN docs d ON d.id = c.doc WHERE d.lang = ?').pluck().all(lang);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
