// A check in front of Bolt's HTTPReceiver for POST /slack/events. Bolt
// crashes the process on a correctly signed body that is not an object (JSON
// `null`: an uncaught TypeError in its request handler) and accepts
// timestamps from the future. This guard reads the body once (bounded),
// refuses a timestamp more than 5 minutes off in either direction and a bad
// signature (401), an oversized body (413) and a body that is not an object
// (400), and hands the rest to Bolt with the body already buffered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { verifySlackRequest, type HTTPReceiver } from '@slack/bolt';
import type { Logger } from 'pino';

/** Slack's replay window: a request stamped further from now than this is refused. */
export const MAX_CLOCK_SKEW_SEC = 5 * 60;
/** Slack's own payloads stay far below this (a 40,000-character message is ~160 kB of JSON). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface GuardOptions {
  signingSecret: string;
  endpoints: string[];
  logger: Logger;
  maxBodyBytes?: number;
  now?: () => number;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Parses like Bolt does; returns undefined unless the body is a plain object. */
export function parseSlackBody(raw: string, contentType: string | undefined): Record<string, unknown> | undefined {
  try {
    let body: unknown;
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const qs = parseQuery(raw);
      body = typeof qs.payload === 'string' ? JSON.parse(qs.payload) : qs;
    } else {
      body = JSON.parse(raw);
    }
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

/** Puts the guard in front of the receiver's request listener. */
export function guardReceiver(receiver: HTTPReceiver, opts: GuardOptions): void {
  const inner: Listener = receiver.requestListener;
  const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = opts.logger.child({ component: 'receiver' });
  receiver.requestListener = (req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (req.method !== 'POST' || !opts.endpoints.includes(path)) {
      inner(req, res);
      return;
    }
    void (async () => {
      let raw: Buffer;
      try {
        raw = await readBody(req, limit);
      } catch (err) {
        const tooLarge = err instanceof BodyTooLarge;
        log.warn({ event: 'request_refused', status: tooLarge ? 413 : 400, reason: tooLarge ? `body over ${limit} bytes` : 'unreadable body' }, 'Slack request refused');
        refuse(res, tooLarge ? 413 : 400);
        return;
      }
      const text = raw.toString('utf8');
      const contentType = req.headers['content-type'];
      const isSslCheck = contentType?.startsWith('application/x-www-form-urlencoded') && parseQuery(text).ssl_check === '1';
      if (!isSslCheck) {
        const ts = Number(req.headers['x-slack-request-timestamp']);
        const nowSec = (opts.now ?? Date.now)() / 1000;
        if (!Number.isFinite(ts) || Math.abs(nowSec - ts) > MAX_CLOCK_SKEW_SEC) {
          log.warn({ event: 'request_refused', status: 401, reason: 'timestamp outside the 5-minute window' }, 'Slack request refused');
          refuse(res, 401);
          return;
        }
        try {
          verifySlackRequest({
            signingSecret: opts.signingSecret,
            body: text,
            headers: { 'x-slack-signature': String(req.headers['x-slack-signature'] ?? ''), 'x-slack-request-timestamp': ts },
          });
        } catch {
          log.warn({ event: 'request_refused', status: 401, reason: 'bad signature' }, 'Slack request refused');
          refuse(res, 401);
          return;
        }
        if (!parseSlackBody(text, contentType)) {
          log.warn({ event: 'request_refused', status: 400, reason: 'body is not a JSON object' }, 'Slack request refused');
          refuse(res, 400);
          return;
        }
      }
      // Bolt reads a buffered body instead of the (consumed) stream
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
      inner(req, res);
    })().catch((err: unknown) => {
      log.error({ event: 'request_failed', err: err instanceof Error ? err.message : String(err) }, 'Slack request failed');
      refuse(res, 500);
    });
  };
}
