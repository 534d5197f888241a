// The index manifest: what was built from what, and checksums of every artefact.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SplitOptions } from '../corpus/split.ts';
import type { EmbeddingIdentity } from './embeddings.ts';

// 3: chunks, pages, lexical postings and term statistics in one SQLite store read on demand
// 4: `overheid`, `reden`, `kans`, `slechts`, `middels` keep their own stems (format 3 indexed them as `over`, `red`, `kan`, `slecht`, `middel`)
// 5: Dutch adjectives in -ief share one stem in every form (productief, productieve, productiever)
export const INDEX_FORMAT_VERSION = 5;
export const MANIFEST_FILE = 'manifest.json';
export const ARTEFACTS = {
  store: 'store.sqlite',
  hnsw: 'vectors.hnsw',
} as const;

export interface DocumentStats {
  id: string;
  file: string;
  sha256: string;
  pages: number;
  chunks: number;
  embedded: number;
  reused: number;
  status: 'embedded' | 'reused' | 'partly reused';
}

export interface IndexManifest {
  formatVersion: number;
  builtAt: string; // ISO time
  buildMs: number;
  embedding: EmbeddingIdentity;
  split: SplitOptions;
  sources: { file: string; sha256: string };
  /** every document with a file, keyed by id: its checksum (null when it could not be read) */
  files: Record<string, { file: string; sha256: string | null }>;
  documents: DocumentStats[];
  skipped: { file: string; reason: string }[];
  chunkCount: number;
  artefacts: Record<string, { sha256: string; bytes: number }>;
}

const DocumentStatsSchema = z.object({
  id: z.string(),
  file: z.string(),
  sha256: z.string(),
  pages: z.number(),
  chunks: z.number(),
  embedded: z.number(),
  reused: z.number(),
  status: z.enum(['embedded', 'reused', 'partly reused']),
});

/** manifest.json as written by buildIndex; typed against IndexManifest so the two cannot drift. */
export const IndexManifestSchema: z.ZodType<IndexManifest, z.ZodTypeDef, unknown> = z.object({
  formatVersion: z.number(),
  builtAt: z.string(),
  buildMs: z.number(),
  embedding: z.object({ provider: z.enum(['local', 'openai']), model: z.string(), dims: z.number().int().nonnegative() }),
  split: z.object({ targetChars: z.number(), overlapChars: z.number() }),
  sources: z.object({ file: z.string(), sha256: z.string() }),
  files: z.record(z.string(), z.object({ file: z.string(), sha256: z.string().nullable() })),
  documents: z.array(DocumentStatsSchema),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  chunkCount: z.number().int().nonnegative(),
  artefacts: z.record(z.string(), z.object({ sha256: z.string(), bytes: z.number() })),
});

/** Only the format version, read first so an index of another format says so instead of failing validation. */
const FormatSchema = z.object({ formatVersion: z.number() });

/** Why `text` is not a manifest this polderbot reads ('format' when only the version differs), or the manifest. */
export function parseManifest(text: string): { ok: true; manifest: IndexManifest } | { ok: false; format?: number; problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: `not JSON (${(err as Error).message})` };
  }
  const format = FormatSchema.safeParse(raw);
  if (format.success && format.data.formatVersion !== INDEX_FORMAT_VERSION) return { ok: false, format: format.data.formatVersion, problem: `format ${format.data.formatVersion}` };
  const parsed = IndexManifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: zodProblem(parsed.error) };
  return { ok: true, manifest: parsed.data };
}

/**
 * The manifest of the index in `indexDir`, validated; undefined when there is
 * none or it is not one this polderbot reads (no artefact is checked: for
 * readers that only want to know what was built when, such as the digest).
 */
export async function readManifest(indexDir: string): Promise<IndexManifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(indexDir, MANIFEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const read = parseManifest(text);
  return read.ok ? read.manifest : undefined;
}

/** A zod error as one line: each bad field with its message. */
export function zodProblem(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
    .join('; ');
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export class IndexError extends Error {
  constructor(
    message: string,
    readonly state: 'missing' | 'stale' | 'mismatch' | 'corrupt' = 'corrupt',
  ) {
    super(message);
    this.name = 'IndexError';
  }
}

export const REBUILD_HINT = 'Rebuild it with `polderbot ingest --force`.';
