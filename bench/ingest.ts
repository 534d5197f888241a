// `npx tsx bench/ingest.ts`: ingest and retrieval figures of the corpus/search layer.
// Prints a markdown table. Uses temp dirs only (never the repo's index/).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { buildIndex, loadIndex, type SearchIndex } from '../src/search/index.ts';
import { createBot } from '../src/answer/bot.ts';

const root = new URL('..', import.meta.url).pathname;
const rows: [string, string, string][] = [];
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const pct = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

function config(corpusDir: string) {
  const indexDir = join(mkdtempSync(join(tmpdir(), 'polderbot-bench-')), 'index');
  return loadConfig({ ...process.env, POLDERBOT_EMBEDDINGS: 'local', POLDERBOT_CORPUS_DIR: corpusDir, POLDERBOT_INDEX_DIR: indexDir });
}

function questions(file: string): { q: string; pages: number[] }[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((q) => q.pages?.length);
  } catch {
    return [];
  }
}

async function hitRates(index: SearchIndex, qs: { q: string; pages: number[] }[]) {
  let at1 = 0;
  let at3 = 0;
  for (const q of qs) {
    const pages = (await index.retriever.retrieve(q.q, { k: 3 })).map((p) => p.page);
    if (q.pages.includes(pages[0])) at1++;
    if (pages.some((p) => q.pages.includes(p))) at3++;
  }
  return `${(at1 / qs.length).toFixed(2)} / ${(at3 / qs.length).toFixed(2)} (n=${qs.length})`;
}

async function latencies(index: SearchIndex, qs: string[], rounds: number) {
  for (const q of qs.slice(0, 5)) await index.retriever.retrieve(q); // warm up
  const t: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of qs) {
      const t0 = performance.now();
      await index.retriever.retrieve(q, { k: 5 });
      t.push(performance.now() - t0);
    }
  return t;
}

// 1. the advisory
const advCorpus = mkdtempSync(join(tmpdir(), 'polderbot-bench-corpus-'));
for (const f of ['sources.yml', 'ser-briefadvies-25-04.txt']) copyFileSync(join(root, 'corpus', f), join(advCorpus, f));
const advConfig = config(advCorpus);
let t0 = performance.now();
const rep = await buildIndex(advConfig);
rows.push(['ingest advisory (cold, 11 pages)', ms(performance.now() - t0), `goal < 3 s; ${rep.chunks} chunks`]);
t0 = performance.now();
await buildIndex(advConfig);
rows.push(['re-ingest advisory (vectors reused)', ms(performance.now() - t0), '']);
t0 = performance.now();
const adv = await loadIndex(advConfig);
rows.push(['index load (advisory)', ms(performance.now() - t0), '']);
const dev = questions('/work/shared/eval/dev.jsonl');
const own = questions(join(root, 'test/fixtures/corpus/retrieval-questions.jsonl'));
rows.push(['hit@1 / hit@3 dev (fact, list, numeric)', await hitRates(adv, dev), 'pages of the top 3 passages']);
rows.push(['hit@1 / hit@3 own questions (nl + en)', await hitRates(adv, own), 'test/fixtures/corpus/retrieval-questions.jsonl']);
const advLat = await latencies(adv, [...dev, ...own].map((q) => q.q), 5);
rows.push(['warm retrieve p50 / p95 (advisory)', `${ms(pct(advLat, 0.5))} / ${ms(pct(advLat, 0.95))}`, `${advLat.length} queries, k=5`]);

// 2. the shared PDF instead of the text
const pdfCorpus = mkdtempSync(join(tmpdir(), 'polderbot-bench-pdf-'));
copyFileSync('/work/shared/corpus/ser-briefadvies-25-04.pdf', join(pdfCorpus, 'advies.pdf'));
writeFileSync(join(pdfCorpus, 'sources.yml'), readFileSync(join(root, 'corpus/sources.yml'), 'utf8').replace('file: ser-briefadvies-25-04.txt', 'file: advies.pdf'));
t0 = performance.now();
const pdfRep = await buildIndex(config(pdfCorpus));
rows.push(['ingest advisory as PDF (cold, incl. pdf-parse import)', ms(performance.now() - t0), `${pdfRep.chunks} chunks`]);

// 3. a generated 1,000-page corpus: sentences of the advisory shuffled into 10 files of 100 pages
const big = mkdtempSync(join(tmpdir(), 'polderbot-bench-big-'));
const sentences = [...adv.allChunks()].flatMap((c) => c.text.split(/(?<=[.?!])\s+/)).filter((s) => s.length > 30);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const entries: string[] = [];
for (let f = 0; f < 10; f++) {
  const pages: string[] = [];
  for (let p = 0; p < 100; p++) {
    const paras: string[] = [`Hoofdstuk ${f + 1}.${p + 1} over thema ${Math.floor(rand() * 50)}`, ''];
    for (let k = 0; k < 3; k++) {
      const para: string[] = [];
      for (let s = 0; s < 6; s++) para.push(sentences[Math.floor(rand() * sentences.length)]);
      paras.push(para.join(' ').replace(/(.{60,70}) /g, '$1\n'), '');
    }
    pages.push(paras.join('\n'));
  }
  writeFileSync(join(big, `doc-${f}.txt`), pages.join('\f'));
  entries.push(`  - id: gen-${f}\n    title: "Generated ${f}"\n    publisher: bench\n    date: 2025-01\n    language: nl\n    kind: report\n    url: ""\n    licence: test\n    file: doc-${f}.txt\n`);
}
writeFileSync(join(big, 'sources.yml'), `documents:\n${entries.join('')}`);
const bigConfig = config(big);
t0 = performance.now();
const bigRep = await buildIndex(bigConfig);
rows.push(['ingest generated corpus (1,000 pages)', ms(performance.now() - t0), `goal < 60 s; ${bigRep.chunks} chunks`]);
t0 = performance.now();
const bigIndex = await loadIndex(bigConfig);
rows.push(['index load (1,000 pages, checksums verified)', ms(performance.now() - t0), 'goal < 1 s']);
const bigLat = await latencies(bigIndex, [...dev, ...own].map((q) => q.q), 2);
rows.push(['warm retrieve p50 / p95 (1,000 pages)', `${ms(pct(bigLat, 0.5))} / ${ms(pct(bigLat, 0.95))}`, `${bigLat.length} queries, k=5`]);
// the whole local answer (retrieval + sentence choice + citations) over the 1,000 pages
const bigBot = await createBot(bigConfig, { build: 'load', surface: 'cli' });
const askQs = [...dev, ...own].map((q) => q.q);
for (const q of askQs.slice(0, 5)) await bigBot.ask(q); // warm up
const askLat: number[] = [];
for (const q of askQs) {
  const t = performance.now();
  await bigBot.ask(q);
  askLat.push(performance.now() - t);
}
rows.push(['warm answer p50 / p95 (1,000 pages, createBot local)', `${ms(pct(askLat, 0.5))} / ${ms(pct(askLat, 0.95))}`, `goal p95 < 150 ms; ${askLat.length} questions`]);
await bigBot.close();
rows.push(['peak RSS (this process)', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`, 'includes pdf-parse']);

console.log('| measure | value | note |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
