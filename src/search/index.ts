// The index: build (`polderbot ingest`), check, load, and the retriever over it.
//
// index/ holds: manifest.json (written last), store.sqlite (chunks, cleaned
// page texts, sources, lexical postings, term statistics: src/search/store.ts,
// read on demand) and vectors.hnsw (hnswlib, loaded from its file).
// An ingest works on a copy, <indexDir>.tmp-<pid>/, document by document (a
// changed document alone is cleaned, split and indexed again; an unchanged
// one is not touched), and the copy is renamed over index/ at the end, so a
// crash never leaves a half-written index in place. Loading verifies the
// manifest and the checksum of every artefact, once per process.
import { createHash } from 'node:crypto';
import { constants, createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';
import type { Config } from '../config.ts';
import { fileSha256 } from '../corpus/file-sha.ts';
import { SOURCES_FILE, loadSources } from '../corpus/sources.ts';
import { DEFAULT_SPLIT } from '../corpus/split.ts';
import type { SourceDoc } from '../corpus/types.ts';
import { termStatsFromPostings, type TermStats } from '../answer/term-stats.ts';
import { embedInput } from './embed-input.ts';
import { createEmbeddings, type EmbeddingIdentity } from './embeddings.ts';
import type { IndexWriter, StoredDoc } from './index-writer.ts';
import { LexicalIndex } from './lexical.ts';
import {
  ARTEFACTS,
  INDEX_FORMAT_VERSION,
  IndexError,
  MANIFEST_FILE,
  REBUILD_HINT,
  parseManifest,
  type DocumentStats,
  type IndexManifest,
} from './manifest.ts';
import type { PrepareResult, PrepareTask } from './prepare-worker.ts';
import { HybridRetriever } from './retriever.ts';
import { StoreReader } from './store.ts';
import type { Chunk, Retriever } from './types.ts';
import { siblingModule } from '../workers/module-url.ts';
import { escapeRegExp } from '../regexp.ts';

const { HierarchicalNSW } = hnswlib;

export { IndexError } from './manifest.ts';
export type { IndexManifest } from './manifest.ts';

export interface IngestReport {
  documents: number;
  chunks: number;
  embedded: number;
  reused: number;
  skipped: { file: string; reason: string }[];
  durationMs: number;
  /** per document: what happened */
  perDocument: DocumentStats[];
  indexDir: string;
  /** documents cleaned, split and indexed again by this ingest (0: the index was already up to date and not rewritten) */
  reindexed: number;
}

export interface SearchIndex {
  sources: SourceDoc[];
  manifest: IndexManifest;
  /** number of chunks (passages) in the index */
  chunkCount: number;
  /** every chunk, read from the store one at a time (for reports over the whole corpus) */
  allChunks(): IterableIterator<Chunk>;
  /** cleaned text of a page (what chunk offsets point into), to check a quote is on its page */
  pageText(doc: string, page: number): string | undefined;
  /** the chunks that start on a page, in order (what lies around a quote) */
  pageChunks(doc: string, page: number): Chunk[];
  retriever: Retriever;
  /** the corpus's content words (stored with the lexical index): what compounds split into and typos are corrected to */
  vocabulary: ReadonlySet<string>;
  /** document frequencies of stems over the chunks, computed at ingest (src/answer/term-stats.ts) */
  termStats: TermStats;
  close(): void;
}

export type IndexState = 'ok' | 'missing' | 'stale' | 'mismatch' | 'corrupt';

export { embedInput };


const embedKey = (id: EmbeddingIdentity, input: string) =>
  createHash('sha1').update(`${id.provider}\0${id.model}\0${input}`).digest('hex');

// sha256 of a file in a worker thread: the artefacts are hashed at the same
// time (on two cores), and this thread stays free meanwhile
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hash = createHash('sha256');
require('node:fs').createReadStream(workerData, { highWaterMark: 4 << 20 })
  .on('data', (d) => hash.update(d))
  .on('error', (e) => parentPort.postMessage({ error: String(e) }))
  .on('end', () => parentPort.postMessage({ hex: hash.digest('hex') }));
`;
export function sha256InWorker(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const w = new Worker(HASH_WORKER, { eval: true, workerData: path });
    w.once('message', (m: { hex?: string; error?: string }) => {
      void w.terminate();
      if (m.hex) resolve(m.hex);
      else reject(new Error(m.error));
    });
    w.once('error', reject);
  });
}

/** sha256 of an artefact of `bytes` bytes: a large one in a worker thread (so several hash side by side), a small one here (a worker costs ~30 ms to start). */
function artefactSha256(path: string, bytes: number): Promise<string> {
  return (bytes > 64 << 20 ? sha256InWorker : streamSha256)(path);
}

/** sha256 of a file, streamed (an artefact can be larger than a Buffer should be). */
function streamSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 4 << 20 })
      .on('data', (d) => hash.update(d))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

// what the last full check found (the signature below), kept in the index directory for the next process
const VERIFIED_FILE = '.verified';

// artefacts verified in this process: dir → what was verified (manifest text and each file's size and mtime)
const verified = new Map<string, string>();

/** What a verification vouches for: the manifest's text and each artefact's size, mtime and inode. */
const signatureOf = (manifestText: string, names: string[], stats: Stats[]) =>
  [manifestText, ...names.map((name, i) => `${name}:${stats[i]!.size}:${stats[i]!.mtimeMs}:${stats[i]!.ino}`)].join('\n');

/** Reads and verifies the manifest and every artefact's checksum (once per process while nothing changes). Throws IndexError. */
async function readVerified(indexDir: string, checksums = true): Promise<IndexManifest> {
  const mPath = join(indexDir, MANIFEST_FILE);
  if (!existsSync(indexDir) || (await isEmptyDir(indexDir))) {
    throw new IndexError(`No index in ${indexDir}. Build it with \`polderbot ingest\`.`, 'missing');
  }
  let text: string;
  try {
    text = await readFile(mPath, 'utf8');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'has no manifest.json (half-written?)' : 'has an unreadable manifest.json';
    throw new IndexError(`The index in ${indexDir} ${why}. ${REBUILD_HINT}`, 'corrupt');
  }
  const read = parseManifest(text);
  if (!read.ok && read.format !== undefined) {
    throw new IndexError(`The index in ${indexDir} has format ${read.format}, this polderbot reads ${INDEX_FORMAT_VERSION}. ${REBUILD_HINT}`, 'stale');
  }
  if (!read.ok) throw new IndexError(`The index in ${indexDir} has an unreadable manifest.json (${read.problem}). ${REBUILD_HINT}`, 'corrupt');
  const manifest = read.manifest;
  const names = Object.values(ARTEFACTS);
  const stats = await Promise.all(names.map((name) => stat(join(indexDir, name)).catch(() => undefined)));
  names.forEach((name, i) => {
    if (!stats[i]) throw new IndexError(`The index in ${indexDir} is incomplete: ${name} is missing. ${REBUILD_HINT}`, 'corrupt');
  });
  const signature = signatureOf(text, names, stats as Stats[]);
  const corrupt = (name: string) => new IndexError(`The index in ${indexDir} is corrupt: ${name} does not match its checksum in manifest.json. ${REBUILD_HINT}`, 'corrupt');
  names.forEach((name, i) => {
    const want = manifest.artefacts?.[name];
    if (!want || want.bytes !== stats[i]!.size) throw corrupt(name);
  });
  if (verified.get(indexDir) === signature || !checksums) return manifest;
  // verified by an earlier process, and no file changed since (same size, mtime and inode): not hashed again
  // (1.6 GB at 50,000 pages were most of a start)
  const stampPath = join(indexDir, VERIFIED_FILE);
  if ((await readFile(stampPath, 'utf8').catch(() => undefined)) === signature) {
    verified.set(indexDir, signature);
    return manifest;
  }
  const sums = await Promise.all(names.map((name, i) => artefactSha256(join(indexDir, name), stats[i]!.size)));
  names.forEach((name, i) => {
    if (sums[i] !== manifest.artefacts[name]!.sha256) throw corrupt(name);
  });
  verified.set(indexDir, signature);
  // written whole or not at all; a read-only index is simply verified again next time
  const tmp = `${stampPath}.${process.pid}.tmp`;
  await writeFile(tmp, signature)
    .then(() => rename(tmp, stampPath))
    .catch(() => rm(tmp, { force: true }).catch(() => undefined));
  return manifest;
}

async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).filter((f) => !f.startsWith('.')).length === 0;
  } catch {
    return true;
  }
}

function providerMismatch(manifest: IndexManifest, config: Config): string | null {
  const want = config.embeddings;
  const have = manifest.embedding;
  if (have.provider !== want) return `the index was built with ${have.provider} embeddings (${have.model}), the configuration asks for ${want} (POLDERBOT_EMBEDDINGS)`;
  if (want === 'openai' && have.model !== config.openai.embeddingsModel) {
    return `the index was built with ${have.model}, the configuration asks for ${config.openai.embeddingsModel} (OPENAI_EMBEDDINGS_MODEL)`;
  }
  return null;
}

/** Why the corpus differs from what the index was built from, or null. */
async function staleness(manifest: IndexManifest, config: Config): Promise<string | null> {
  // chunks cut with other settings rank differently: rebuild rather than serve them
  // (a change to cleaning or sections must raise INDEX_FORMAT_VERSION instead)
  if (JSON.stringify(manifest.split) !== JSON.stringify(DEFAULT_SPLIT)) return 'the index was split with other chunk settings';
  const srcSha = await fileSha256(join(config.corpusDir, SOURCES_FILE));
  if (srcSha !== manifest.sources.sha256) return `${SOURCES_FILE} changed since the index was built`;
  // sources.yml is the text the index was built from, so its documents with a
  // file are manifest.files, in the same order: only their files can have
  // changed (it is not parsed again at every start)
  for (const rec of Object.values(manifest.files ?? {})) {
    const now = await fileSha256(join(config.corpusDir, rec.file));
    if (now !== rec.sha256) return `${rec.file} changed since the index was built`;
  }
  return null;
}

/** ok | missing | stale (corpus changed) | mismatch (other embedding provider) | corrupt. */
export async function indexStatus(config: Config): Promise<{ state: IndexState; reason: string }> {
  let manifest: IndexManifest;
  try {
    manifest = await readVerified(config.indexDir);
  } catch (err) {
    if (err instanceof IndexError) return { state: err.state, reason: err.message };
    throw err;
  }
  const mismatch = providerMismatch(manifest, config);
  if (mismatch) return { state: 'mismatch', reason: `${mismatch}. ${REBUILD_HINT}` };
  const stale = await staleness(manifest, config);
  if (stale) return { state: 'stale', reason: `${stale}. Update it with \`polderbot ingest\`.` };
  return { state: 'ok', reason: `index of ${manifest.chunkCount} chunks built ${manifest.builtAt}` };
}

/**
 * Loads a verified index. Throws IndexError (with how to rebuild) when missing,
 * corrupt or built with other embeddings. The vectors are read from their file
 * at the first search (a process that only hands questions to answer workers
 * never reads them). `checksums: false`: sizes only, for a worker thread whose
 * parent has just verified the same files.
 */
export async function loadIndex(config: Config, opts: { checksums?: boolean } = {}): Promise<SearchIndex> {
  const manifest = await readVerified(config.indexDir, opts.checksums ?? true);
  const mismatch = providerMismatch(manifest, config);
  if (mismatch) throw new IndexError(`Cannot use the index in ${config.indexDir}: ${mismatch}. ${REBUILD_HINT}`, 'mismatch');
  let store: StoreReader;
  const vectors = new HierarchicalNSW('cosine', Math.max(1, manifest.embedding.dims));
  try {
    store = StoreReader.open(join(config.indexDir, ARTEFACTS.store));
  } catch (err) {
    throw new IndexError(`The index in ${config.indexDir} cannot be read (${(err as Error).message}). ${REBUILD_HINT}`, 'corrupt');
  }
  let vocabulary: Set<string>;
  try {
    vocabulary = store.vocabulary();
  } catch (err) {
    store.close();
    throw new IndexError(`The index in ${config.indexDir} cannot be read (${(err as Error).message}). ${REBUILD_HINT}`, 'corrupt');
  }
  if (store.chunkCount !== manifest.chunkCount) {
    store.close();
    throw new IndexError(`The index in ${config.indexDir} is inconsistent (chunk count). ${REBUILD_HINT}`, 'corrupt');
  }
  const lexical = new LexicalIndex(store, vocabulary);
  let vectorsRead = false;
  const readVectors = () => {
    if (!store.chunkCount) return undefined;
    if (!vectorsRead) {
      try {
        vectors.readIndexSync(join(config.indexDir, ARTEFACTS.hnsw));
      } catch (err) {
        throw new IndexError(`The index in ${config.indexDir} cannot be read (${(err as Error).message}). ${REBUILD_HINT}`, 'corrupt');
      }
      vectorsRead = true;
    }
    return vectors;
  };
  const pageText = (doc: string, page: number) => store.pageText(doc, page);
  const { embeddings } = await createEmbeddings(config);
  const english = new Set(store.labelsOfLanguage('en'));
  const termStats = termStatsFromPostings({
    n: store.chunkCount,
    labelBound: store.labelBound,
    english,
    stems: (kind) => store.statStems(kind),
    labels: (stem, kind) => store.statLabels(stem, kind),
  });
  return {
    sources: store.sources,
    manifest,
    chunkCount: store.chunkCount,
    allChunks: () => store.allChunks(),
    pageText,
    pageChunks: (doc, page) => store.pageChunks(doc, page),
    retriever: new HybridRetriever({ chunk: (label) => store.chunk(label), chunkCount: store.chunkCount, lexical, vectors: readVectors, embeddings, pageText }),
    vocabulary,
    termStats,
    close: () => store.close(),
  };
}

/** A retriever over a loaded index (the same object as index.retriever). */
export function createRetriever(index: SearchIndex, _config?: Config): Retriever {
  return index.retriever;
}

/** The previous index when it is intact, of this format and split, and used the same embeddings; else undefined. */
async function usablePrevious(config: Config, identity: EmbeddingIdentity): Promise<IndexManifest | undefined> {
  try {
    const manifest = await readVerified(config.indexDir);
    if (manifest.embedding.provider !== identity.provider || manifest.embedding.model !== identity.model) return undefined;
    if (JSON.stringify(manifest.split) !== JSON.stringify(DEFAULT_SPLIT)) return undefined;
    return manifest;
  } catch {
    return undefined;
  }
}

/**
 * Builds or updates the index from corpus/sources.yml, document by document:
 * a document whose file and sources.yml entry are unchanged is not touched;
 * a changed one is removed and added again (its unchanged chunks keep their
 * vectors); a removed one is deleted. With nothing changed the index is not
 * rewritten. `force`: build everything anew.
 */
export async function buildIndex(
  config: Config,
  opts: {
    force?: boolean;
    log?: (line: string) => void;
    /** clean, split and embed in a worker thread (local embeddings), and build a fresh index's vector graph in another, while this one writes the store (default: 8+ documents to index) */
    worker?: boolean;
  } = {},
): Promise<IngestReport> {
  const t0 = performance.now();
  const log = opts.log ?? (() => undefined);
  // the writing side, loaded only here: answering never loads it
  const [{ entryKey, IndexWriter }, { prepareDocument }, { LoadError }] = await Promise.all([
    import('./index-writer.ts'),
    import('../corpus/prepare.ts'),
    import('../corpus/load.ts'),
  ]);
  const sources = await loadSources(config.corpusDir);
  const srcSha = (await fileSha256(join(config.corpusDir, SOURCES_FILE)))!;
  const provider = await createEmbeddings(config);
  const identity = { ...provider.identity };
  await removeLeftovers(config.indexDir, log);
  const prev = opts.force ? undefined : await usablePrevious(config, identity);
  let prevDocs = new Map<string, StoredDoc>();
  if (prev) {
    identity.dims = prev.embedding.dims;
    const reader = StoreReader.open(join(config.indexDir, ARTEFACTS.store));
    try {
      prevDocs = new Map(reader.db.prepare<[], StoredDoc>('SELECT * FROM docs').all().map((d) => [d.id, d]));
    } finally {
      reader.close();
    }
  }
  const prevStats = new Map((prev?.documents ?? []).map((d) => [d.id, d]));
  const prevSkipped = new Map((prev?.skipped ?? []).map((s) => [s.file, s]));

  // what changed: a document is kept when its file's checksum and its sources.yml entry are the same
  const files: IndexManifest['files'] = {};
  const plan: { doc: SourceDoc; keep: boolean; skippedBefore?: { file: string; reason: string } }[] = [];
  for (const doc of sources) {
    if (!doc.file) continue;
    const sha = await fileSha256(join(config.corpusDir, doc.file));
    files[doc.id] = { file: doc.file, sha256: sha };
    const was = prevDocs.get(doc.id);
    const keep = !!was && was.file === doc.file && was.sha256 === sha && was.entry === entryKey(doc) && prevStats.has(doc.id);
    // a file skipped before (unreadable, unsupported) is tried again only when it or sources.yml changed
    const skippedBefore =
      !was && prev && prev.sources.sha256 === srcSha && prev.files[doc.id]?.sha256 === sha && prevSkipped.has(doc.file) ? prevSkipped.get(doc.file) : undefined;
    plan.push({ doc, keep, skippedBefore });
  }
  const current = new Set(plan.map((p) => p.doc.id));
  const removed = [...prevDocs.keys()].filter((id) => !current.has(id));
  const changes = plan.filter((p) => !p.keep && !p.skippedBefore).length + removed.length;

  const perDocument: DocumentStats[] = [];
  const skipped: { file: string; reason: string }[] = [];
  let embedded = 0;
  let chunkTotal = 0;
  const logDoc = (s: DocumentStats) => log(`  ${s.status.padEnd(13)} ${s.file}: ${s.pages} pages, ${s.chunks} chunks (${s.embedded} embedded, ${s.reused} reused)`);
  const logPlan = (p: (typeof plan)[number]) => {
    if (p.keep) {
      const s = { ...prevStats.get(p.doc.id)!, embedded: 0, reused: prevStats.get(p.doc.id)!.chunks, status: 'reused' as const };
      perDocument.push(s);
      chunkTotal += s.chunks;
      logDoc(s);
      return true;
    }
    if (p.skippedBefore) {
      skipped.push(p.skippedBefore);
      log(`  ${'skipped'.padEnd(13)} ${p.doc.file}: ${p.skippedBefore.reason}`);
      return true;
    }
    return false;
  };

  if (prev && changes === 0 && prev.sources.sha256 === srcSha) {
    // nothing to do: the index stays as it is (not rewritten)
    for (const doc of sources) if (!doc.file) log(`  metadata only ${doc.id} (no file)`);
    for (const p of plan) logPlan(p);
    return { documents: perDocument.length, chunks: chunkTotal, embedded: 0, reused: chunkTotal, skipped, durationMs: Math.round(performance.now() - t0), perDocument, indexDir: config.indexDir, reindexed: 0 };
  }

  const tmp = `${config.indexDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const storePath = join(tmp, ARTEFACTS.store);
  const hnswPath = join(tmp, ARTEFACTS.hnsw);
  let writer: IndexWriter | undefined;
  const toIndex = plan.filter((p) => !p.keep && !p.skippedBefore).map((p) => p.doc);
  const parallel = opts.worker ?? toIndex.length >= 8;
  const preparer = parallel && config.embeddings === 'local' ? await workerPreparer(config.corpusDir, toIndex) : undefined;
  try {
    if (prev) {
      // work on a copy of the live index (a reflink where the file system has them)
      await copyFile(join(config.indexDir, ARTEFACTS.store), storePath, constants.COPYFILE_FICLONE);
      await copyFile(join(config.indexDir, ARTEFACTS.hnsw), hnswPath, constants.COPYFILE_FICLONE);
      writer = IndexWriter.open(storePath, hnswPath, identity.dims);
    } else {
      writer = IndexWriter.create(storePath, identity.dims, { graphWorker: parallel });
    }
    for (const id of removed) {
      writer.removeDocument(id);
      log(`  removed       ${prevDocs.get(id)!.file}`);
    }
    let reindexed = 0;
    const BATCH = config.embeddings === 'openai' ? 128 : 1024;
    for (const doc of sources) {
      if (!doc.file) {
        log(`  metadata only ${doc.id} (no file)`);
        continue;
      }
      const p = plan.find((x) => x.doc === doc)!;
      if (logPlan(p)) continue;
      const reusable = prevDocs.has(doc.id) ? writer.removeDocument(doc.id) : new Map<string, number[]>();
      let prepared: { sha256: string; pages: { page: number; text: string }[]; chunks: Chunk[]; vectors?: Float32Array[] };
      try {
        prepared = preparer ? await preparer.get(doc) : await prepareDocument(config.corpusDir, doc, DEFAULT_SPLIT);
      } catch (err) {
        const reason = err instanceof LoadError ? err.message : `unexpected error: ${(err as Error).message}`;
        skipped.push({ file: doc.file, reason });
        log(`  ${'skipped'.padEnd(13)} ${doc.file}: ${reason}`);
        continue;
      }
      reindexed++;
      const inputs = prepared.chunks.map(embedInput);
      const keys = inputs.map((t) => embedKey(identity, t));
      const vectors: (ArrayLike<number> | undefined)[] = keys.map((k) => reusable.get(k));
      const todo = vectors.map((v, i) => (v ? -1 : i)).filter((i) => i >= 0);
      if (prepared.vectors) {
        // embedded by the worker already
        for (const i of todo) vectors[i] = prepared.vectors[i];
      } else {
        for (let b = 0; b < todo.length; b += BATCH) {
          const idx = todo.slice(b, b + BATCH);
          const out = await provider.embeddings.embedDocuments(idx.map((i) => inputs[i]!));
          idx.forEach((i, j) => (vectors[i] = Float32Array.from(out[j]!)));
        }
      }
      const dims = identity.dims || vectors[0]?.length || 0;
      if (vectors.some((v) => v!.length !== dims)) throw new Error('Embedding dimensions differ between chunks; rebuild with --force.');
      identity.dims = dims;
      const n = prepared.chunks.length;
      writer.addDocument(
        { id: doc.id, file: doc.file, sha256: prepared.sha256, entry: entryKey(doc), lang: doc.language === 'en' ? 'en' : 'nl', pages: prepared.pages.length, chunks: n },
        prepared.chunks,
        prepared.pages,
        vectors as ArrayLike<number>[],
        keys,
      );
      await writer.backlog();
      embedded += todo.length;
      chunkTotal += n;
      const reused = n - todo.length;
      const status = todo.length === 0 && n > 0 ? 'reused' : reused > 0 ? 'partly reused' : 'embedded';
      const stats: DocumentStats = { id: doc.id, file: doc.file, sha256: prepared.sha256, pages: prepared.pages.length, chunks: n, embedded: todo.length, reused, status };
      perDocument.push(stats);
      logDoc(stats);
    }
    identity.dims = (await writer.finish(sources, hnswPath)) || identity.dims;
    writer = undefined;
    // checksums as loading verifies them
    const artefacts: IndexManifest['artefacts'] = {};
    const names = Object.values(ARTEFACTS);
    const stats = await Promise.all(names.map((name) => stat(join(tmp, name))));
    const sums = await Promise.all(names.map((name, i) => artefactSha256(join(tmp, name), stats[i]!.size)));
    names.forEach((name, i) => (artefacts[name] = { sha256: sums[i]!, bytes: stats[i]!.size }));
    const durationMs = Math.round(performance.now() - t0);
    const manifest: IndexManifest = {
      formatVersion: INDEX_FORMAT_VERSION,
      builtAt: new Date().toISOString(),
      buildMs: durationMs,
      embedding: identity,
      split: DEFAULT_SPLIT,
      sources: { file: SOURCES_FILE, sha256: srcSha },
      files,
      documents: perDocument,
      skipped,
      chunkCount: chunkTotal,
      artefacts,
    };
    const manifestText = JSON.stringify(manifest, null, 2);
    await writeFile(join(tmp, MANIFEST_FILE), manifestText);
    // the files were just hashed: the first start after this ingest need not hash them again
    // (moving the directory into place keeps their mtimes and inodes)
    await writeFile(join(tmp, VERIFIED_FILE), signatureOf(manifestText, names, stats));
    await swapInto(tmp, config.indexDir);
    return {
      documents: perDocument.length,
      chunks: chunkTotal,
      embedded,
      reused: chunkTotal - embedded,
      skipped,
      durationMs: Math.round(performance.now() - t0),
      perDocument,
      indexDir: config.indexDir,
      reindexed,
    };
  } catch (err) {
    writer?.abort();
    await rm(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    await preparer?.close();
  }
}

/**
 * Cleans, splits and embeds the documents in a worker thread, a few ahead of
 * the one the caller asks for (in order), so the two cores overlap.
 */
async function workerPreparer(corpusDir: string, docs: SourceDoc[], ahead = 2) {
  const [{ Piscina }, { LoadError }] = await Promise.all([import('piscina'), import('../corpus/load.ts')]);
  const pool = new Piscina({
    filename: new URL('../workers/entry.mjs', import.meta.url).href,
    workerData: { module: siblingModule('./prepare-worker', import.meta.url) },
    minThreads: 1,
    maxThreads: 1,
  });
  const pending = new Map<string, Promise<PrepareResult>>();
  let next = 0;
  const submit = () => {
    while (next < docs.length && pending.size <= ahead) {
      const doc = docs[next++]!;
      const task: PrepareTask = { corpusDir, doc, split: DEFAULT_SPLIT, embed: true };
      const run = pool.run(task) as Promise<PrepareResult>;
      run.catch(() => undefined);
      pending.set(doc.id, run);
    }
  };
  return {
    async get(doc: SourceDoc) {
      submit();
      const run = pending.get(doc.id);
      if (!run) throw new Error(`internal: ${doc.id} was not submitted to the ingest worker`);
      pending.delete(doc.id);
      const r = await run;
      submit();
      if (!r.ok) throw r.loadError ? new LoadError(r.message) : new Error(r.message);
      return r;
    },
    close: () => pool.destroy(),
  };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed ingests left next to `dir`: `<dir>.tmp-<pid>` and
 * `<dir>.old-<pid>` folders whose process is gone. An ingest killed between
 * its two renames leaves only `<dir>.old-<pid>`: that one is put back.
 * Folders of a running ingest (another live pid) are left alone.
 */
export async function removeLeftovers(dir: string, log: (line: string) => void = () => undefined): Promise<string[]> {
  const parent = dirname(dir);
  const base = basename(dir);
  const re = new RegExp(`^${escapeRegExp(base)}\\.(tmp|old)-(\\d+)$`);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    const m = re.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || processAlive(pid)) continue;
    const path = join(parent, name);
    if (m[1] === 'old' && !(await stat(dir).then(() => true, () => false))) {
      await rename(path, dir).catch(() => undefined);
      log(`  restored ${name} as ${base} (left by a killed ingest)`);
      continue;
    }
    await rm(path, { recursive: true, force: true });
    removed.push(name);
    log(`  removed ${name} (left by a killed ingest)`);
  }
  return removed;
}

/** Replaces `dir` by `tmp`: the previous index stays until the rename. */
async function swapInto(tmp: string, dir: string): Promise<void> {
  const old = `${dir}.old-${process.pid}`;
  let hadOld = false;
  try {
    await stat(dir);
    await rm(old, { recursive: true, force: true });
    await rename(dir, old);
    hadOld = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    await rename(tmp, dir);
  } catch (err) {
    if (hadOld) await rename(old, dir).catch(() => undefined);
    throw err;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** For the terminal start: load the index if it is ok, else (re)build it first, then load. */
export async function ensureIndex(config: Config, opts: { log?: (line: string) => void } = {}): Promise<SearchIndex> {
  const log = opts.log ?? (() => undefined);
  const status = await indexStatus(config);
  if (status.state === 'ok') return loadIndex(config);
  log(status.state === 'missing' ? 'No index yet: building it…' : `Index ${status.state}: ${status.reason.split('. ')[0]}. Rebuilding…`);
  const report = await buildIndex(config, { force: status.state === 'corrupt' || status.state === 'mismatch', log });
  log(`Index built: ${report.documents} documents, ${report.chunks} chunks in ${report.durationMs} ms.`);
  return loadIndex(config);
}
