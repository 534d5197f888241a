// Slack retries an event it believes was not acknowledged. The first delivery
// is already being answered (and acknowledged), so a retry is dropped at once.
import type { Context } from '@slack/bolt';
import type { ListenerDeps } from '../runtime.ts';

export function isRetry(context: Context, deps: ListenerDeps): boolean {
  const n = context.retryNum;
  if (n === undefined || n === 0) return false;
  deps.logger.info({ event: 'retry_ignored', retryNum: n, retryReason: context.retryReason }, 'Slack retry ignored');
  return true;
}
