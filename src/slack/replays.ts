// Each Slack request is handled once. Slack retries an event it thinks was
// not acknowledged (same event_id, x-slack-retry-num); a slash command or a
// button click can be replayed (same trigger_id). The keys are claimed in the
// database (shared by replicas and kept across a restart) before any listener
// runs: a retry whose original never arrived is answered, an original plus its
// retry is answered once. Without a database the keys are kept in memory.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { RequestLog } from '../store/types.ts';
import type { SeenKeys } from './dedupe.ts';
import { fieldsOf } from './body.ts';

/** How long a handled request is remembered (Slack retries within minutes; signatures expire after 5). */
export const HANDLED_TTL_MS = 60 * 60_000;

/** The keys that identify one Slack request across retries and replays. */
export function requestKeys(body: Record<string, unknown>): string[] {
  const keys: string[] = [];
  if (typeof body.event_id === 'string') keys.push(`event:${body.event_id}`);
  const trigger = typeof body.trigger_id === 'string' ? body.trigger_id : undefined;
  if (typeof body.command === 'string' && trigger) keys.push(`command:${trigger}`);
  else if (typeof body.type === 'string' && trigger && body.type !== 'event_callback') {
    const actions = body.actions as { action_id?: string; action_ts?: string }[] | undefined;
    const a = actions?.[0];
    keys.push(`${body.type}:${trigger}${a ? `:${a.action_id ?? ''}:${a.action_ts ?? ''}` : ''}`);
  }
  return keys;
}

export function dedupeRequests(opts: { store?: Partial<RequestLog>; memory: SeenKeys; logger: Logger; now: () => number }): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, next, context } = args;
    const keys = requestKeys(fieldsOf(body));
    if (keys.length === 0) return next();
    let fresh: boolean;
    try {
      fresh = opts.store?.claimRequest ? opts.store.claimRequest(keys, HANDLED_TTL_MS, new Date(opts.now())) : opts.memory.firstTime(...keys);
    } catch (err) {
      // the database is unavailable: better an answer twice than none
      opts.logger.warn({ event: 'dedupe_unavailable', err: err instanceof Error ? err.message : String(err) }, 'could not record the request; using memory');
      fresh = opts.memory.firstTime(...keys);
    }
    if (fresh) return next();
    opts.logger.info({ event: 'duplicate', keys, retryNum: context.retryNum, retryReason: context.retryReason }, 'duplicate Slack request ignored');
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (typeof ack === 'function') await ack().catch(() => {});
  };
}
