// The index: build (`polderbot ingest`), check, load, and the retriever over it.
//
// index/ holds: manifest.json (written last), chunks.json (chunks, cleaned
// page texts, sources), vectors.f32 (raw vectors, chunk order, for reuse),
// vectors.hnsw (hnswlib), lexical.json (minisearch + compound vocabulary).
// A build goes to <indexDir>.tmp-<pid>/ and is renamed over index/ at the end,
// so a crash never leaves a half-written index in place. Loading verifies the
// manifest and the checksum of every artefact.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { LoadError } from '../corpus/load.ts';
import { fileSha256, prepareDocument, type PreparedDocument } from '../corpus/prepare.ts';
import { SOURCES_FILE, SourceDocSchema, loadSources } from '../corpus/sources.ts';
import { DEFAULT_SPLIT } from '../corpus/split.ts';
import type { SourceDoc } from '../corpus/types.ts';
import { createEmbeddings, type EmbeddingIdentity } from './embeddings.ts';
import { LexicalIndex } from './lexical.ts';
import {
  ARTEFACTS,
  INDEX_FORMAT_VERSION,
  IndexError,
  MANIFEST_FILE,
  REBUILD_HINT,
  parseManifest,
  sha256,
  zodProblem,
  type DocumentStats,
  type IndexManifest,
} from './manifest.ts';
import { HybridRetriever } from './retriever.ts';
import type { Chunk, Retriever } from './types.ts';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

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
}

export interface SearchIndex {
  chunks: Chunk[];
  sources: SourceDoc[];
  manifest: IndexManifest;
  /** cleaned text of a page (what chunk offsets point into), to check a quote is on its page */
  pageText(doc: string, page: number): string | undefined;
  retriever: Retriever;
  /** the corpus's content words (stored with the lexical index): what compounds split into and typos are corrected to */
  vocabulary: ReadonlySet<string>;
}

export type IndexState = 'ok' | 'missing' | 'stale' | 'mismatch' | 'corrupt';

interface ChunksFile {
  sources: SourceDoc[];
  chunks: Chunk[];
  pages: { doc: string; page: number; text: string }[];
  /** per chunk: hash of the embedded text and embedding model, for reuse */
  embedKeys: string[];
}

/** The text embedded for a chunk: its innermost heading, then its text. */
export function embedInput(c: Chunk): string {
  const heading = c.section.split(' › ').pop() ?? '';
  return heading ? `${heading}\n${c.text}` : c.text;
}

const embedKey = (id: EmbeddingIdentity, input: string) =>
  createHash('sha1').update(`${id.provider}\0${id.model}\0${input}`).digest('hex');

const ChunkSchema = z.object({
  id: z.string(),
  doc: z.string(),
  title: z.string(),
  page: z.number(),
  pageEnd: z.number().optional(),
  section: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
});

/** chunks.json as written by buildIndex; typed against ChunksFile so the two cannot drift. */
const ChunksFileSchema: z.ZodType<ChunksFile, z.ZodTypeDef, unknown> = z.object({
  sources: z.array(SourceDocSchema),
  chunks: z.array(ChunkSchema),
  pages: z.array(z.object({ doc: z.string(), page: z.number(), text: z.string() })),
  embedKeys: z.array(z.string()),
});

/** Parses and validates chunks.json; throws with the bad fields. */
function parseChunksFile(data: Buffer): ChunksFile {
  const parsed = ChunksFileSchema.safeParse(JSON.parse(data.toString('utf8')));
  if (!parsed.success) throw new Error(`${ARTEFACTS.chunks}: ${zodProblem(parsed.error)}`);
  return parsed.data;
}

/** Reads and verifies the manifest and every artefact's checksum. Throws IndexError. */
async function readVerified(indexDir: string): Promise<{ manifest: IndexManifest; files: Record<string, Buffer> }> {
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
  const files: Record<string, Buffer> = {};
  for (const name of Object.values(ARTEFACTS)) {
    const want = manifest.artefacts?.[name];
    let data: Buffer;
    try {
      data = await readFile(join(indexDir, name));
    } catch {
      throw new IndexError(`The index in ${indexDir} is incomplete: ${name} is missing. ${REBUILD_HINT}`, 'corrupt');
    }
    if (!want || want.bytes !== data.length || want.sha256 !== sha256(data)) {
      throw new IndexError(`The index in ${indexDir} is corrupt: ${name} does not match its checksum in manifest.json. ${REBUILD_HINT}`, 'corrupt');
    }
    files[name] = data;
  }
  return { manifest, files };
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
  let sources: SourceDoc[];
  try {
    sources = await loadSources(config.corpusDir);
  } catch (err) {
    return (err as Error).message;
  }
  const withFile = sources.filter((s) => s.file);
  const known = manifest.files ?? {};
  if (withFile.length !== Object.keys(known).length) return 'documents were added to or removed from the corpus';
  for (const s of withFile) {
    const rec = known[s.id];
    if (!rec || rec.file !== s.file) return `${s.file} is new in the corpus`;
    const now = await fileSha256(join(config.corpusDir, s.file!));
    if (now !== rec.sha256) return `${s.file} changed since the index was built`;
  }
  return null;
}

/** ok | missing | stale (corpus changed) | mismatch (other embedding provider) | corrupt. */
export async function indexStatus(config: Config): Promise<{ state: IndexState; reason: string }> {
  let manifest: IndexManifest;
  try {
    ({ manifest } = await readVerified(config.indexDir));
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

/** Loads a verified index. Throws IndexError (with how to rebuild) when missing, corrupt or built with other embeddings. */
export async function loadIndex(config: Config): Promise<SearchIndex> {
  const { manifest, files } = await readVerified(config.indexDir);
  const mismatch = providerMismatch(manifest, config);
  if (mismatch) throw new IndexError(`Cannot use the index in ${config.indexDir}: ${mismatch}. ${REBUILD_HINT}`, 'mismatch');
  let data: ChunksFile;
  let lexical: LexicalIndex;
  const vectors = new HierarchicalNSW('cosine', Math.max(1, manifest.embedding.dims));
  try {
    data = parseChunksFile(files[ARTEFACTS.chunks]);
    lexical = LexicalIndex.fromJSON(files[ARTEFACTS.lexical].toString('utf8'));
    vectors.readIndexSync(join(config.indexDir, ARTEFACTS.hnsw));
  } catch (err) {
    throw new IndexError(`The index in ${config.indexDir} cannot be read (${(err as Error).message}). ${REBUILD_HINT}`, 'corrupt');
  }
  if (data.chunks.length !== manifest.chunkCount) {
    throw new IndexError(`The index in ${config.indexDir} is inconsistent (chunk count). ${REBUILD_HINT}`, 'corrupt');
  }
  const pages = new Map(data.pages.map((p) => [`${p.doc}\0${p.page}`, p.text]));
  const pageText = (doc: string, page: number) => pages.get(`${doc}\0${page}`);
  const { embeddings } = await createEmbeddings(config);
  const index: SearchIndex = {
    chunks: data.chunks,
    sources: data.sources,
    manifest,
    pageText,
    retriever: new HybridRetriever({ chunks: data.chunks, lexical, vectors, embeddings, pageText }),
    vocabulary: lexical.vocabulary,
  };
  return index;
}

/** A retriever over a loaded index (the same object as index.retriever). */
export function createRetriever(index: SearchIndex, _config?: Config): Retriever {
  return index.retriever;
}

/** Previous vectors by embed key, when the previous index is intact and used the same embeddings. */
async function previousVectors(config: Config, identity: EmbeddingIdentity): Promise<Map<string, Float32Array>> {
  const out = new Map<string, Float32Array>();
  try {
    const { manifest, files } = await readVerified(config.indexDir);
    if (manifest.embedding.provider !== identity.provider || manifest.embedding.model !== identity.model) return out;
    const data = parseChunksFile(files[ARTEFACTS.chunks]);
    const buf = files[ARTEFACTS.vectors];
    const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    const dims = manifest.embedding.dims;
    data.embedKeys.forEach((key, i) => out.set(key, all.slice(i * dims, (i + 1) * dims)));
  } catch {
    /* no usable previous index: embed everything */
  }
  return out;
}

/** Builds (or updates) the index from corpus/sources.yml. Unchanged chunks keep their vectors. */
export async function buildIndex(config: Config, opts: { force?: boolean; log?: (line: string) => void } = {}): Promise<IngestReport> {
  const t0 = performance.now();
  const log = opts.log ?? (() => undefined);
  const sources = await loadSources(config.corpusDir);
  const srcSha = (await fileSha256(join(config.corpusDir, SOURCES_FILE)))!;
  const provider = await createEmbeddings(config);
  const identity = { ...provider.identity };
  const previous = opts.force ? new Map<string, Float32Array>() : await previousVectors(config, identity);

  const prepared: PreparedDocument[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const files: IndexManifest['files'] = {};
  for (const doc of sources) {
    if (!doc.file) {
      log(`  metadata only ${doc.id} (no file)`);
      continue;
    }
    files[doc.id] = { file: doc.file, sha256: await fileSha256(join(config.corpusDir, doc.file)) };
    try {
      prepared.push(await prepareDocument(config.corpusDir, doc, DEFAULT_SPLIT));
    } catch (err) {
      const reason = err instanceof LoadError ? err.message : `unexpected error: ${(err as Error).message}`;
      skipped.push({ file: doc.file, reason });
      log(`  ${'skipped'.padEnd(13)} ${doc.file}: ${reason}`);
    }
  }

  const chunks = prepared.flatMap((p) => p.chunks);
  const inputs = chunks.map(embedInput);
  const keys = inputs.map((t) => embedKey(identity, t));
  const vectors: (Float32Array | undefined)[] = keys.map((k) => previous.get(k));
  const todo = vectors.map((v, i) => (v ? -1 : i)).filter((i) => i >= 0);
  const BATCH = config.embeddings === 'openai' ? 128 : 1024;
  for (let b = 0; b < todo.length; b += BATCH) {
    const idx = todo.slice(b, b + BATCH);
    const out = await provider.embeddings.embedDocuments(idx.map((i) => inputs[i]));
    idx.forEach((i, j) => (vectors[i] = Float32Array.from(out[j])));
  }
  const dims = vectors[0]?.length ?? identity.dims ?? 0;
  if (vectors.some((v) => v!.length !== dims)) throw new Error('Embedding dimensions differ between chunks; rebuild with --force.');
  identity.dims = dims || identity.dims;

  const todoSet = new Set(todo);
  let offset = 0;
  const perDocument: DocumentStats[] = prepared.map((p) => {
    const n = p.chunks.length;
    let embedded = 0;
    for (let i = offset; i < offset + n; i++) if (todoSet.has(i)) embedded++;
    offset += n;
    const reused = n - embedded;
    const status = embedded === 0 && n > 0 ? 'reused' : reused > 0 ? 'partly reused' : 'embedded';
    const stats: DocumentStats = { id: p.doc.id, file: p.doc.file!, sha256: p.sha256, pages: p.pages.length, chunks: n, embedded, reused, status };
    log(`  ${status.padEnd(13)} ${p.doc.file}: ${p.pages.length} pages, ${n} chunks (${embedded} embedded, ${reused} reused)`);
    return stats;
  });

  // artefacts
  const flat = new Float32Array(chunks.length * Math.max(dims, 1));
  vectors.forEach((v, i) => flat.set(v!, i * dims));
  const hnsw = new HierarchicalNSW('cosine', Math.max(1, identity.dims));
  hnsw.initIndex({ maxElements: Math.max(1, chunks.length), m: 16, efConstruction: 200, randomSeed: 42 });
  vectors.forEach((v, i) => hnsw.addPoint(Array.from(v!), i));
  const lexical = LexicalIndex.build(chunks.map((c) => ({ id: c.id, text: c.text, section: c.section })));
  const chunksFile: ChunksFile = {
    sources,
    chunks,
    pages: prepared.flatMap((p) => p.pages.map((pg) => ({ doc: p.doc.id, page: pg.page, text: pg.text }))),
    embedKeys: keys,
  };

  await removeLeftovers(config.indexDir, log);
  const tmp = `${config.indexDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const artefacts: IndexManifest['artefacts'] = {};
  const put = async (name: string, data: string | Uint8Array) => {
    await writeFile(join(tmp, name), data);
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    artefacts[name] = { sha256: sha256(data), bytes };
  };
  try {
    await put(ARTEFACTS.chunks, JSON.stringify(chunksFile));
    await put(ARTEFACTS.vectors, new Uint8Array(flat.buffer, flat.byteOffset, flat.byteLength));
    await put(ARTEFACTS.lexical, lexical.toJSON());
    hnsw.writeIndexSync(join(tmp, ARTEFACTS.hnsw));
    const hnswBytes = await readFile(join(tmp, ARTEFACTS.hnsw));
    artefacts[ARTEFACTS.hnsw] = { sha256: sha256(hnswBytes), bytes: hnswBytes.length };
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
      chunkCount: chunks.length,
      artefacts,
    };
    await writeFile(join(tmp, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    await swapInto(tmp, config.indexDir);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  const embedded = todo.length;
  return {
    documents: prepared.length,
    chunks: chunks.length,
    embedded,
    reused: chunks.length - embedded,
    skipped,
    durationMs: Math.round(performance.now() - t0),
    perDocument,
    indexDir: config.indexDir,
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
  const re = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
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
