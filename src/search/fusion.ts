// Reciprocal rank fusion and merging of neighbouring passages. Pure.
import type { Passage } from './types.ts';

export interface Ranking {
  ids: string[];
  weight?: number;
}

/** RRF: score(id) = Σ weight / (k + rank), rank from 1. */
export function reciprocalRankFusion(rankings: Ranking[], k = 60): Map<string, number> {
  const scores = new Map<string, number>();
  for (const r of rankings) {
    r.ids.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + (r.weight ?? 1) / (k + i + 1)));
  }
  return scores;
}

/**
 * Merges passages of the same page whose text overlaps or touches (chunks
 * share an overlap sentence) into the better-ranked one, so the top k are
 * k different places. `pageText` gives the merged text from the page itself.
 * Passages are expected best first; a merge never makes a passage longer than maxChars.
 */
export function mergeNeighbours(
  passages: Passage[],
  pageText: (doc: string, page: number) => string | undefined,
  maxChars = 1200,
): Passage[] {
  const out: Passage[] = [];
  for (const p of passages) {
    const host = out.find(
      (q) => q.doc === p.doc && q.page === p.page && p.start <= q.end + 1 && p.end >= q.start - 1 && Math.max(p.end, q.end) - Math.min(p.start, q.start) <= maxChars,
    );
    if (!host) {
      out.push({ ...p });
      continue;
    }
    const text = pageText(host.doc, host.page);
    if (!text) continue;
    host.start = Math.min(host.start, p.start);
    host.end = Math.max(host.end, p.end);
    host.text = text.slice(host.start, host.end);
  }
  return out;
}
