// Structured logs (pino). Secrets are redacted wherever they appear as fields,
// and Bolt's own log lines go through the same logger (with token-looking
// strings masked), so nothing prints a token.
import { pino, type Logger, type DestinationStream } from 'pino';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { redactSecrets } from '../privacy/secrets.ts';

export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'apiKey',
  'authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.apiKey',
  '*.authorization',
  'headers.authorization',
  'headers["x-slack-signature"]',
  'config.slack',
  'config.openai.apiKey',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const opts = {
    level,
    base: { app: 'polderbot' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(opts, destination) : pino(opts);
}

const TOKEN_RE = /\b(xox[abposr]-|xapp-)[A-Za-z0-9-]+/g;

/** Masks Slack tokens (keeping their kind) and any other credential (src/privacy/secrets.ts) inside free text. */
export function maskTokens(s: string): string {
  return redactSecrets(s.replace(TOKEN_RE, '$1[redacted]'));
}

function text(parts: unknown[]): string {
  return maskTokens(
    parts
      .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : safeJson(p)))
      .join(' '),
  );
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** Adapts a pino logger to Bolt's Logger interface. */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  let level = LogLevel.INFO;
  return {
    debug: (...m: unknown[]) => child.debug(text(m)),
    info: (...m: unknown[]) => child.info(text(m)),
    warn: (...m: unknown[]) => child.warn(text(m)),
    error: (...m: unknown[]) => child.error(text(m)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
