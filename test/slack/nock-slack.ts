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
      if (method === 'chat.postMessage') return [200, { ok: true, channel: decoded.channel, ts: `${++ts}.000001` }];
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
