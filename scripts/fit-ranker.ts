// `npm run fit:ranker`: fits the weights that rank candidate sentences
// (RANK_WEIGHTS in src/answer/compose.ts) on the labelled sets.
//
// Asks every question of the sets (scripts/labelled-sets.ts) as `polderbot
// ask` does, reads the composer's candidates (each with its features and the
// first quote it would give), and labels a candidate right when that quote is
// on a gold page and holds every key phrase. Searches the weights that put a
// right candidate first for the most questions (src/answer/rank-fit.ts),
// reports, leave one set out, how many held-out questions each fold's
// weights and the current weights answer right first, and, when the fitted
// weights win more held-out questions, writes the weights fitted on all sets
// to src/answer/rank-weights.json. Refit the abstention
// model after it (its evidence includes the best sentence's coverage).
// Unanswerable and numeric questions teach nothing here; they are asked all
// the same when a conversation needs them as history.
//
// With --folds N the sets are dealt into N folds, each held out whole
// (leave one set out asks a fit per set: on 200 sets, hours).
//
//   npx tsx scripts/fit-ranker.ts [--dump groups.json] [--dry-run] [--folds N]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { openCliBot } from '../src/cli/bot.ts';
import { askSets, foldsOption } from './labelled-sets.ts';
import { RANK_FEATURE_NAMES, RANK_WEIGHTS, RANK_WEIGHTS_FILE, type RankCandidate } from '../src/answer/compose.ts';
import { crossValidateRanker, fitRanker, rightFirst, type Group } from '../src/answer/rank-fit.ts';
import { dealIntoFolds } from '../src/answer/abstain-fit.ts';

const norm = (s: string) => s.replace(/-\s*\n\s*(?=[a-zà-ÿ])/g, '').replace(/\s+/g, ' ').toLowerCase();

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dump: { type: 'string' }, 'dry-run': { type: 'boolean' }, folds: { type: 'string' } } });
  const folds = foldsOption(values.folds);
  const config = loadConfig({ ...process.env, OPENAI_API_KEY: '', POLDERBOT_DB: ':memory:', POLDERBOT_LOG_QUESTIONS: '' });
  const bot = await openCliBot(config, 'if-missing');
  const names = RANK_FEATURE_NAMES;
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
  const start = names.map((n) => RANK_WEIGHTS[n]);
  const held = crossValidateRanker(folds ? dealIntoFolds(groups, folds) : groups, start);
  const out: string[] = [];
  const reachable = groups.filter((g) => g.right.some(Boolean)).length;
  out.push(`${groups.length} answerable questions, ${reachable} with a right candidate among the traced sentences`);
  out.push('held-out set    | questions | fitted | current');
  for (const f of held) out.push(`${f.set.padEnd(15)} | ${String(f.questions).padStart(9)} | ${String(f.fitted).padStart(6)} | ${String(f.start).padStart(7)}`);
  const sum = (k: 'fitted' | 'start' | 'questions') => held.reduce((s, f) => s + f[k], 0);
  out.push(`${'pooled'.padEnd(15)} | ${String(sum('questions')).padStart(9)} | ${String(sum('fitted')).padStart(6)} | ${String(sum('start')).padStart(7)}`);
  // the weights move only when moving them wins held-out questions: a search that gains in-sample only has fitted noise
  const gains = sum('fitted') > sum('start');
  const w = gains ? fitRanker(groups, start) : start;
  if (!gains) out.push(`fitted weights win no held-out questions (${sum('fitted')} vs ${sum('start')}): the current weights stay`);
  out.push(`all sets: ${rightFirst(groups, w)} right first (current ${rightFirst(groups, start)})`);
  out.push(`weights: ${names.map((n, j) => `${n} ${w[j]}`).join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (!values['dry-run'] && gains) {
    const json = {
      weights: Object.fromEntries(names.map((n, j) => [n, w[j]])),
      fitted: new Date().toISOString().slice(0, 10),
      note: `Written by \`npm run fit:ranker\` (scripts/fit-ranker.ts), from the previous weights. Leave one set out, ${sum('fitted')} of ${sum('questions')} held-out answerable questions got a right first quote with weights fitted on the other sets, ${sum('start')} with the previous weights. weights: fitted on all sets (${rightFirst(groups, w)} right first in-sample).`,
    };
    writeFileSync(RANK_WEIGHTS_FILE, `${JSON.stringify(json, null, 2)}\n`);
    process.stdout.write(`wrote ${RANK_WEIGHTS_FILE.pathname}\n`);
  }
  return 0;
}

process.exitCode = await main();
