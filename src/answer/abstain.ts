// When to abstain: a logistic regression over the evidence the composer
// computes (how much of the question's weighted content the best passages and
// sentence cover, how much of it the corpus lacks, how many content terms it
// has) gives P(answerable); the bot answers when it reaches the
// model's threshold. Coefficients, feature means and scales, the threshold and
// the leave-one-set-out cross-validation it was chosen by are in
// abstain-model.json, written by `npm run fit:abstain`
// (scripts/fit-abstention.ts; the fitting itself is abstain-fit.ts). Refit
// after any change to retrieval, term weighting or the labelled sets.
//
// (Until 2026-11-29 this was a hand rule, passageCoverage ≥ 0.37 AND
// sentenceCoverage ≥ 0.25 AND absentTopicShare < 0.42, with thresholds placed
// by eye on the same sets the rule was then measured on.)
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { probability } from './abstain-fit.ts';

export interface Evidence {
  terms: { word: string; weight: number; df: number; topical: boolean }[];
  /** weighted share of the question's terms found in the best passage (its section heading included) */
  passageCoverage: number;
  /** weighted share found in the single best sentence (or sentence pair) */
  sentenceCoverage: number;
  /** the retriever's fused score of the first passage */
  topScore: number;
  /** weighted share of the question taken by topic words found nowhere in the corpus */
  absentTopicShare: number;
  /** weighted share of the question taken by any term found nowhere in the corpus */
  absentShare: number;
  /** the heaviest term the best passage lacks, as a share of the question's weight (0: it has them all) */
  missingMaxShare: number;
  /** the question's content terms (not its framing verbs) */
  contentTerms: number;
  /** the best cosine similarity of a considered passage to the question (embeddings provider dependent; 0 if none) */
  topVector: number;
  /** BM25 score of the first passage (0 if it was found by vectors only) */
  topLexical: number;
  /**
   * Set when a rule besides the model decided, whatever the model says: 'abstain' (no topical term,
   * nothing found, a name the text lacks, a figure, date, ranking, person or payer asked that the
   * answering sentence does not give), 'answer' (read from the document's opening pages: contents,
   * cover, committee, summary). The model's fit counts these as decided (scripts/fit-abstention.ts).
   */
  ruled?: 'abstain' | 'answer';
}

/** The features a model may use, each read from the evidence. */
export const FEATURES = {
  passageCoverage: (e: Evidence) => e.passageCoverage,
  sentenceCoverage: (e: Evidence) => e.sentenceCoverage,
  absentTopicShare: (e: Evidence) => e.absentTopicShare,
  absentShare: (e: Evidence) => e.absentShare,
  missingMaxShare: (e: Evidence) => e.missingMaxShare,
  /** log(1 + n): the tenth term matters less than the second */
  logContentTerms: (e: Evidence) => Math.log1p(e.contentTerms),
  topVector: (e: Evidence) => e.topVector,
  logTopLexical: (e: Evidence) => Math.log1p(e.topLexical),
} satisfies Record<string, (e: Evidence) => number>;

export type FeatureName = keyof typeof FEATURES;
const FEATURE_NAMES = Object.keys(FEATURES) as [FeatureName, ...FeatureName[]];

const RatesSchema = z.object({
  answerable: z.number().int().nonnegative(),
  unanswerable: z.number().int().nonnegative(),
  falseAbstentions: z.number().int().nonnegative(),
  wrongAnswers: z.number().int().nonnegative(),
  falseAbstentionRate: z.number().min(0).max(1),
  wrongAnswerRate: z.number().min(0).max(1),
});

export const AbstainModelSchema = z
  .object({
    features: z.array(z.enum(FEATURE_NAMES)).min(1),
    means: z.array(z.number()),
    scales: z.array(z.number().positive()),
    intercept: z.number(),
    weights: z.array(z.number()),
    /** answer when P(answerable) ≥ threshold */
    threshold: z.number().min(0).max(1),
    l2: z.number().nonnegative(),
    cost: z.object({ falseAbstention: z.number().positive(), wrongAnswer: z.number().positive() }),
    fitted: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
    /** the labelled sets fitted on, with their row counts */
    sets: z.array(z.object({ set: z.string(), answerable: z.number().int(), unanswerable: z.number().int() })).min(2),
    /** each set held out, fitted and thresholded on the others (or, fitted with --folds, each fold of sets dealt by dealIntoFolds: "fold 1" …) */
    folds: z.array(RatesSchema.extend({ set: z.string(), threshold: z.number() })).min(2),
    pooled: RatesSchema,
    note: z.string().optional(),
  })
  .refine((m) => m.means.length === m.features.length && m.scales.length === m.features.length && m.weights.length === m.features.length, {
    message: 'means, scales and weights need one entry per feature',
  });

export type AbstainModel = z.infer<typeof AbstainModelSchema>;
/** The abstention decision's parameters (kept under its old name for the answerer's options). */
export type AbstainThreshold = AbstainModel;

export function parseAbstainModel(json: unknown): AbstainModel {
  const r = AbstainModelSchema.safeParse(json);
  if (!r.success) throw new Error(`abstain-model.json is not a valid abstention model: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

export const ABSTAIN_MODEL_FILE = new URL('./abstain-model.json', import.meta.url);
export const ABSTAIN_MODEL: AbstainModel = parseAbstainModel(JSON.parse(readFileSync(ABSTAIN_MODEL_FILE, 'utf8')));

/** The feature vector a model reads from the evidence, in its order. */
export function featureVector(e: Evidence, features: readonly FeatureName[]): number[] {
  return features.map((f) => FEATURES[f](e));
}

/** P(answerable) under the model. */
export function answerProbability(e: Evidence, m: AbstainModel = ABSTAIN_MODEL): number {
  return probability(m, featureVector(e, m.features));
}

export function shouldAnswer(e: Evidence, m: AbstainModel = ABSTAIN_MODEL): boolean {
  return answerProbability(e, m) >= m.threshold;
}
