// When to abstain. The evidence is how much of the question's content (its
// terms, weighted by rarity in the corpus, English words mapped to Dutch
// through the glossary) the best passages and the best sentence cover, and
// how much of it is topic words found nowhere in the corpus.
//
// Calibration (local embeddings, the advisory; measured 2026-11-28 on
// test/fixtures/answer/calibration.jsonl — 60 answerable questions in Dutch and
// English about pages 3-11 and 32 unanswerable ones about related but absent
// topics (AOW-leeftijd, stikstof, minimumloon in 2030, Brexit, kernenergie, …)
// — plus the 15 dev questions):
//   passageCoverage   answerable min 0.56 (one outlier at 0.08, below)   unanswerable with no absent topic word: max 0.49
//   absentTopicShare  answerable max 0.27                                unanswerable with coverage ≥ 0.52: min 0.46
//   sentenceCoverage  answerable min 0.31 (adds nothing beyond passage coverage here)
// Rule (first calibration): answer when passageCoverage ≥ 0.52 AND absentTopicShare < 0.42 AND
// sentenceCoverage ≥ 0.25 (thresholds at the middle of each gap). Result: 1
// false abstention of 74 answerable (c55, "onderwijsprestaties van
// leerlingen": no word of it is in the text, which speaks of PISA-scores) and
// 0 answers to the 33 unanswerable. The margins are small (0.49 vs 0.56;
// 0.27 vs 0.46): expect some errors on new questions. The retriever's vector
// similarity separates too (answerable ≥ 0.36, unanswerable mostly ≤ 0.37)
// but depends on the embeddings provider, so it is not part of the rule.
// Added later (same rule, all pass): c61-c64 and u33, questions whose verbs
// were once read as absent topics (`inrichten`, `betekent`, `gevraagd`).

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
}

export interface AbstainThreshold {
  passageCoverage: number;
  sentenceCoverage: number;
  absentTopicShare: number;
}

// Recalibrated 2026-11-28 (passage coverage 0.52 → 0.37): a second blind set
// (45 questions written by someone who had not seen the code, staff-style
// paraphrases) abstained on 12 of its 39 answerable questions at 0.52; their
// coverage sat at 0.34-0.50 because paraphrases share fewer words. Over all
// 191 non-numeric questions of the four sets (dev, calibration, held-out
// style, blind-2; 142 answerable, 49 not): at 0.52, 14 false abstentions and 0
// wrong answers; at 0.37, 6 and 2 (h50 "energieprijzen … industrie" at 0.46,
// u18 "kazerne van Defensie" at 0.49); the next unanswerable without an absent
// topic word sits at 0.36. Of the 136 answerable questions answered at 0.37,
// 135 cite a gold page in their top 3. A false abstention loses an answer the
// text has; a wrong answer still quotes a real passage with its page, so the
// lower threshold is the better trade for staff.
export const ABSTAIN_THRESHOLD: AbstainThreshold = { passageCoverage: 0.37, sentenceCoverage: 0.25, absentTopicShare: 0.42 };

export function shouldAnswer(e: Evidence, t: AbstainThreshold = ABSTAIN_THRESHOLD): boolean {
  return e.passageCoverage >= t.passageCoverage && e.sentenceCoverage >= t.sentenceCoverage && e.absentTopicShare < t.absentTopicShare;
}
