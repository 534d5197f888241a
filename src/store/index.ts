// The embedded database: `openStore(config)` is the one way in.
import type { Config } from '../config.ts';
import { openDatabase } from './open.ts';
import { createStore, type Store } from './store.ts';

export type { Store, ClaimResult } from './store.ts';
export { StoreError } from './errors.ts';
export { REC_STATUSES } from './records.ts';
export type { RecStatus, StatusChange, StoredQuestion, DigestRun, DigestRunStatus, SavedDigestState } from './records.ts';
export type { QuestionLog, FeedbackLog, QuestionRecord, FeedbackRecord, AnsweredSnapshot, NegativeFeedback } from './types.ts';

/**
 * Opens the database at config.dbPath (folder created, WAL, migrations), and
 * drops questions past the retention period. Throws StoreError, leaving the
 * file untouched, when it is corrupt or from a newer polderbot.
 */
export function openStore(config: Pick<Config, 'dbPath' | 'logQuestions' | 'retentionDays'>): Store {
  const db = openDatabase(config.dbPath);
  const store = createStore(db, config.dbPath, config);
  store.pruneExpired();
  return store;
}
