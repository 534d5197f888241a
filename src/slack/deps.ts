// What the Slack layer needs from the rest of polderbot. Everything here is
// built by `polderbot serve` (src/cli/serve.ts, from the composition root
// src/root.ts) and by tests with fakes; the
// Slack code itself never imports retrieval, metrics or the database.
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Answerer } from '../answer/types.ts';
import type { ChartSeries, IndicatorResult } from '../metrics/types.ts';
import type { FeedbackLog, QuestionLog, RequestLog } from '../store/types.ts';
import type { Tracker } from '../recommendations/tracker.ts';
import type { DigestAccess } from '../digest/access.ts';

/** The answering bot: an Answerer, optionally with the extras of createBot(). */
export type SlackBot = Answerer & {
  mode?: string;
  close?(): void | Promise<void>;
};

/** A short description of one indicator, for `/indicator help`. */
export interface IndicatorInfo {
  id: string;
  title: string;
}

/** Access to the indicator catalogue (src/metrics), adapted in serve.ts. */
export interface IndicatorAccess {
  list(): IndicatorInfo[];
  /** computes an indicator; throws an error with a user-facing message on bad params */
  run(id: string, params: Record<string, unknown>): IndicatorResult | Promise<IndicatorResult>;
  /** usage text generated from the zod schemas; one indicator or all */
  help(id?: string): string;
  /** true when err is a bad-input error whose message can be shown as is */
  isInputError(err: unknown): boolean;
  /** why the options are not valid, in plain words (no validation-library text); undefined when unknown */
  explainInput?(id: string, params: Record<string, unknown>, lang?: 'nl' | 'en'): string | undefined;
  /** renders a chart to PNG (titles and labels in `lang`, default Dutch), when charts are available */
  renderChart?(series: ChartSeries, lang?: 'nl' | 'en'): Promise<Buffer>;
}

/** The part of the store the Slack layer uses (without claimRequest, duplicates are tracked in memory). */
export type SlackStore = QuestionLog & FeedbackLog & Partial<RequestLog>;

/** The result of a health check, served on GET /healthz in HTTP mode. */
export interface HealthReport {
  ok: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

export interface SlackDeps {
  config: Config;
  bot: SlackBot;
  indicators?: IndicatorAccess;
  store?: SlackStore;
  logger: Logger;
  /** extra health checks (index loaded, store writable); serve.ts provides them */
  health?: () => HealthReport | Promise<HealthReport>;
  /** salt for hashing Slack user ids before they are stored */
  userHashSalt?: string;
  /** an answer taking longer than this is abandoned and the asker told so (default 120 s) */
  answerTimeoutMs?: number;
  /** answers computed at the same time (default 1 in local mode, 8 in llm mode); more wait in a queue */
  answerConcurrency?: number;
  /** for tests: a clock in ms */
  now?: () => number;
  /** Slack identity: passing these skips auth.test at start (tests, bench) */
  botId?: string;
  botUserId?: string;
  /** the recommendation tracker behind /aanbeveling; absent: the command says it is not loaded */
  recommendations?: Tracker;
  /** this week's digest for /digest preview; absent: the command says it is unavailable */
  digest?: DigestAccess;
}
