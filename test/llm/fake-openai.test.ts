// The fake OpenAI-compatible server and the embeddings fixture, seen through
// the same LangChain clients the product uses.
import { OpenAIEmbeddings } from '@langchain/openai';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createChatModel } from '../../src/answer/llm/model.ts';
import { citeFirstPassage, startFakeOpenAI, type FakeOpenAI } from './fake-openai.ts';
import { fixture, testConfig } from './helpers.ts';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  nock.cleanAll();
});

describe('fake OpenAI server', () => {
  it('serves scripted chat completions to ChatOpenAI and records the requests', async () => {
    fake = await startFakeOpenAI({ chat: [{ body: fixture('chat-grounded') }, { status: 503, body: fixture('error-500') }] });
    const model = createChatModel(testConfig({ OPENAI_BASE_URL: fake.url }));
    const ai = await model.invoke('Wat is kapitaalverdieping?');
    expect(ai.text).toMatch(/kapitaalverdieping/);
    await expect(model.invoke('nog een keer')).rejects.toMatchObject({ status: 503 });
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/chat/completions', '/v1/chat/completions']);
    expect(fake.requests[0].body.messages[0]).toEqual({ role: 'user', content: 'Wat is kapitaalverdieping?' });
  });

  it('citeFirstPassage quotes passage [1] of the request, or abstains without passages', () => {
    const req = (content: string) => ({ path: '/v1/chat/completions', headers: {}, body: { messages: [{ role: 'user', content }] } });
    const r = citeFirstPassage(req('V\n<passages>\n[1] Titel, p. 5, Sectie: Eerste zin hier. Tweede zin.\n</passages>')) as any;
    expect(r.body.choices[0].message.content).toBe('Volgens het advies: "Eerste zin hier." [1]');
    expect((citeFirstPassage(req('geen')) as any).body.choices[0].message.content).toMatch(/^GEEN_ANTWOORD:/);
  });

  it('answers embeddings with stable unit vectors for OpenAIEmbeddings', async () => {
    fake = await startFakeOpenAI({ chat: [], dimensions: 32 });
    const emb = new OpenAIEmbeddings({ apiKey: 'test', model: 'text-embedding-3-small', configuration: { baseURL: fake.url }, maxRetries: 0 });
    const [a, b, a2] = await emb.embedDocuments(['kapitaalverdieping', 'beleidscyclus', 'kapitaalverdieping']);
    expect(a).toHaveLength(32);
    expect(Math.hypot(...a)).toBeCloseTo(1, 5);
    expect(fake.requests[0].body.encoding_format).toBe('base64');
    expect(a2).toEqual(a);
    expect(b).not.toEqual(a);
  });
});

describe('embeddings fixture (nock)', () => {
  it('is a valid /v1/embeddings response', async () => {
    nock('https://api.openai.com').post('/v1/embeddings').reply(200, fixture('embeddings'));
    const emb = new OpenAIEmbeddings({ apiKey: 'test', model: 'text-embedding-3-small', maxRetries: 0, encodingFormat: 'float' });
    const v = await emb.embedQuery('Wat is kapitaalverdieping?');
    expect(v).toEqual((fixture('embeddings') as any).data[0].embedding);
  });
});
