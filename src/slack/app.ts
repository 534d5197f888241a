// Wires the Bolt app: receiver (Socket Mode or HTTP), client options, request
// log, listeners, health route and a shutdown that finishes answers in flight.
// It only wires; behaviour lives in listeners/, rendering in blocks/.
import { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type Receiver, type CustomRoute } from '@slack/bolt';
import type { SlackDeps, HealthReport } from './deps.ts';
import { boltLogger } from './logger.ts';
import { registerListeners } from './listeners/index.ts';
import { requestLogger } from './request-log.ts';
import { checkSlackConfig, type SlackMode } from './requirements.ts';
import { createRuntime, type SlackRuntime } from './runtime.ts';
import { SlackApiMonitor } from './api-monitor.ts';
import { guardReceiver } from './receiver-guard.ts';
import { dedupeRequests } from './replays.ts';

export class SlackConfigError extends Error {}

export interface SlackApp {
  app: App;
  mode: SlackMode;
  runtime: SlackRuntime;
  /** every request to Slack: timeouts, health, abort at shutdown */
  api: SlackApiMonitor;
  /** starts listening; in HTTP mode returns the bound port */
  start(opts?: { port?: number; host?: string }): Promise<{ mode: SlackMode; port?: number }>;
  /** stops taking requests, waits for answers in flight (up to drainMs), then closes */
  stop(opts?: { drainMs?: number }): Promise<void>;
}

export function createSlackApp(deps: SlackDeps): SlackApp {
  const req = checkSlackConfig(deps.config);
  if (!req.ok) throw new SlackConfigError(req.message);
  const { mode } = req;
  const s = deps.config.slack;
  const runtime = createRuntime(deps);
  const ctx = { ...deps, runtime };
  const logger = boltLogger(deps.logger);
  // every Slack request (Web API and response_url) has a timeout, is tracked for
  // /healthz and is aborted at shutdown; the WebClient retries a few times on 5xx
  // and network errors, and rejects a 429 at once (the reply's deadline honours
  // Retry-After) instead of pausing its whole queue for as long as Slack asks
  const api = new SlackApiMonitor({ timeoutMs: s.apiTimeoutMs, now: deps.now });
  const backoffMs = Math.min(500, Math.max(10, Math.round(s.apiTimeoutMs / 10)));
  const clientOptions = {
    ...(s.apiUrl ? { slackApiUrl: ensureTrailingSlash(s.apiUrl) } : {}),
    timeout: s.apiTimeoutMs,
    retryConfig: { retries: s.apiRetries, factor: 2, minTimeout: backoffMs, maxTimeout: backoffMs * 4, randomize: false },
    rejectRateLimitedCalls: true,
    // bounded, and never held for long: each request gives up after apiTimeoutMs
    maxRequestConcurrency: 64,
    fetch: api.fetch,
  };
  // an answer running longer than it could (answer timeout + delivery + notice) is stuck
  const stuckAfterMs = (deps.answerTimeoutMs ?? 120_000) + Math.round(s.deliveryDeadlineMs * 1.5) + 5_000;

  const health = async (): Promise<HealthReport> => {
    const base = deps.health ? await deps.health() : { ok: true, checks: {} };
    const slackApi = api.health();
    const oldest = runtime.inFlight.oldestAgeMs();
    const work = { ok: oldest <= stuckAfterMs, detail: `${runtime.inFlight.count} in flight${oldest ? `, oldest ${Math.round(oldest / 1000)} s` : ''}` };
    const checks = {
      ...base.checks,
      accepting: { ok: !runtime.inFlight.closing, detail: runtime.inFlight.closing ? 'shutting down' : 'yes' },
      slack_api: slackApi,
      work,
    };
    return { ok: base.ok && !runtime.inFlight.closing && slackApi.ok && work.ok, checks };
  };
  const healthRoute: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      health().then(
        (h) => {
          res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' });
          res.end(JSON.stringify(h));
        },
        (err: unknown) => {
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: err instanceof Error ? err.message : String(err) }));
        },
      );
    },
  };

  let receiver: Receiver;
  let httpServer: (() => Server | undefined) | undefined;
  if (mode === 'socket') {
    receiver = new SocketModeReceiver({ appToken: s.appToken!, logger, installerOptions: { clientOptions } });
  } else {
    const http = new HTTPReceiver({
      signingSecret: s.signingSecret!,
      endpoints: '/slack/events',
      port: s.port,
      customRoutes: [healthRoute],
      logger,
      processBeforeResponse: false,
    });
    guardReceiver(http, { signingSecret: s.signingSecret!, endpoints: ['/slack/events'], logger: deps.logger, now: deps.now });
    receiver = http;
    // Bolt keeps the HTTP server in a field its types do not show; read it and check what it is
    httpServer = () => {
      const server: unknown = Reflect.get(http, 'server');
      return server instanceof Server ? server : undefined;
    };
  }

  const app = new App({
    token: s.botToken,
    receiver,
    logger,
    clientOptions,
    ...(deps.botId ? { botId: deps.botId } : {}),
    ...(deps.botUserId ? { botUserId: deps.botUserId } : {}),
    ignoreSelf: true,
  });
  app.error(async (err) => {
    deps.logger.error({ event: 'bolt_error', err: err.message, code: (err as { code?: string }).code }, 'unhandled Slack error');
  });
  app.use(requestLogger(deps.logger, runtime.now));
  app.use(dedupeRequests({ store: deps.store, memory: runtime.handled, logger: deps.logger, now: runtime.now }));
  // every request's work (after its ack) counts as in flight, so stop() can finish it
  app.use(async ({ next }) => {
    runtime.work.noteArrival();
    await runtime.inFlight.run(() => next());
  });
  registerListeners(app, ctx);

  let started = false;
  return {
    app,
    mode,
    runtime,
    api,
    async start(opts = {}) {
      if (mode === 'socket') {
        await app.start();
        started = true;
        deps.logger.info({ event: 'started', mode }, 'Slack app connected (Socket Mode)');
        return { mode };
      }
      const server = (await app.start({ port: opts.port ?? s.port, host: opts.host })) as Server;
      started = true;
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : undefined;
      deps.logger.info({ event: 'started', mode, port }, `Slack app listening on port ${port} (POST /slack/events, GET /healthz)`);
      return { mode, port };
    },
    async stop({ drainMs = s.drainMs } = {}) {
      runtime.inFlight.closing = true;
      deps.logger.info({ event: 'stopping', inFlight: runtime.inFlight.count, drainMs }, 'stopping: finishing answers in flight');
      const left = await runtime.inFlight.drain(drainMs);
      // whatever still waits on Slack now is given up: hung requests are aborted
      api.abortAll();
      if (left) {
        const after = await runtime.inFlight.drain(1_000);
        deps.logger.warn({ event: 'stopped_with_pending', left, abandoned: after }, 'answers still in flight at shutdown: their Slack requests were aborted');
      }
      if (started) {
        started = false;
        // answers are done or given up: open keep-alive connections need not hold the close
        httpServer?.()?.closeAllConnections();
        await withTimeout(app.stop(), 3_000).catch((err: unknown) => deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'stop failed'));
      }
      deps.logger.info({ event: 'stopped' }, 'Slack app stopped');
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p, new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms)))]).finally(() => clearTimeout(timer));
}

function ensureTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
