// The tool-calling loop: the model answers or calls tools; tool results go
// back as tool messages; at most `maxSteps` model calls, the last one without
// tools so it has to answer. Every model call goes through withRetry. With
// `stream`, each call streams and its text is passed on as it arrives (to the
// answer check, which shows only verified sentences).
import { AIMessage, type AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import type { StructuredToolInterface } from '@langchain/core/tools';
import type { ChatOpenAI } from '@langchain/openai';
import type { Figure } from '../../metrics/types.ts';
import { LlmUnavailableError, withRetry, type ErrorClass, type RetryPolicy } from './retry.ts';
import { rejectToolCall, runToolCall } from './tools.ts';
import { addUsage, type TokenUsage } from './usage.ts';

export interface LoopOptions {
  model: ChatOpenAI;
  tools: StructuredToolInterface[];
  messages: BaseMessage[];
  maxSteps: number;
  retry: RetryPolicy;
  redact: (s: string) => string;
  usage: TokenUsage;
  signal?: AbortSignal;
  onRetry?: (attempt: number, cls: ErrorClass, delayMs: number) => void;
  /** stream each model call (chat-completions SSE) instead of waiting for the whole reply */
  stream?: boolean;
  /** streaming: the model's text as it arrives, until the call turns out to call tools */
  onText?: (delta: string) => void;
  /** streaming: the call turned to tool calls (text before them was not the answer) */
  onToolCalls?: () => void;
  /** each tool's result, as the model sees it */
  onToolResult?: (name: string, content: string, figures: Figure[]) => void;
  /** a step of the work starts ('search' for search_corpus, 'indicator' for the indicator tools) */
  onToolStart?: (name: string) => void;
}

export interface LoopResult {
  text: string;
  figures: Figure[];
  steps: number;
  toolCalls: number;
  /** calls refused (bad arguments, unknown tool), in order */
  rejected: string[];
}

/** How many refused tool calls the model gets told about before the LLM path gives up. */
const MAX_REJECTED = 1;

export async function runToolLoop(opts: LoopOptions): Promise<LoopResult> {
  const byName = new Map(opts.tools.map((t) => [t.name, t]));
  const withTools = opts.tools.length ? opts.model.bindTools(opts.tools) : opts.model;
  const answerOnly = opts.tools.length ? opts.model.bindTools(opts.tools, { tool_choice: 'none' }) : opts.model;
  const messages = [...opts.messages];
  const figures: Figure[] = [];
  const rejected: string[] = [];
  let toolCalls = 0;

  for (let step = 1; step <= opts.maxSteps; step++) {
    const last = step === opts.maxSteps;
    const runnable = last ? answerOnly : withTools;
    const ai = (await withRetry(() => (opts.stream ? streamCall(runnable, messages, opts) : runnable.invoke(messages, { signal: opts.signal })), opts.retry, {
      signal: opts.signal,
      onRetry: opts.onRetry,
    })) as AIMessage;
    addUsage(opts.usage, ai);

    const valid = ai.tool_calls ?? [];
    const invalid = ai.invalid_tool_calls ?? [];
    if (last || (!valid.length && !invalid.length)) {
      const text = ai.text.trim();
      if (!text) throw new LlmUnavailableError(last && (valid.length || invalid.length) ? 'no answer within the step limit' : 'empty answer');
      return { text, figures, steps: step, toolCalls, rejected };
    }

    // The assistant turn goes back into the history with every call it made
    // (malformed ones with empty arguments), so each tool message has its call.
    const calls = [
      ...valid.map((c, i) => ({ id: c.id ?? `call_${step}_${i}`, name: c.name, args: c.args as unknown, bad: undefined as string | undefined })),
      ...invalid.map((c, i) => ({ id: c.id ?? `invalid_${step}_${i}`, name: c.name ?? 'unknown', args: {} as unknown, bad: 'argumenten zijn geen geldige JSON' })),
    ];
    messages.push(new AIMessage({ content: ai.content, tool_calls: calls.map((c) => ({ id: c.id, name: c.name, args: (c.bad ? {} : c.args) as Record<string, unknown>, type: 'tool_call' as const })) }));

    for (const call of calls) {
      toolCalls++;
      if (!call.bad) opts.onToolStart?.(call.name);
      const run = call.bad
        ? rejectToolCall(call, `ongeldige argumenten voor ${call.name.slice(0, 60)}: ${call.bad}`, opts.redact)
        : await runToolCall(call, byName, opts.redact);
      if (!run.rejected && run.message.status !== 'error') opts.onToolResult?.(call.name, String(run.message.content), run.figures);
      if (run.rejected) {
        rejected.push(run.rejected);
        if (rejected.length > MAX_REJECTED) throw new LlmUnavailableError('malformed tool arguments');
      }
      figures.push(...run.figures);
      messages.push(run.message);
    }
  }
  throw new LlmUnavailableError('no answer within the step limit');
}

type Runnable = { stream(input: BaseMessage[], options?: { signal?: AbortSignal }): Promise<AsyncIterable<AIMessageChunk>> };

/**
 * One streamed model call, gathered into one message. Text is passed on while
 * no tool call has appeared; once text has been passed on, a broken stream is
 * not retried (what was shown would be shown twice).
 */
async function streamCall(runnable: unknown, messages: BaseMessage[], opts: LoopOptions): Promise<AIMessage> {
  let gathered: AIMessageChunk | undefined;
  let toolCalls = false;
  let passed = false;
  try {
    const stream = await (runnable as Runnable).stream(messages, { signal: opts.signal });
    for await (const chunk of stream) {
      gathered = gathered ? gathered.concat(chunk) : chunk;
      if (!toolCalls && chunk.tool_call_chunks?.length) {
        toolCalls = true;
        opts.onToolCalls?.();
      }
      const text = typeof chunk.content === 'string' ? chunk.content : chunk.text;
      if (text && !toolCalls) {
        passed = true;
        opts.onText?.(text);
      }
    }
  } catch (err) {
    if (passed) throw new LlmUnavailableError('stream broke off', { cause: err });
    throw err;
  }
  if (!gathered) throw new LlmUnavailableError('empty answer');
  return new AIMessage({
    content: gathered.content,
    tool_calls: gathered.tool_calls,
    invalid_tool_calls: gathered.invalid_tool_calls,
    usage_metadata: gathered.usage_metadata,
    response_metadata: gathered.response_metadata,
    id: gathered.id,
  });
}
