// Renders an Answer as Slack messages (pure): the answer text split to Slack's
// limits, figures with their sources, the sources list `[n] title, p. X`, a
// context line with the mode and notes, and feedback (and share) buttons.
import type { Answer, Citation } from '../../answer/types.ts';
import { figureLines } from './figures.ts';
import { labels } from './labels.ts';
import { context, listSections, packMessages, sections, type Block, type SlackMessage } from './message.ts';
import { escapeMrkdwn, link, truncate } from './mrkdwn.ts';
import { ACTION_SHARE_ANSWER, ACTION_SHOW_SERIES, feedbackButtons } from './feedback.ts';
import { headlineFigures, HEADLINE_MAX, referencedNumbers, seriesChart } from './headline.ts';

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

/** An answer with neither a cited page nor a figure with its source. */
export function isUncited(a: Answer): boolean {
  return a.answered && a.citations.length === 0 && a.figures.length === 0;
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

/** The citations an answer's text refers to ([n]); all when the text has no markers. Nothing is added. */
export function shownCitations(a: Answer): Citation[] {
  const refs = referencedNumbers(a.text);
  return [...a.citations].filter((c) => !refs || refs.has(c.n)).sort((x, y) => x.n - y.n);
}

/** Everything after the answer text: figures and sources (body), then notes, buttons and 👍/👎 (tail). */
export function answerTail(a: Answer, opts: RenderAnswerOptions): { body: Block[]; tail: Block[] } {
  const L = labels(a.language);
  const body: Block[] = [];
  if (isUncited(a)) body.push(context([L.uncited])!);
  const shown = headlineFigures(a.figures);
  const hidden = a.figures.length - shown.length;
  if (shown.length) {
    const lines = figureLines(shown, a.language, HEADLINE_MAX);
    if (hidden > 0) lines.splice(shown.length, 0, L.moreFigures(hidden));
    body.push(...listSections(`*${L.figures}*`, lines));
  }
  const cited = shownCitations(a);
  // beside figures a source line is enough: the answer stays thread-sized
  const line = a.figures.length ? (c: Citation) => citationLine(c, a.language) : (c: Citation) => citationWithQuote(c, a.language);
  if (cited.length) body.push(...listSections(`*${L.sources}*`, cited.map(line)));

  const tail: Block[] = [];
  const notes = a.notes.filter((n) => n.trim()).map(escapeMrkdwn);
  const ctx = context([`polderbot · ${L.mode[a.mode] ?? a.mode}`, ...notes]);
  if (ctx) tail.push(ctx);
  const buttons: Extract<Block, { type: 'actions' }>['elements'] = [];
  if (opts.share) buttons.push({ type: 'button', action_id: ACTION_SHARE_ANSWER, value: opts.answerId, style: 'primary', text: { type: 'plain_text', text: L.share } });
  if (hidden > 0 || (a.figures.length && seriesChart(a.figures))) {
    buttons.push({ type: 'button', action_id: ACTION_SHOW_SERIES, value: opts.answerId, text: { type: 'plain_text', text: L.fullSeries } });
  }
  if (buttons.length) tail.push({ type: 'actions', block_id: `answer:${opts.answerId}`, elements: buttons });
  if (opts.feedback !== false) tail.push(feedbackButtons(opts.answerId, a.language));
  return { body, tail };
}

export function renderAnswer(a: Answer, opts: RenderAnswerOptions): SlackMessage[] {
  const L = labels(a.language);
  const head: Block[] = [];
  if (opts.preface) head.push(context([opts.preface])!);
  const text = a.text.trim() || L.abstained;
  head.push(...sections(escapeMrkdwn(text)));
  const { body, tail } = answerTail(a, opts);
  return packMessages([...head, ...body], tail, escapeMrkdwn(text), L.continued);
}
