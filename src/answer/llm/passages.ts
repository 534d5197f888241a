// Passages shown to the model, numbered once per answer: the first message and
// every search_corpus call share one numbering, so [n] is never ambiguous.
import type { Passage } from '../../search/types.ts';

/** Longest passage text handed to the model (characters). */
const MAX_PASSAGE_CHARS = 2000;

export class PassageRegistry {
  private readonly byNumber = new Map<number, Passage>();
  private readonly numberById = new Map<string, number>();

  /** Numbers a passage (the same chunk keeps its number) and returns n. */
  add(passage: Passage): number {
    const known = this.numberById.get(passage.id);
    if (known !== undefined) return known;
    const n = this.byNumber.size + 1;
    this.byNumber.set(n, passage);
    this.numberById.set(passage.id, n);
    return n;
  }

  get(n: number): Passage | undefined {
    return this.byNumber.get(n);
  }

  get size(): number {
    return this.byNumber.size;
  }

  /** Numbers the passages and renders them as the model sees them, one per paragraph. */
  addAndFormat(passages: Passage[]): string {
    return passages.map((p) => formatPassage(this.add(p), p)).join('\n\n');
  }
}

/** `[n] title, p. X, section: text` (the section is left out when the chunk has none). */
export function formatPassage(n: number, p: Passage): string {
  const pages = p.pageEnd && p.pageEnd !== p.page ? `pp. ${p.page}-${p.pageEnd}` : `p. ${p.page}`;
  const section = p.section ? `, ${oneLine(p.section)}` : '';
  const text = oneLine(p.text);
  return `[${n}] ${oneLine(p.title)}, ${pages}${section}: ${text.length > MAX_PASSAGE_CHARS ? text.slice(0, MAX_PASSAGE_CHARS) : text}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
