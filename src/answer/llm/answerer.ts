// LLM mode: answers written by a chat model through LangChain, grounded in the
// same retrieval and the same metrics tools as local mode. Whatever goes wrong
// (no answer, no supported citation, timeouts, 429s, 5xx, malformed tool
// arguments) ends in the local answer with a visible note.
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { StructuredToolInterface } from '@langchain/core/tools';
import type { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../config.ts';
import type { SourceDoc } from '../../corpus/types.ts';
import type { Figure } from '../../metrics/types.ts';
import type { Retriever } from '../../search/types.ts';
import { detectLanguage } from '../../language/detect.ts';
import type { Answer, Answerer, AskOptions } from '../types.ts';
import { verifyCitations } from './citations.ts';
import { condenseQuestion } from './condense.ts';
import { runToolLoop } from './loop.ts';
import { createChatModel } from './model.ts';
import { notes } from './notes.ts';
import { PassageRegistry } from './passages.ts';
import { ABSTAIN_MARKER, fillTemplate, loadPrompts, type Prompts } from './prompts.ts';
import { configSecrets, createRedactor } from './redact.ts';
import { classifyError, DEFAULT_RETRY, LlmUnavailableError, type RetryPolicy } from './retry.ts';
import { createSearchTool } from './tools.ts';
import type { TokenUsage } from './usage.ts';

/** What the answerer needs of the search index (structurally; the search module's SearchIndex fits). */
export interface LlmIndex {
  pageText(doc: string, page: number): string | undefined;
  sources: SourceDoc[];
}

export interface LlmAnswererDeps {
  config: Config;
  retriever: Retriever;
  index: LlmIndex;
  local: Answerer;
  log?: (line: string) => void;
  /** indicator tools; default: createIndicatorTools() from src/metrics/tools.ts */
  indicatorTools?: StructuredToolInterface[];
  /** retry policy overrides (tests make the delays instant) */
  retry?: Partial<RetryPolicy>;
  /** model calls per answer in the tool loop (default 4) */
  maxSteps?: number;
  /** passages given in the first message (default 6) */
  k?: number;
  prompts?: Prompts;
  model?: ChatOpenAI;
  /** wall-clock budget for the whole LLM path of one answer (default 2 × OPENAI_TIMEOUT_MS) */
  budgetMs?: number;
}

const DEFAULT_STEPS = 4;
const DEFAULT_K = 6;

/** Loads the metrics module's tools, if it is there; LLM mode works with search alone otherwise. */
async function loadIndicatorTools(log: (line: string) => void): Promise<StructuredToolInterface[]> {
  try {
    const { createIndicatorTools } = await import('../../metrics/tools.ts');
    return createIndicatorTools();
  } catch (err) {
    log(`llm: indicator tools not available (${(err as Error).message.split('\n')[0]}); search only`);
    return [];
  }
}

export function createLlmAnswerer(deps: LlmAnswererDeps): Answerer {
  const { config } = deps;
  const redact = createRedactor(configSecrets(config));
  const log = (line: string) => deps.log?.(redact(line));
  const prompts = deps.prompts ?? loadPrompts();
  const model = deps.model ?? createChatModel(config);
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...deps.retry };
  const maxSteps = deps.maxSteps ?? DEFAULT_STEPS;
  const k = deps.k ?? DEFAULT_K;
  const budgetMs = deps.budgetMs ?? 2 * config.openai.timeoutMs;
  const urls = new Map(deps.index.sources.map((s) => [s.id, s.url]));
  let indicatorTools: Promise<StructuredToolInterface[]> | undefined = deps.indicatorTools ? Promise.resolve(deps.indicatorTools) : undefined;

  return {
    async ask(question: string, opts: AskOptions = {}): Promise<Answer> {
      const started = performance.now();
      const language = detectLanguage(question);
      const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
      const stats = { steps: 0, toolCalls: 0, condensed: false, retries: 0 };
      const elapsed = () => Math.round(performance.now() - started);
      // one deadline over condensation, every model call, retry and backoff
      const budget = AbortSignal.timeout(budgetMs);
      const signal = opts.signal ? AbortSignal.any([opts.signal, budget]) : budget;
      const usageOrUndefined = () => (usage.promptTokens || usage.completionTokens ? { ...usage } : undefined);

      const fallback = async (note: string, reason: string): Promise<Answer> => {
        const local = await deps.local.ask(question, opts);
        const answer: Answer = { ...local, notes: [...local.notes, redact(note)], latencyMs: elapsed(), usage: usageOrUndefined() };
        log(logLine('local', answer, stats, `fallback="${reason}"`));
        return answer;
      };

      // the LLM path: an Answer, or undefined with fallbackFor set
      let fallbackFor: { note: string; reason: string } | undefined;
      const llmPath = async (): Promise<Answer | undefined> => {
        let standalone = question;
        if (opts.history?.length) {
          const c = await condenseQuestion({ model, template: prompts.condense, history: opts.history, question, usage, signal });
          standalone = c.question;
          stats.condensed = c.condensed;
        }

        const registry = new PassageRegistry();
        const passages = await deps.retriever.retrieve(standalone, { k });
        const tools = [createSearchTool(deps.retriever, registry), ...(await (indicatorTools ??= loadIndicatorTools(log)))];
        const vars = {
          question,
          standalone,
          language: language === 'en' ? 'Engels (English)' : 'Nederlands',
          passages: passages.length ? registry.addAndFormat(passages) : '(geen passages gevonden)',
          abstain_marker: ABSTAIN_MARKER,
        };
        const result = await runToolLoop({
          model,
          tools,
          messages: [new SystemMessage(fillTemplate(prompts.system, vars)), new HumanMessage(fillTemplate(prompts.answer, vars))],
          maxSteps,
          retry,
          redact,
          usage,
          signal,
          onRetry: (attempt, cls, delayMs) => {
            stats.retries++;
            log(`llm: retry ${attempt}/${retry.tries - 1} after ${cls.reason} in ${delayMs} ms`);
          },
        });
        stats.steps = result.steps;
        stats.toolCalls = result.toolCalls;

        const answerNotes: string[] = [];
        const clean = redact(result.text);
        if (clean !== result.text) answerNotes.push(notes.redacted(language));
        if (result.rejected.length) answerNotes.push(notes.rejectedTool(language, result.rejected.length));

        const abstained = clean.trimStart().startsWith(ABSTAIN_MARKER);
        const body = abstained ? clean.trimStart().slice(ABSTAIN_MARKER.length).trim() : clean;
        const verified = verifyCitations(body, {
          passage: (n) => registry.get(n),
          pageText: (doc, page) => deps.index.pageText(doc, page),
          url: (doc) => urls.get(doc) || undefined,
        });
        const dropped = [...verified.unknown, ...verified.unverified].sort((a, b) => a - b);
        if (dropped.length) answerNotes.push(notes.removedMarkers(language, dropped));
        const figures = dedupeFigures(result.figures);

        if (abstained) {
          const answer: Answer = {
            question,
            language,
            text: stripMarkers(verified.text) || stripMarkers(body),
            answered: false,
            citations: [],
            figures: [],
            mode: 'llm',
            notes: answerNotes,
            latencyMs: elapsed(),
            usage: { ...usage },
          };
          log(logLine('llm', answer, stats));
          return answer;
        }
        if (!verified.citations.length && !figures.length) {
          fallbackFor = { note: notes.uncited(language), reason: 'no supported citation' };
          return undefined;
        }
        const answer: Answer = {
          question,
          language,
          text: verified.text,
          answered: true,
          citations: verified.citations,
          figures,
          mode: 'llm',
          notes: answerNotes,
          latencyMs: elapsed(),
          usage: { ...usage },
        };
        log(logLine('llm', answer, stats, dropped.length ? `removed=${dropped.join(',')}` : ''));
        return answer;
      };

      try {
        const answer = await llmPath();
        if (answer) return answer;
      } catch (err) {
        const reason = budget.aborted && !opts.signal?.aborted
          ? `no answer within ${budgetMs < 1000 ? `${budgetMs} ms` : `${Math.round(budgetMs / 1000)} s`}`
          : err instanceof LlmUnavailableError ? err.reason : classifyError(err).reason;
        if (!(err instanceof LlmUnavailableError)) log(`llm: ${reason}: ${(err as Error)?.message ?? String(err)}`);
        fallbackFor = { note: notes.fallback(language, reason), reason };
      }
      // outside the try: a failing local answerer is not retried through this path
      return fallback(fallbackFor?.note ?? notes.fallback(language, 'unknown'), fallbackFor?.reason ?? 'unknown');
    },
  };
}

/** An abstention cites nothing: its markers go. */
function stripMarkers(text: string): string {
  return text
    .replace(/[ \t]*\[\d+\]/g, '')
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .trim();
}

function dedupeFigures(figures: Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.label}|${f.country}|${f.period}|${f.value}|${f.source.table}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function logLine(mode: string, a: Answer, s: { steps: number; toolCalls: number; condensed: boolean; retries: number }, extra = ''): string {
  const u = a.usage;
  return [
    `llm answer mode=${mode}`,
    `latency_ms=${a.latencyMs ?? 0}`,
    `prompt_tokens=${u?.promptTokens ?? 0}`,
    `completion_tokens=${u?.completionTokens ?? 0}`,
    `steps=${s.steps}`,
    `tool_calls=${s.toolCalls}`,
    `retries=${s.retries}`,
    `condensed=${s.condensed}`,
    `citations=${a.citations.length}`,
    `figures=${a.figures.length}`,
    `answered=${a.answered}`,
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}
