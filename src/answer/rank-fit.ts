// Fitting the ranking of candidate sentences: a conditional logit (the
// probability that a question's first quote is right is the softmax of the
// candidates' linear scores, summed over its right candidates), fitted by
// gradient descent with an L2 penalty, and leave-one-set-out
// cross-validation that scores each held-out set only with weights fitted on
// the other sets. Pure: no I/O, deterministic.

/** One question: its candidate sentences' feature vectors and which of them would answer it right. */
export interface Group {
  set: string;
  id: string;
  x: number[][];
  right: boolean[];
}

export interface RankFitOptions {
  /** L2 penalty on the weights; default 1 */
  l2?: number;
  /** gradient steps; default 400 */
  iterations?: number;
  /** where the descent starts (default: zeros) */
  start?: number[];
}

const dot = (w: readonly number[], x: readonly number[]) => x.reduce((s, v, j) => s + v * w[j]!, 0);

/** The negative log-likelihood of the groups under weights w, with its gradient (penalty included). */
export function objective(groups: readonly Group[], w: readonly number[], l2: number): { loss: number; grad: number[] } {
  const d = w.length;
  const grad = w.map((v) => l2 * v);
  let loss = (l2 / 2) * w.reduce((s, v) => s + v * v, 0);
  for (const g of groups) {
    const s = g.x.map((x) => dot(w, x));
    const m = Math.max(...s);
    const e = s.map((v) => Math.exp(v - m));
    const all = e.reduce((a, b) => a + b, 0);
    const pos = e.reduce((a, b, i) => a + (g.right[i] ? b : 0), 0);
    loss += Math.log(all) - Math.log(pos);
    for (let i = 0; i < g.x.length; i++) {
      const coef = e[i]! / all - (g.right[i] ? e[i]! / pos : 0);
      if (coef === 0) continue;
      for (let j = 0; j < d; j++) grad[j]! += coef * g.x[i]![j]!;
    }
  }
  return { loss, grad };
}

/** Fits the weights: gradient descent with a backtracking step (the loss never rises). Groups with no right candidate, or only right ones, teach nothing and are left out. */
export function fitRanker(groups: readonly Group[], d: number, opts: RankFitOptions = {}): number[] {
  const l2 = opts.l2 ?? 1;
  const useful = groups.filter((g) => g.right.some(Boolean) && !g.right.every(Boolean));
  let w = opts.start ? [...opts.start] : new Array<number>(d).fill(0);
  let { loss, grad } = objective(useful, w, l2);
  let step = 1;
  for (let it = 0; it < (opts.iterations ?? 400); it++) {
    const norm = Math.sqrt(grad.reduce((s, v) => s + v * v, 0));
    if (norm < 1e-6) break;
    for (;;) {
      const next = w.map((v, j) => v - (step * grad[j]!) / norm);
      const o = objective(useful, next, l2);
      if (o.loss < loss) {
        w = next;
        ({ loss, grad } = o);
        step *= 1.5;
        break;
      }
      step /= 2;
      if (step < 1e-8) return w;
    }
  }
  return w;
}

/** Is the group's best-scored candidate (the first of equals) a right one? */
export function topRight(g: Group, w: readonly number[]): boolean {
  let best = -1;
  let bestScore = -Infinity;
  g.x.forEach((x, i) => {
    const s = dot(w, x);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  return best >= 0 && g.right[best]!;
}

export interface RankFold {
  set: string;
  questions: number;
  /** held-out questions whose first quote is right under the fold's fitted weights */
  fitted: number;
  /** and under the baseline weights */
  baseline: number;
}

/**
 * Leave one set out: each set's questions are ranked with weights fitted on
 * the other sets only, and with the baseline weights for comparison.
 */
export function crossValidateRanker(groups: readonly Group[], d: number, baseline: readonly number[], opts: RankFitOptions = {}): RankFold[] {
  const sets = [...new Set(groups.map((g) => g.set))];
  return sets.map((set) => {
    const train = groups.filter((g) => g.set !== set);
    const test = groups.filter((g) => g.set === set);
    const w = fitRanker(train, d, opts);
    return {
      set,
      questions: test.length,
      fitted: test.filter((g) => topRight(g, w)).length,
      baseline: test.filter((g) => topRight(g, baseline)).length,
    };
  });
}
