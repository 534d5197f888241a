// Token counts reported by the model, summed over the calls of one answer.
import type { AIMessage } from '@langchain/core/messages';

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export function addUsage(total: TokenUsage, message: AIMessage): void {
  const u = message.usage_metadata;
  if (u) {
    total.promptTokens += u.input_tokens ?? 0;
    total.completionTokens += u.output_tokens ?? 0;
    return;
  }
  const t = (message.response_metadata as { tokenUsage?: { promptTokens?: number; completionTokens?: number } } | undefined)?.tokenUsage;
  if (t) {
    total.promptTokens += t.promptTokens ?? 0;
    total.completionTokens += t.completionTokens ?? 0;
  }
}
