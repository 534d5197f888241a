// A small stand-in for the search engineer's index, for unit tests: the
// advisory's pages (simple cleaning), paragraph chunks of ~600 characters and
// a BM25 retriever (minisearch, Dutch stems). Not the product's retrieval.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import type { Chunk, Passage, Retriever } from '../../src/search/types.ts';
import { stem, tokenize } from '../../src/language/terms.ts';

export const DOC = 'ser-briefadvies-25-04';
export const TITLE = 'Samenwerken voor arbeidsproductiviteitsgroei (SER Briefadvies 25/04)';

/** Like the search module's cleaning: hyphenation undone, blocks folded to one line each, joined by '\n'. */
export function cleanPage(raw: string): string {
  return raw
    .replace(/(\p{Ll})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export interface FakeIndex {
  chunks: Chunk[];
  pages: Map<number, string>;
  pageText(doc: string, page: number): string | undefined;
  retriever: Retriever;
}

export function buildFakeIndex(file = resolve(import.meta.dirname, '../../corpus/ser-briefadvies-25-04.txt')): FakeIndex {
  const raw = readFileSync(file, 'utf8').split('\f');
  const pages = new Map<number, string>();
  const chunks: Chunk[] = [];
  raw.forEach((r, i) => {
    const page = i + 1;
    const text = cleanPage(r);
    pages.set(page, text);
    let start = 0;
    let ordinal = 0;
    const paras = [...text.matchAll(/[^\n]+(?:\n|$)/g)];
    let buf = '';
    let bufStart = 0;
    for (const p of paras) {
      if (!buf) bufStart = p.index!;
      buf = text.slice(bufStart, p.index! + p[0].length);
      if (buf.length >= 500) {
        const t = buf.trim();
        chunks.push({ id: `${DOC}:${page}:${ordinal++}`, doc: DOC, title: TITLE, page, section: '', text: t, start: bufStart, end: bufStart + t.length });
        buf = '';
      }
    }
    if (buf.trim()) {
      const t = buf.trim();
      chunks.push({ id: `${DOC}:${page}:${ordinal++}`, doc: DOC, title: TITLE, page, section: '', text: t, start: bufStart, end: bufStart + t.length });
    }
    start = 0;
    void start;
  });
  const ms = new MiniSearch<Chunk>({
    fields: ['text'],
    storeFields: ['id'],
    tokenize: (t) => tokenize(t),
    processTerm: (t) => stem(t, 'nl'),
  });
  ms.addAll(chunks);
  const byId = new Map(chunks.map((c) => [c.id, c]));
  const retriever: Retriever = {
    async retrieve(query, opts) {
      const hits = ms.search(query, { combineWith: 'OR', prefix: (t) => t.length >= 5 });
      return hits.slice(0, opts?.k ?? 8).map((h): Passage => ({ ...byId.get(String(h.id))!, score: h.score }));
    },
  };
  return { chunks, pages, pageText: (doc, page) => (doc === DOC ? pages.get(page) : undefined), retriever };
}
