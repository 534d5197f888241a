// `npm run fit:ranker`: fits the weights that rank candidate sentences
// (RANK_WEIGHTS in src/answer/compose.ts) on the labelled sets.
//
// Asks every question of the sets (scripts/labelled-sets.ts) as `polderbot
// ask` does, reads the composer's candidates (each with its features and the
// first quote it would give), and labels a candidate right when that quote is
// on a gold page and holds every key phrase. Fits a conditional logit
// (src/answer/rank-fit.ts) and reports, leave one set out, how many held-out
// questions each fold's weights and the current weights answer right first.
// Unanswerable and numeric questions teach nothing here; they are asked all
// the same when a conversation needs them as history.
//
//   npx tsx scripts/fit-ranker.ts [--l2 X] [--dump groups.json]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { openCliBot } from '../src/cli/bot.ts';
import { askSets } from './labelled-sets.ts';
import { RANK_WEIGHTS, type RankCandidate, type RankFeatures } from '../src/answer/compose.ts';
import { crossValidateRanker, fitRanker, topRight, type Group } from '../src/answer/rank-fit.ts';

const norm = (s: string) => s.replace(/-\s*\n\s*(?=[a-zà-ÿ])/g, '').replace(/\s+/g, ' ').toLowerCase();

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { l2: { type: 'string' }, dump: { type: 'string' }, iterations: { type: 'string' } } });
  const l2 = Number(values.l2 ?? '1');
  const config = loadConfig({ ...process.env, OPENAI_API_KEY: '', POLDERBOT_DB: ':memory:', POLDERBOT_LOG_QUESTIONS: '' });
  const bot = await openCliBot(config, 'if-missing');
  const names = Object.keys(RANK_WEIGHTS) as (keyof RankFeatures)[];
  const groups: Group[] = [];
  const seen: { q: string; texts: string[]; pages: number[] }[] = [];
  let last: RankCandidate[] = [];
  try {
    await askSets(
      bot,
      (set, l, answer) => {
        if (l.kind !== 'fact' && l.kind !== 'list') return;
        if (!answer.evidence || !last.length) return;
        const right = last.map((c) => l.pages.includes(c.page) && l.must.every((m) => norm(c.text).includes(norm(m))));
        groups.push({ set, id: String(l.id), x: last.map((c) => names.map((n) => c.features[n])), right });
        seen.push({ q: l.q, texts: last.map((c) => c.text), pages: last.map((c) => c.page) });
      },
      () => {
        last = [];
        return { onCandidates: (c) => (last = c) };
      },
    );
  } finally {
    await bot.close();
  }
  if (values.dump) writeFileSync(values.dump, JSON.stringify({ names, groups: groups.map((g, i) => ({ ...g, ...seen[i] })) }));
  const baseline = names.map((n) => RANK_WEIGHTS[n]);
  const opts = { l2, iterations: Number(values.iterations ?? '400') };
  const folds = crossValidateRanker(groups, names.length, baseline, opts);
  const out: string[] = [];
  const reachable = groups.filter((g) => g.right.some(Boolean)).length;
  out.push(`${groups.length} answerable questions, ${reachable} with a right candidate; L2 ${l2}`);
  out.push('held-out set    | questions | fitted | current');
  for (const f of folds) out.push(`${f.set.padEnd(15)} | ${String(f.questions).padStart(9)} | ${String(f.fitted).padStart(6)} | ${String(f.baseline).padStart(7)}`);
  const sum = (k: 'fitted' | 'baseline' | 'questions') => folds.reduce((s, f) => s + f[k], 0);
  out.push(`${'pooled'.padEnd(15)} | ${String(sum('questions')).padStart(9)} | ${String(sum('fitted')).padStart(6)} | ${String(sum('baseline')).padStart(7)}`);
  const w = fitRanker(groups, names.length, opts);
  out.push(`all sets: ${groups.filter((g) => topRight(g, w)).length} right first (current ${groups.filter((g) => topRight(g, baseline)).length})`);
  out.push(`weights: ${names.map((n, j) => `${n} ${w[j]!.toFixed(3)}`).join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = await main();
