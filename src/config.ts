// Environment → typed configuration, validated once with zod. Every variable
// the bot reads is here (and in the README's configuration table).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project root (where package.json lives), for default paths. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const Env = z.object({
  POLDERBOT_EMBEDDINGS: z.preprocess(emptyAsUndefined, z.enum(['local', 'openai']).default('local')),
  POLDERBOT_CORPUS_DIR: z.preprocess(emptyAsUndefined, z.string().default(resolve(PROJECT_ROOT, 'corpus'))),
  POLDERBOT_INDEX_DIR: z.preprocess(emptyAsUndefined, z.string().default(resolve(PROJECT_ROOT, 'index'))),
  POLDERBOT_DB: z.preprocess(emptyAsUndefined, z.string().default(resolve(PROJECT_ROOT, '.polderbot', 'polderbot.db'))),
  POLDERBOT_LOG_QUESTIONS: z.preprocess(emptyAsUndefined, bool.default('true')),
  POLDERBOT_RETENTION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(90)),
  POLDERBOT_RATE_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().nonnegative().default(10)),
  POLDERBOT_ANSWER_WORKERS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(8).default(1)),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().default('gpt-4o-mini')),
  OPENAI_EMBEDDINGS_MODEL: z.preprocess(emptyAsUndefined, z.string().default('text-embedding-3-small')),
  OPENAI_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(30_000)),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalString,
  SLACK_API_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(5_000)),
  SLACK_API_RETRIES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(5).default(2)),
  SLACK_DELIVERY_DEADLINE_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(20_000)),
  SLACK_DRAIN_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(25_000).default(15_000)),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),

  DIGEST_CHANNEL: optionalString,
  DIGEST_DAY: z.preprocess(
    emptyAsUndefined,
    z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']).default('monday'),
  ),
  DIGEST_TIME: z.preprocess(emptyAsUndefined, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM').default('09:00')),

  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
});

export interface Config {
  embeddings: 'local' | 'openai';
  corpusDir: string;
  indexDir: string;
  dbPath: string;
  logQuestions: boolean;
  retentionDays: number;
  rateLimitPerMinute: number; // 0 = off
  /** `polderbot serve`: worker threads that answer, off the event loop that acknowledges Slack (0 = answer on it) */
  answerWorkers: number;
  openai: {
    apiKey?: string;
    baseURL?: string;
    model: string;
    embeddingsModel: string;
    timeoutMs: number;
  };
  slack: {
    botToken?: string;
    appToken?: string;
    signingSecret?: string;
    apiUrl?: string;
    port: number;
    /** one Web API or response_url request is aborted after this long */
    apiTimeoutMs: number;
    /** retries of a failed (5xx, network, timeout) Web API call; 429s are handled by the delivery deadline */
    apiRetries: number;
    /** an answer not delivered within this long is given up and the asker told */
    deliveryDeadlineMs: number;
    /** on SIGTERM: how long answers in flight may finish before Slack calls are aborted */
    drainMs: number;
  };
  digest: {
    channel?: string;
    day: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
    time: string; // HH:MM in Europe/Amsterdam
    timeZone: 'Europe/Amsterdam';
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class ConfigError extends Error {}

/** Reads and validates the environment. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee the configuration table in README.md.`);
  }
  const e = parsed.data;
  return {
    embeddings: e.POLDERBOT_EMBEDDINGS,
    corpusDir: resolve(e.POLDERBOT_CORPUS_DIR),
    indexDir: resolve(e.POLDERBOT_INDEX_DIR),
    dbPath: e.POLDERBOT_DB === ':memory:' ? ':memory:' : resolve(e.POLDERBOT_DB),
    logQuestions: e.POLDERBOT_LOG_QUESTIONS,
    retentionDays: e.POLDERBOT_RETENTION_DAYS,
    rateLimitPerMinute: e.POLDERBOT_RATE_LIMIT,
    answerWorkers: e.POLDERBOT_ANSWER_WORKERS,
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL,
      embeddingsModel: e.OPENAI_EMBEDDINGS_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
    },
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL,
      port: e.PORT,
      apiTimeoutMs: e.SLACK_API_TIMEOUT_MS,
      apiRetries: e.SLACK_API_RETRIES,
      deliveryDeadlineMs: e.SLACK_DELIVERY_DEADLINE_MS,
      drainMs: e.SLACK_DRAIN_MS,
    },
    digest: { channel: e.DIGEST_CHANNEL, day: e.DIGEST_DAY, time: e.DIGEST_TIME, timeZone: 'Europe/Amsterdam' },
    logLevel: e.LOG_LEVEL,
  };
}

/** The indicator snapshot of a configured corpus: <corpusDir>/indicators. */
export function snapshotDirOf(config: Pick<Config, 'corpusDir'>): string {
  return resolve(config.corpusDir, 'indicators');
}
