// Wires the Bolt app: receiver (Socket Mode or HTTP), client options, request
// log, listeners, health route and a shutdown that finishes answers in flight.
// It only wires; behaviour lives in listeners/, rendering in blocks/.
import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type Receiver, type CustomRoute } from '@slack/bolt';
import type { SlackDeps, HealthReport } from './deps.ts';
import { boltLogger } from './logger.ts';
import { registerListeners } from './listeners/index.ts';
import { requestLogger } from './request-log.ts';
import { checkSlackConfig, type SlackMode } from './requirements.ts';
import { createRuntime, type SlackRuntime } from './runtime.ts';

export class SlackConfigError extends Error {}

export interface SlackApp {
  app: App;
  mode: SlackMode;
  runtime: SlackRuntime;
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
  const clientOptions = {
    ...(s.apiUrl ? { slackApiUrl: ensureTrailingSlash(s.apiUrl) } : {}),
    ...(deps.botId ? { retryConfig: { retries: 0 } } : {}),
  };

  const health = async (): Promise<HealthReport> => {
    const base = deps.health ? await deps.health() : { ok: true, checks: {} };
    const checks = { ...base.checks, accepting: { ok: !runtime.inFlight.closing, detail: `${runtime.inFlight.count} in flight` } };
    return { ok: base.ok && !runtime.inFlight.closing, checks };
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
  if (mode === 'socket') {
    receiver = new SocketModeReceiver({ appToken: s.appToken!, logger, installerOptions: { clientOptions } });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: s.signingSecret!,
      endpoints: '/slack/events',
      port: s.port,
      customRoutes: [healthRoute],
      logger,
      processBeforeResponse: false,
    });
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
    async stop({ drainMs = 25_000 } = {}) {
      runtime.inFlight.closing = true;
      deps.logger.info({ event: 'stopping', inFlight: runtime.inFlight.count }, 'stopping: finishing answers in flight');
      const left = await runtime.inFlight.drain(drainMs);
      if (left) deps.logger.warn({ event: 'stopped_with_pending', left }, 'answers still in flight at shutdown');
      if (started) {
        started = false;
        await app.stop().catch((err: unknown) => deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'stop failed'));
      }
      deps.logger.info({ event: 'stopped' }, 'Slack app stopped');
    },
  };
}

function ensureTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
