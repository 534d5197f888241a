// The bot's own memory of its conversations: per thread (channel + thread
// root), the questions asked and the answers given, so a follow-up is read in
// context even when Slack's copy of the thread cannot be read or lacks the
// streamed answers. Bounded and expiring; lost on restart (Slack's history
// then serves).
import type { Turn } from '../answer/types.ts';

export interface RememberedTurn extends Turn {
  ts: string;
}

interface Thread {
  channel: string;
  root: string;
  turns: RememberedTurn[];
  updatedAt: number;
}

export class ConversationMemory {
  private readonly threads = new Map<string, Thread>();

  constructor(
    private readonly ttlMs = 24 * 3600_000,
    private readonly maxThreads = 5_000,
    private readonly maxTurns = 12,
    private readonly now: () => number = Date.now,
  ) {}

  add(channel: string, root: string, turns: RememberedTurn[]): void {
    const key = `${channel}:${root}`;
    const t = this.threads.get(key) ?? { channel, root, turns: [], updatedAt: 0 };
    t.turns = [...t.turns, ...turns].sort((a, b) => Number(a.ts) - Number(b.ts)).slice(-this.maxTurns);
    t.updatedAt = this.now();
    this.threads.delete(key);
    this.threads.set(key, t);
    while (this.threads.size > this.maxThreads) this.threads.delete(this.threads.keys().next().value as string);
  }

  /** a thread's turns before `beforeTs` */
  thread(channel: string, root: string, beforeTs?: string): Turn[] {
    const t = this.threads.get(`${channel}:${root}`);
    if (!t || this.now() - t.updatedAt > this.ttlMs) return [];
    return strip(t.turns.filter((x) => !beforeTs || Number(x.ts) < Number(beforeTs)));
  }

  /** the most recent conversation in a channel (a DM), if it went on within `withinMs` before `beforeTs` */
  latestIn(channel: string, beforeTs: string, withinMs: number): Turn[] {
    let best: Thread | undefined;
    for (const t of this.threads.values()) {
      if (t.channel !== channel || this.now() - t.updatedAt > this.ttlMs) continue;
      const last = t.turns.filter((x) => Number(x.ts) < Number(beforeTs)).at(-1);
      if (!last || Number(beforeTs) - Number(last.ts) > withinMs / 1000) continue;
      if (!best || Number(last.ts) > Number(best.turns.filter((x) => Number(x.ts) < Number(beforeTs)).at(-1)!.ts)) best = t;
    }
    return best ? strip(best.turns.filter((x) => Number(x.ts) < Number(beforeTs))) : [];
  }
}

const strip = (turns: RememberedTurn[]): Turn[] => turns.map(({ role, text }) => ({ role, text }));

/**
 * Slack's copy of a conversation is the source of truth when it holds the
 * bot's own answers; without them (unreadable, or the answers not returned)
 * the bot's memory serves, and failing that whatever Slack gave.
 */
export function chooseHistory(fromSlack: Turn[], fromMemory: Turn[]): { turns: Turn[]; source: 'slack' | 'memory' | 'none' } {
  if (fromSlack.some((t) => t.role === 'assistant')) return { turns: fromSlack, source: 'slack' };
  if (fromMemory.length) return { turns: fromMemory, source: 'memory' };
  return fromSlack.length ? { turns: fromSlack, source: 'slack' } : { turns: [], source: 'none' };
}
