// Answer benchmarks: warm answer latency on the advisory (goal p95 < 50 ms),
// cold `polderbot ask` wall time as a child process (goal < 0.5 s; 7 runs:
// median and fastest, with the load average, since the machine is shared), peak RSS.
// Questions: the answer calibration set (Dutch and English, answerable and not).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { createBot } from '../src/answer/bot.ts';

const ROOT = resolve(import.meta.dirname, '..');
const questions = readFileSync(join(ROOT, 'test/fixtures/answer/calibration.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const config = { ...loadConfig(), openai: { ...loadConfig().openai, apiKey: undefined } };
const t0 = performance.now();
const bot = await createBot(config, { surface: 'cli', build: 'ensure', log: (l) => process.stderr.write(`${l}\n`) });
const loadMs = performance.now() - t0;

for (const q of questions) await bot.ask(q); // warm-up
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of questions) {
    const s = performance.now();
    await bot.ask(q);
    times.push(performance.now() - s);
  }
}
const warmRss = process.resourceUsage().maxRSS / 1024;
await bot.close();

// cold: a fresh process answering one question (index already built)
const cold: number[] = [];
let coldRss = NaN;
const hasTime = existsSync('/usr/bin/time');
const loadBefore = loadavg()[0]!;
// whether bin/polderbot.mjs runs the compiled build (dist/) or, src/ having changed since `npm run build`, tsx
const compiled = spawnSync(process.execPath, ['--input-type=module', '-e', "process.stdout.write(String((await import('./scripts/build-state.mjs')).isFresh()))"], { cwd: ROOT, encoding: 'utf8' }).stdout === 'true';
for (let i = 0; i < 7; i++) {
  const args = [join(ROOT, 'bin/polderbot.mjs'), 'ask', 'Wat vindt de SER van het concurrentiebeding?'];
  const s = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', env: { ...process.env, OPENAI_API_KEY: '', POLDERBOT_LOG_QUESTIONS: 'false' } })
    : spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, OPENAI_API_KEY: '', POLDERBOT_LOG_QUESTIONS: 'false' } });
  cold.push(performance.now() - s);
  if (r.status !== 0) throw new Error(`polderbot ask failed: ${r.stderr}`);
  if (hasTime) coldRss = Number(r.stderr.trim().split('\n').pop()) / 1024;
}

console.log('| measure | value | goal |');
console.log('|---|---|---|');
console.log(`| index load + bot start (in process) | ${ms(loadMs)} | |`);
console.log(`| warm answer p50 (${times.length} answers, ${questions.length} questions) | ${ms(pct(times, 0.5))} | |`);
console.log(`| warm answer p95 | ${ms(pct(times, 0.95))} | < 50 ms |`);
console.log(`| warm answer max | ${ms(Math.max(...times))} | |`);
console.log(`| cold \`polderbot ask\` wall (${compiled ? 'dist/' : 'src/ through tsx: dist/ is stale, `npm run build`'}), median / fastest of 7 (load ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}) | ${ms(pct(cold, 0.5))} / ${ms(Math.min(...cold))} | < 500 ms |`);
console.log(`| peak RSS, warm bench process | ${warmRss.toFixed(0)} MB | |`);
console.log(`| peak RSS, cold \`polderbot ask\` | ${Number.isFinite(coldRss) ? `${coldRss.toFixed(0)} MB` : 'n/a'} | |`);
