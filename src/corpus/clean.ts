// Raw pages → cleaned pages with their structure (headings, paragraphs,
// list items) and the section each block falls under. Pure: no I/O.
//
// What it undoes (see test/corpus/clean.test.ts for the cases):
// - running header/footer lines (`Briefadvies 25/04 | Samenwerken ... 3 / 16`);
// - line-end hyphenation, keeping real hyphens (text-repair.ts);
// - endnote numbers glued to words (text-repair.ts);
// - chapter headings that a two-column layout moved mid-page or to the bottom
//   (page 4, 5, 9 of the advisory): a heading listed in the table of contents
//   for this page is moved to the top of the page, and a sentence it cut in
//   two (`werkt dem-` … `pend op`) is joined again.
// Sections: chapter start pages come from the table of contents (lines
// `Title<TAB>page`), sub-headings from short unpunctuated lines that stand on
// their own (followed by a blank line, or by a bullet list for `...:` lines).
import type { RawPage } from './types.ts';
import {
  buildVocabulary,
  foldWhitespace,
  joinLines,
  normaliseListMarker,
  stripEndnotes,
  type EndnoteState,
} from './text-repair.ts';

export interface TocEntry {
  title: string;
  page: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'item';

export interface Block {
  kind: BlockKind;
  /** 1 chapter, 2 sub-heading, 3 minor heading (`Bijdrage van sociale partners:`); headings only */
  level?: 1 | 2 | 3;
  start: number; // offsets in CleanPage.text
  end: number;
  /** the section this block falls under, e.g. `Chapter › Sub-heading` */
  section: string;
}

export interface CleanPage {
  page: number;
  /** cleaned text: blocks joined by '\n' (headings included, on their own line) */
  text: string;
  kind: 'body' | 'toc' | 'cover';
  blocks: Block[];
}

export const SECTION_SEPARATOR = ' › ';

interface Line {
  text: string;
  blankBefore: boolean;
}

interface Item {
  kind: BlockKind;
  level?: 1 | 2 | 3;
  lines: string[];
  title?: string;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();

/** Lines of a page without the running header/footer (repeated lines, page-number lines). */
export function dropRunningHeaders(pages: RawPage[]): string[][] {
  const linesOf = pages.map((p) => p.text.replace(/\r\n?/g, '\n').split('\n'));
  const signature = (l: string) => l.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const edgeLines = (lines: string[]) => {
    const idx = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
    return [...idx.slice(0, 2), ...idx.slice(-2)];
  };
  const count = new Map<string, number>();
  linesOf.forEach((lines) => {
    const seen = new Set(edgeLines(lines).map((i) => signature(lines[i])));
    for (const s of seen) count.set(s, (count.get(s) ?? 0) + 1);
  });
  return linesOf.map((lines, pi) => {
    const page = pages[pi].page;
    const drop = new Set<number>();
    for (const i of edgeLines(lines)) {
      const l = lines[i].trim();
      const n = count.get(signature(lines[i])) ?? 0;
      const endsWithPageNo = new RegExp(`(^|\\s)${page}\\s*(/\\s*\\d+)?$`).test(l);
      const barePageNo = /^(pagina\s+|page\s+|p\.\s*)?\d{1,4}(\s*(\/|of|van)\s*\d{1,4})?$/i.test(l);
      if (barePageNo || (n >= 2 && (endsWithPageNo || n >= Math.max(3, pages.length * 0.3)) && l.length < 160)) drop.add(i);
    }
    return lines.filter((_, i) => !drop.has(i));
  });
}

// what every table-of-contents line ends in (a necessary condition of the full pattern)
const TOC_LINE_END = /\s\d{1,3}$/;

/** Table of contents entries (`Title<TAB>page`, titles may wrap over two lines). */
export function parseToc(lines: string[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let pending = '';
  for (const raw of lines) {
    const l = raw.replace(/\t/g, ' ').trim();
    if (!l || /^(inhoud|inhoudsopgave|contents|table of contents)$/i.test(l)) {
      pending = '';
      continue;
    }
    // the cheap test first: the full pattern backtracks over every line of every page
    const m = TOC_LINE_END.test(l) ? l.match(/^(.*\p{L}[^\d]*?)\s+(\d{1,3})$/u) : null;
    if (m) {
      entries.push({ title: foldWhitespace(`${pending} ${m[1]}`), page: Number(m[2]) });
      pending = '';
    } else if (/^\p{Lu}/u.test(l) || pending) {
      pending = pending ? `${pending} ${l}` : l;
      if (pending.length > 160) pending = '';
    }
  }
  const increasing = entries.every((e, i) => i === 0 || e.page >= entries[i - 1].page);
  return entries.length >= 3 && increasing ? entries : [];
}

const FUNCTION_WORD_END = /\s(de|het|een|van|en|in|op|voor|met|bij|aan|te|om|dat|die|als|of|door|naar|tot|is|zijn|the|of|and|to|a|an)$/i;
const SENTENCE_END = /[.!?:;)’”"]\d{0,3}$/u;
const BULLET = /^\s*([•·▪●◦‣]|\d{1,2}[.)]\s)/u;

function isBullet(l: string) {
  return BULLET.test(l);
}

/** Splits page lines into items: headings, paragraphs, list items. */
function itemsOfPage(lines: Line[], toc: TocEntry[], vocab: ReadonlySet<string>): Item[] {
  const hasBlankInfo = lines.some((l, i) => i > 0 && l.blankBefore);
  const tocTitles = new Map(toc.map((e) => [norm(e.title), e]));
  const items: Item[] = [];
  let i = 0;
  const joinedText = (from: number, n: number) =>
    foldWhitespace(joinLines(lines.slice(from, from + n).map((l) => l.text), vocab));

  const tocHeadingAt = (from: number): number => {
    if (!tocTitles.size) return 0;
    for (let n = 1; n <= 3 && from + n <= lines.length; n++) {
      if (n > 1 && lines[from + n - 1].blankBefore) break;
      if (tocTitles.has(norm(joinedText(from, n)))) return n;
    }
    return 0;
  };

  const lengths = lines.map((l) => l.text.trim().length).sort((a, b) => a - b);
  const typicalLine = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const subHeadingAt = (from: number, afterHeading: boolean): { n: number; level: 2 | 3 } | null => {
    const first = lines[from].text.trim();
    const md = first.match(/^(#{1,6})\s+\S/);
    if (md) return { n: 1, level: md[1].length >= 3 ? 3 : 2 };
    if (!/^\p{Lu}/u.test(first) || isBullet(first)) return null;
    const prev = from > 0 ? lines[from - 1].text.trim() : '';
    const prevOk = from === 0 || afterHeading || lines[from].blankBefore || SENTENCE_END.test(prev);
    if (!prevOk) return null;
    for (let n = 1; n <= 2 && from + n <= lines.length; n++) {
      if (n > 1 && (lines[from + n - 1].blankBefore || isBullet(lines[from + n - 1].text))) break;
      const text = joinedText(from, n);
      const next = lines[from + n];
      const words = text.split(' ').length;
      if (words < 2 || text.length > (hasBlankInfo ? 110 : 100)) continue;
      if (/[.!?;]\s/.test(text) || /[.,;!?\-–)]\d{0,3}$/.test(text)) continue;
      if (n === 2 && /[.,;:]$/.test(lines[from].text.trim())) continue;
      if (text.endsWith(':')) {
        if (n === 1 && text.length <= 45 && next && isBullet(next.text)) return { n, level: 3 };
        continue;
      }
      if (hasBlankInfo) {
        if (!next || next.blankBefore) return { n, level: 2 };
      } else if (next && (/^\p{Lu}/u.test(next.text.trim()) || isBullet(next.text))) {
        // no blank lines (PDF text): a heading ends in a short line, not in a function word
        const lastLine = lines[from + n - 1].text.trim();
        const short = lastLine.length < typicalLine * 0.8 || (from === 0 && n === 1);
        if (short && !FUNCTION_WORD_END.test(text)) return { n, level: 2 };
      }
    }
    return null;
  };

  let current: Item | null = null;
  const flush = () => {
    if (current && current.lines.length) items.push(current);
    current = null;
  };
  while (i < lines.length) {
    const line = lines[i];
    const tocN = tocHeadingAt(i);
    const afterHeading = items.length > 0 && items[items.length - 1].kind === 'heading' && !current;
    const sub = tocN ? null : subHeadingAt(i, afterHeading);
    if (tocN || sub) {
      const n = tocN || sub!.n;
      flush();
      const title = joinedText(i, n).replace(/^#{1,6}\s+/, '');
      items.push({ kind: 'heading', level: tocN ? 1 : sub!.level, lines: [], title });
      i += n;
      continue;
    }
    const t = line.text;
    if (isBullet(t)) {
      flush();
      current = { kind: 'item', lines: [normaliseListMarker(t)] };
    } else if (current && !line.blankBefore) {
      current.lines.push(t);
    } else if ((line.blankBefore || !current) && continues(items, current, t)) {
      // a sentence cut by a blank line (column break) or by a moved heading
      const target: Item = current ?? lastTextItem(items)!;
      if (items.includes(target)) {
        // reopen it: headings found in between stay before it
        items.splice(items.indexOf(target), 1);
        const headingsAfter = items.splice(items.length - countTrailingHeadings(items));
        items.push(...headingsAfter);
      }
      target.lines.push(t);
      current = target;
    } else {
      flush();
      current = { kind: 'paragraph', lines: [t] };
    }
    i++;
  }
  flush();
  return items;
}

function countTrailingHeadings(items: Item[]): number {
  let n = 0;
  while (n < items.length && items[items.length - 1 - n].kind === 'heading') n++;
  return n;
}

function lastTextItem(items: Item[]): Item | undefined {
  for (let k = items.length - 1; k >= 0; k--) if (items[k].kind !== 'heading') return items[k];
  return undefined;
}

/** Does `t` continue the previous text item (it starts in lower case and the previous did not end a sentence)? */
function continues(items: Item[], current: Item | null, t: string): boolean {
  if (!/^\s*[(‘'"]?\p{Ll}/u.test(t)) return false;
  const prev = current ?? lastTextItem(items);
  if (!prev || !prev.lines.length) return false;
  const last = prev.lines[prev.lines.length - 1].trim();
  return /-$/.test(last) || !/[.!?:;]\d{0,3}$/.test(last);
}

/**
 * Cleans a whole document: running headers dropped, lines joined, hyphenation
 * and endnotes undone, headings found, sections assigned.
 */
export function cleanDocument(pages: RawPage[]): CleanPage[] {
  const lineSets = dropRunningHeaders(pages);
  const vocab = buildVocabulary(lineSets.map((ls) => ls.join('\n')));
  let toc: TocEntry[] = [];
  const tocPages = new Set<number>();
  lineSets.forEach((ls, i) => {
    if (toc.length) return; // the first table of contents counts
    const entries = parseToc(ls);
    if (entries.length) {
      toc = entries;
      tocPages.add(pages[i].page);
    }
  });
  const endnotes: EndnoteState = { last: 0 };
  let chapter = '';
  let sub = '';
  let minor = '';
  const out: CleanPage[] = [];

  lineSets.forEach((rawLines, pi) => {
    const page = pages[pi].page;
    const lines: Line[] = [];
    let blank = false;
    for (const l of rawLines) {
      if (!l.trim()) {
        blank = true;
        continue;
      }
      lines.push({ text: l.replace(/\t/g, ' ').replace(/\s+$/, ''), blankBefore: blank });
      blank = false;
    }
    if (tocPages.has(page)) {
      const text = lines.map((l) => foldWhitespace(l.text)).join('\n');
      out.push({ page, text, kind: 'toc', blocks: [{ kind: 'paragraph', start: 0, end: text.length, section: '' }] });
      return;
    }
    let items = itemsOfPage(lines, toc, vocab);
    // chapter headings the TOC puts on this page go to the top of the page
    const tocChapter = [...toc].reverse().find((e) => e.page <= page);
    const moved = items.filter((it) => it.kind === 'heading' && it.level === 1 && toc.find((e) => norm(e.title) === norm(it.title!))?.page === page);
    items = [...moved, ...items.filter((it) => !moved.includes(it))];
    if (tocChapter && tocChapter.title !== chapter && page >= tocChapter.page && !moved.length) {
      chapter = tocChapter.title;
      sub = '';
      minor = '';
    }

    const blocks: Block[] = [];
    let text = '';
    for (const it of items) {
      let body: string;
      if (it.kind === 'heading') {
        body = it.title!;
        const title = body.replace(/:$/, '');
        if (it.level === 1) {
          chapter = title;
          sub = '';
          minor = '';
        } else if (it.level === 2) {
          sub = title;
          minor = '';
        } else minor = title;
      } else {
        body = foldWhitespace(stripEndnotes(joinLines(it.lines, vocab), endnotes));
        if (!body) continue;
      }
      if (text) text += '\n';
      const start = text.length;
      text += body;
      blocks.push({
        kind: it.kind,
        ...(it.level ? { level: it.level } : {}),
        start,
        end: text.length,
        section: [chapter, sub, minor].filter(Boolean).join(SECTION_SEPARATOR),
      });
    }
    // a title page: first of several pages, short, without a single sentence
    const isCover = pi === 0 && pages.length >= 3 && text.length < 200 && !/[.!?](\s|$)/.test(text);
    out.push({ page, text, kind: isCover ? 'cover' : 'body', blocks });
  });
  return out;
}
