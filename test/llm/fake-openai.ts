// A fake OpenAI-compatible server on loopback: answers /v1/chat/completions
// and /v1/embeddings from scripted responses, records every request. Used by
// the CLI tests (a child process cannot see nock) and usable from a shell:
//   npx tsx test/llm/fake-openai.ts [--fail 500]   → prints its base URL
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export interface ScriptedResponse {
  status?: number;
  body?: unknown;
  /** a streamed reply: each event is sent as `data: <json>` (server-sent events), then `data: [DONE]` */
  sse?: unknown[];
  /** leave out the closing `data: [DONE]` (some servers end the stream without it) */
  noDone?: boolean;
  headers?: Record<string, string>;
  delayMs?: number;
}

export type Responder = (req: RecordedRequest) => ScriptedResponse;

export interface FakeOpenAI {
  /** base URL for OPENAI_BASE_URL, e.g. http://127.0.0.1:43121/v1 */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts the server. `chat` is a list of responses served in order (the last
 * one repeats) or a function of the request. Embeddings are deterministic
 * vectors derived from the input text unless `embeddings` is given.
 */
export async function startFakeOpenAI(opts: { chat: ScriptedResponse[] | Responder; embeddings?: Responder; dimensions?: number }): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  let chatCount = 0;
  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(parts).toString('utf8');
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        /* keep raw */
      }
      const path = (req.url ?? '').split('?')[0];
      const recorded: RecordedRequest = { path, headers: req.headers, body };
      requests.push(recorded);
      let out: ScriptedResponse;
      if (path.endsWith('/chat/completions')) {
        const chat = opts.chat;
        out = typeof chat === 'function' ? chat(recorded) : chat[Math.min(chatCount, chat.length - 1)];
        chatCount++;
      } else if (path.endsWith('/embeddings')) {
        out = opts.embeddings ? opts.embeddings(recorded) : { body: fakeEmbeddings(recorded.body, opts.dimensions ?? 64) };
      } else {
        out = { status: 404, body: { error: { message: `fake-openai: no route ${path}`, type: 'invalid_request_error' } } };
      }
      const send = () => {
        if (out.sse) {
          res.writeHead(out.status ?? 200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...out.headers });
          for (const event of out.sse) res.write(`data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`);
          if (!out.noDone) res.write('data: [DONE]\n\n');
          res.end();
          return;
        }
        res.writeHead(out.status ?? 200, { 'content-type': 'application/json', ...out.headers });
        res.end(typeof out.body === 'string' ? out.body : JSON.stringify(out.body));
      };
      if (out.delayMs) setTimeout(send, out.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Unit vectors from a hash of the text: same text, same vector (no meaning, just stable). */
export function fakeEmbeddings(body: any, dimensions: number) {
  const inputs: string[] = Array.isArray(body?.input) ? body.input.map(String) : [String(body?.input ?? '')];
  const data = inputs.map((text, index) => {
    const v: number[] = [];
    for (let i = 0; v.length < dimensions; i++) {
      const h = createHash('sha256').update(`${i}:${text}`).digest();
      for (let j = 0; j + 1 < h.length && v.length < dimensions; j += 2) v.push(h.readInt16BE(j) / 32768);
    }
    const norm = Math.hypot(...v) || 1;
    const unit = v.map((x) => x / norm);
    // the openai SDK asks for base64 (float32, little-endian) unless told otherwise
    const embedding = body?.encoding_format === 'base64' ? Buffer.from(new Float32Array(unit).buffer).toString('base64') : unit;
    return { object: 'embedding', index, embedding };
  });
  const tokens = inputs.reduce((n, t) => n + Math.ceil(t.length / 4), 0);
  return { object: 'list', data, model: body?.model ?? 'text-embedding-3-small', usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

/** A chat.completion in the real response format. */
export function chatCompletion(content: string | null, usage = { prompt_tokens: 900, completion_tokens: 40 }) {
  return {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    system_fingerprint: 'fp_fake',
  };
}

/** A chat.completion sent the way a streaming endpoint sends it: role, text in pieces, finish, usage. */
export function asStream(completion: ReturnType<typeof chatCompletion>, pieceLength = 8): unknown[] {
  const { choices, usage, ...head } = completion;
  const chunk = (delta: unknown, finish: string | null = null) => ({ ...head, object: 'chat.completion.chunk', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
  const text = choices[0].message.content ?? '';
  const events: unknown[] = [chunk({ role: 'assistant', content: '', refusal: null })];
  for (let i = 0; i < text.length; i += pieceLength) events.push(chunk({ content: text.slice(i, i + pieceLength) }));
  events.push(chunk({}, 'stop'), { ...head, object: 'chat.completion.chunk', choices: [], usage });
  return events;
}

/**
 * A grounded model: answers with the first sentence of passage [1] from the
 * request's passages, cited [1]. Enough to see retrieval, numbering and
 * citation verification work end to end.
 */
export const citeFirstPassage: Responder = (req) => {
  const reply = citeFirstPassageJson(req);
  return req.body?.stream ? { sse: asStream(reply.body as ReturnType<typeof chatCompletion>) } : reply;
};

const citeFirstPassageJson: Responder = (req) => {
  const messages: { role: string; content: unknown }[] = req.body?.messages ?? [];
  const user = messages.find((m) => m.role === 'user' && typeof m.content === 'string' && /<passages>/.test(m.content as string));
  const passages = (user?.content as string | undefined)?.split('<passages>').at(-1) ?? '';
  const first = passages.match(/\n?\[1\] [^:]*?: (.+)/);
  if (!first) return { body: chatCompletion('GEEN_ANTWOORD: De documenten beantwoorden deze vraag niet.') };
  const sentence = first[1].split(/(?<=[.!?])\s/)[0].slice(0, 300);
  return { body: chatCompletion(`Volgens het advies: "${sentence}" [1]`) };
};

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const fail = process.argv.indexOf('--fail');
  const status = fail >= 0 ? Number(process.argv[fail + 1] ?? 500) : 0;
  const fake = await startFakeOpenAI({
    chat: status ? [{ status, body: { error: { message: 'fake failure', type: 'server_error' } } }] : citeFirstPassage,
  });
  console.log(fake.url);
}
