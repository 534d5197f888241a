// `polderbot serve`: the Slack app. Socket Mode when SLACK_APP_TOKEN is set,
// HTTP mode (POST /slack/events, GET /healthz) otherwise. Runs until SIGTERM
// or SIGINT, then finishes answers in flight and closes the store.
import { parseArgs } from 'node:util';
import { loadConfig, snapshotDirOf } from '../config.ts';
import { UsageError } from './usage.ts';
import { checkSlackConfig } from '../slack/requirements.ts';
import { createLogger } from '../slack/logger.ts';

const USAGE = `Usage: polderbot serve [--port N] [--host ADDR]

Serves polderbot in Slack. Needs SLACK_BOT_TOKEN and either SLACK_APP_TOKEN
(Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode: POST /slack/events and
GET /healthz on --port, default $PORT or 3000, bound to --host, default all
addresses). The app's manifest: \`polderbot manifest [--http https://host]\`.
See README.md, section Slack.`;

export async function runServe(args: string[]): Promise<number> {
  let values: { port?: string; host?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError(`--port must be 0-65535.\n\n${USAGE}`);

  const config = loadConfig();
  const req = checkSlackConfig(config);
  if (!req.ok) {
    process.stderr.write(`${req.message}\n`);
    return 2;
  }
  const logger = createLogger(config.logLevel);

  // loaded here so the slack, answer and store stacks are paid for only by `serve`
  const [{ createBot }, { openStore }, { createSlackApp }, { posterFromWebClient }, { metricsIndicatorAccess }, digest, recommendations, { runIndicator }] = await Promise.all([
    import('../answer/bot.ts'),
    import('../store/index.ts'),
    import('../slack/app.ts'),
    import('../slack/digest-poster.ts'),
    import('../slack/metrics-adapter.ts'),
    import('../digest/index.ts'),
    import('../recommendations/index.ts'),
    import('../metrics/index.ts'),
  ]);

  // --- issue 6 (digest engineer): recommendation-status questions are answered from the tracker,
  // which needs the store opened below; until then the route declines (null).
  let tracker: import('../recommendations/index.ts').Tracker | undefined;
  const statusRoute = (q: string, lang: 'nl' | 'en', asked?: string) => (tracker ? recommendations.recommendationRoute(tracker)(q, lang, asked) : Promise.resolve(null));
  // --- end issue 6 ---
  let bot;
  try {
    bot = await createBot(config, { surface: 'slack', build: 'if-missing', log: (line) => logger.info({ component: 'answer' }, line), recommendationRoute: statusRoute });
  } catch (err) {
    process.stderr.write(`polderbot serve: the index could not be loaded: ${err instanceof Error ? err.message : String(err)}\nRun \`polderbot ingest\` and try again.\n`);
    return 1;
  }
  let store;
  try {
    store = openStore(config);
  } catch (err) {
    await bot.close();
    process.stderr.write(`polderbot serve: the database ${config.dbPath} could not be opened: ${err instanceof Error ? err.message : String(err)}\nSet POLDERBOT_DB to a writable path.\n`);
    return 1;
  }
  // --- issue 6 (digest engineer): /aanbeveling (tracker) and /digest preview ---
  try {
    tracker = recommendations.createTrackerFor(config, store);
  } catch (err) {
    logger.warn({ component: 'digest', err: err instanceof Error ? err.message : String(err) }, 'recommendation tracker unavailable');
  }
  const digestAccess = digest.createDigestAccess(config, store);
  // --- end issue 6 ---
  const chunks = (bot.index as { chunks?: unknown[] }).chunks?.length;
  const slack = createSlackApp({
    config,
    bot,
    store,
    // the configured snapshot ($POLDERBOT_CORPUS_DIR/indicators): metrics/ reads no configuration
    indicators: { ...metricsIndicatorAccess(), run: (id, params) => runIndicator(id, params, { snapshotDir: snapshotDirOf(config) }) },
    userHashSalt: store.userHashSalt(), // random per install, kept in the database
    recommendations: tracker, // issue 6
    digest: digestAccess, // issue 6
    logger,
    health: () => {
      const writable = safe(() => store.isWritable());
      const indexOk = chunks === undefined || chunks > 0;
      return {
        ok: writable && indexOk,
        checks: {
          index: { ok: indexOk, detail: chunks === undefined ? 'loaded' : `${chunks} chunks` },
          store: { ok: writable, detail: writable ? 'writable' : `not writable: ${config.dbPath}` },
        },
      };
    },
  });
  const scheduler = digest.startDigestScheduler({
    config,
    store,
    poster: posterFromWebClient(slack.app.client),
    logger: logger.child({ component: 'digest' }),
  });

  const { mode, port: bound } = await slack.start({ port, host: values.host });
  logger.info({ event: 'serving', mode, port: bound, answerMode: bot.mode, digestNext: scheduler.nextRun()?.toISOString() ?? null }, 'polderbot serving Slack');

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ event: 'signal', signal }, `${signal}: shutting down`);
      scheduler.stop();
      // a hard stop in case anything below hangs: the orchestrator's grace period is usually 30 s
      const hard = setTimeout(() => {
        logger.error({ event: 'shutdown_forced' }, 'shutdown took too long; exiting');
        resolve(1);
      }, config.slack.drainMs + 8_000);
      hard.unref();
      slack
        .stop({ drainMs: config.slack.drainMs })
        .then(() => bot.close())
        .then(() => store.close())
        .then(
          () => {
            // Slack requests were aborted and the server closed; if some handle still holds
            // the event loop, exit anyway
            setTimeout(() => process.exit(process.exitCode ?? 0), 2_000).unref();
            resolve(0);
          },
          (err: unknown) => {
            logger.error({ err: err instanceof Error ? err.message : String(err) }, 'shutdown failed');
            resolve(1);
          },
        );
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}
