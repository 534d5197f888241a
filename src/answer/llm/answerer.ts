// LLM mode: answers written by a chat model through LangChain, grounded in the
// same retrieval and the same metrics tools as local mode. Every sentence of
// the model's text is checked against what the model was given (verify.ts)
// before it is shown or streamed; unsupported sentences, outside links and
// invented page numbers never reach the user. An endpoint that rejects tools
// gets one call with the passages and the local router's indicator figures in
// the prompt. Whatever goes wrong (no supported answer, timeouts, 429s, 5xx,
// malformed tool arguments) ends in the local answer with a visible note.
import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { StructuredToolInterface } from '@langchain/core/tools';
import type { ChatOpenAI } from '@langchain/openai';
import { snapshotDirOf, type Config } from '../../config.ts';
import type { SourceDoc } from '../../corpus/types.ts';
import type { Figure } from '../../metrics/types.ts';
import type { Retriever } from '../../search/types.ts';
import { detectLanguage } from '../../language/detect.ts';
import type { Answer, Answerer, AskOptions } from '../types.ts';
import { condenseQuestion } from './condense.ts';
import { runToolLoop, type LoopResult } from './loop.ts';
import { createChatModel } from './model.ts';
import { notes } from './notes.ts';
import { PassageRegistry } from './passages.ts';
import { ABSTAIN_MARKER, fillTemplate, loadPrompts, type Prompts } from './prompts.ts';
import { configSecrets, createRedactor } from './redact.ts';
import { classifyError, DEFAULT_RETRY, LlmUnavailableError, type RetryPolicy } from './retry.ts';
import type { Evidence } from './support.ts';
import { createSearchTool, SEARCH_TOOL_NAME } from './tools.ts';
import type { TokenUsage } from './usage.ts';
import { AnswerVerifier } from './verify.ts';

/** What the answerer needs of the search index (structurally; the search module's SearchIndex fits). */
export interface LlmIndex {
  pageText(doc: string, page: number): string | undefined;
  sources: SourceDoc[];
}

/** The local router's indicator answer for a question (src/answer/indicator-route.ts), or null. */
export type IndicatorFigures = (question: string, language: 'nl' | 'en') => Promise<{ text: string; figures: Figure[] } | null>;

export interface LlmAnswererDeps {
  config: Config;
  retriever: Retriever;
  index: LlmIndex;
  local: Answerer;
  log?: (line: string) => void;
  /** indicator tools; default: createIndicatorTools() from src/answer/llm/indicator-tools.ts */
  indicatorTools?: StructuredToolInterface[];
  /** figures for the no-tools answer; default: answerIndicatorQuestion from src/answer/indicator-route.ts */
  indicatorFigures?: IndicatorFigures;
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
async function loadIndicatorTools(snapshotDir: string, log: (line: string) => void): Promise<StructuredToolInterface[]> {
  try {
    const { createIndicatorTools } = await import('./indicator-tools.ts');
    return createIndicatorTools({ snapshotDir });
  } catch (err) {
    log(`llm: indicator tools not available (${(err as Error).message.split('\n')[0]}); search only`);
    return [];
  }
}

/** The local answerer's indicator route, read through its export; no figures when it cannot load. */
async function loadIndicatorFigures(snapshotDir: string, log: (line: string) => void): Promise<IndicatorFigures> {
  try {
    const { answerIndicatorQuestion } = await import('../indicator-route.ts');
    return (question, language) => answerIndicatorQuestion(question, language, { snapshotDir });
  } catch (err) {
    log(`llm: indicator route not available (${(err as Error).message.split('\n')[0]}); no figures without tools`);
    return async () => null;
  }
}

/**
 * An endpoint (or model) that does not take `tools`: HTTP 400/422 whose
 * message is about tools (Ollama: "<model> does not support tools"), or a 400
 * whose body the client could not read: vLLM's refusal ("\"auto\" tool choice
 * requires --enable-auto-tool-choice …") has no `error` key, so the openai
 * client reports only "400 status code (no body)". The one-call answer without
 * tools is then tried once; if that fails too, the local answer follows.
 */
export function rejectsTools(err: unknown): boolean {
  const cause = (err instanceof LlmUnavailableError ? err.cause : err) as { status?: unknown; message?: unknown; error?: unknown } | undefined;
  if (!cause || (cause.status !== 400 && cause.status !== 422)) return false;
  const message = `${String(cause.message ?? '')} ${JSON.stringify(cause.error ?? '')}`;
  return /tool|function/i.test(message) || (cause.status === 400 && /status code \(no body\)/.test(message));
}

/** Figures as the model sees them without tools: one line each, with the source. */
export function formatFigures(route: { text: string; figures: Figure[] } | null): string {
  if (!route?.figures.length) return '(geen berekende cijfers voor deze vraag)';
  const lines = route.figures.map((f) => {
    const s = f.source;
    return `- ${f.country}, ${f.label}, ${f.period}: ${f.value} ${f.unit} (bron: ${s.publisher}, ${s.dataset}${s.table ? `, ${s.table}` : ''}, opgehaald ${s.retrieved})`;
  });
  return [route.text.replace(/\s+/g, ' ').trim(), ...lines].join('\n');
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
  const sourceUrls = deps.index.sources.map((s) => s.url).filter((u): u is string => !!u);
  let indicatorTools: Promise<StructuredToolInterface[]> | undefined = deps.indicatorTools ? Promise.resolve(deps.indicatorTools) : undefined;
  let indicatorFigures: Promise<IndicatorFigures> | undefined = deps.indicatorFigures ? Promise.resolve(deps.indicatorFigures) : undefined;
  // once the endpoint has refused tools, later questions go straight to the one-call answer
  let toolsRejected = false;

  return {
    async ask(question: string, opts: AskOptions = {}): Promise<Answer> {
      const started = performance.now();
      const language = detectLanguage(question);
      const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
      const stats = { steps: 0, toolCalls: 0, condensed: false, retries: 0, noTools: false };
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

        opts.onStep?.('search');
        const registry = new PassageRegistry();
        const passages = await deps.retriever.retrieve(standalone, { k });
        const vars = {
          question,
          standalone,
          language: language === 'en' ? 'Engels (English)' : 'Nederlands',
          passages: passages.length ? registry.addAndFormat(passages) : '(geen passages gevonden)',
          abstain_marker: ABSTAIN_MARKER,
        };

        // the answer check: tool results join the evidence as they come in
        const toolEvidence: Evidence[] = [];
        const toolFigures: Figure[] = [];
        let verifying = false;
        const startVerify = () => {
          if (!verifying) opts.onStep?.('verify');
          verifying = true;
        };
        const verifier = new AnswerVerifier({
          language,
          passage: (n) => registry.get(n),
          pageText: (doc, page) => deps.index.pageText(doc, page),
          url: (doc) => urls.get(doc) || undefined,
          sourceUrls,
          toolEvidence: () => toolEvidence,
          redact,
          onText: opts.onText,
        });
        const stream = !!opts.onText;
        const common = {
          model,
          retry,
          redact,
          usage,
          signal,
          stream,
          onRetry: (attempt: number, cls: { reason: string }, delayMs: number) => {
            stats.retries++;
            log(`llm: retry ${attempt}/${retry.tries - 1} after ${cls.reason} in ${delayMs} ms`);
          },
          onText: (delta: string) => {
            startVerify();
            verifier.push(delta);
          },
          onToolCalls: () => verifier.discardUndecided(),
          onToolStart: (name: string) => opts.onStep?.(name === SEARCH_TOOL_NAME ? 'search' : 'indicator', name),
          onToolResult: (name: string, content: string) => {
            if (name !== SEARCH_TOOL_NAME) toolEvidence.push({ id: `tool:${name}`, text: content, kind: 'tool' });
          },
        };

        let result: LoopResult | undefined;
        if (!toolsRejected) {
          const tools = [createSearchTool(deps.retriever, registry), ...(await (indicatorTools ??= loadIndicatorTools(snapshotDirOf(deps.config), log)))];
          const messages: BaseMessage[] = [new SystemMessage(fillTemplate(prompts.system, vars)), new HumanMessage(fillTemplate(prompts.answer, vars))];
          try {
            result = await runToolLoop({ ...common, tools, messages, maxSteps });
            toolFigures.push(...result.figures);
          } catch (err) {
            if (!rejectsTools(err)) throw err;
            toolsRejected = true;
            stats.noTools = true;
            log(`llm: the endpoint rejects tools (${redact(String((err as LlmUnavailableError).cause ?? err)).split('\n')[0].slice(0, 200)}); answering with passages and figures in the prompt`);
          }
        }
        if (!result) {
          // one call, no tools: the passages and the figures the local router computed are in the prompt
          stats.noTools = true;
          opts.onStep?.('indicator');
          const route = await (await (indicatorFigures ??= loadIndicatorFigures(snapshotDirOf(deps.config), log)))(standalone, language).catch((err: unknown) => {
            log(`llm: indicator route failed (${(err as Error)?.message ?? String(err)}); no figures`);
            return null;
          });
          if (route?.figures.length) toolEvidence.push({ id: 'tool:indicator-route', text: JSON.stringify({ summary: route.text, figures: route.figures }), kind: 'tool' });
          const messages: BaseMessage[] = [
            new SystemMessage(fillTemplate(prompts.system, vars)),
            new HumanMessage(fillTemplate(prompts.answerNoTools, { ...vars, figures: formatFigures(route) })),
          ];
          result = await runToolLoop({ ...common, tools: [], messages, maxSteps: 1 });
          if (route?.figures.length) toolFigures.push(...route.figures);
        }
        stats.steps = result.steps;
        stats.toolCalls = result.toolCalls;

        if (!stream) {
          startVerify();
          verifier.push(result.text);
        }
        const verified = verifier.end();

        const answerNotes: string[] = [];
        if (verified.redacted) answerNotes.push(notes.redacted(language));
        if (result.rejected.length) answerNotes.push(notes.rejectedTool(language, result.rejected.length));
        if (verified.unknown.length) answerNotes.push(notes.removedMarkers(language, [...verified.unknown].sort((a, b) => a - b)));
        if (verified.removed.length) answerNotes.push(notes.removedSentences(language, verified.removed.length));
        const outside = [...verified.outside.links, ...verified.outside.emails, ...verified.outside.pages];
        if (outside.length) answerNotes.push(notes.removedOutside(language, [...new Set(outside)]));
        // figures are shown when the text uses a tool result (with tools, every figure a tool returned)
        const figures = dedupeFigures(stats.noTools && !verified.toolSupported ? [] : toolFigures);
        const extra = [
          verified.removed.length ? `removed_sentences=${verified.removed.length}` : '',
          verified.unknown.length || verified.unverified.length ? `removed_markers=${[...verified.unknown, ...verified.unverified].join(',')}` : '',
          outside.length ? `removed_outside=${outside.length}` : '',
        ].filter(Boolean).join(' ');

        if (verified.abstained) {
          const answer: Answer = {
            question,
            language,
            text: verified.text,
            answered: false,
            citations: [],
            figures: [],
            mode: 'llm',
            notes: answerNotes,
            latencyMs: elapsed(),
            usage: { ...usage },
          };
          log(logLine('llm', answer, stats, extra));
          return answer;
        }
        if (!verified.kept || (!verified.citations.length && !verified.toolSupported)) {
          fallbackFor = { note: notes.uncited(language), reason: `no supported sentence${extra ? `; ${extra}` : ''}` };
          return undefined;
        }
        if (verified.removed.length > verified.kept) {
          fallbackFor = { note: notes.unsupported(language, verified.removed.length, verified.removed.length + verified.kept), reason: `mostly unsupported; ${extra}` };
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
        log(logLine('llm', answer, stats, extra));
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

function dedupeFigures(figures: Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.label}|${f.country}|${f.period}|${f.value}|${f.source.table}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function logLine(mode: string, a: Answer, s: { steps: number; toolCalls: number; condensed: boolean; retries: number; noTools: boolean }, extra = ''): string {
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
    `tools=${s.noTools ? 'none' : 'yes'}`,
    `citations=${a.citations.length}`,
    `figures=${a.figures.length}`,
    `answered=${a.answered}`,
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}
