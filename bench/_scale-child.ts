// Child process of bench/scale.ts (not run by bench/run.ts: the leading '_').
//   ingest [--force]   buildIndex on the configured corpus/index; prints {ms, chunks, embedded, reused}
//   answer             createBot (load), then warm answers; prints {startMs, p50, p95, n}
// Prints one JSON line on stdout; its peak RSS is measured by the parent.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const mode = process.argv[2];
const config = { ...loadConfig(), openai: { ...loadConfig().openai, apiKey: undefined } };
const pct = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

if (mode === 'ingest') {
  const { buildIndex } = await import('../src/search/index.ts');
  const t0 = performance.now();
  const r = await buildIndex(config, { force: process.argv.includes('--force') });
  console.log(JSON.stringify({ ms: performance.now() - t0, chunks: r.chunks, embedded: r.embedded, reused: r.reused }));
} else if (mode === 'answer') {
  const { createBot } = await import('../src/answer/bot.ts');
  const read = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);
  const qs = [...read('/work/shared/eval/dev.jsonl'), ...read(join(ROOT, 'test/fixtures/corpus/retrieval-questions.jsonl'))];
  const t0 = performance.now();
  const bot = await createBot(config, { surface: 'cli', build: 'load' });
  const startMs = performance.now() - t0;
  for (const q of qs.slice(0, 5)) await bot.ask(q);
  const t: number[] = [];
  for (const q of qs) {
    const s = performance.now();
    await bot.ask(q);
    t.push(performance.now() - s);
  }
  await bot.close();
  console.log(JSON.stringify({ startMs, p50: pct(t, 0.5), p95: pct(t, 0.95), n: t.length }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
