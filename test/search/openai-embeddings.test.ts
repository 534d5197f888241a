// The OpenAI provider against a nock'd endpoint: dimensions come from the
// vectors, provider and model are recorded in the manifest, queries are embedded too.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex, indexStatus, loadIndex } from '../../src/search/index.ts';
import { tempCorpus, testConfig } from './helpers.ts';

const DIMS = 8;
function fakeVector(text: string): number[] {
  const v = Array.from({ length: DIMS }, (_, i) => (text.includes(['kapitaal', 'scholing', 'gezondheid', 'durf', 'lonen', 'cao', 'ai', 'npb'][i]) ? 1 : 0.01));
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

function mockEmbeddings(baseURL: string, calls: string[][]) {
  return nock(baseURL)
    .post('/v1/embeddings')
    .times(10)
    .reply(200, (_uri, body) => {
      const b = body as { input: string | string[]; model: string; encoding_format?: string };
      const inputs = Array.isArray(b.input) ? b.input : [b.input];
      calls.push(inputs);
      const data = inputs.map((t, index) => {
        const vec = fakeVector(t);
        const embedding = b.encoding_format === 'base64' ? Buffer.from(new Float32Array(vec).buffer).toString('base64') : vec;
        return { object: 'embedding', index, embedding };
      });
      return { object: 'list', data, model: b.model, usage: { prompt_tokens: 1, total_tokens: 1 } };
    });
}

afterEach(() => nock.cleanAll());

describe('OpenAI embeddings provider', () => {
  it('builds with the configured base URL and model, records them, and retrieves', async () => {
    const calls: string[][] = [];
    mockEmbeddings('https://llm.example.test', calls);
    const corpus = tempCorpus({ 'a.txt': 'Kapitaal en machines verhogen de productiviteit.\fScholing van werkenden helpt.\fGezondheid telt ook.\n' });
    const config = testConfig(corpus, {
      POLDERBOT_EMBEDDINGS: 'openai',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'https://llm.example.test/v1',
      OPENAI_EMBEDDINGS_MODEL: 'test-embed-8',
    });
    const report = await buildIndex(config);
    expect(report.embedded).toBe(report.chunks);
    expect(calls.flat().length).toBe(report.chunks);
    const index = await loadIndex(config);
    expect(index.manifest.embedding).toEqual({ provider: 'openai', model: 'test-embed-8', dims: DIMS });
    const top = await index.retriever.retrieve('scholing', { k: 1 });
    expect(top[0].text).toContain('Scholing');
    // the same index is a mismatch for the local provider and for another model
    expect((await indexStatus({ ...config, embeddings: 'local' })).state).toBe('mismatch');
    expect((await indexStatus({ ...config, openai: { ...config.openai, embeddingsModel: 'other' } })).state).toBe('mismatch');
  });
});
