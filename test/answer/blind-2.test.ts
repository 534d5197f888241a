// A second blind set (test/fixtures/eval/blind-2.jsonl: 45 staff-style
// questions written by someone who had not seen the code; 25 Dutch, 20
// English; fact, list, numeric, unanswerable over pages 3-11). It led to the
// abstention recalibration in src/answer/abstain.ts (12 false abstentions at
// the old threshold). Bounds sit a little below what was measured on
// 2026-11-28 after it (hit@1 0.91, hit@3 0.94, phrases 0.75, abstain 1.00,
// numeric 0.80, 4 false abstentions); the weak phrase and numeric scores are
// known gaps (list answers quote one item; differences like 100 − 17 are not
// computed), kept visible rather than tuned away.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { answerAll, readSet, score } from './eval-set.ts';

const rows = readSet('blind-2.jsonl');
let answers: Map<string, Answer>;

beforeAll(async () => {
  answers = await answerAll(rows);
}, 180_000);

describe('blind set 2', () => {
  it('is a mixed set', () => {
    expect(rows).toHaveLength(45);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['fact', 'list', 'numeric', 'unanswerable']));
    expect(rows.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(15);
  });

  it('scores within the measured bounds', () => {
    const s = score(rows, answers);
    const summary = `hit@1 ${s.hit1.toFixed(2)} hit@3 ${s.hit3.toFixed(2)} phrases ${s.phrases.toFixed(2)} numeric ${s.numeric.toFixed(2)} abstain ${s.abstain.toFixed(2)} false-abstain ${s.falseAbstain}; misses: ${s.misses.join('; ')}`;
    expect(s.hit1, summary).toBeGreaterThanOrEqual(0.82);
    expect(s.hit3, summary).toBeGreaterThanOrEqual(0.9);
    expect(s.phrases, summary).toBeGreaterThanOrEqual(0.7);
    expect(s.numeric, summary).toBeGreaterThanOrEqual(0.75);
    expect(s.abstain, summary).toBeGreaterThanOrEqual(0.83);
    expect(s.falseAbstain, summary).toBeLessThanOrEqual(6);
  });
});
