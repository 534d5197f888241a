// Building and posting the weekly digest, exactly once per ISO week and
// channel. The run row (unique on week + channel) is inserted BEFORE posting;
// whoever inserts it posts, everyone else skips. A run left 'started' by a
// crash is never re-posted blindly: the channel is searched for the digest's
// marker first (poster.findPosted); found → marked posted, not found → taken
// over (compare-and-set on the attempt number) and posted. Without a way to
// search the channel, the run is marked failed and reported instead.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/index.ts';
import { composeDigest, type Digest } from './compose.ts';
import type { Recommendation } from '../recommendations/catalogue.ts';
import { chartFile, digestMarker } from './render.ts';
import type { ContextProvider, DigestContext } from './context.ts';
import type { ChartSeries } from '../metrics/types.ts';
import type { DigestPoster } from './poster.ts';
import type { ViewProvider } from './sources.ts';
import type { DigestView } from './state.ts';
import { isoWeekKey } from './week.ts';

const WEEK_MS = 7 * 86_400_000;
/** a 'started' run older than this is taken for a crashed attempt */
export const DEFAULT_STALE_AFTER_MS = 10 * 60_000;

export const processOwner = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface BuildDeps {
  store: Store;
  recommendations: readonly Recommendation[];
  view: ViewProvider;
  /** the channel whose last digest is the baseline ('' for none) */
  channel: string;
  /** headline figures, last refresh and chart; absent: none */
  context?: ContextProvider;
  now?: Date;
}

/** Gathers the week's data and composes the digest (reads only). */
export async function buildDigest(deps: BuildDeps): Promise<{ digest: Digest; view: DigestView; context?: DigestContext }> {
  const now = deps.now ?? new Date();
  const last = deps.channel ? deps.store.lastPostedDigestRun(deps.channel) : undefined;
  // since the last digest (no gap, no overlap), at most two weeks back; else the last 7 days
  const from = last && now.getTime() - last.startedAt.getTime() < 2 * WEEK_MS && last.startedAt < now ? last.startedAt : new Date(now.getTime() - WEEK_MS);
  const view = await deps.view();
  const context = deps.context ? await deps.context() : undefined;
  const saved = deps.channel ? deps.store.loadDigestState(deps.channel) : undefined;
  const digest = composeDigest({
    week: isoWeekKey(now),
    period: { from, to: now },
    questions: deps.store.questionsBetween(from, now),
    feedback: deps.store.feedbackCounts(from, now),
    downvotes: deps.store.downvotesBetween(from, now),
    statusChanges: deps.store.statusChangesBetween(from, now),
    statuses: deps.store.currentStatuses(),
    recommendations: deps.recommendations,
    view,
    ...(context ? { context } : {}),
    ...(saved ? { previousView: saved.state as DigestView } : {}),
  });
  return { digest, view, ...(context ? { context } : {}) };
}

export type PostOutcome =
  | { status: 'posted'; week: string; channel: string; ts: string; chart?: 'posted' | 'none'; chartError?: string }
  | { status: 'recovered'; week: string; channel: string; ts: string }
  | { status: 'skipped'; week: string; channel: string; reason: 'already-posted' | 'in-progress' | 'failed-earlier'; ts?: string; error?: string }
  | { status: 'failed'; week: string; channel: string; error: string }
  | { status: 'needs-check'; week: string; channel: string; error: string };

export interface PostDeps extends Omit<BuildDeps, 'channel'> {
  poster: DigestPoster;
  channel: string;
  owner?: string;
  staleAfterMs?: number;
  /** retry a run that failed earlier this week (the CLI's --post does; after a marker check) */
  retryFailed?: boolean;
  /** renders the chart (default: the metrics module's PNG renderer, in Dutch) */
  renderChart?: (series: ChartSeries) => Promise<Buffer>;
}

const defaultRenderChart = async (series: ChartSeries): Promise<Buffer> => (await import('../metrics/chart.ts')).renderChartPng(series, 'nl');

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Posts this week's digest unless it was (or is being) posted already. Never throws for Slack errors. */
export async function postWeeklyDigest(deps: PostDeps): Promise<PostOutcome> {
  const now = deps.now ?? new Date();
  const owner = deps.owner ?? processOwner();
  const staleAfter = deps.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const { store, poster, channel } = deps;
  const week = isoWeekKey(now);
  const base = { week, channel };

  const claim = store.claimDigestRun(week, channel, owner, now);
  if (!claim.claimed) {
    const run = claim.run;
    if (run.status === 'posted') return { ...base, status: 'skipped', reason: 'already-posted', ...(run.messageTs ? { ts: run.messageTs } : {}) };
    if (run.status === 'started' && now.getTime() - run.updatedAt.getTime() < staleAfter) return { ...base, status: 'skipped', reason: 'in-progress' };
    if (run.status === 'failed' && !deps.retryFailed) return { ...base, status: 'skipped', reason: 'failed-earlier', ...(run.error ? { error: run.error } : {}) };
    // a crashed ('started', stale) or failed attempt: was it posted after all?
    if (!poster.findPosted) {
      const error = `digest ${week} for ${channel} was interrupted at ${run.startedAt.toISOString()} and the channel cannot be searched: not re-posted. Check the channel, then run "polderbot digest --post" to post it.`;
      if (run.status === 'started') store.finishDigestRun(week, channel, 'failed', { error }, now);
      return { ...base, status: 'needs-check', error };
    }
    let found: { ts: string } | null;
    try {
      found = await poster.findPosted(channel, digestMarker(week), new Date(run.startedAt.getTime() - 60_000));
    } catch (err) {
      return { ...base, status: 'needs-check', error: `could not search ${channel} for digest ${week}: ${message(err)}; not re-posted` };
    }
    if (found) {
      // posted before the crash: record it; the state is not advanced, so
      // changes since are reported again next week rather than lost
      store.finishDigestRun(week, channel, 'posted', { ts: found.ts }, now);
      return { ...base, status: 'recovered', ts: found.ts };
    }
    if (!store.takeOverDigestRun(week, channel, owner, run.attempt, now)) return { ...base, status: 'skipped', reason: 'in-progress' };
  }

  try {
    const { digest, view, context } = await buildDigest({ ...deps, channel, now });
    const { ts } = await poster.post(channel, digest);
    store.completeDigestRun(week, channel, ts, view, new Date());
    // the chart goes in the digest's thread; a chart that fails does not undo the posted digest
    const chart = chartFile(digest);
    if (!chart || !context?.chart || !poster.uploadFile) return { ...base, status: 'posted', ts, chart: 'none' };
    try {
      const png = await (deps.renderChart ?? defaultRenderChart)(context.chart.series);
      await poster.uploadFile(channel, ts, png, chart);
      return { ...base, status: 'posted', ts, chart: 'posted' };
    } catch (err) {
      return { ...base, status: 'posted', ts, chart: 'none', chartError: message(err) };
    }
  } catch (err) {
    const error = message(err);
    store.finishDigestRun(week, channel, 'failed', { error }, new Date());
    return { ...base, status: 'failed', error };
  }
}
