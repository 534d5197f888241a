// A worker thread's task at ingest: load, clean and split one document and
// embed its chunks (local embeddings), so the main thread can write the
// previous document to the store and hnswlib meanwhile.
import type { CleanPage } from '../corpus/clean.ts';
import { prepareDocument } from '../corpus/prepare.ts';
import type { SplitOptions } from '../corpus/split.ts';
import type { SourceDoc } from '../corpus/types.ts';
import { LocalEmbeddings } from './embeddings.ts';
import type { Chunk } from './types.ts';

export interface PrepareTask {
  corpusDir: string;
  doc: SourceDoc;
  split: SplitOptions;
  /** the texts to embed are computed here: embedInput of each chunk */
  embed: boolean;
}

export type PrepareResult =
  | { ok: true; sha256: string; pages: Pick<CleanPage, 'page' | 'text'>[]; chunks: Chunk[]; vectors: Float32Array[] }
  | { ok: false; loadError: boolean; message: string };

const embeddings = new LocalEmbeddings();

export default async function prepareAndEmbed(task: PrepareTask): Promise<PrepareResult> {
  const { embedInput } = await import('./embed-input.ts');
  try {
    const p = await prepareDocument(task.corpusDir, task.doc, task.split);
    const vectors = task.embed ? (await embeddings.embedDocuments(p.chunks.map(embedInput))).map((v) => Float32Array.from(v)) : [];
    return { ok: true, sha256: p.sha256, pages: p.pages.map((pg) => ({ page: pg.page, text: pg.text })), chunks: p.chunks, vectors };
  } catch (err) {
    const { LoadError } = await import('../corpus/load.ts');
    return { ok: false, loadError: err instanceof LoadError, message: (err as Error).message };
  }
}
