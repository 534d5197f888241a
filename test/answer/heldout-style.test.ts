// Answer quality on questions written blind, "of the same kind" as the
// held-out set (test/fixtures/eval/heldout-style.jsonl: 50 questions, Dutch
// and English paraphrases, fact/list/numeric/unanswerable, pages 3-11). The
// whole bot is scored the way /work/shared/tools/eval.mjs scores it. Bounds sit
// a little below what was measured on 2026-11-29 (hit@1 0.87, hit@3 1.00,
// phrases 0.94, abstain 1.00, numeric 1.00, no false abstention; on
// 2026-11-28 it was hit@3 0.97, phrases 0.88, abstain 0.89, 1), so a
// regression fails. Since 2026-11-30 h40 and h41 (productivity growth per hour
// over 2014-2024, a statistic the advisory does not give) are answered from the
// bundled statistics with "Het advies noemt hier geen cijfer voor" and
// `answered: false`: the figures are right (numeric), but the eval counts
// them as abstentions, hence falseAbstain 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/answer/bot.ts';
import type { Answer } from '../../src/answer/types.ts';
import { answerAll, expectWithin, openEvalBot, readSet, score } from './eval-set.ts';

const rows = readSet('heldout-style.jsonl');
let answers: Map<string, Answer>;

let bot: Bot;

beforeAll(async () => {
  bot = await openEvalBot();
  answers = await answerAll(rows, bot);
}, 180_000);
afterAll(async () => {
  await bot?.close();
});

describe('held-out-style questions', () => {
  it('the set is the size and mix the held-out set has', () => {
    expect(rows).toHaveLength(50);
    expect(rows.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.kind === 'list').length).toBeGreaterThanOrEqual(10);
    expect(rows.filter((r) => r.kind === 'numeric').length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((r) => r.kind === 'unanswerable').length).toBeGreaterThanOrEqual(8);
  });

  it('scores within the measured bounds', () => {
    expectWithin(score(rows, answers), { hit1: 0.8, hit3: 0.94, phrases: 0.88, numeric: 0.9, abstain: 0.88, falseAbstain: 3 });
  });

  it('keeps the answers short (the quotes live in the citations)', () => {
    const lengths = [...answers.values()].map((a) => a.text.length).sort((x, y) => x - y);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(700);
  });
});
