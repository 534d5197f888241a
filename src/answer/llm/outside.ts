// Nothing from outside: links, e-mail addresses and page numbers in a
// sentence of the model's answer must occur in the passages that sentence
// cites (or, for links, in corpus/sources.yml). Others are cut out of the
// sentence; the sentence itself is then judged by the support check.
import { PAGE_REF } from './support.ts';
import { escapeRegExp } from '../../regexp.ts';

export interface OutsideContext {
  /** the text of the passages the sentence cites */
  citedText: string[];
  /** the pages (page..pageEnd) of those passages */
  citedPages: number[];
  /** document URLs from sources.yml */
  sourceUrls: string[];
}

export interface OutsideResult {
  text: string;
  removed: { links: string[]; emails: string[]; pages: string[] };
}

const URL_RE = /\bhttps?:\/\/[^\s<>()[\]"'“”‘’]+[^\s<>()[\]"'“”‘’.,;:!?]/giu;
/** www.x.y or a bare domain with a path or a common TLD (evil.example/login, cpb.nl) */
const BARE_RE = /(?<![\p{L}\p{N}@./-])(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:com|org|net|nl|eu|be|de|int|gov|edu|io|info|example|co|uk|fr)(?:\/[^\s<>()[\]"'“”‘’]*[^\s<>()[\]"'“”‘’.,;:!?])?(?![\p{L}\p{N}@-])/giu;
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** A link as compared: no scheme, no www., no trailing slash, lower case. */
export function normalizeLink(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/#?]+$/, '');
}

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

function linkAllowed(link: string, ctx: OutsideContext, cited: string): boolean {
  const n = normalizeLink(link);
  if (!n) return true;
  if (cited.includes(n)) return true;
  // a sources.yml URL, or its site (the model may link the publisher's front page)
  return ctx.sourceUrls.some((u) => {
    const s = normalizeLink(u);
    return !!s && (s === n || s.startsWith(`${n}/`) || s.startsWith(`${n}?`));
  });
}

function pageRefAllowed(ref: string, ctx: OutsideContext, cited: string): boolean {
  if (cited.includes(squash(ref))) return true;
  const numbers = (ref.match(/\d{1,4}/g) ?? []).map(Number);
  return numbers.length > 0 && numbers.every((p) => ctx.citedPages.includes(p));
}

/** Removes a token and what only made sense with it: "(p. 42)", "zie p. 42", a dangling comma. */
function cut(text: string, token: string): string {
  const esc = escapeRegExp(token);
  return text
    .replace(new RegExp(`\\s*\\((?:zie |see |op |on )?${esc}\\)`, 'giu'), '')
    .replace(new RegExp(`[ \\t]*(?:,\\s*)?(?:\\b(?:zie|see|via|op|on|at)\\s+)?${esc}`, 'giu'), '')
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1');
}

export function removeOutside(sentence: string, ctx: OutsideContext): OutsideResult {
  const cited = squash(ctx.citedText.join('\n'));
  // links in the passages compare without scheme and www., like the model's
  const citedNoScheme = cited.replace(/https?:\/\//g, '').replace(/\bwww\./g, '');
  const removed: OutsideResult['removed'] = { links: [], emails: [], pages: [] };
  let text = sentence;

  const emails = [...text.matchAll(EMAIL_RE)].map((m) => m[0]);
  for (const e of emails) {
    if (!cited.includes(e.toLowerCase())) {
      removed.emails.push(e);
      text = cut(text, e);
    }
  }
  const links = [...text.matchAll(URL_RE)].map((m) => m[0]);
  for (const l of links) {
    if (!linkAllowed(l, ctx, citedNoScheme)) {
      removed.links.push(l);
      text = cut(text, l);
    }
  }
  const bare = [...text.matchAll(BARE_RE)].map((m) => m[0]).filter((b) => !/^\d/.test(b));
  for (const b of bare) {
    if (!linkAllowed(b, ctx, citedNoScheme)) {
      removed.links.push(b);
      text = cut(text, b);
    }
  }
  const refs = [...text.matchAll(PAGE_REF)].map((m) => m[0]);
  for (const r of refs) {
    if (!pageRefAllowed(r, ctx, cited)) {
      removed.pages.push(r);
      text = cut(text, r);
    }
  }
  return { text, removed };
}
