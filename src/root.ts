// The composition root: the one place polderbot is put together, for the
// terminal (`polderbot`, `ask`), `serve` and the tests. config → memory (the
// store: question log and recommendation tracker) → index → answerer → bot.
// Slack, the digest and the commands receive what they need from here.
import type { Config } from './config.ts';
import { createBot, type Bot, type BotOptions } from './answer/bot.ts';
import type { RecommendationRoute } from './answer/local.ts';
import type { Store } from './store/index.ts';
import type { Tracker } from './recommendations/index.ts';

/** The store and what is built on it; either may be missing when it could not be opened (reported, never fatal to an answer). */
export interface Memory {
  store: Store;
  tracker?: Tracker;
  recommendationRoute?: RecommendationRoute;
  close(): void;
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

/**
 * Opens the store and the recommendation tracker behind status questions. A
 * store that cannot be opened is reported and the bot answers without it
 * (undefined); with `required`, it throws instead (`serve` needs the store).
 * `lazyCatalogue` (the terminal): the tracker reads its catalogue at its first
 * use, not here.
 */
export async function openMemory(config: Config, warn: (line: string) => void, opts: { required?: boolean; lazyCatalogue?: boolean } = {}): Promise<Memory | undefined> {
  let store: Store;
  try {
    const { openStore } = await import('./store/index.ts');
    store = openStore(config); // records nothing when POLDERBOT_LOG_QUESTIONS is off
  } catch (err) {
    if (opts.required) throw new StoreUnavailableError(err);
    warn(`memory unavailable (${firstLine(err)}); answering without question log and recommendation tracker`);
    return undefined;
  }
  let tracker: Tracker | undefined;
  let recommendationRoute: RecommendationRoute | undefined;
  try {
    const recommendations = await import('./recommendations/index.ts');
    tracker = (opts.lazyCatalogue ? recommendations.createLazyTrackerFor : recommendations.createTrackerFor)(config, store);
    recommendationRoute = recommendations.recommendationRoute(tracker);
  } catch (err) {
    warn(`recommendation tracker unavailable (${firstLine(err)}); status questions go to retrieval`);
  }
  return { store, tracker, recommendationRoute, close: () => store.close() };
}

/** The store could not be opened where it is required (`serve`): set POLDERBOT_DB to a writable path. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'StoreUnavailableError';
  }
}

export interface Polderbot extends Bot {
  /** the opened store (question log, tracker, digest runs); absent when it could not be opened */
  store?: Store;
  tracker?: Tracker;
  /** closes the bot, then the store */
  close(): Promise<void>;
}

export interface OpenOptions {
  surface: 'cli' | 'slack';
  /** how to get the index (see BotOptions.build) */
  build: NonNullable<BotOptions['build']>;
  /** progress (index building, the answerer's notes), one line each */
  log: (line: string) => void;
  /** a part that could not be opened and is done without (default: log) */
  warn?: (line: string) => void;
  /** `serve` needs the store: a store that cannot be opened is then an error (StoreUnavailableError) */
  storeRequired?: boolean;
  warmUp?: boolean;
  /** answer in this many worker threads (BotOptions.workers; `serve`) */
  workers?: number;
}

/**
 * The bot as every entry point opens it: the store first (the question log and
 * the tracker's route go into the bot), then the index and the answerer. What
 * was opened is closed again when a later part fails (an IndexError says to run
 * `polderbot ingest`).
 */
export function openPolderbot(config: Config, opts: OpenOptions & { storeRequired: true }): Promise<Polderbot & { store: Store }>;
export function openPolderbot(config: Config, opts: OpenOptions): Promise<Polderbot>;
export async function openPolderbot(config: Config, opts: OpenOptions): Promise<Polderbot> {
  const memory = await openMemory(config, opts.warn ?? opts.log, { required: opts.storeRequired, lazyCatalogue: opts.surface === 'cli' });
  let bot: Bot;
  try {
    bot = await createBot(config, {
      surface: opts.surface,
      build: opts.build,
      ...(opts.warmUp === false ? { warmUp: false } : {}),
      ...(opts.workers ? { workers: opts.workers } : {}),
      log: opts.log,
      // the terminal's questions are logged here; Slack's by the Slack layer, which knows the surface (mention, DM, /vraag)
      ...(opts.surface === 'cli' && memory ? { questionLog: memory.store } : {}),
      recommendationRoute: memory?.recommendationRoute,
    });
  } catch (err) {
    memory?.close();
    throw err;
  }
  return {
    ...bot,
    ...(memory ? { store: memory.store, ...(memory.tracker ? { tracker: memory.tracker } : {}) } : {}),
    async close() {
      await bot.close();
      memory?.close();
    },
  };
}
