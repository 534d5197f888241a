// `npm run fit:ranker`: fits the weights that rank candidate sentences
// (RANK_WEIGHTS in src/answer/compose.ts, and RANK_FOLLOW_UP_WEIGHTS for the
// turns read with a previous answer, each fitted and held out on its own
// kind of question) on the labelled sets.
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
import { RANK_FEATURE_NAMES, RANK_FOLLOW_UP_WEIGHTS, RANK_WEIGHTS, RANK_WEIGHTS_FILE, type RankCandidate } from '../src/answer/compose.ts';
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
  const followUps = new Set<Group>();
  const seen: { q: string; texts: string[]; pages: number[] }[] = [];
  let last: RankCandidate[] = [];
  try {
    await askSets(
      bot,
      (set, l, answer) => {
        if (l.kind !== 'fact' && l.kind !== 'list') return;
        if (!answer.evidence || !last.length) return;
        const right = last.map((c) => l.pages.includes(c.page) && l.must.every((m) => norm(c.text).includes(norm(m))));
        const group = { set, id: String(l.id), x: last.map((c) => names.map((n) => c.features[n])), right };
        groups.push(group);
        // (ranked by the follow-up weights: read as a follow-up, with the previous answer)
        if (answer.reading?.followUp && answer.reading.previousAnswer !== undefined) followUps.add(group);
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
  if (values.dump) writeFileSync(values.dump, JSON.stringify({ names, groups: groups.map((g, i) => ({ ...g, ...seen[i], followUp: followUps.has(g) })) }));
  // a conversation's later turns (read with a previous answer) have weights of their own, each kind fitted and held out on its own turns
  const kinds = [
    { key: 'weights', label: 'questions on their own', groups: groups.filter((g) => !followUps.has(g)), start: names.map((n) => RANK_WEIGHTS[n]) },
    { key: 'followUpWeights', label: 'later turns of a conversation', groups: groups.filter((g) => followUps.has(g)), start: names.map((n) => RANK_FOLLOW_UP_WEIGHTS[n]) },
  ] as const;
  const out: string[] = [];
  const fitted: Record<string, { weights: number[]; held: number; start: number; questions: number; inSample: number }> = {};
  for (const kind of kinds) {
    const held = crossValidateRanker(folds ? dealIntoFolds(kind.groups, folds) : kind.groups, kind.start);
    const reachable = kind.groups.filter((g) => g.right.some(Boolean)).length;
    out.push(`${kind.label}: ${kind.groups.length} answerable, ${reachable} with a right candidate among the traced sentences`);
    out.push('held-out set    | questions | fitted | current');
    for (const f of held) out.push(`${f.set.padEnd(15)} | ${String(f.questions).padStart(9)} | ${String(f.fitted).padStart(6)} | ${String(f.start).padStart(7)}`);
    const sum = (k: 'fitted' | 'start' | 'questions') => held.reduce((s, f) => s + f[k], 0);
    out.push(`${'pooled'.padEnd(15)} | ${String(sum('questions')).padStart(9)} | ${String(sum('fitted')).padStart(6)} | ${String(sum('start')).padStart(7)}`);
    // the weights move only when moving them wins held-out questions: a search that gains in-sample only has fitted noise
    const gains = sum('fitted') > sum('start');
    const w = gains ? fitRanker(kind.groups, kind.start) : kind.start;
    if (!gains) out.push(`fitted weights win no held-out questions (${sum('fitted')} vs ${sum('start')}): the current weights stay`);
    out.push(`all sets: ${rightFirst(kind.groups, w)} right first (current ${rightFirst(kind.groups, kind.start)})`);
    out.push(`${kind.key}: ${names.map((n, j) => `${n} ${w[j]}`).join(', ')}`);
    fitted[kind.key] = { weights: w, held: sum('fitted'), start: sum('start'), questions: sum('questions'), inSample: rightFirst(kind.groups, w) };
  }
  process.stdout.write(`${out.join('\n')}\n`);
  const changed = Object.values(fitted).some((f) => f.held > f.start);
  if (!values['dry-run'] && changed) {
    const asObject = (w: number[]) => Object.fromEntries(names.map((n, j) => [n, w[j]]));
    const said = kinds.map((k) => `${k.label}: ${fitted[k.key]!.held} of ${fitted[k.key]!.questions} held out right first with weights fitted on the other folds, ${fitted[k.key]!.start} with the previous weights (${fitted[k.key]!.inSample} in-sample)`);
    const json = {
      weights: asObject(fitted.weights!.weights),
      followUpWeights: asObject(fitted.followUpWeights!.weights),
      fitted: new Date().toISOString().slice(0, 10),
      note: `Written by \`npm run fit:ranker\` (scripts/fit-ranker.ts), from the previous weights; each kind's weights move only when they win held-out questions. ${said.join('; ')}.`,
    };
    writeFileSync(RANK_WEIGHTS_FILE, `${JSON.stringify(json, null, 2)}\n`);
    process.stdout.write(`wrote ${RANK_WEIGHTS_FILE.pathname}\n`);
  }
  return 0;
}

process.exitCode = await main();
