// Fitting the abstention model: L2-regularised logistic regression on
// standardised features (Newton's method), a decision threshold chosen by
// cost, and leave-one-set-out cross-validation in which a fold's threshold is
// chosen and its rates measured only on data its model was not fitted on.
// Pure: no I/O, deterministic (no random start, fixed iteration order).

export interface LogisticModel {
  /** feature means and scales (standard deviations) the weights apply to */
  means: number[];
  scales: number[];
  intercept: number;
  /** one weight per standardised feature */
  weights: number[];
}

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** P(answerable) for a raw feature vector. */
export function probability(m: LogisticModel, x: readonly number[]): number {
  let z = m.intercept;
  for (let j = 0; j < m.weights.length; j++) z += m.weights[j]! * ((x[j]! - m.means[j]!) / m.scales[j]!);
  return sigmoid(z);
}

/** Solves A v = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / piv;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * v[k]!;
    v[r] = s / M[r]![r]!;
  }
  return v;
}

export interface FitOptions {
  /** L2 penalty on the standardised weights (not the intercept); default 1 */
  l2?: number;
  /** Newton steps at most; default 50 */
  iterations?: number;
}

/**
 * Logistic regression y ~ x by Newton's method (IRLS) on standardised
 * features, minimising the negative log-likelihood + l2/2·|w|². y: 1 = answerable.
 */
export function fitLogistic(X: readonly (readonly number[])[], y: readonly number[], opts: FitOptions = {}): LogisticModel {
  const l2 = opts.l2 ?? 1;
  const n = X.length;
  const d = X[0]?.length ?? 0;
  if (n === 0) throw new Error('fitLogistic: no rows');
  const means = Array.from({ length: d }, (_, j) => X.reduce((s, x) => s + x[j]!, 0) / n);
  const scales = means.map((mu, j) => {
    const sd = Math.sqrt(X.reduce((s, x) => s + (x[j]! - mu) ** 2, 0) / n);
    return sd > 1e-12 ? sd : 1;
  });
  const Z = X.map((x) => x.map((v, j) => (v - means[j]!) / scales[j]!));
  // beta[0] is the intercept
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (opts.iterations ?? 50); it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const zi = [1, ...Z[i]!];
      const p = sigmoid(zi.reduce((s, v, j) => s + v * beta[j]!, 0));
      const w = Math.max(p * (1 - p), 1e-10);
      for (let a = 0; a <= d; a++) {
        grad[a]! += (p - y[i]!) * zi[a]!;
        for (let b = 0; b <= d; b++) H[a]![b]! += w * zi[a]! * zi[b]!;
      }
    }
    for (let a = 1; a <= d; a++) {
      grad[a]! += l2 * beta[a]!;
      H[a]![a]! += l2;
    }
    H[0]![0]! += 1e-9;
    const step = solve(H, grad);
    beta = beta.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { means, scales, intercept: beta[0]!, weights: beta.slice(1) };
}

export interface Cost {
  /** an answerable question abstained on */
  falseAbstention: number;
  /** an unanswerable question answered */
  wrongAnswer: number;
}

export const DEFAULT_COST: Cost = { falseAbstention: 1, wrongAnswer: 2 };

export interface Scored {
  /** P(answerable) from a model that was not fitted on this row (or was, in-sample) */
  p: number;
  /** 1 = answerable */
  y: number;
  /** decided by a rule whatever the model says (`Evidence.ruled`): 1 answered, 0 abstained */
  ruled?: 0 | 1;
}

/** Whether the bot answers a scored row at `threshold`: a rule's decision, else the model's. */
export const answers = (s: Scored, threshold: number): boolean => (s.ruled === undefined ? s.p >= threshold : s.ruled === 1);

export interface Rates {
  answerable: number;
  unanswerable: number;
  falseAbstentions: number;
  wrongAnswers: number;
  /** false abstentions / answerable */
  falseAbstentionRate: number;
  /** answered unanswerable / unanswerable */
  wrongAnswerRate: number;
}

/** Answer when p ≥ threshold (or when a rule answers; never when a rule abstains). */
export function rates(scored: readonly Scored[], threshold: number): Rates {
  const answerable = scored.filter((s) => s.y === 1).length;
  const unanswerable = scored.length - answerable;
  const falseAbstentions = scored.filter((s) => s.y === 1 && !answers(s, threshold)).length;
  const wrongAnswers = scored.filter((s) => s.y === 0 && answers(s, threshold)).length;
  return {
    answerable,
    unanswerable,
    falseAbstentions,
    wrongAnswers,
    falseAbstentionRate: answerable ? falseAbstentions / answerable : 0,
    wrongAnswerRate: unanswerable ? wrongAnswers / unanswerable : 0,
  };
}

/**
 * The threshold minimising cost·errors on `scored`: candidates are the
 * midpoints between consecutive distinct probabilities (and the ends); among
 * equally cheap candidates the middle one, so the choice does not hug a data point.
 */
export function chooseThreshold(scored: readonly Scored[], cost: Cost = DEFAULT_COST): number {
  const ps = [...new Set(scored.map((s) => s.p))].sort((a, b) => a - b);
  const candidates = [0, ...ps.slice(1).map((p, i) => (p + ps[i]!) / 2), 1];
  const costOf = (t: number) => {
    const r = rates(scored, t);
    return cost.falseAbstention * r.falseAbstentions + cost.wrongAnswer * r.wrongAnswers;
  };
  const costs = candidates.map(costOf);
  const best = Math.min(...costs);
  const optimal = candidates.filter((_, i) => costs[i] === best);
  return optimal[Math.floor((optimal.length - 1) / 2)]!;
}

export interface Row {
  /** the labelled set the row comes from: the unit of cross-validation */
  set: string;
  id: string;
  x: number[];
  /** 1 = answerable */
  y: number;
  /** decided by a rule whatever the model says: 1 answered, 0 abstained */
  ruled?: 0 | 1;
}

/** A row scored: its probability, its label and a rule's decision, if any. */
const scoredRow = (row: Row, p: number): Scored & { row: Row } => ({ row, p, y: row.y, ...(row.ruled === undefined ? {} : { ruled: row.ruled }) });

export type Predictor = (x: readonly number[]) => number;
export type Fitter = (train: readonly Row[]) => Predictor;
export type ThresholdChooser = (scored: readonly (Scored & { row: Row })[]) => number;

export interface Fold extends Rates {
  /** the held-out set */
  set: string;
  /** chosen on the training sets only */
  threshold: number;
}

export interface CrossValidation {
  folds: Fold[];
  /** all held-out decisions pooled */
  pooled: Rates;
  /** every row's probability from the model fitted without its set */
  outOfFold: (Scored & { row: Row })[];
}

/**
 * The rows (or a ranker's groups) with each set's name replaced by its fold's ("fold 1" … "fold k"),
 * the sets dealt into `k` folds in turn: a leave-one-set-out cross-validation then holds out whole
 * folds, never part of a set (on 200 sets, leave one set out with a threshold chosen inside each
 * fold is ~40,000 fits). Pure.
 */
export function dealIntoFolds<T extends { set: string }>(rows: readonly T[], k: number): T[] {
  const sets = [...new Set(rows.map((r) => r.set))];
  const fold = new Map(sets.map((s, i) => [s, `fold ${(i % k) + 1}`]));
  return rows.map((r) => ({ ...r, set: fold.get(r.set)! }));
}

/**
 * Scores every row with a model fitted on the other sets (leave one set out).
 * Rows of a single set, or when there is only one set: scored in-sample.
 */
export function outOfFold(rows: readonly Row[], fit: Fitter): (Scored & { row: Row })[] {
  const sets = [...new Set(rows.map((r) => r.set))];
  if (sets.length < 2) {
    const predict = fit(rows);
    return rows.map((row) => scoredRow(row, predict(row.x)));
  }
  const out: (Scored & { row: Row })[] = [];
  for (const s of sets) {
    const predict = fit(rows.filter((r) => r.set !== s));
    for (const row of rows) if (row.set === s) out.push(scoredRow(row, predict(row.x)));
  }
  return out;
}

/**
 * Leave-one-set-out cross-validation. For each set S: the model is fitted on
 * the other sets; its threshold is chosen on those sets' own out-of-fold
 * probabilities (an inner leave-one-set-out among them, so the threshold is
 * not tuned to in-sample overconfidence); then, and only then, S is scored
 * with that model and threshold. S is never seen by the fit or the chooser of
 * its fold.
 */
export function crossValidate(rows: readonly Row[], fit: Fitter, choose: ThresholdChooser = (s) => chooseThreshold(s)): CrossValidation {
  const sets = [...new Set(rows.map((r) => r.set))];
  if (sets.length < 2) throw new Error('crossValidate: needs at least two sets');
  const folds: Fold[] = [];
  const held: (Scored & { row: Row })[] = [];
  for (const s of sets) {
    const train = rows.filter((r) => r.set !== s);
    const threshold = choose(outOfFold(train, fit));
    const predict = fit(train);
    const scored = rows.filter((r) => r.set === s).map((row) => scoredRow(row, predict(row.x)));
    held.push(...scored);
    folds.push({ set: s, threshold, ...rates(scored, threshold) });
  }
  // pooled: each row judged by its own fold's threshold
  const thresholdOf = new Map(folds.map((f) => [f.set, f.threshold]));
  const asDecided = held.map((h) => ({ p: answers(h, thresholdOf.get(h.row.set)!) ? 1 : 0, y: h.y }));
  return { folds, pooled: rates(asDecided, 0.5), outOfFold: held };
}

/** The standard fitter: logistic regression with L2 on the rows' features. */
export const logisticFitter =
  (opts: FitOptions = {}): Fitter =>
  (train) => {
    const m = fitLogistic(
      train.map((r) => r.x),
      train.map((r) => r.y),
      opts,
    );
    return (x) => probability(m, x);
  };
