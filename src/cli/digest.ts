// `polderbot digest --preview [--json]` and `polderbot digest --post`.
import { loadConfig, type Config } from '../config.ts';
import { openStore, type Store } from '../store/index.ts';
import { loadRecommendations } from '../recommendations/catalogue.ts';
import { buildDigest, postWeeklyDigest } from '../digest/post.ts';
import { defaultContextProvider } from '../digest/context.ts';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defaultViewProvider } from '../digest/sources.ts';
import { posterFromWebClient } from '../slack/digest-poster.ts';
import { digestMessage } from '../slack/blocks/digest.ts';
import { parseOptions, UsageError } from './usage.ts';

export const DIGEST_USAGE = `Usage:
  polderbot digest --preview [--json] [--chart FILE]   show exactly what would be posted now (nothing is posted or saved);
                                        --json: the digest's sections and the message; --chart: write the chart (PNG)
  polderbot digest --post [--channel C] post it to DIGEST_CHANNEL (once per ISO week; needs SLACK_BOT_TOKEN)`;

async function post(config: Config, store: Store, channel: string | undefined, json: boolean): Promise<number> {
  if (!config.slack.botToken) {
    process.stderr.write('Cannot post: SLACK_BOT_TOKEN is not set. Set it (and DIGEST_CHANNEL), or use --preview.\n');
    return 2;
  }
  if (!channel) {
    process.stderr.write('Cannot post: no channel. Set DIGEST_CHANNEL (a channel id like C0123456789) or pass --channel.\n');
    return 2;
  }
  const { WebClient } = (await import('@slack/bolt')).webApi;
  const apiUrl = config.slack.apiUrl;
  const client = new WebClient(config.slack.botToken, {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: 2 },
    timeout: config.slack.apiTimeoutMs, // a hung call is given up, like serve's
  });
  const outcome = await postWeeklyDigest({
    store,
    poster: posterFromWebClient(client),
    channel,
    recommendations: loadRecommendations(config.corpusDir),
    view: defaultViewProvider(config, (m) => process.stderr.write(`${m}\n`)),
    context: defaultContextProvider(config, (m) => process.stderr.write(`${m}\n`)),
    retryFailed: true,
  });
  if (json) process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  else {
    const say: Record<typeof outcome.status, string> = {
      posted: `Digest ${outcome.week} posted to ${channel}${'chart' in outcome && outcome.chart === 'posted' ? ', chart in its thread' : ''}.${'chartError' in outcome && outcome.chartError ? ` The chart could not be posted: ${outcome.chartError}` : ''}`,
      recovered: `Digest ${outcome.week} was already in ${channel} (found after an interrupted run); recorded, not posted again.`,
      skipped: `Digest ${outcome.week} not posted: ${'reason' in outcome ? outcome.reason : ''}.`,
      failed: `Digest ${outcome.week} failed: ${'error' in outcome ? outcome.error : ''}`,
      'needs-check': `Digest ${outcome.week} needs a check: ${'error' in outcome ? outcome.error : ''}`,
    };
    process.stdout.write(`${say[outcome.status]}\n`);
  }
  return outcome.status === 'failed' || outcome.status === 'needs-check' ? 1 : 0;
}

export async function runDigest(args: string[]): Promise<number> {
  const parsed = parseOptions({
    args,
    options: {
      preview: { type: 'boolean', default: false },
      post: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      channel: { type: 'string' },
      chart: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }, DIGEST_USAGE);
  const o = parsed.values;
  if (o.help) {
    process.stdout.write(`${DIGEST_USAGE}\n`);
    return 0;
  }
  if (o.preview === o.post) throw new UsageError(`Choose one of --preview or --post.\n${DIGEST_USAGE}`);

  const config = loadConfig();
  const store = openStore(config); // a StoreError's message says what to do (printed by the dispatcher)
  const channel = o.channel ?? config.digest.channel;
  try {
    if (o.post) return await post(config, store, channel, o.json);
    if (o.chart) {
      const dir = dirname(resolve(o.chart));
      if (!existsSync(dir)) throw new UsageError(`Cannot write the chart to ${o.chart}: the folder ${dir} does not exist.`);
    }
    const warn = (m: string) => process.stderr.write(`${m}\n`);
    const { digest, context } = await buildDigest({
      store,
      recommendations: loadRecommendations(config.corpusDir),
      view: defaultViewProvider(config, warn),
      context: defaultContextProvider(config, warn),
      channel: channel ?? '',
    });
    if (o.chart && context?.chart) {
      const { renderChartPng } = await import('../metrics/chart.ts');
      writeFileSync(o.chart, await renderChartPng(context.chart.series, 'nl'));
      warn(`Chart written to ${o.chart}`);
    }
    // exactly what --post sends: the message text and blocks, and the chart's title and description
    const message = digestMessage(digest);
    process.stdout.write(o.json ? `${JSON.stringify({ ...digest, message }, null, 2)}\n` : `${message.text}\n`);
    return 0;
  } finally {
    store.close();
  }
}
