// Seeds a temp database from test/fixtures/digest/week.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore, type RecStatus, type Store } from '../../src/store/index.ts';
import type { DigestView } from '../../src/digest/state.ts';
import { parseRecommendations } from '../../src/recommendations/catalogue.ts';
import { storeConfig } from '../store/helpers.ts';

export const recommendations = parseRecommendations(readFileSync(resolve(import.meta.dirname, '../../corpus/recommendations.yml'), 'utf8'));

export interface WeekFixture {
  now: string;
  channel: string;
  previousRun: { week: string; at: string; ts: string };
  questions: { text: string; at: string; answered: boolean }[];
  feedback: { answerId: string; value: 'up' | 'down'; user: string; at: string }[];
  statusChanges: { recId: string; status: RecStatus; by: string; note: string; at: string }[];
  previousView: DigestView;
  view: DigestView;
}

export const weekFixture = (): WeekFixture =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/digest/week.json'), 'utf8')) as WeekFixture;

/** Opens a store at `path` holding the fixture week (and, unless `firstDigest`, the previous posted digest). */
export function seedWeek(path: string, fx = weekFixture(), opts: { firstDigest?: boolean } = {}): Store {
  const store = openStore({ ...storeConfig(path), retentionDays: 36500 });
  for (const q of fx.questions) store.recordQuestion({ text: q.text, askedAt: new Date(q.at), answered: q.answered, mode: 'local', surface: 'slack' });
  for (const f of fx.feedback) store.recordFeedback({ answerId: f.answerId, value: f.value, userHash: f.user, at: new Date(f.at) });
  for (const c of fx.statusChanges) store.addStatusChange({ ...c, at: new Date(c.at) });
  if (!opts.firstDigest) {
    const at = new Date(fx.previousRun.at);
    store.claimDigestRun(fx.previousRun.week, fx.channel, 'fixture', at);
    store.completeDigestRun(fx.previousRun.week, fx.channel, fx.previousRun.ts, fx.previousView, at);
  }
  return store;
}
