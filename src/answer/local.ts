// The local answerer (no API key): routes indicator and recommendation
// questions to their modules, everything else to retrieval + the extractive
// composer. Answers in the question's language; `mode: 'local'`.
import type { Answer, AskOptions, Answerer, Citation } from './types.ts';
import type { Figure } from '../metrics/types.ts';
import type { Chunk, Passage, Retriever } from '../search/types.ts';
import type { Language } from '../language/detect.ts';
import { analyseQuestion, type RouteQuestion } from '../language/question.ts';
import type { IndicatorIntent } from '../language/indicator-intent.ts';
import type { Speller } from '../language/spelling.ts';
import { splitSentences } from './sentences.ts';
import { queryTerms, textMatches, textStems } from '../language/terms.ts';
import { composeAnswer, fromQuote, previousQuote, type ComposeInput, type DocInfo } from './compose.ts';
import type { TermStats } from './term-stats.ts';
import type { AbstainThreshold } from './abstain.ts';

/** Answers the indicator intent the question's reading found (`Question.indicator`) with figures and their sources. */
export type IndicatorRoute = (intent: IndicatorIntent, language: Language) => Promise<{ text: string; figures: Figure[]; answered?: boolean } | null>;
/** Answers a question about the advisory's recommendations from the question's reading (the turn, the conversation's topic, the answer before), or null. */
export type RecommendationRoute = (read: RouteQuestion) => Promise<{ text: string; citations: Citation[] } | null>;

export interface LocalAnswererDeps {
  retriever: Retriever;
  stats: TermStats;
  pageText(doc: string, page: number): string | undefined;
  /** the chunks that start on a page, in order (what stands around the previous answer's quote) */
  pageChunks?(doc: string, page: number): Chunk[];
  docInfo(doc: string): DocInfo | undefined;
  /** the advisory's document id (what a question about "het advies" itself is about) */
  advisory?: string;
  expand?: ComposeInput['expand'];
  indicatorRoute?: IndicatorRoute;
  recommendationRoute?: RecommendationRoute;
  threshold?: AbstainThreshold;
  /** corrects typos against the corpus (default: none) */
  speller?: Speller;
  /** passages to retrieve (default 8) */
  k?: number;
  log?: (line: string) => void;
}

/**
 * The passage that backs a figure answer, quoted: its sentence with a figure
 * (else its first), so the reader sees the advisory's own words and numbers
 * ("2,2 procent") beside the computed ones.
 */
export function seeAlso(c: Citation & { n: number }, language: Language): string {
  const sentences = splitSentences(c.quote);
  const lead = (sentences.find((s) => /\d/.test(s.text)) ?? sentences[0])?.text.replace(/\s+/g, ' ').trim();
  const where = `${language === 'nl' ? 'Het advies' : 'The advisory'} (p. ${c.page}) [${c.n}]`;
  return lead ? `${where}: “${lead}”` : `${language === 'nl' ? 'Zie ook het advies' : 'See also the advisory'} [${c.n}].`;
}

const fold = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The chunk that holds the previous answer's first quote and the chunks on
 * either side of it (over a page break too), less what retrieval already
 * found: a follow-up ("waarom is dat een probleem?", "en wat gebeurt er dan?")
 * is often answered by the sentence before or after that quote, in words
 * the question does not share. Ranked after the retrieved passages.
 */
function aroundQuote(previousAnswer: string, docs: string[], pageChunks: (doc: string, page: number) => Chunk[], retrieved: readonly Passage[]): Passage[] {
  const near = previousQuote(previousAnswer);
  if (!near) return [];
  const score = Math.min(...retrieved.map((p) => p.score), 1);
  for (const doc of docs) {
    const chunks = pageChunks(doc, near.page);
    // (of overlapping chunks, the one that holds most of the quote: where its opening stands earliest, so the chunk after
    // it holds what follows the quote, not the quote again)
    const offsets = chunks.map((c) => fold(c.text).indexOf(near.quote));
    const at = offsets.reduce((best, x, i) => (x >= 0 && (best < 0 || x < offsets[best]!) ? i : best), -1);
    if (at < 0) continue;
    const next = chunks[at + 1] ?? pageChunks(doc, near.page + 1)[0];
    const found = (c: Chunk) => retrieved.some((p) => p.doc === c.doc && p.page === c.page && p.start <= c.start && p.end >= c.end);
    return [chunks[at - 1], chunks[at], next].filter((c): c is Chunk => c !== undefined && !found(c)).map((c) => ({ ...c, score }));
  }
  return [];
}

// how far after the first quote's end the answer to a question's second part may stand (characters of page text: about a paragraph)
const NEXT_PART_CHARS = 600;

/**
 * The quote an answer to a question's second part adds to the answer to its
 * first ("Ook (p. 7): “…” [n]"), when it is another passage that stands
 * within NEXT_PART_CHARS after the first quote's end (read on over a page
 * break); what stands elsewhere answers another question. Undefined otherwise.
 * Pure apart from the pages it reads.
 */
function nextPart(first: { text: string; citations: Citation[] }, second: Answer, pageText: LocalAnswererDeps['pageText']): { where: string; quote: string; citation: Citation } | undefined {
  const m = /\((pp?\. (?:[^)‘]|‘[^’]*’)+)\):\s*“([^”]+)”/.exec(second.text);
  const near = previousQuote(first.text);
  const citation = second.citations[0];
  if (!m || !near || !citation || !first.citations[0] || fold(first.text).includes(fold(m[2]!).slice(0, 60))) return undefined;
  const folded = (doc: string, page: number) => {
    const t = pageText(doc, page);
    return t === undefined ? undefined : fold(t);
  };
  const after = fromQuote(near, citation, citation.quote, folded);
  return after !== undefined && after > 0 && after <= fold(first.citations[0].quote).length + NEXT_PART_CHARS ? { where: m[1]!, quote: m[2]!, citation } : undefined;
}

// how many passages a follow-up's own words may bring in (measured on the pool: 2 gains 5 turns and loses none, 3 the same)
const OWN_PASSAGES = 2;

/** Whether a topic word of the turn's own, one the corpus has, stands in none of the passages retrieved for the conversation ("pension funds" after two turns on scale-ups' money). */
function missesOwnTopic(turn: string, language: Language, passages: readonly Passage[], deps: LocalAnswererDeps): boolean {
  const own = queryTerms(turn, language, deps.expand?.(turn, language) ?? []).filter((t) => !t.verb && t.topical && deps.stats.df(t.stems, t.en) > 0);
  const stems = passages.map((p) => textStems(p.text));
  return own.some((t) => !stems.some((st) => t.stems.some((q) => textMatches(st, q))));
}

export function createLocalAnswerer(deps: LocalAnswererDeps): Answerer {
  const k = deps.k ?? 8;
  const answerer: Answerer = {
    async ask(question: string, opts?: AskOptions): Promise<Answer> {
      const started = performance.now();
      // the one reading of the question, with its conversation
      const read = analyseQuestion(question, opts?.history ?? [], { speller: deps.speller });
      const language = read.language;
      const base = { question, language, mode: 'local' as const, notes: [] as string[], reading: read };
      const q = read.searchText;

      const routeFailed = (name: string, err: unknown) => {
        deps.log?.(`${name} route failed: ${err instanceof Error ? err.message : String(err)}`);
      };

      if (deps.recommendationRoute) {
        try {
          const r = await deps.recommendationRoute(read);
          if (r) return { ...base, text: r.text, answered: true, citations: r.citations, figures: [], latencyMs: performance.now() - started };
        } catch (err) {
          routeFailed('recommendation', err);
        }
      }

      let indicator: Awaited<ReturnType<IndicatorRoute>> = null;
      // (read with the question: none for a why-question, "hoe komt het dat we achterblijven?" after one on R&D;
      // a follow-up's is read from the conversation's topic and the turn, "en in de VS?" after a figure)
      if (deps.indicatorRoute && read.indicator) {
        try {
          indicator = await deps.indicatorRoute(read.indicator, language);
        } catch (err) {
          routeFailed('indicator', err);
        }
      }

      let passages = await deps.retriever.retrieve(q, { k, language });
      // a follow-up that names a topic of its own the conversation's passages lack ("And do they see any role for pension
      // funds here?" after two turns on scale-ups' money), though it points back too ("wat is dat werkcentrum dan"): the
      // turn's own best passages take the last places
      if (read.followUp && read.text !== q && missesOwnTopic(read.text, language, passages, deps)) {
        const own = (await deps.retriever.retrieve(read.text, { k: OWN_PASSAGES, language })).filter((p) => !passages.some((x) => x.id === p.id)).slice(0, OWN_PASSAGES);
        passages = [...passages.slice(0, k - own.length), ...own];
      }
      const docs = [...new Set([...(deps.advisory ? [deps.advisory] : []), ...passages.map((p) => p.doc)])];
      const around = read.followUp && read.previousAnswer && deps.pageChunks ? aroundQuote(read.previousAnswer, docs, deps.pageChunks, passages) : [];
      const composed = composeAnswer({
        question: read.matchText,
        language,
        passages,
        stats: deps.stats,
        pageText: deps.pageText,
        docInfo: deps.docInfo,
        ...(deps.advisory ? { advisory: deps.advisory } : {}),
        expand: deps.expand,
        threshold: deps.threshold,
        read,
        ...(opts?.onCandidates ? { trace: opts.onCandidates } : {}),
        // a follow-up ("en waarom?") adds to the previous answer, near it
        ...(read.followUp && read.previousAnswer ? { previousAnswer: read.previousAnswer } : {}),
        ...(around.length ? { around } : {}),
      });

      if (indicator) {
        // the figures answer; a passage that clearly supports them is cited too
        // the route's text numbers its own statistical sources [1]…[k]; the
        // corpus citations continue after them so no marker is ambiguous
        const taken = Math.max(0, ...[...indicator.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
        // (figures that do not answer as asked, "the advisory gives no figure for this", cite no passage)
        const answered = indicator.answered ?? true;
        const support = composed.answered && answered ? composed.citations.slice(0, 2).map((c, i) => ({ ...c, n: taken + i + 1 })) : [];
        const see = support.length ? `\n${seeAlso(support[0]!, language)}` : '';
        return { ...base, text: indicator.text + see, answered, citations: support, figures: indicator.figures, latencyMs: performance.now() - started, evidence: composed.evidence };
      }
      // a question in two ("Waarom …, en welke oplossing steunt de SER?"): the second is answered as the first one's follow-up,
      // its quote added when it is another passage
      let { text, citations } = composed;
      if (composed.answered && read.secondPart && !opts?.part) {
        const history = [...(opts?.history ?? []), { role: 'user' as const, text: question }, { role: 'assistant' as const, text }];
        const second = await answerer.ask(read.secondPart, { history, part: true });
        const part = second.answered && second.mode === 'local' && !second.figures.length ? nextPart({ text, citations }, second, deps.pageText) : undefined;
        if (part) {
          const more = `${language === 'nl' ? ' Ook' : ' It also says'} (${part.where}): “${part.quote}” [${citations.length + 1}]`;
          const gloss = text.indexOf(' Dutch terms: ');
          text = gloss >= 0 ? text.slice(0, gloss) + more + text.slice(gloss) : text + more;
          citations = [...citations, part.citation];
        }
      }
      return { ...base, text, answered: composed.answered, citations, figures: [], latencyMs: performance.now() - started, evidence: composed.evidence };
    },
  };
  return answerer;
}
