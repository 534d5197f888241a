// Store and digest figures: question logging, status changes, composing a
// digest over a busy week, and opening the database. `npx tsx bench/store.ts`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../src/store/index.ts';
import { buildDigest } from '../src/digest/post.ts';
import { loadRecommendations } from '../src/recommendations/catalogue.ts';
import { defaultViewProvider } from '../src/digest/sources.ts';
import { createTracker } from '../src/recommendations/tracker.ts';

const dir = mkdtempSync(join(tmpdir(), 'polderbot-bench-'));
const path = join(dir, 'bench.db');
const cfg = { dbPath: path, logQuestions: true, retentionDays: 90 };
const root = resolve(import.meta.dirname, '..');
const rows: [string, string][] = [];
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

const [store, openMs] = time(() => openStore(cfg));
rows.push(['open new database (create + migrate)', `${openMs.toFixed(1)} ms`]);

const N = 5_000;
const now = Date.now();
const topics = ['Wat is TFP?', 'Wat zegt het advies over het mkb?', 'Hoe staat het met leerrechten?', 'Wat is de NPB?', 'Wat adviseert de SER over de hypotheekrenteaftrek?'];
const [, qMs] = time(() => {
  for (let i = 0; i < N; i++) {
    store.recordQuestion({ text: `${topics[i % topics.length]} ${i % 50 === 0 ? 'graag' : ''}`, askedAt: new Date(now - (i % 7) * 86_400_000), answered: i % 5 !== 4, mode: 'local', surface: 'slack' });
  }
});
rows.push([`recordQuestion, ${N} sequential (each its own committed transaction)`, `${((qMs * 1000) / N).toFixed(0)} µs each`]);

const recs = loadRecommendations(join(root, 'corpus'));
const tracker = createTracker(store, recs);
const [, sMs] = time(() => {
  for (let i = 0; i < 500; i++) tracker.setStatus(recs[i % recs.length].id, 'in-uitvoering', 'bench', `note ${i}`);
});
rows.push(['setStatus, 500 changes', `${((sMs * 1000) / 500).toFixed(0)} µs each`]);
const [, lMs] = time(() => tracker.list());
rows.push([`tracker.list() with 500 changes (${recs.length} recommendations)`, `${lMs.toFixed(2)} ms`]);

const view = defaultViewProvider({ corpusDir: join(root, 'corpus'), indexDir: join(root, 'index') });
const t0 = performance.now();
const v = await view();
rows.push([`read view (indicator snapshot: ${v.indicators.length} series, ${v.corpus.length} documents)`, `${(performance.now() - t0).toFixed(1)} ms`]);
const t1 = performance.now();
const { digest } = await buildDigest({ store, recommendations: recs, view: async () => v, channel: 'C1' });
rows.push([`compose digest over ${N} questions, 500 status changes`, `${(performance.now() - t1).toFixed(1)} ms`]);
rows.push(['digest sections with content', String(digest.sections.filter((s) => s.lines.length).length)]);
store.close();
const [again, reopenMs] = time(() => openStore(cfg));
rows.push(['reopen existing database (read-only check + quick_check + prune)', `${reopenMs.toFixed(1)} ms`]);
again.close();
rmSync(dir, { recursive: true, force: true });

console.log('| measure | value |\n|---|---|');
for (const [k, val] of rows) console.log(`| ${k} | ${val} |`);
