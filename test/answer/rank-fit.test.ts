// The ranking's fit: it moves the weights until the feature that marks the
// right candidates wins, and leave-one-set-out scores each set only with
// weights fitted on the other sets. And the composer's score is the weighted
// sum of the features it reports.
import { describe, expect, it } from 'vitest';
import { crossValidateRanker, fitRanker, rightFirst, type Group } from '../../src/answer/rank-fit.ts';
import { dealIntoFolds } from '../../src/answer/abstain-fit.ts';
import { RANK_FEATURE_NAMES, RANK_WEIGHTS, rankScore, type RankFeatures } from '../../src/answer/compose.ts';

// question k's three candidates: feature 0 is the same for all (the scale), feature 1 marks
// candidate 0, feature 2 is noise that favours the others
const group = (set: string, k: number, right = [true, false, false]): Group => ({
  set,
  id: `${set}-${k}`,
  x: [
    [1, 1, 0.2 * (k % 3)],
    [1, 0, 0.5],
    [1, 0, 0.1 * k],
  ],
  right,
});

describe('fitRanker', () => {
  it('moves the weights until the feature that marks the right candidate wins', () => {
    const groups = Array.from({ length: 20 }, (_, k) => group('a', k));
    // weights that heed only the noise put no right candidate first
    expect(rightFirst(groups, [1, 0, 1])).toBe(0);
    const w = fitRanker(groups, [1, 0, 1]);
    expect(rightFirst(groups, w)).toBe(20);
    // the first weight sets the scale and is not moved
    expect(w[0]).toBe(1);
  });

  it('keeps the starting weights when no step gains a question', () => {
    const groups = Array.from({ length: 5 }, (_, k) => group('a', k));
    expect(rightFirst(groups, [1, 2, 0])).toBe(5);
    expect(fitRanker(groups, [1, 2, 0])).toEqual([1, 2, 0]);
  });
});

describe('crossValidateRanker', () => {
  it('scores a held-out set only with weights fitted on the other sets', () => {
    // in set "odd" the right answer is candidate 1: only weights fitted on "odd" itself would find it
    const odd = Array.from({ length: 10 }, (_, k) => group('odd', k, [false, true, false]));
    const good = Array.from({ length: 30 }, (_, k) => group('good', k));
    const start = [1, 0.1, 0];
    expect(rightFirst(odd, fitRanker(odd, start))).toBeGreaterThan(0);
    const folds = crossValidateRanker([...good, ...odd], start);
    const oddFold = folds.find((f) => f.set === 'odd')!;
    // fitted on "good" alone, the marker still wins: no held-out "odd" question is right first
    expect(oddFold).toEqual({ set: 'odd', questions: 10, fitted: 0, start: 0 });
    // and "good", ranked with weights fitted on "odd" alone, loses questions the starting weights had right
    const goodFold = folds.find((f) => f.set === 'good')!;
    expect(goodFold.start).toBe(30);
    expect(goodFold.fitted).toBeLessThan(30);
  });

  it('holds out whole sets in each of k folds, never a part of one', () => {
    const sets = ['a', 'b', 'c', 'd', 'e'];
    const groups = sets.flatMap((set, i) => Array.from({ length: i + 2 }, (_, k) => group(set, k)));
    const folds = crossValidateRanker(dealIntoFolds(groups, 2), [1, 0.1, 0]);
    // sets a, c, e in the first fold, b, d in the second: every question held out once
    expect(folds.map((f) => [f.set, f.questions])).toEqual([
      ['fold 1', 2 + 4 + 6],
      ['fold 2', 3 + 5],
    ]);
    // (an "odd" set held out with others is still scored with weights fitted without it)
    const odd = Array.from({ length: 10 }, (_, k) => group('odd', k, [false, true, false]));
    const withOdd = crossValidateRanker(dealIntoFolds([...groups, ...odd], 2), [1, 0.1, 0]);
    expect(withOdd.find((f) => f.set === 'fold 2')!.questions).toBe(3 + 5 + 10);
    expect(withOdd.find((f) => f.set === 'fold 2')!.fitted).toBeLessThanOrEqual(3 + 5);
  });
});

describe('rankScore', () => {
  it('is the weighted sum of the features, over every feature the weights file names', () => {
    expect(Object.keys(RANK_WEIGHTS).sort()).toEqual([...RANK_FEATURE_NAMES].sort());
    const f = Object.fromEntries(RANK_FEATURE_NAMES.map((k) => [k, 0])) as unknown as RankFeatures;
    expect(rankScore(f)).toBe(0);
    expect(rankScore({ ...f, coverage: 0.5, headingCoverage: 0.5 })).toBeCloseTo(0.5 * RANK_WEIGHTS.coverage + 0.5 * RANK_WEIGHTS.headingCoverage);
  });
});
