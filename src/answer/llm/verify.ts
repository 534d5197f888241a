// The answer check, sentence by sentence, as the model's text streams in.
// Each sentence, once complete, is redacted, stripped of links, e-mail
// addresses and page numbers its passages do not contain, and judged by the
// support check (support.ts) against the passages it cites or the tool
// results; only then is it passed on (onText). A sentence that fails is never
// shown; its markers are never shown. Surviving markers are renumbered 1..k
// in order of first use, and each citation quotes the best matching sentence
// of its passage, verified on the page.
import type { Passage } from '../../search/types.ts';
import type { Citation } from '../types.ts';
import { removeOutside } from './outside.ts';
import { ABSTAIN_MARKER } from './prompts.ts';
import { bestQuote } from './quote.ts';
import { bestSupport, isFactual, SUPPORT_THRESHOLD, type Evidence } from './support.ts';

export interface VerifierSources {
  language: 'nl' | 'en';
  /** the passage the model received as [n] */
  passage(n: number): Passage | undefined;
  pageText(doc: string, page: number): string | undefined;
  url(doc: string): string | undefined;
  /** document URLs from sources.yml */
  sourceUrls: string[];
  /** tool results so far (and, answering without tools, the indicator figures given in the prompt) */
  toolEvidence(): Evidence[];
  redact(s: string): string;
  /** verified text, as soon as it is decided */
  onText?(delta: string): void;
  threshold?: number;
}

export interface VerifiedAnswer {
  text: string;
  citations: Citation[];
  abstained: boolean;
  /** factual sentences shown */
  kept: number;
  /** sentences removed as unsupported (their text, for logs and tests) */
  removed: string[];
  /** markers naming no passage the model received */
  unknown: number[];
  /** markers whose passage did not support the sentence or could not be found on its page */
  unverified: number[];
  outside: { links: string[]; emails: string[]; pages: string[] };
  redacted: boolean;
  /** some sentence was supported by a tool result */
  toolSupported: boolean;
}

interface Parsed {
  sep: string;
  raw: string;
}

const MARKER_GROUP = /\[(\d{1,4}(?:\s*[,;]\s*\d{1,4})*)\]/g;
const ABBREVIATIONS = new Set(
  'o.a bijv bv e.g i.e eg ie p pp nr nrs blz art ca dr mr mevr drs ir prof vs etc zgn m.b.t t.o.v incl excl resp ong fig tab par jl vgl cf al st no vol ed eds jr sr mln mld'.split(' '),
);

/** The end of the first complete sentence in `text` (index after it), or -1. */
export function sentenceEnd(text: string, final: boolean): number {
  const re = /([.!?…])((?:\s*\[\d{1,4}(?:\s*[,;]\s*\d{1,4})*\])*[)"'”’»]*)(?=\s+[^\s[])|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '\n') {
      if (text.slice(0, m.index).trim()) return m.index;
      continue;
    }
    if (m[1] === '.') {
      const before = text.slice(0, m.index);
      const word = (before.match(/([\p{L}\p{N}.]+)$/u)?.[1] ?? '').toLowerCase();
      if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue;
      if (/^\p{L}$/u.test(word)) continue; // an initial
      if (/^\d{1,2}$/.test(word) && /(^|\n)\s*\d{1,2}$/.test(before)) continue; // "1. " opening a list item
    }
    return m.index + m[0].length;
  }
  return final && text.trim() ? text.length : -1;
}

function markersOf(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MARKER_GROUP)) for (const n of m[1].split(/\s*[,;]\s*/)) out.push(Number(n));
  return out;
}

function stripMarkers(text: string): string {
  return text
    .replace(/[ \t]*\[\d{1,4}(?:\s*[,;]\s*\d{1,4})*\]/g, '')
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .trim();
}

export class AnswerVerifier {
  private buf = '';
  private abstainChecked = false;
  private abstained = false;
  private readonly parsed: Parsed[] = [];
  /** non-factual sentences waiting for the next factual one ("Kort gezegd:") */
  private pending: Parsed[] = [];
  private out = '';
  private carry = '';
  private lastCited: Passage[] = [];
  private readonly renumber = new Map<number, number>();
  private readonly citations: Citation[] = [];
  private readonly result: Omit<VerifiedAnswer, 'text' | 'citations' | 'abstained'> = {
    kept: 0,
    removed: [],
    unknown: [],
    unverified: [],
    outside: { links: [], emails: [], pages: [] },
    redacted: false,
    toolSupported: false,
  };

  constructor(private readonly src: VerifierSources) {}

  /** Feeds model text; complete sentences are judged and, if kept, passed on at once. */
  push(delta: string): void {
    if (!delta) return;
    this.buf += delta;
    this.drain(false);
  }

  /**
   * Drops text not yet decided: the model turned to tool calls after some
   * text ("Ik zoek even verder."). What was already shown stays.
   */
  discardUndecided(): void {
    this.buf = '';
    this.parsed.length = 0;
    this.pending = [];
  }

  end(): VerifiedAnswer {
    this.drain(true);
    if (this.result.kept > 0 || this.abstained) this.flushPending();
    return { ...this.result, text: this.out.trim(), citations: [...this.citations], abstained: this.abstained };
  }

  private drain(final: boolean): void {
    if (!this.abstainChecked) {
      const head = this.buf.trimStart();
      if (head.length < ABSTAIN_MARKER.length && ABSTAIN_MARKER.startsWith(head) && !final) return;
      this.abstainChecked = true;
      if (head.startsWith(ABSTAIN_MARKER)) {
        this.abstained = true;
        this.buf = head.slice(ABSTAIN_MARKER.length);
      }
    }
    for (;;) {
      const lead = this.buf.match(/^\s*/)![0];
      const rest = this.buf.slice(lead.length);
      if (!rest) break;
      const end = sentenceEnd(rest, final);
      if (end < 0) break;
      this.parsed.push({ sep: lead, raw: rest.slice(0, end) });
      this.buf = rest.slice(end);
    }
    this.decide(final);
  }

  private decide(final: boolean): void {
    while (this.parsed.length) {
      const s = this.parsed[0];
      const next = this.parsed[1];
      const verdict = this.judge(s, next, final);
      if (verdict === 'wait') return;
      this.parsed.shift();
    }
  }

  /** Decides one sentence; 'wait' when an uncited sentence needs the next one's citations. */
  private judge(s: Parsed, next: Parsed | undefined, final: boolean): 'done' | 'wait' {
    const src = this.src;
    const text = src.redact(s.raw);
    if (text !== s.raw) this.result.redacted = true;
    const markers = markersOf(text);
    const known: Passage[] = [];
    for (const n of markers) {
      const p = src.passage(n);
      if (p) {
        if (!known.includes(p)) known.push(p);
      } else if (!this.result.unknown.includes(n)) this.result.unknown.push(n);
    }

    if (this.abstained) {
      const clean = this.outside(stripMarkers(text), known);
      if (clean.trim()) this.emit(s.sep, clean);
      return 'done';
    }

    const withoutOutside = this.outside(text, known);
    const claim = stripMarkers(withoutOutside);
    // a sentence that cites something claims something; one without a marker or figure and with at most one word does not
    if (!markers.length && !isFactual(claim)) {
      // what is left of a sentence that carried an outside link ("Zie ook voor meer.") goes with the link
      if (claim && withoutOutside === text) this.pending.push({ sep: s.sep, raw: claim });
      return 'done';
    }

    // evidence: the cited passages, else the neighbours' (a claim over two sentences cites once), and tool results
    let evidencePassages = known;
    if (!markers.length) {
      if (!next && !final) return 'wait';
      const nextCited = next && !/\n/.test(next.sep) ? markersOf(next.raw).map((n) => src.passage(n)).filter((p): p is Passage => !!p) : [];
      evidencePassages = [...new Set([...this.lastCited, ...nextCited])];
    }
    const passageEvidence = evidencePassages.map((p) => ({ passage: p, evidence: { id: `p:${p.id}`, text: p.text, context: `${p.title} ${p.section}`, kind: 'passage' as const } }));
    const tools = src.toolEvidence();
    const support = bestSupport(claim, [...passageEvidence.map((e) => e.evidence), ...tools], src.language, src.threshold ?? SUPPORT_THRESHOLD);
    if (!support.supported) {
      this.remove(s, claim);
      return 'done';
    }
    const supportingPassages = passageEvidence.filter((e) => support.supporting.includes(e.evidence)).map((e) => e.passage);
    const byTool = support.supporting.some((e) => e.kind === 'tool');

    // the markers that stay: cited, supporting, and quotable from their page
    const keep = new Map<number, number>();
    for (const n of markers) {
      const p = src.passage(n);
      if (!p || keep.has(n)) continue;
      if (!supportingPassages.includes(p) || !this.cite(n, p, claim)) {
        if (!this.result.unverified.includes(n)) this.result.unverified.push(n);
        continue;
      }
      keep.set(n, this.renumber.get(n)!);
    }
    if (!keep.size && !byTool && markers.length) {
      this.remove(s, claim);
      return 'done';
    }
    if (!markers.length && !byTool && !supportingPassages.length) {
      this.remove(s, claim);
      return 'done';
    }
    if (byTool) this.result.toolSupported = true;
    const shown = withoutOutside
      .replace(/[ \t]*\[(\d{1,4}(?:\s*[,;]\s*\d{1,4})*)\]/g, (_whole, inner: string) => {
        const kept = inner
          .split(/\s*[,;]\s*/)
          .map(Number)
          .filter((n) => keep.has(n))
          .map((n) => keep.get(n)!);
        return [...new Set(kept)].map((k) => ` [${k}]`).join('');
      })
      .replace(/(\[\d+\])\1+/g, '$1')
      .replace(/[ \t]+([.,;:!?])/g, '$1')
      .replace(/[ \t]{2,}/g, ' ')
      .trim();
    this.lastCited = known.length ? known : this.lastCited;
    this.result.kept++;
    this.flushPending();
    this.emit(s.sep, shown);
    return 'done';
  }

  private outside(text: string, known: Passage[]): string {
    const pages = known.flatMap((p) => {
      const out: number[] = [];
      for (let i = p.page; i <= (p.pageEnd ?? p.page); i++) out.push(i);
      return out;
    });
    const r = removeOutside(text, { citedText: known.map((p) => p.text), citedPages: pages, sourceUrls: this.src.sourceUrls });
    this.result.outside.links.push(...r.removed.links);
    this.result.outside.emails.push(...r.removed.emails);
    this.result.outside.pages.push(...r.removed.pages);
    return r.text;
  }

  /** Numbers passage n on first use and records its citation; false when no quote of it is on its page. */
  private cite(n: number, p: Passage, claim: string): boolean {
    if (this.renumber.has(n)) return true;
    const quote = bestQuote(p.text, claim, this.src.pageText(p.doc, p.page));
    if (quote === undefined) return false;
    const k = this.citations.length + 1;
    this.renumber.set(n, k);
    const citation: Citation = { n: k, doc: p.doc, title: p.title, page: p.page, section: p.section, quote };
    if (p.pageEnd !== undefined && p.pageEnd !== p.page) citation.pageEnd = p.pageEnd;
    const url = this.src.url(p.doc);
    if (url) citation.url = url;
    this.citations.push(citation);
    return true;
  }

  private remove(s: Parsed, claim: string): void {
    this.result.removed.push(claim);
    // a removed sentence's paragraph break is kept for what follows
    if (/\n/.test(s.sep)) this.carry = s.sep;
    // what led up to it ("Kort gezegd:") goes with it
    this.pending = [];
  }

  private flushPending(): void {
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) this.emit(p.sep, p.raw);
  }

  private emit(sep: string, text: string): void {
    if (!text) return;
    let lead = '';
    if (this.out) {
      const breaks = /\n/.test(sep) ? sep : /\n/.test(this.carry) ? this.carry : ' ';
      lead = /\n/.test(breaks) ? '\n'.repeat(Math.min(2, (breaks.match(/\n/g) ?? []).length)) : ' ';
    }
    this.carry = '';
    const piece = lead + text;
    this.out += piece;
    this.src.onText?.(piece);
  }
}
