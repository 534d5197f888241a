// createBot: the one way to get an answerer. Loads the index, builds the
// retriever and the local answerer, wires the indicator and recommendation
// routes, switches to LLM mode when an API key is configured, and measures
// and logs every answer. The composition root (src/root.ts) opens it for
// Slack, the terminal and the tests.
import { snapshotDirOf, type Config } from '../config.ts';
import type { QuestionLog } from '../store/types.ts';
import type { Answer, AskOptions, Answerer } from './types.ts';
import { ensureIndex, loadIndex, indexStatus, IndexError, type SearchIndex } from '../search/index.ts';
import { createLocalAnswerer, type RecommendationRoute, type IndicatorRoute } from './local.ts';
import { docInfoLookup } from './doc-info.ts';
import { glossaryPhrases } from '../language/glossary.ts';
import { createSpeller, dutchWordList } from '../language/spelling.ts';
import { lexicon } from '../language/lexicon.ts';
import { indicatorRouteFor } from './indicator-route.ts';

export interface Bot extends Answerer {
  index: SearchIndex;
  mode: 'local' | 'llm';
  /** with `workers`: resolves when every answer worker has loaded the index and warmed up */
  ready?(): Promise<void>;
  close(): Promise<void>;
}

export interface BotOptions {
  questionLog?: QuestionLog;
  surface?: 'cli' | 'slack' | 'slash';
  log?: (line: string) => void;
  /** questions about the recommendations' status, answered from the tracker (src/recommendations/status-questions.ts) */
  recommendationRoute?: RecommendationRoute;
  /** override the indicator route (tests); default: src/answer/indicator-route.ts */
  indicatorRoute?: IndicatorRoute | null;
  /**
   * How to get the index. 'ensure': build or rebuild it when missing, stale or
   * mismatched (the terminal chat); 'if-missing': build only when there is
   * none yet (fresh clone), refuse a stale or mismatched one (`polderbot ask`);
   * 'load': refuse anything but a ready index (Slack). Default: 'ensure' for
   * the cli surface, 'load' otherwise.
   */
  build?: 'ensure' | 'if-missing' | 'load';
  /** answer two throw-away questions at start so the first real one is fast (default true) */
  warmUp?: boolean;
  /**
   * Answer in this many worker threads (src/answer/pool.ts) instead of on the
   * caller's event loop (`polderbot serve`: Slack acks never wait for an
   * answer). 0 or unset: in process. Not with an `indicatorRoute` override.
   */
  workers?: number;
  /** false: check the index files' sizes only (a worker whose parent verified them) */
  checksums?: boolean;
}

async function openIndex(config: Config, how: 'ensure' | 'if-missing' | 'load', log: (line: string) => void, checksums = true): Promise<SearchIndex> {
  if (how === 'ensure') return ensureIndex(config, { log });
  if (how === 'if-missing') {
    const status = await indexStatus(config);
    if (status.state === 'missing') {
      log(`No index in ${config.indexDir} yet: building it now (first run; later changes need \`polderbot ingest\`).`);
      return ensureIndex(config, { log });
    }
    // a stale index (corpus changed) is refused too, not only a corrupt or mismatched one
    if (status.state !== 'ok') throw new IndexError(`Cannot use the index in ${config.indexDir}: ${status.reason}`, status.state);
  }
  return loadIndex(config, { checksums });
}

export async function createBot(config: Config, opts: BotOptions = {}): Promise<Bot> {
  const log = opts.log ?? (() => {});
  const surface = opts.surface ?? 'cli';
  const index = await openIndex(config, opts.build ?? (surface === 'cli' ? 'ensure' : 'load'), log, opts.checksums ?? true);
  if (opts.workers && opts.workers > 0 && opts.indicatorRoute === undefined) {
    // the index stays open here for its metadata; its vectors are never read in this thread
    const { createAnswerPool } = await import('./pool.ts');
    const pool = createAnswerPool(config, { workers: opts.workers, surface, recommendationRoute: opts.recommendationRoute, log });
    const bot = withQuestionLog(index, config.openai.apiKey ? 'llm' : 'local', pool, surface, opts, async () => {
      await pool.close();
      index.close();
    });
    return { ...bot, ready: () => pool.ready() };
  }
  const retriever = index.retriever;
  const docInfo = docInfoLookup(index.sources);
  const local = createLocalAnswerer({
    retriever,
    // computed at ingest and read on demand (no pass over the corpus at start)
    stats: index.termStats,
    pageText: (doc, page) => index.pageText(doc, page),
    pageChunks: (doc, page) => index.pageChunks(doc, page),
    docInfo,
    advisory: index.sources.find((s) => s.kind === 'advisory')?.id,
    expand: glossaryPhrases,
    // (the corpus's words and the lexicon's Dutch words, which lead to them: "concurentiebedingen" → concurrentiebedingen;
    // and the words that frame a question, whose slip is no absent topic: "eigelijk" → eigenlijk)
    speller: createSpeller([...index.vocabulary, ...lexicon().synonyms.flat().filter((w) => !w.includes(' ')), ...lexicon().framing]),
    indicatorRoute: opts.indicatorRoute === null ? undefined : (opts.indicatorRoute ?? indicatorRouteFor(snapshotDirOf(config))),
    recommendationRoute: opts.recommendationRoute,
    log,
  });

  // one throw-away answer compiles the hot paths (stemmers, glossary, sentence
  // scoring, the retriever's English path): ~150-250 ms once at start instead
  // of on the first question asked
  // (not for a single `polderbot ask`: its one question pays that cost once either way)
  if (opts.warmUp !== false) {
    // the Dutch word list that tells a paraphrase from a typo or a topic, read now rather than on a question
    dutchWordList();
    for (const warm of ['Wat zegt het advies over arbeidsproductiviteit?', 'What does the advisory say about venture capital?']) {
      await local.ask(warm).catch(() => undefined);
    }
  }

  let answerer: Answerer = local;
  let mode: 'local' | 'llm' = 'local';
  if (config.openai.apiKey) {
    // loaded only here, so local mode never pays for LangChain's chat stack
    const { createLlmAnswerer } = await import('./llm/answerer.ts');
    answerer = createLlmAnswerer({ config, retriever, index, local, log });
    mode = 'llm';
  }

  return withQuestionLog(index, mode, answerer, surface, opts, async () => index.close());
}

/** The bot: the answerer, with each answer's latency measured and the question logged. */
function withQuestionLog(
  index: SearchIndex,
  mode: 'local' | 'llm',
  answerer: Answerer,
  surface: 'cli' | 'slack' | 'slash',
  opts: BotOptions,
  close: () => Promise<void>,
): Bot {
  const log = opts.log ?? (() => {});
  return {
    index,
    mode,
    async ask(question: string, askOpts?: AskOptions): Promise<Answer> {
      const started = performance.now();
      const answer = await answerer.ask(question, askOpts);
      answer.latencyMs = performance.now() - started;
      try {
        opts.questionLog?.recordQuestion({
          text: question,
          askedAt: new Date(),
          answered: answer.answered,
          mode: answer.mode,
          surface,
          latencyMs: Math.round(answer.latencyMs),
        });
      } catch (err) {
        log(`question log failed (answer still given): ${err instanceof Error ? err.message : String(err)}`);
      }
      return answer;
    },
    close,
  };
}

export { IndexError };
