// One corpus document from disk → cleaned pages and chunks (the I/O edge of the corpus layer).
import { join } from 'node:path';
import type { Chunk } from '../search/types.ts';
import type { SourceDoc } from './types.ts';
import { cleanDocument, type CleanPage } from './clean.ts';
import { LoadError, loadPages } from './load.ts';
import { DEFAULT_SPLIT, splitIntoChunks, type SplitOptions } from './split.ts';
import { fileSha256 } from './file-sha.ts';

export interface PreparedDocument {
  doc: SourceDoc;
  sha256: string;
  pages: CleanPage[];
  chunks: Chunk[];
}

export { fileSha256 };

/** Loads, cleans and splits one document. Throws LoadError naming the file. */
export async function prepareDocument(corpusDir: string, doc: SourceDoc, split: SplitOptions = DEFAULT_SPLIT): Promise<PreparedDocument> {
  if (!doc.file) throw new LoadError(`${doc.id}: no file`);
  const path = join(corpusDir, doc.file);
  const sha256 = await fileSha256(path);
  if (sha256 === null) throw new LoadError(`${doc.file}: cannot read (missing file?)`);
  const raw = await loadPages(path, doc.firstPage ?? 1);
  const pages = cleanDocument(raw);
  const chunks = splitIntoChunks(doc, pages, split);
  return { doc, sha256, pages, chunks };
}
