// The real advisory as the LLM tests' corpus: its cleaned pages and chunks
// (as `polderbot ingest` makes them) and a small lexical retriever over them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import { prepareDocument } from '../../src/corpus/prepare.ts';
import { parseSources } from '../../src/corpus/sources.ts';
import type { SourceDoc } from '../../src/corpus/types.ts';
import { contentWords } from '../../src/answer/llm/quote.ts';
import type { Chunk, Passage, Retriever } from '../../src/search/types.ts';

export interface AdvisoryCorpus {
  sources: SourceDoc[];
  chunks: Chunk[];
  pageText(doc: string, page: number): string | undefined;
}

let cached: Promise<AdvisoryCorpus> | undefined;

export function advisory(): Promise<AdvisoryCorpus> {
  return (cached ??= (async () => {
    const corpusDir = join(PROJECT_ROOT, 'corpus');
    const sources = parseSources(readFileSync(join(corpusDir, 'sources.yml'), 'utf8'));
    const doc = sources.find((d) => d.id === 'ser-briefadvies-25-04')!;
    const prepared = await prepareDocument(corpusDir, doc);
    const pages = new Map(prepared.pages.map((p) => [p.page, p.text]));
    return { sources, chunks: prepared.chunks, pageText: (d: string, page: number) => (d === doc.id ? pages.get(page) : undefined) };
  })());
}

/** Ranks chunks by shared content words with the query (ties keep corpus order); `extra` chunks join the corpus. */
export function lexicalRetriever(chunks: Chunk[]): Retriever & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async retrieve(query, opts) {
      calls.push(query);
      const q = new Set(contentWords(query));
      return chunks
        .map((c, i) => ({ c, i, s: new Set(contentWords(`${c.section} ${c.text}`).filter((w) => q.has(w))).size }))
        .sort((a, b) => b.s - a.s || a.i - b.i)
        .slice(0, opts?.k ?? 6)
        .map(({ c, s }): Passage => ({ ...c, score: s }));
    },
  };
}

/**
 * A model that quotes: for the question in the request, the sentence of the
 * given passages that shares most words with it, cited with its [n]. Generic,
 * not written for any question.
 */
export function quoteBestPassage(body: any): string {
  const user = (body?.messages ?? []).map((m: any) => (typeof m.content === 'string' ? m.content : '')).join('\n');
  const question = user.match(/^Vraag: (.*)$/m)?.[1] ?? '';
  const q = new Set(contentWords(question));
  const block = user.split('<passages>').at(-1)?.split('</passages>')[0] ?? '';
  let best = { n: 0, sentence: '', score: 0 };
  for (const line of block.split('\n\n')) {
    const m = line.trim().match(/^\[(\d+)\] [^:]*?: ([\s\S]*)$/);
    if (!m) continue;
    for (const sentence of m[2].split(/(?<=[.!?])\s+/)) {
      const score = new Set(contentWords(sentence).filter((w) => q.has(w))).size;
      if (score > best.score) best = { n: Number(m[1]), sentence, score };
    }
  }
  return best.n ? `Volgens het advies: "${best.sentence}" [${best.n}]` : 'GEEN_ANTWOORD: De passages beantwoorden deze vraag niet.';
}
