// The chat model: ChatOpenAI on the chat-completions API of OpenAI or any
// OpenAI-compatible endpoint (OPENAI_BASE_URL). Retries are ours (retry.ts),
// so the client's own are off.
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../config.ts';

export const DEFAULT_MAX_TOKENS = 700;

export function createChatModel(config: Config, opts: { maxTokens?: number } = {}): ChatOpenAI {
  if (!config.openai.apiKey) throw new Error('OPENAI_API_KEY is not set: the LLM answerer needs it (without it polderbot answers locally).');
  return new ChatOpenAI({
    model: config.openai.model,
    apiKey: config.openai.apiKey,
    temperature: 0,
    maxTokens: opts.maxTokens ?? DEFAULT_MAX_TOKENS,
    maxRetries: 0,
    timeout: config.openai.timeoutMs,
    useResponsesApi: false,
    // streamed calls ask for a last chunk with the token counts (stream_options.include_usage)
    streamUsage: true,
    configuration: config.openai.baseURL ? { baseURL: config.openai.baseURL } : undefined,
  });
}
