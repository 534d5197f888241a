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
  const [{ openPolderbot, StoreUnavailableError }, { createSlackApp }, { posterFromWebClient }, { metricsIndicatorAccess }, digest, { runIndicator }] = await Promise.all([
    import('../root.ts'),
    import('../slack/app.ts'),
    import('../slack/digest-poster.ts'),
    import('../slack/metrics-adapter.ts'),
    import('../digest/index.ts'),
    import('../metrics/index.ts'),
  ]);

  // the composition root: store (question log, tracker), index, answerer
  let bot;
  try {
    bot = await openPolderbot(config, {
      surface: 'slack',
      build: 'if-missing',
      storeRequired: true,
      log: (line) => logger.info({ component: 'answer' }, line),
      warn: (line) => logger.warn({ component: 'recommendations' }, line),
      // answers run in worker threads: this event loop only acknowledges Slack (POLDERBOT_ANSWER_WORKERS)
      workers: config.answerWorkers,
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      err instanceof StoreUnavailableError
        ? `polderbot serve: the database ${config.dbPath} could not be opened: ${why}\nSet POLDERBOT_DB to a writable path.\n`
        : `polderbot serve: the index could not be loaded: ${why}\nRun \`polderbot ingest\` and try again.\n`,
    );
    return 1;
  }
  const store = bot.store; // required: openPolderbot throws rather than answer without it
  const chunks = (bot.index as { chunks?: unknown[] }).chunks?.length;
  const slack = createSlackApp({
    config,
    bot,
    store,
    // the configured snapshot ($POLDERBOT_CORPUS_DIR/indicators): metrics/ reads no configuration
    indicators: { ...metricsIndicatorAccess(), run: (id, params) => runIndicator(id, params, { snapshotDir: snapshotDirOf(config) }) },
    userHashSalt: store.userHashSalt(), // random per install, kept in the database
    recommendations: bot.tracker,
    digest: digest.createDigestAccess(config, store),
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
        .then(() => bot.close()) // and its store
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
