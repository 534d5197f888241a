// Loaders: a corpus file → its pages, text as extracted (before cleaning).
// Page numbers are the document's own: page N of the file is page
// firstPage + N - 1 (firstPage from sources.yml, default 1).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RawPage } from './types.ts';

export class LoadError extends Error {}

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;

/** Text with form feeds (U+000C): page N is the N-th part. A trailing empty part is not a page. */
export function splitFormFeedPages(text: string, firstPage = 1): RawPage[] {
  const parts = text.replace(/\r\n?/g, '\n').split('\f');
  while (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
  return parts.map((t, i) => ({ page: firstPage + i, text: t }));
}

/** Markdown: one page, or form-feed pages when the file has them. */
export function splitMarkdownPages(text: string, firstPage = 1): RawPage[] {
  return splitFormFeedPages(text, firstPage);
}

/** PDF through pdf-parse v2 (imported lazily: it costs about a second). */
export async function loadPdfPages(data: Uint8Array, firstPage = 1): Promise<RawPage[]> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data });
  try {
    const result = await parser.getText();
    return result.pages
      .slice()
      .sort((a, b) => a.num - b.num)
      .map((p) => ({ page: firstPage + p.num - 1, text: p.text }));
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Loads one corpus file by extension. Throws LoadError with the file name on any failure. */
export async function loadPages(path: string, firstPage = 1): Promise<RawPage[]> {
  const ext = extname(path).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new LoadError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let pages: RawPage[];
  try {
    if (ext === '.txt') pages = splitFormFeedPages(decodeUtf8(bytes, path), firstPage);
    else if (ext === '.md') pages = splitMarkdownPages(decodeUtf8(bytes, path), firstPage);
    else if (ext === '.pdf') pages = await loadPdfPages(new Uint8Array(bytes), firstPage);
    else throw new LoadError(`${path}: unsupported file type "${ext}" (use ${SUPPORTED_EXTENSIONS.join(', ')})`);
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw new LoadError(`${path}: unreadable ${ext.slice(1).toUpperCase()} (${(err as Error).message})`);
  }
  if (!pages.some((p) => p.text.trim() !== '')) throw new LoadError(`${path}: no text found`);
  return pages;
}

function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new LoadError(`${path}: not valid UTF-8 text`);
  }
}
