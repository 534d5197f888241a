// The weekly job inside `polderbot serve`: croner in Europe/Amsterdam at
// DIGEST_DAY/DIGEST_TIME, a catch-up at start (the bot was down at the slot,
// or crashed mid-post), and a daily clean-up of expired questions.
import { Cron } from 'croner';
import { snapshotDirOf, type Config } from '../config.ts';
import type { Store } from '../store/index.ts';
import { silentLogger, type DigestLogger } from './logger.ts';
import type { DigestPoster } from './poster.ts';
import { DEFAULT_STALE_AFTER_MS, postWeeklyDigest, processOwner, type PostOutcome } from './post.ts';
import { loadRecommendations, type Recommendation } from '../recommendations/catalogue.ts';
import { digestCronPattern, previousDigestRun, refreshCronPattern } from './schedule.ts';
import { defaultContextProvider, type ContextProvider } from './context.ts';
import { refreshAndRecord, type RefreshStatus } from './refresh-status.ts';
import { defaultViewProvider, type ViewProvider } from './sources.ts';
import { isoWeekKey } from './week.ts';

export interface DigestSchedulerDeps {
  /** with dbPath: headline figures and the refresh before each digest (its outcome kept next to the database) */
  config: Pick<Config, 'digest' | 'corpusDir' | 'indexDir'> & Partial<Pick<Config, 'dbPath'>>;
  store: Store;
  poster: DigestPoster;
  logger?: DigestLogger;
  /** defaults: corpus/recommendations.yml, the indicator snapshot and corpus/sources.yml */
  recommendations?: readonly Recommendation[];
  view?: ViewProvider;
  context?: ContextProvider;
  /** the statistics refresh run an hour before each digest (default: eurostat + oecd into the snapshot) */
  refresh?: () => Promise<RefreshStatus>;
  staleAfterMs?: number;
  now?: () => Date;
}

export interface DigestScheduler {
  /** the next scheduled post, null when the digest is off (no DIGEST_CHANNEL) */
  nextRun(): Date | null;
  /** posts this week's digest now if it is not posted yet (the same guard as the schedule) */
  runNow(): Promise<PostOutcome | null>;
  /** resolves when the start-up catch-up check is done */
  readonly ready: Promise<PostOutcome | null>;
  /** the next scheduled refresh of the statistics (null when off) */
  nextRefresh(): Date | null;
  /** runs the pre-digest refresh now */
  refreshNow(): Promise<RefreshStatus | null>;
  stop(): void;
}

/** Starts the weekly digest job. With no DIGEST_CHANNEL it logs that the digest is off and does nothing. */
export function startDigestScheduler(deps: DigestSchedulerDeps): DigestScheduler {
  const log = deps.logger ?? silentLogger;
  const channel = deps.config.digest.channel;
  const now = deps.now ?? (() => new Date());
  const prune = new Cron('17 4 * * *', { timezone: deps.config.digest.timeZone, protect: true }, () => {
    try {
      const n = deps.store.pruneExpired(now());
      if (n) log.info({ deleted: n }, 'digest: expired questions and feedback deleted');
    } catch (err) {
      log.error({ err: String(err) }, 'digest: pruning expired questions failed');
    }
  });
  if (!channel) {
    log.info({}, 'digest: off (set DIGEST_CHANNEL to post a weekly digest)');
    return { nextRun: () => null, runNow: async () => null, ready: Promise.resolve(null), nextRefresh: () => null, refreshNow: async () => null, stop: () => prune.stop() };
  }

  const owner = processOwner();
  const view = deps.view ?? defaultViewProvider(deps.config, (msg) => log.warn({}, msg));
  const dbPath = deps.config.dbPath;
  const context = deps.context ?? (dbPath ? defaultContextProvider({ corpusDir: deps.config.corpusDir, dbPath }, (msg) => log.warn({}, msg)) : undefined);
  const refresh =
    deps.refresh ??
    (dbPath
      ? async () => {
          const { refreshSnapshot } = await import('../metrics/refresh/refresh.ts');
          return refreshAndRecord(dbPath, () => refreshSnapshot({ dir: snapshotDirOf(deps.config) }), now);
        }
      : undefined);
  const staleAfterMs = deps.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const runNow = async (): Promise<PostOutcome> => {
    const recommendations = deps.recommendations ?? loadRecommendations(deps.config.corpusDir);
    const outcome = await postWeeklyDigest({ store: deps.store, poster: deps.poster, channel, recommendations, view, ...(context ? { context } : {}), owner, staleAfterMs, now: now() });
    const level = outcome.status === 'failed' || outcome.status === 'needs-check' ? 'error' : 'info';
    log[level]({ ...outcome }, `digest: ${outcome.status}`);
    // another attempt is (or was, until a crash) posting: look again once it would count as stale
    if (outcome.status === 'skipped' && outcome.reason === 'in-progress' && !stopped) {
      const t = setTimeout(() => {
        timers.delete(t);
        void runNow().catch((err) => log.error({ err: String(err) }, 'digest: retry failed'));
      }, staleAfterMs + 1_000);
      t.unref();
      timers.add(t);
    }
    return outcome;
  };

  const job = new Cron(digestCronPattern(deps.config.digest.day, deps.config.digest.time), { timezone: deps.config.digest.timeZone, protect: true }, async () => {
    try {
      await runNow();
    } catch (err) {
      log.error({ err: String(err) }, 'digest: scheduled run failed');
    }
  });

  // the statistics are refreshed an hour before the digest; a failure is logged and reported by the digest, never blocks it
  const refreshNow = async (): Promise<RefreshStatus | null> => {
    if (!refresh) return null;
    try {
      const status = await refresh();
      log[status.failures.length ? 'warn' : 'info']({ ok: status.ok, failures: status.failures, newPoints: status.newPoints }, 'digest: statistics refreshed');
      return status;
    } catch (err) {
      log.error({ err: String(err) }, 'digest: statistics refresh failed');
      return null;
    }
  };
  const refreshJob = refresh
    ? new Cron(refreshCronPattern(deps.config.digest.day, deps.config.digest.time), { timezone: deps.config.digest.timeZone, protect: true }, () => void refreshNow())
    : undefined;

  // catch-up: this week's slot has passed and the digest is not posted (down at the slot, or a crash)
  const catchUp = async (): Promise<PostOutcome | null> => {
    const t = now();
    const slot = previousDigestRun(deps.config.digest, t);
    if (isoWeekKey(slot) !== isoWeekKey(t)) return null;
    const run = deps.store.getDigestRun(isoWeekKey(t), channel);
    if (run?.status === 'posted') return null;
    return runNow();
  };
  const ready = catchUp().catch((err) => {
    log.error({ err: String(err) }, 'digest: catch-up failed');
    return null;
  });

  log.info({ channel, next: job.nextRun()?.toISOString() }, 'digest: scheduled');
  return {
    nextRun: () => job.nextRun(),
    runNow,
    ready,
    nextRefresh: () => refreshJob?.nextRun() ?? null,
    refreshNow,
    stop() {
      stopped = true;
      job.stop();
      refreshJob?.stop();
      prune.stop();
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
