// A fake Slack Web API on loopback for end-to-end tests and the benchmark:
// answers POST /api/<method> like Slack (form or JSON bodies), keeps posted
// and streamed messages (chat.startStream/appendStream/stopStream) per thread
// so conversations.replies and conversations.history return them, accepts
// response_url posts at /response/<id>, and records every call.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCall {
  method: string;
  body: Record<string, unknown>;
  auth?: string;
  at: number;
}

/** What the fake does with one call instead of answering it normally. */
export interface Fault {
  /** hold the request this long before answering (normally, or with `status`) */
  hangMs?: number;
  /** answer with this HTTP status (500, 503, 429) */
  status?: number;
  /** with status 429: the Retry-After header, in seconds */
  retryAfterSec?: number;
}

export interface HungCall {
  method: string;
  startedAt: number;
  /** when the client gave up (closed the connection); undefined while open or if answered */
  abortedAt?: number;
  answeredAt?: number;
}

export interface FakeSlack {
  /** decides a fault for the n-th call (1-based, per method); undefined: answer normally */
  fault?: (method: string, n: number) => Fault | undefined;
  /** every call that was held (hangMs), with when the client gave up */
  hung: HungCall[];
  /** base for SLACK_API_URL, ending in /api/ */
  apiUrl: string;
  /** a response_url served by this fake */
  responseUrl(id?: string): string;
  calls: FakeCall[];
  of(method: string): FakeCall[];
  /** messages a test pretends users wrote, so conversations.replies returns them */
  addMessage(channel: string, msg: { ts: string; user?: string; bot_id?: string; text: string; thread_ts?: string }): void;
  waitFor(cond: () => boolean, ms?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

export const FAKE_BOT_USER_ID = 'UBOTE2E';
export const FAKE_BOT_ID = 'BBOTE2E';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The markdown a stream call adds to its message (markdown_text and markdown_text chunks). */
function streamText(body: Record<string, unknown>): string {
  let chunks: { type: string; text?: string }[] = [];
  try {
    chunks = typeof body.chunks === 'string' ? JSON.parse(body.chunks) : ((body.chunks as typeof chunks) ?? []);
  } catch {
    chunks = [];
  }
  return String(body.markdown_text ?? '') + chunks.filter((c) => c.type === 'markdown_text').map((c) => c.text ?? '').join('');
}

function decode(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

export async function startFakeSlack(opts: { delayMs?: number } = {}): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const threads = new Map<string, { ts: string; user?: string; bot_id?: string; text: string; thread_ts?: string }[]>();
  // message timestamps like Slack's: "<seconds>.<micros>", increasing, from the clock
  let lastTs = 0;
  const nextTs = () => {
    lastTs = Math.max(lastTs + 1, Date.now() * 1000);
    return `${Math.floor(lastTs / 1e6)}.${String(lastTs % 1e6).padStart(6, '0')}`;
  };
  const key = (channel: string, threadTs: string) => `${channel}:${threadTs}`;
  const remember = (channel: string, m: { ts: string; user?: string; bot_id?: string; text: string; thread_ts?: string }) => {
    const root = m.thread_ts ?? m.ts;
    const list = threads.get(key(channel, root)) ?? [];
    list.push(m);
    threads.set(key(channel, root), list);
  };

  const counts = new Map<string, number>();
  const hung: HungCall[] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://x');
    const body = decode(raw, req.headers['content-type']);
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    const json = (status: number, payload: unknown) => {
      if (res.destroyed || res.writableEnded) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const faultMethod = url.pathname.startsWith('/response/') ? 'respond' : url.pathname.replace(/^\/api\//, '');
    const n = (counts.get(faultMethod) ?? 0) + 1;
    counts.set(faultMethod, n);
    const f = fake.fault?.(faultMethod, n);
    if (f?.hangMs) {
      const h: HungCall = { method: faultMethod, startedAt: Date.now() };
      hung.push(h);
      res.on('close', () => {
        if (!res.writableEnded) h.abortedAt = Date.now();
      });
      await new Promise((r) => setTimeout(r, f.hangMs));
      if (res.destroyed) return;
      h.answeredAt = Date.now();
    }
    if (f?.status) {
      calls.push({ method: faultMethod, body, auth: req.headers.authorization, at: Date.now() });
      if (res.destroyed) return;
      res.writeHead(f.status, { 'content-type': 'application/json', ...(f.retryAfterSec !== undefined ? { 'retry-after': String(f.retryAfterSec) } : {}) });
      res.end(JSON.stringify({ ok: false, error: f.status === 429 ? 'ratelimited' : 'internal_error' }));
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      calls.push({ method: 'respond', body, at: Date.now() });
      return json(200, { ok: true });
    }
    if (url.pathname.startsWith('/upload/')) {
      calls.push({ method: 'upload', body: { bytes: raw.length }, at: Date.now() });
      res.writeHead(200);
      return res.end('OK');
    }
    const method = url.pathname.replace(/^\/api\//, '');
    calls.push({ method, body, auth: req.headers.authorization, at: Date.now() });
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer xoxb-')) return json(200, { ok: false, error: 'not_authed' });
    switch (method) {
      case 'auth.test':
        return json(200, { ok: true, url: 'https://polder.slack.com/', team: 'Polder', user: 'polderbot', team_id: 'T1', user_id: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID });
      case 'chat.postMessage': {
        const ts = nextTs();
        const channel = String(body.channel);
        remember(channel, { ts, user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID, text: String(body.text ?? ''), thread_ts: body.thread_ts ? String(body.thread_ts) : undefined });
        return json(200, { ok: true, channel, ts, message: { ts, text: body.text } });
      }
      case 'chat.startStream': {
        const ts = nextTs();
        const channel = String(body.channel);
        if (!body.thread_ts) return json(200, { ok: false, error: 'invalid_arguments' });
        if (channel.startsWith('C') && !body.recipient_user_id) return json(200, { ok: false, error: 'missing_recipient_user_id' });
        remember(channel, { ts, user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID, text: streamText(body), thread_ts: String(body.thread_ts) });
        return json(200, { ok: true, channel, ts });
      }
      case 'chat.appendStream':
      case 'chat.stopStream': {
        const channel = String(body.channel);
        const msg = [...threads.values()].flat().find((m) => m.ts === String(body.ts));
        if (!msg) return json(200, { ok: false, error: 'message_not_found' });
        msg.text += streamText(body);
        return json(200, { ok: true, channel, ts: body.ts });
      }
      case 'conversations.replies': {
        const list = threads.get(key(String(body.channel), String(body.ts))) ?? [];
        return json(200, { ok: true, messages: [...list].sort((a, b) => Number(a.ts) - Number(b.ts)), has_more: false });
      }
      case 'conversations.history': {
        const channel = String(body.channel);
        const latest = body.latest ? Number(body.latest) : Infinity;
        const top = [...threads.entries()]
          .filter(([k]) => k.startsWith(`${channel}:`))
          .map(([, list]) => list.find((m) => !m.thread_ts || m.thread_ts === m.ts)!)
          .filter((m) => m && Number(m.ts) < latest)
          .sort((a, b) => Number(b.ts) - Number(a.ts));
        return json(200, { ok: true, messages: top.slice(0, Number(body.limit ?? 100)), has_more: false });
      }
      case 'files.getUploadURLExternal': {
        const addr = server.address() as AddressInfo;
        return json(200, { ok: true, upload_url: `http://127.0.0.1:${addr.port}/upload/F1`, file_id: 'F1' });
      }
      case 'files.completeUploadExternal':
        return json(200, { ok: true, files: [{ id: 'F1' }] });
      default:
        return json(200, { ok: true });
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const fake: FakeSlack = {
    hung,
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id = 'r1') => `http://127.0.0.1:${port}/response/${id}`,
    calls,
    of: (m) => calls.filter((c) => c.method === m),
    addMessage: (channel, msg) => remember(channel, msg),
    async waitFor(cond, ms = 30_000, what = 'condition') {
      const end = Date.now() + ms;
      while (!cond()) {
        if (Date.now() > end) throw new Error(`fake Slack: timed out waiting for ${what}; calls: ${calls.map((c) => c.method).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  return fake;
}
