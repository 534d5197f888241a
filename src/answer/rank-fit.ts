// Fitting the ranking of candidate sentences (RANK_WEIGHTS in compose.ts):
// the weights that put a right first quote first for the most questions,
// found by coordinate search from a starting set of weights, and
// leave-one-set-out cross-validation that scores each held-out set only with
// weights fitted on the other sets. The count of right first quotes is what
// `strict` rewards, so it is what the search maximises; the first weight
// (the sentence's coverage) stays fixed and sets the scale. Pure: no I/O,
// deterministic.

/** One question: its candidate sentences' feature vectors and which of them would answer it right. */
export interface Group {
  set: string;
  id: string;
  x: number[][];
  right: boolean[];
}

/** The step sizes of the search, coarse to fine. */
const STEPS = [0.2, 0.1, 0.05, 0.02];
const PASSES = 3;

/** Is the group's best-scored candidate (the first of equals) a right one? */
export function topRight(g: Group, w: readonly number[]): boolean {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < g.x.length; i++) {
    let s = 0;
    for (let j = 0; j < w.length; j++) s += w[j]! * g.x[i]![j]!;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best >= 0 && g.right[best]!;
}

export const rightFirst = (groups: readonly Group[], w: readonly number[]) => groups.filter((g) => topRight(g, w)).length;

/**
 * The weights, from `start`, that rank a right candidate first for the most
 * groups: each weight but the first moved up or down by a step while that
 * gains a question, the steps ever finer. Ties keep the earlier weights.
 */
export function fitRanker(groups: readonly Group[], start: readonly number[]): number[] {
  const useful = groups.filter((g) => g.right.some(Boolean));
  let w = [...start];
  let best = rightFirst(useful, w);
  for (const step of STEPS) {
    for (let pass = 0; pass < PASSES; pass++) {
      let improved = false;
      for (let j = 1; j < w.length; j++) {
        for (const delta of [step, -step]) {
          const next = w.map((v, k) => (k === j ? Math.round((v + delta) * 1000) / 1000 : v));
          const n = rightFirst(useful, next);
          if (n > best) {
            best = n;
            w = next;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
  }
  return w;
}

export interface RankFold {
  set: string;
  questions: number;
  /** held-out questions whose first quote is right under the fold's fitted weights */
  fitted: number;
  /** and under the starting weights */
  start: number;
}

/**
 * Leave one set out: each set's questions ranked with weights fitted on the other sets only, and with the starting weights.
 * (Groups dealt into folds, `dealIntoFolds` in abstain-fit.ts, hold out whole folds at a fraction of the cost.)
 */
export function crossValidateRanker(groups: readonly Group[], start: readonly number[]): RankFold[] {
  const sets = [...new Set(groups.map((g) => g.set))];
  return sets.map((set) => {
    const test = groups.filter((g) => g.set === set);
    const w = fitRanker(
      groups.filter((g) => g.set !== set),
      start,
    );
    return { set, questions: test.length, fitted: rightFirst(test, w), start: rightFirst(test, start) };
  });
}
