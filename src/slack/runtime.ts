// State shared by the listeners of one running app: duplicate detection,
// rate limits, answers in flight and recent answers (for feedback and share).
import type { Answer } from '../answer/types.ts';
import type { SlackDeps } from './deps.ts';
import { SeenKeys } from './dedupe.ts';
import { RateLimiter } from './rate-limit.ts';
import { InFlight } from './in-flight.ts';
import { RecentMap } from './answer-cache.ts';
import { WorkQueue } from './work-queue.ts';
import { ConversationMemory } from './conversation-memory.ts';

export interface SlackRuntime {
  seen: SeenKeys;
  /** requests handled (event ids, trigger ids) when there is no database to claim them in */
  handled: SeenKeys;
  limiter: RateLimiter;
  inFlight: InFlight;
  answers: RecentMap<Answer>;
  /** where answers are computed: bounded concurrency, after an event-loop turn */
  work: WorkQueue;
  /** the bot's own memory of its threads, for follow-ups */
  memory: ConversationMemory;
  /** per answer id, the earlier questions of its conversation (kept with a 👎) */
  earlierQuestions: RecentMap<string[]>;
  /** users greeted on the Messages tab since start */
  greeted: Set<string>;
  now: () => number;
}

/** What every listener receives: the deps plus the runtime. */
export type ListenerDeps = SlackDeps & { runtime: SlackRuntime };

export function createRuntime(deps: SlackDeps): SlackRuntime {
  const now = deps.now ?? Date.now;
  return {
    seen: new SeenKeys(10 * 60_000, 10_000, now),
    handled: new SeenKeys(60 * 60_000, 50_000, now),
    limiter: new RateLimiter(deps.config.rateLimitPerMinute, now),
    inFlight: new InFlight(now),
    answers: new RecentMap<Answer>(24 * 3600_000, 2_000, now),
    // local answers are CPU-bound: one at a time keeps acks quick; LLM answers wait on I/O
    work: new WorkQueue(deps.answerConcurrency ?? (deps.bot.mode === 'llm' ? 8 : 1)),
    memory: new ConversationMemory(24 * 3600_000, 5_000, 12, now),
    greeted: new Set<string>(),
    earlierQuestions: new RecentMap<string[]>(24 * 3600_000, 2_000, now),
    now,
  };
}
