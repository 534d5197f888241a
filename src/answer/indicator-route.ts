// Answers an indicator question with the figures and their sources, through
// the metrics module. Which indicator a question asks for (its indicator
// intent) is read with the question, in src/language/indicator-intent.ts
// (`Question.indicator`); a question with none goes to the corpus.
import { methodIn } from '../metrics/localise.ts';
import type { RunOptions } from '../metrics/index.ts';
import type { Figure, IndicatorResult } from '../metrics/types.ts';
import { indicatorIntent, QUOTED_BY_ADVISORY, type IndicatorIntent } from '../language/indicator-intent.ts';

export interface IndicatorRouteResult {
  text: string;
  figures: Figure[];
  /** false: the figures do not answer the question as asked (the advisory gives none, or they cannot be computed) */
  answered?: boolean;
}

/**
 * The answer text: the indicator's summary in the question's language and its
 * method. The figures themselves, each with its source, travel in
 * `Answer.figures`, which the terminal and Slack render under the text.
 */
export function composeIndicatorAnswer(r: IndicatorResult, lang: 'nl' | 'en'): string {
  const summary = r.summary?.[lang] ?? r.title;
  return lang === 'nl' ? `${summary}\nMethode: ${methodIn(r, 'nl')}` : `${summary}\nMethod: ${r.method}`;
}

/**
 * Answers an indicator question (text) with figures and their sources, or
 * returns null when it asks for no indicator (most corpus questions). For a
 * caller that has the text only (the LLM answerer, tests); the local answerer
 * hands over the question's reading, `answerIndicatorIntent`.
 */
export async function answerIndicatorQuestion(question: string, language: 'nl' | 'en', opts: RunOptions = {}): Promise<IndicatorRouteResult | null> {
  const routed = indicatorIntent(question);
  return routed ? answerIndicatorIntent(routed, language, opts) : null;
}

/**
 * The figures and their sources for an indicator intent.
 * `opts.snapshotDir`: the configured snapshot (see `indicatorRouteFor`).
 */
export async function answerIndicatorIntent(routed: IndicatorIntent, language: 'nl' | 'en', opts: RunOptions = {}): Promise<IndicatorRouteResult> {
  // the indicators (catalogue, formulas, snapshot reader) load with the first routed question
  const { MetricsInputError, runIndicator } = await import('../metrics/index.ts');
  try {
    const { latest, ...asked } = routed.params;
    let params = asked;
    if (latest) {
      // the latest year with data for the country asked about (a first run over the default period says which), and the change over it
      const probe = await runIndicator(routed.id, params, opts);
      const country = String(params.country ?? 'NL');
      const last = Math.max(...probe.figures.filter((f) => f.country === country && /^\d{4}$/.test(f.period)).map((f) => Number(f.period)));
      if (Number.isFinite(last)) params = { ...params, from: last - 1, to: last };
    }
    const r = await runIndicator(routed.id, params, opts);
    const text = composeIndicatorAnswer(r, language);
    // the advisory itself quotes only R&D spending and the OECD's AI estimate: any other statistic is
    // not the corpus's answer, so it comes with that said and `answered: false` (a gap in the corpus)
    if (!routed.notInAdvisory && QUOTED_BY_ADVISORY.has(routed.id)) return { text, figures: r.figures };
    const lead = language === 'nl' ? 'Het advies noemt hier geen cijfer voor. Uit de meegeleverde statistieken:' : 'The advisory gives no figure for this. From the bundled statistics:';
    return { text: `${lead}\n${text}`, figures: r.figures, answered: false };
  } catch (err) {
    if (err instanceof MetricsInputError) {
      const lead = language === 'nl' ? 'Dit kan ik niet uitrekenen met de meegeleverde statistieken: ' : 'I cannot compute this from the bundled statistics: ';
      return { text: lead + err.message, figures: [], answered: false };
    }
    throw err;
  }
}

/** The indicator route over one snapshot directory (config.corpusDir/indicators), in the shape createBot takes. */
export function indicatorRouteFor(snapshotDir: string) {
  return (intent: IndicatorIntent, language: 'nl' | 'en') => answerIndicatorIntent(intent, language, { snapshotDir });
}
