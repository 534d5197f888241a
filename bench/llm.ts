// LLM mode overhead, measured against the loopback fake OpenAI server (so the
// model's own latency is ~0): import cost of the LangChain chat stack, and
// per-answer time for a grounded answer, a tool round trip and a fallback.
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { createLlmAnswerer } = await import('../src/answer/llm/answerer.ts');
const importMs = performance.now() - t0;

const { startFakeOpenAI } = await import('../test/llm/fake-openai.ts');
const { fakeIndex, fakeIndicatorTool, fakeLocal, fakeRetriever, fixture, testConfig } = await import('../test/llm/helpers.ts');
const { verifyCitations } = await import('../src/answer/llm/citations.ts');
const { PassageRegistry } = await import('../src/answer/llm/passages.ts');
const { corpus } = await import('../test/llm/helpers.ts');

const N = 30;
const QUESTION = 'Wat verstaat het advies onder kapitaalverdieping?';

async function measure(label: string, chat: Parameters<typeof startFakeOpenAI>[0]['chat'], expectMode: 'llm' | 'local') {
  const fake = await startFakeOpenAI({ chat });
  const answerer = createLlmAnswerer({
    config: testConfig({ OPENAI_BASE_URL: fake.url }),
    retriever: fakeRetriever(),
    index: fakeIndex,
    local: fakeLocal(),
    indicatorTools: [fakeIndicatorTool().tool],
    retry: { sleep: async () => {} },
  });
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const s = performance.now();
    const a = await answerer.ask(QUESTION);
    times.push(performance.now() - s);
    if (a.mode !== expectMode) throw new Error(`${label}: expected mode ${expectMode}, got ${a.mode}`);
  }
  await fake.close();
  times.sort((a, b) => a - b);
  return { label, p50: times[Math.floor(N / 2)], p95: times[Math.floor(N * 0.95)], calls: fake.requests.length / N };
}

const cycle = (names: string[]) => {
  let i = 0;
  return () => ({ body: fixture(`chat-${names[i++ % names.length]}`) });
};
const rows = [
  await measure('grounded answer (1 model call)', cycle(['grounded']), 'llm'),
  await measure('indicator round trip (2 calls)', cycle(['indicator-call', 'indicator-final']), 'llm'),
  await measure('3 × HTTP 500 → local fallback', () => ({ status: 500, body: fixture('error-500') }), 'local'),
];

const reg = new PassageRegistry();
for (const p of corpus.passages) reg.add(p);
const text = (fixture('chat-grounded') as any).choices[0].message.content as string;
const s = performance.now();
for (let i = 0; i < 1000; i++) verifyCitations(text, { passage: (n) => reg.get(n), pageText: fakeIndex.pageText, url: () => undefined });
const verifyUs = ((performance.now() - s) / 1000) * 1000;

console.log('| measure | value |');
console.log('|---|---|');
console.log(`| import of the LLM answerer (LangChain chat stack), cold | ${importMs.toFixed(0)} ms |`);
for (const r of rows) console.log(`| ${r.label}: p50 / p95 over ${N}, loopback model | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} ms (${r.calls} HTTP calls each) |`);
console.log(`| citation verification (3 markers, 4 passages) | ${verifyUs.toFixed(1)} µs |`);
console.log('\nRetry delays are zero here; in production a fallback after 3 × 5xx adds 250 + 500 ms of backoff.');
