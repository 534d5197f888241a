// Citation verification after generation: every [n] must name a passage the
// model actually received and whose quote can be found on its page; other
// markers are removed. The survivors are renumbered 1..k in order of first use.
import type { Citation } from '../types.ts';
import type { Passage } from '../../search/types.ts';
import { bestQuote } from './quote.ts';

export interface CitationSources {
  /** the passage the model received as [n], if any */
  passage(n: number): Passage | undefined;
  /** cleaned page text, to check quotes against; undefined when unknown */
  pageText(doc: string, page: number): string | undefined;
  /** document URL from sources.yml, when known */
  url(doc: string): string | undefined;
}

export interface VerifiedText {
  text: string;
  citations: Citation[];
  /** markers naming no passage the model received */
  unknown: number[];
  /** markers naming a passage whose text could not be found on its page */
  unverified: number[];
}

const GROUP = /\[(\d{1,4}(?:\s*[,;]\s*\d{1,4})*)\]/g;

/** `[1, 3]` → `[1][3]`, so each marker stands alone. */
export function splitGroupedMarkers(text: string): string {
  return text.replace(GROUP, (_m, inner: string) =>
    inner
      .split(/\s*[,;]\s*/)
      .map((n) => `[${Number(n)}]`)
      .join(''),
  );
}

/** The model's sentence a marker at `index` belongs to (text before it back to the previous sentence end). */
export function claimBefore(text: string, index: number): string {
  const before = text.slice(0, index).replace(/\[\d+\]/g, ' ');
  const ends = [...before.matchAll(/[.!?]\s|\n/g)].map((m) => (m.index ?? 0) + m[0].length);
  let start = 0;
  for (let i = ends.length - 1; i >= 0; i--) {
    // skip a sentence end right before the marker ("... groei. [1]")
    if (before.slice(ends[i]).trim().length >= 15) {
      start = ends[i];
      break;
    }
  }
  return before.slice(start).trim();
}

export function verifyCitations(raw: string, sources: CitationSources): VerifiedText {
  const text = splitGroupedMarkers(raw);
  const renumber = new Map<number, number>();
  const citations: Citation[] = [];
  const unknown = new Set<number>();
  const unverified = new Set<number>();

  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const n = Number(m[1]);
    if (renumber.has(n) || unknown.has(n) || unverified.has(n)) continue;
    const passage = sources.passage(n);
    if (!passage) {
      unknown.add(n);
      continue;
    }
    const quote = bestQuote(passage.text, claimBefore(text, m.index ?? 0), sources.pageText(passage.doc, passage.page));
    if (quote === undefined) {
      unverified.add(n);
      continue;
    }
    const k = citations.length + 1;
    renumber.set(n, k);
    const citation: Citation = { n: k, doc: passage.doc, title: passage.title, page: passage.page, section: passage.section, quote };
    if (passage.pageEnd !== undefined && passage.pageEnd !== passage.page) citation.pageEnd = passage.pageEnd;
    const url = sources.url(passage.doc);
    if (url) citation.url = url;
    citations.push(citation);
  }

  const rewritten = text
    .replace(/[ \t]*\[(\d+)\]/g, (whole, d: string) => {
      const k = renumber.get(Number(d));
      if (k === undefined) return '';
      return whole.replace(/\[\d+\]/, `[${k}]`);
    })
    // a marker repeated back to back ("[1][1]") is shown once
    .replace(/(\[\d+\])\1+/g, '$1')
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();

  return { text: rewritten, citations, unknown: [...unknown], unverified: [...unverified] };
}
