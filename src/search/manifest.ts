// The index manifest: what was built from what, and checksums of every artefact.
import { createHash } from 'node:crypto';
import type { SplitOptions } from '../corpus/split.ts';
import type { EmbeddingIdentity } from './embeddings.ts';

export const INDEX_FORMAT_VERSION = 2;
export const MANIFEST_FILE = 'manifest.json';
export const ARTEFACTS = {
  chunks: 'chunks.json',
  vectors: 'vectors.f32',
  hnsw: 'vectors.hnsw',
  lexical: 'lexical.json',
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
