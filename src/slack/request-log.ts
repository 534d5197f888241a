// One structured log line per Slack request with its kind and latency
// (a global Bolt middleware: `next()` covers the listeners' work).
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import { fieldsOf } from './body.ts';

export function describeRequest(body: Record<string, unknown>): string {
  const event = body.event as { type?: string; channel_type?: string } | undefined;
  if (event?.type) return event.type === 'message' && event.channel_type ? `message.${event.channel_type}` : event.type;
  if (typeof body.command === 'string') return body.command;
  const actions = body.actions as { action_id?: string }[] | undefined;
  if (actions?.[0]?.action_id) return `action:${actions[0].action_id}`;
  return typeof body.type === 'string' ? body.type : 'unknown';
}

export function requestLogger(logger: Logger, now: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, context }) => {
    const started = now();
    const kind = describeRequest(fieldsOf(body));
    const base = { kind, team: context.teamId, retryNum: context.retryNum };
    try {
      await next();
      logger.info({ ...base, event: 'request', latencyMs: now() - started }, `slack ${kind}`);
    } catch (err) {
      logger.error({ ...base, event: 'request', latencyMs: now() - started, err: err instanceof Error ? err.message : String(err) }, `slack ${kind} failed`);
      throw err;
    }
  };
}
