// Cleaned pages → chunks for retrieval. Pure.
//
// A chunk never crosses a page or a section boundary (a heading), is made of
// whole sentences, and carries doc, title, page, section and offsets into the
// cleaned page text (chunk.text === pageText.slice(start, end)).
// Size was chosen by measurement: hit@1 / hit@3 of the hybrid retriever on
// /work/shared/eval/dev.jsonl (14 answerable questions) | our own questions
// (test/fixtures/corpus/retrieval-questions.jsonl), overlap 150 characters.
// While tuning (34 own questions, RRF only):
//   target 300: 0.93 / 1.00 | 0.85 / 0.97
//   target 500: 0.93 / 1.00 | 0.76 / 1.00
//   target 600: 1.00 / 1.00 | 0.88 / 1.00
//   target 800: 1.00 / 1.00 | 0.79 / 0.97
// With the final retriever (44 own questions): 400 → 0.93/1.00 | 0.84/1.00,
// 600 → 1.00/1.00 | 0.89/1.00 (default), 800 → 0.93/1.00 | 0.84/1.00.
// Without overlap, 600 gave 0.79 / 0.97 on the 34.
import type { Chunk } from '../search/types.ts';
import type { SourceDoc } from './types.ts';
import type { CleanPage } from './clean.ts';

export interface SplitOptions {
  /** aim for chunks of about this many characters */
  targetChars: number;
  /** repeat up to this many characters of trailing sentences at the start of the next chunk */
  overlapChars: number;
}

export const DEFAULT_SPLIT: SplitOptions = { targetChars: 600, overlapChars: 150 };

interface Span {
  start: number;
  end: number;
}

/** Sentence spans in text[from, to): ends at `.!?` before a capital/bullet/number, and at line breaks. */
export function sentenceSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const re = /[.!?][’”"')]*(?=\s+[\p{Lu}•\d(‘"'])|\n/gu;
  re.lastIndex = from;
  let start = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const end = m[0] === '\n' ? m.index : m.index + m[0].length;
    if (isAbbreviation(text, m.index)) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, to);
  return spans;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:o\.a|c\.q|d\.w\.z|e\.d|bijv|m\.b\.t|i\.v\.m|t\.o\.v|z\.g\.a\.n|ca|nr|blz|p|e\.g|i\.e|vs|etc)$/i;
function isAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false;
  return ABBREVIATIONS.test(text.slice(Math.max(0, dotIndex - 12), dotIndex));
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

/** Splits a document's cleaned pages into chunks (cover and contents pages are skipped). */
export function splitIntoChunks(doc: Pick<SourceDoc, 'id' | 'title'>, pages: CleanPage[], opts: SplitOptions = DEFAULT_SPLIT): Chunk[] {
  const chunks: Chunk[] = [];
  for (const p of pages) {
    if (p.kind !== 'body') continue;
    let ordinal = 0;
    // segments: runs of text blocks under one section
    const segments: { start: number; end: number; section: string }[] = [];
    for (const b of p.blocks) {
      if (b.kind === 'heading') continue;
      const last = segments[segments.length - 1];
      if (last && last.section === b.section && last.end <= b.start) last.end = b.end;
      else segments.push({ start: b.start, end: b.end, section: b.section });
    }
    for (const seg of segments) {
      for (const span of packSentences(p.text, sentenceSpans(p.text, seg.start, seg.end), opts)) {
        chunks.push({
          id: `${doc.id}:${p.page}:${ordinal++}`,
          doc: doc.id,
          title: doc.title,
          page: p.page,
          section: seg.section,
          text: p.text.slice(span.start, span.end),
          start: span.start,
          end: span.end,
        });
      }
    }
  }
  return chunks;
}

/** Packs sentences into spans of about targetChars, with a small sentence overlap. */
export function packSentences(text: string, sentences: Span[], opts: SplitOptions): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < sentences.length) {
    const first = i;
    let end = sentences[i].end;
    i++;
    while (i < sentences.length && sentences[i].end - sentences[first].start <= opts.targetChars) {
      end = sentences[i].end;
      i++;
    }
    // a long sentence alone: split at word boundaries so no chunk is far over target
    if (end - sentences[first].start > opts.targetChars * 2) {
      let s = sentences[first].start;
      while (end - s > opts.targetChars * 1.5) {
        let cut = text.lastIndexOf(' ', s + opts.targetChars);
        if (cut <= s) cut = s + opts.targetChars;
        out.push({ start: s, end: cut });
        s = cut + 1;
      }
      out.push({ start: s, end });
    } else {
      out.push({ start: sentences[first].start, end });
    }
    if (i >= sentences.length) break;
    // overlap: step back over trailing sentences that fit in overlapChars
    let back = i;
    while (back - 1 > first && sentences[i - 1].end - sentences[back - 1].start <= opts.overlapChars) back--;
    if (back < i) i = back;
  }
  return out;
}
