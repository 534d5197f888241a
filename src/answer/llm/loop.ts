// The tool-calling loop: the model answers or calls tools; tool results go
// back as tool messages; at most `maxSteps` model calls, the last one without
// tools so it has to answer. Every model call goes through withRetry.
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
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
    const ai = (await withRetry(() => runnable.invoke(messages, { signal: opts.signal }), opts.retry, {
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
      const run = call.bad
        ? rejectToolCall(call, `ongeldige argumenten voor ${call.name.slice(0, 60)}: ${call.bad}`, opts.redact)
        : await runToolCall(call, byName, opts.redact);
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
