// The ranking's fit: the conditional logit's gradient, that it learns which
// feature marks the right candidates, and that leave-one-set-out scores each
// set only with weights fitted on the others. And the composer's score is the
// weighted sum of the features it reports.
import { describe, expect, it } from 'vitest';
import { crossValidateRanker, fitRanker, objective, topRight, type Group } from '../../src/answer/rank-fit.ts';
import { RANK_WEIGHTS, rankScore, type RankFeatures } from '../../src/answer/compose.ts';

// candidate i of question k: feature 0 marks the right one, feature 1 is noise that favours a wrong one
const group = (set: string, k: number, rightMarker = 1): Group => ({
  set,
  id: `${set}-${k}`,
  x: [
    [rightMarker, 0.2 * (k % 3)],
    [0, 0.5],
    [0, 0.1 * k],
  ],
  right: [true, false, false],
});

describe('fitRanker', () => {
  it('has the gradient of its loss', () => {
    const groups = [group('a', 1), group('a', 2), group('b', 3)];
    const w = [0.3, -0.7];
    const { grad } = objective(groups, w, 0.5);
    const h = 1e-6;
    for (let j = 0; j < w.length; j++) {
      const up = objective(groups, w.map((v, i) => (i === j ? v + h : v)), 0.5).loss;
      const down = objective(groups, w.map((v, i) => (i === j ? v - h : v)), 0.5).loss;
      expect(grad[j]).toBeCloseTo((up - down) / (2 * h), 4);
    }
  });

  it('learns the feature that marks the right candidate', () => {
    const groups = Array.from({ length: 20 }, (_, k) => group('a', k));
    const w = fitRanker(groups, 2, { l2: 0.1 });
    expect(w[0]).toBeGreaterThan(1);
    expect(groups.every((g) => topRight(g, w))).toBe(true);
    // and the noise feature's weight, which favours the wrong candidates, stays below it
    expect(w[1]).toBeLessThan(w[0]!);
  });
});

describe('crossValidateRanker', () => {
  it('scores a held-out set only with weights fitted on the other sets', () => {
    // in set "odd" the marker sits on a wrong candidate: weights fitted on it would rank its questions right
    const odd = Array.from({ length: 10 }, (_, k): Group => ({ ...group('odd', k), right: [false, true, false] }));
    const good = Array.from({ length: 30 }, (_, k) => group('good', k));
    const folds = crossValidateRanker([...good, ...odd], 2, [1, 0], { l2: 0.1 });
    const fold = folds.find((f) => f.set === 'odd')!;
    // fitted on "good" alone, the marker wins, so every held-out "odd" question is ranked wrong
    expect(fold.fitted).toBe(0);
    expect(fold.questions).toBe(10);
    // and "good", scored with weights fitted on "odd" alone, is ranked wrong throughout, though the baseline has it right
    const goodFold = folds.find((f) => f.set === 'good')!;
    expect(goodFold.fitted).toBe(0);
    expect(goodFold.baseline).toBe(30);
  });
});

describe('rankScore', () => {
  it('is the weighted sum of the features', () => {
    const f = Object.fromEntries(Object.keys(RANK_WEIGHTS).map((k) => [k, 0])) as unknown as RankFeatures;
    expect(rankScore(f)).toBe(0);
    expect(rankScore({ ...f, coverage: 0.5, headingCoverage: 0.5 })).toBeCloseTo(0.5 * RANK_WEIGHTS.coverage + 0.5 * RANK_WEIGHTS.headingCoverage);
  });
});
