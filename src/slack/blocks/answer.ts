// Renders an Answer as Slack messages (pure): the answer text split to Slack's
// limits, figures with their sources, the sources list `[n] title, p. X`, a
// context line with the mode and notes, and feedback (and share) buttons.
import type { Answer, Citation } from '../../answer/types.ts';
import { figureLines } from './figures.ts';
import { labels } from './labels.ts';
import { context, listSections, packMessages, sections, type Block, type SlackMessage } from './message.ts';
import { escapeMrkdwn, link, truncate } from './mrkdwn.ts';
import { feedbackActions } from './feedback.ts';

export interface RenderAnswerOptions {
  /** id rendered into the feedback (and share) buttons */
  answerId: string;
  /** add a "share in channel" button (ephemeral /vraag answers) */
  share?: boolean;
  /** leave out the feedback buttons */
  feedback?: boolean;
  /** a context line above the answer (e.g. who shared it) */
  preface?: string;
}

export function isUncited(a: Answer): boolean {
  return a.answered && a.citations.length === 0;
}

export function citationLine(c: Citation, lang: Answer['language']): string {
  const L = labels(lang);
  const pages = c.pageEnd && c.pageEnd !== c.page ? `${L.pages} ${c.page}–${c.pageEnd}` : `${L.page} ${c.page}`;
  const section = c.section ? ` (${escapeMrkdwn(c.section)})` : '';
  return `[${c.n}] ${link(c.url, c.title)}, ${pages}${section}`;
}

/** The citation line with its verbatim quote below it, so the passage can be checked in Slack too. */
export function citationWithQuote(c: Citation, lang: Answer['language']): string {
  const quote = c.quote.replace(/\s+/g, ' ').trim();
  return quote ? `${citationLine(c, lang)}\n>${escapeMrkdwn(truncate(quote, QUOTE_MAX))}` : citationLine(c, lang);
}

/** Long enough for the sentence that answers, short enough that five sources stay readable. */
const QUOTE_MAX = 300;

export function renderAnswer(a: Answer, opts: RenderAnswerOptions): SlackMessage[] {
  const L = labels(a.language);
  const body: Block[] = [];
  if (opts.preface) body.push(context([opts.preface])!);
  const text = a.text.trim() || L.abstained;
  body.push(...sections(escapeMrkdwn(text)));
  if (isUncited(a)) body.push(context([L.uncited])!);
  if (a.figures.length) body.push(...listSections(`*${L.figures}*`, figureLines(a.figures, a.language)));
  const cited = [...a.citations].sort((x, y) => x.n - y.n);
  if (cited.length) body.push(...listSections(`*${L.sources}*`, cited.map((c) => citationWithQuote(c, a.language))));

  const tail: Block[] = [];
  const notes = a.notes.filter((n) => n.trim()).map(escapeMrkdwn);
  const ctx = context([`polderbot · ${L.mode[a.mode] ?? a.mode}`, ...notes]);
  if (ctx) tail.push(ctx);
  const actions = feedbackActions(opts.answerId, a.language, { feedback: opts.feedback !== false, share: !!opts.share });
  if (actions) tail.push(actions);
  return packMessages(body, tail, escapeMrkdwn(text), L.continued);
}
