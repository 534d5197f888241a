// `npx tsx bench/scale.ts [PAGES...]` (default 1000 5000 20000 50000, or
// BENCH_TIERS=1000,5000): the index and the answerer as the corpus grows.
// Each tier generates a corpus from the advisory's sentences (shuffled into
// files of 100 pages; generated at bench time in a temp dir, never
// committed), then measures in child processes (so peak RSS is per step):
// full ingest, index size, a no-change ingest, a one-document change, bot
// start + warm answers, and a cold `polderbot ask`. Prints a markdown table.
// On the largest tier, bench/slack.ts then sends 10 signed Slack events a
// second for 20 s to the real bot, answering in a worker thread (as `polderbot
// serve` does) and, for comparison, on the main thread.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareDocument } from '../src/corpus/prepare.ts';
import { loadSources } from '../src/corpus/sources.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).map(Number).filter((n) => n > 0);
const tiers = args.length ? args : (process.env.BENCH_TIERS ?? '1000,5000,20000,50000').split(',').map(Number);
const PAGES_PER_FILE = 100;

const advisory = (await loadSources(join(ROOT, 'corpus'))).find((s) => s.file)!;
const sentences = (await prepareDocument(join(ROOT, 'corpus'), advisory)).chunks
  .flatMap((c) => c.text.split(/(?<=[.?!])\s+/))
  .filter((s) => s.length > 30);

function generate(pages: number): string {
  const dir = mkdtempSync(join(tmpdir(), `polderbot-scale-${pages}-`));
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const entries: string[] = [];
  for (let f = 0; f * PAGES_PER_FILE < pages; f++) {
    const out: string[] = [];
    for (let p = 0; p < Math.min(PAGES_PER_FILE, pages - f * PAGES_PER_FILE); p++) {
      const paras: string[] = [`Hoofdstuk ${f + 1}.${p + 1} over thema ${Math.floor(rand() * 50)}`, ''];
      for (let k = 0; k < 3; k++) {
        const para: string[] = [];
        for (let s = 0; s < 6; s++) para.push(sentences[Math.floor(rand() * sentences.length)]!);
        paras.push(para.join(' ').replace(/(.{60,70}) /g, '$1\n'), '');
      }
      out.push(paras.join('\n'));
    }
    writeFileSync(join(dir, `doc-${f}.txt`), out.join('\f'));
    entries.push(`  - id: gen-${f}\n    title: "Generated ${f}"\n    publisher: bench\n    date: 2025-01\n    language: nl\n    kind: report\n    url: ""\n    licence: test\n    file: doc-${f}.txt\n`);
  }
  writeFileSync(join(dir, 'sources.yml'), `documents:\n${entries.join('')}`);
  return dir;
}

const hasTime = existsSync('/usr/bin/time');
function child(env: Record<string, string>, argv: string[], input?: string): { out: string; wallMs: number; rssMb: number } {
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const full = hasTime ? ['-f', '%M', process.execPath, ...argv] : argv;
  const t0 = performance.now();
  const r = spawnSync(cmd, full, { encoding: 'utf8', env: { ...process.env, OPENAI_API_KEY: '', POLDERBOT_LOG_QUESTIONS: 'false', POLDERBOT_EMBEDDINGS: 'local', ...env }, input, maxBuffer: 64 << 20 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const rssMb = hasTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  return { out: r.stdout, wallMs, rssMb };
}
const tsx = (script: string, ...rest: string[]) => ['--import', 'tsx', join(ROOT, script), ...rest];
const s = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const du = (dir: string) => {
  const r = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return `${(Number(r.stdout.split('\t')[0]) / 1e6).toFixed(0)} MB`;
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

const slackRows: string[] = [];
console.log('| pages | chunks | full ingest (peak RSS) | index on disk | no-change ingest | one document changed | bot start | warm answer p50 / p95 | peak RSS (answers) | cold `polderbot ask` | load at start |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const pages of tiers) {
  const loadAtStart = load();
  const corpus = generate(pages);
  const indexDir = join(corpus, 'index');
  const env = { POLDERBOT_CORPUS_DIR: corpus, POLDERBOT_INDEX_DIR: indexDir, POLDERBOT_DB: join(corpus, 'db.sqlite') };
  const full = child(env, tsx('bench/_scale-child.ts', 'ingest'));
  const rep = JSON.parse(full.out) as { ms: number; chunks: number };
  const size = du(indexDir);
  const same = JSON.parse(child(env, tsx('bench/_scale-child.ts', 'ingest')).out) as { ms: number };
  appendFileSync(join(corpus, 'doc-0.txt'), '\nDe SER wijst op het belang van een lerende economie voor de arbeidsproductiviteit.\n');
  const changed = JSON.parse(child(env, tsx('bench/_scale-child.ts', 'ingest')).out) as { ms: number; embedded: number };
  const ans = child(env, tsx('bench/_scale-child.ts', 'answer'));
  const a = JSON.parse(ans.out) as { startMs: number; p50: number; p95: number };
  const cold = child(env, [join(ROOT, 'bin/polderbot.mjs'), 'ask', 'Wat vindt de SER van het concurrentiebeding?']);
  console.log(
    `| ${pages.toLocaleString('en')} | ${rep.chunks.toLocaleString('en')} | ${s(rep.ms)} (${full.rssMb.toFixed(0)} MB) | ${size} | ${s(same.ms)} | ${s(changed.ms)} (${changed.embedded} embedded) | ${s(a.startMs)} | ${a.p50.toFixed(0)} / ${a.p95.toFixed(0)} ms | ${ans.rssMb.toFixed(0)} MB | ${s(cold.wallMs)} (${cold.rssMb.toFixed(0)} MB) | ${loadAtStart} |`,
  );
  if (pages === Math.max(...tiers)) {
    for (const workers of ['1', '0']) {
      const r = child({ ...env, POLDERBOT_ANSWER_WORKERS: workers }, tsx('bench/slack.ts', '--real', '--rate', '10', '--seconds', '20'));
      slackRows.push(`| ${pages.toLocaleString('en')} | ${workers === '0' ? 'main thread (as before)' : '1 worker thread'} | ${/ack p50 \/ p95 \/ max \(ms\) \| ([^|]+)\|/.exec(r.out)?.[1]?.trim()} | ${/ANSWERED=(\S+)/.exec(r.out)?.[1]} | ${r.rssMb.toFixed(0)} MB | ${load()} |`);
    }
  }
  rmSync(corpus, { recursive: true, force: true });
}
if (slackRows.length) {
  console.log('\n| pages | answers run on | Slack ack p50 / p95 / max (ms) at 10 events/s | answered | peak RSS | load after |');
  console.log('|---|---|---|---|---|---|');
  for (const r of slackRows) console.log(r);
}
