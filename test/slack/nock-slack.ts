// nock interceptors for Slack's Web API and response_urls that record every
// call's method and decoded body, so tests can assert them.
import nock from 'nock';

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  auth?: string;
}

export interface SlackMock {
  calls: ApiCall[];
  responses: ApiCall[];
  of(method: string): ApiCall[];
  /** per-method reply overrides */
  reply: Record<string, (body: Record<string, unknown>) => Record<string, unknown>>;
  /** forgets recorded calls and overrides (between tests) */
  reset(): void;
}

export const RESPONSE_URL = 'https://hooks.slack.com/commands/T1/1/abc';

function decode(body: unknown): Record<string, unknown> {
  if (body && typeof body === 'object') return body as Record<string, unknown>;
  const s = String(body ?? '');
  try {
    return JSON.parse(s) as Record<string, unknown>;
  } catch {
    return Object.fromEntries(new URLSearchParams(s));
  }
}

/** A JSON field of a form-encoded Web API call (chunks, blocks), decoded. */
export function jsonField<T = unknown>(body: Record<string, unknown>, key: string): T | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

export interface StreamChunk {
  type: string;
  text?: string;
  id?: string;
  title?: string;
  status?: string;
  output?: string;
}

/** One streamed answer as the Web API saw it: start, appends, stop, the text and the closing blocks. */
export function streamed(calls: ApiCall[], n = 0) {
  const starts = calls.filter((c) => c.method === 'chat.startStream');
  const start = starts[n];
  if (!start) return undefined;
  const idx = calls.indexOf(start);
  const next = starts[n + 1] ? calls.indexOf(starts[n + 1]!) : calls.length;
  const own = calls.slice(idx, next).filter((c) => /^chat\.(startStream|appendStream|stopStream)$/.test(c.method) && c.body.channel === start.body.channel);
  const chunks = own.flatMap((c) => [
    ...(typeof c.body.markdown_text === 'string' ? [{ type: 'markdown_text', text: c.body.markdown_text }] : []),
    ...(jsonField<StreamChunk[]>(c.body, 'chunks') ?? []),
  ]);
  const stop = own.find((c) => c.method === 'chat.stopStream');
  const blocks = stop ? (jsonField<{ type: string; text?: { text: string }; elements?: unknown[] }[]>(stop.body, 'blocks') ?? []) : [];
  const text = chunks.filter((c) => c.type === 'markdown_text').map((c) => c.text).join('');
  const blockText = blocks.map((b) => JSON.stringify(b)).join('\n');
  return { start, stop, calls: own, chunks, text, blocks, blockText, tasks: chunks.filter((c) => c.type === 'task_update') };
}

export function mockSlack(): SlackMock {
  let ts = 1_800_000_000;
  const mock: SlackMock = {
    calls: [],
    responses: [],
    of: (m) => mock.calls.filter((c) => c.method === m),
    reply: {},
    reset() {
      mock.calls.length = 0;
      mock.responses.length = 0;
      for (const k of Object.keys(mock.reply)) delete mock.reply[k];
      ts = 1_800_000_000;
    },
  };
  nock('https://slack.com')
    .persist()
    .post(/^\/api\//)
    .reply(function (uri, body) {
      const method = uri.replace(/^\/api\//, '').split('?')[0]!;
      const decoded = decode(body);
      mock.calls.push({ method, body: decoded, auth: String(this.req.headers.authorization ?? '') });
      const custom = mock.reply[method];
      if (custom) return [200, custom(decoded)];
      if (method === 'chat.postMessage' || method === 'chat.startStream') return [200, { ok: true, channel: decoded.channel, ts: `${++ts}.000001` }];
      if (method === 'chat.appendStream' || method === 'chat.stopStream') return [200, { ok: true, channel: decoded.channel, ts: decoded.ts }];
      if (method === 'conversations.replies') return [200, { ok: true, messages: [] }];
      return [200, { ok: true }];
    });
  nock('https://hooks.slack.com')
    .persist()
    .post(/.*/)
    .reply(function (_uri, body) {
      mock.responses.push({ method: 'respond', body: decode(body) });
      return [200, 'ok'];
    });
  return mock;
}
