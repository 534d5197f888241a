// The bot's memory: questions, feedback, recommendation statuses, digest runs.
// Every write is one committed SQLite transaction (WAL, synchronous=FULL).
import type { Config } from '../config.ts';
import type { AnsweredSnapshot, FeedbackLog, FeedbackRecord, NegativeFeedback, QuestionLog, QuestionRecord } from './types.ts';
import type { Db } from './open.ts';
import { redactSecrets } from '../privacy/secrets.ts';
import type { DigestRun, DigestRunStatus, RecStatus, SavedDigestState, StatusChange, StoredQuestion } from './records.ts';

const DAY_MS = 86_400_000;

export type ClaimResult = { claimed: true; run: DigestRun } | { claimed: false; run: DigestRun };

export interface Store extends QuestionLog, FeedbackLog {
  readonly path: string;
  /** logs a question (nothing when POLDERBOT_LOG_QUESTIONS is off) */
  recordQuestion(q: QuestionRecord): void;
  /** one vote per answer and user: a second click replaces the first */
  recordFeedback(f: FeedbackRecord): void;
  questionsBetween(from: Date, to: Date): StoredQuestion[];
  feedbackCounts(from: Date, to: Date): { up: number; down: number };
  /** the 👎 votes of a period, with the question they were given on (when it was stored) */
  downvotesBetween(from: Date, to: Date): { at: Date; question?: string; reason?: string }[];
  /** the 👎 votes with their question (oldest first), for `polderbot feedback export` */
  negativeFeedback(from?: Date): NegativeFeedback[];
  /** deletes questions (and feedback) older than the retention period; returns rows deleted */
  pruneExpired(now?: Date): number;

  addStatusChange(c: { recId: string; status: RecStatus; by: string; note?: string; at?: Date }): StatusChange;
  statusHistory(recId: string): StatusChange[];
  /** the latest change of every recommendation that has one */
  currentStatuses(): Map<string, StatusChange>;
  statusChangesBetween(from: Date, to: Date): StatusChange[];

  /** inserts the run row for (week, channel) unless one exists: the once-per-week guard */
  claimDigestRun(week: string, channel: string, owner: string, now?: Date): ClaimResult;
  /** takes over a 'started' or 'failed' run if it is still at `attempt` (compare-and-set) */
  takeOverDigestRun(week: string, channel: string, owner: string, attempt: number, now?: Date): DigestRun | undefined;
  finishDigestRun(week: string, channel: string, status: Exclude<DigestRunStatus, 'started'>, detail: { ts?: string; error?: string }, now?: Date): void;
  /** marks the run posted and saves what the digest saw, in one transaction */
  completeDigestRun(week: string, channel: string, ts: string, state: unknown, now?: Date): void;
  getDigestRun(week: string, channel: string): DigestRun | undefined;
  lastPostedDigestRun(channel: string): DigestRun | undefined;
  saveDigestState(channel: string, week: string, state: unknown, now?: Date): void;
  loadDigestState(channel: string): SavedDigestState | undefined;

  /**
   * Records `keys` of a Slack request (event id, trigger id) as handled; false
   * when any of them was recorded within `ttlMs` (a retry or a replay).
   * Older records are deleted as a side effect.
   */
  claimRequest(keys: string[], ttlMs: number, now?: Date): boolean;
  /** the random salt of this install for hashing Slack user ids (created with the database) */
  userHashSalt(): string;

  /** true when a write transaction can be taken (for health checks) */
  isWritable(): boolean;
  close(): void;
}

interface RunRow {
  week: string;
  channel: string;
  status: DigestRunStatus;
  owner: string;
  attempt: number;
  started_at: number;
  updated_at: number;
  message_ts: string | null;
  error: string | null;
}
const toRun = (r: RunRow): DigestRun => ({
  week: r.week,
  channel: r.channel,
  status: r.status,
  owner: r.owner,
  attempt: r.attempt,
  startedAt: new Date(r.started_at),
  updatedAt: new Date(r.updated_at),
  ...(r.message_ts ? { messageTs: r.message_ts } : {}),
  ...(r.error ? { error: r.error } : {}),
});

interface ChangeRow {
  id: number;
  rec_id: string;
  status: RecStatus;
  changed_by: string;
  note: string;
  at: number;
  previous: RecStatus | null;
}
const toChange = (r: ChangeRow): StatusChange => ({
  seq: r.id,
  recId: r.rec_id,
  status: r.status,
  by: r.changed_by,
  note: r.note,
  at: new Date(r.at),
  previous: r.previous ?? 'open',
});
const CHANGE_COLUMNS = `id, rec_id, status, changed_by, note, at,
  (SELECT p.status FROM recommendation_status p WHERE p.rec_id = s.rec_id AND p.id < s.id ORDER BY p.id DESC LIMIT 1) AS previous`;

/** A snapshot with credentials redacted from its texts (the answer may quote the question). */
function redactSnapshot(a: AnsweredSnapshot): AnsweredSnapshot {
  return { ...a, text: redactSecrets(a.text), ...(a.earlier ? { earlier: a.earlier.map(redactSecrets) } : {}) };
}

function parseSnapshot(json: string): AnsweredSnapshot | undefined {
  try {
    return JSON.parse(json) as AnsweredSnapshot;
  } catch {
    return undefined;
  }
}

export function createStore(db: Db, path: string, config: Pick<Config, 'logQuestions' | 'retentionDays'>): Store {
  const retentionMs = config.retentionDays * DAY_MS;
  let lastPrune = 0;

  const insertQuestion = db.prepare(
    'INSERT INTO questions (text, asked_at, answered, mode, surface, latency_ms) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const upsertFeedback = db.prepare(`INSERT INTO feedback (answer_id, value, user_hash, at, question, answer) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (answer_id, user_hash) DO UPDATE SET value = excluded.value, at = excluded.at,
      question = coalesce(excluded.question, question), answer = coalesce(excluded.answer, answer),
      reason = CASE WHEN excluded.value = 'up' THEN NULL ELSE reason END`);
  const updateReason = db.prepare(`UPDATE feedback SET reason = ? WHERE answer_id = ? AND user_hash = ? AND value = 'down'`);
  const insertChange = db.prepare('INSERT INTO recommendation_status (rec_id, status, changed_by, note, at) VALUES (?, ?, ?, ?, ?)');
  const selectChange = db.prepare(`SELECT ${CHANGE_COLUMNS} FROM recommendation_status s WHERE id = ?`);
  const selectRun = db.prepare('SELECT * FROM digest_runs WHERE week = ? AND channel = ?');

  const store: Store = {
    path,
    recordQuestion(q) {
      if (!config.logQuestions) return;
      // a credential typed into a question is never kept
      const text = redactSecrets(q.text.trim());
      if (!text) return;
      insertQuestion.run(text, q.askedAt.getTime(), q.answered ? 1 : 0, q.mode, q.surface, q.latencyMs ?? null);
      if (Date.now() - lastPrune > DAY_MS) store.pruneExpired();
    },
    recordFeedback(f) {
      // question and answer are kept only where questions are (POLDERBOT_LOG_QUESTIONS), and
      // like the question, a credential in them (or in the reason) is never kept
      const keep = config.logQuestions;
      upsertFeedback.run(
        f.answerId,
        f.value,
        f.userHash,
        f.at.getTime(),
        keep && f.question ? redactSecrets(f.question) : null,
        keep && f.answer ? JSON.stringify(redactSnapshot(f.answer)) : null,
      );
    },
    setFeedbackReason(answerId, userHash, reason) {
      return updateReason.run(redactSecrets(reason).slice(0, 500), answerId, userHash).changes > 0;
    },
    negativeFeedback(from = new Date(0)) {
      const rows = db
        .prepare(`SELECT answer_id, at, question, answer, reason FROM feedback WHERE value = 'down' AND at >= ? AND question IS NOT NULL AND question != '' ORDER BY at, id`)
        .all(from.getTime()) as { answer_id: string; at: number; question: string; answer: string | null; reason: string | null }[];
      // redacted again on the way out: rows written by older versions were kept verbatim
      return rows.map((r) => {
        const answer = r.answer ? parseSnapshot(r.answer) : undefined;
        return {
          answerId: r.answer_id,
          at: new Date(r.at),
          question: redactSecrets(r.question),
          ...(answer ? { answer: redactSnapshot(answer) } : {}),
          ...(r.reason ? { reason: redactSecrets(r.reason) } : {}),
        };
      });
    },
    questionsBetween(from, to) {
      const rows = db
        .prepare('SELECT text, asked_at, answered, mode, surface FROM questions WHERE asked_at >= ? AND asked_at < ? ORDER BY asked_at')
        .all(from.getTime(), to.getTime()) as { text: string; asked_at: number; answered: number; mode: string; surface: string }[];
      return rows.map((r) => ({ text: r.text, askedAt: new Date(r.asked_at), answered: r.answered === 1, mode: r.mode, surface: r.surface }));
    },
    feedbackCounts(from, to) {
      const rows = db
        .prepare('SELECT value, count(*) AS n FROM feedback WHERE at >= ? AND at < ? GROUP BY value')
        .all(from.getTime(), to.getTime()) as { value: 'up' | 'down'; n: number }[];
      const out = { up: 0, down: 0 };
      for (const r of rows) out[r.value] = r.n;
      return out;
    },
    downvotesBetween(from, to) {
      const rows = db
        .prepare("SELECT at, question, reason FROM feedback WHERE value = 'down' AND at >= ? AND at < ? ORDER BY at")
        .all(from.getTime(), to.getTime()) as { at: number; question: string | null; reason: string | null }[];
      return rows.map((r) => ({
        at: new Date(r.at),
        ...(r.question ? { question: redactSecrets(r.question) } : {}),
        ...(r.reason ? { reason: redactSecrets(r.reason) } : {}),
      }));
    },
    pruneExpired(now = new Date()) {
      lastPrune = now.getTime();
      const cutoff = now.getTime() - retentionMs;
      return db.transaction(() => {
        const q = db.prepare('DELETE FROM questions WHERE asked_at < ?').run(cutoff).changes;
        const f = db.prepare('DELETE FROM feedback WHERE at < ?').run(cutoff).changes;
        return q + f;
      })();
    },

    addStatusChange(c) {
      const id = insertChange.run(c.recId, c.status, c.by, c.note ?? '', (c.at ?? new Date()).getTime()).lastInsertRowid;
      return toChange(selectChange.get(id) as ChangeRow);
    },
    statusHistory(recId) {
      const rows = db.prepare(`SELECT ${CHANGE_COLUMNS} FROM recommendation_status s WHERE rec_id = ? ORDER BY id`).all(recId) as ChangeRow[];
      return rows.map(toChange);
    },
    currentStatuses() {
      const rows = db
        .prepare(
          `SELECT ${CHANGE_COLUMNS} FROM recommendation_status s
           WHERE id = (SELECT max(id) FROM recommendation_status l WHERE l.rec_id = s.rec_id)`,
        )
        .all() as ChangeRow[];
      return new Map(rows.map((r) => [r.rec_id, toChange(r)]));
    },
    statusChangesBetween(from, to) {
      const rows = db
        .prepare(`SELECT ${CHANGE_COLUMNS} FROM recommendation_status s WHERE at >= ? AND at < ? ORDER BY id`)
        .all(from.getTime(), to.getTime()) as ChangeRow[];
      return rows.map(toChange);
    },

    claimDigestRun(week, channel, owner, now = new Date()) {
      return db.transaction((): ClaimResult => {
        const t = now.getTime();
        const inserted = db
          .prepare(
            `INSERT INTO digest_runs (week, channel, status, owner, attempt, started_at, updated_at)
             VALUES (?, ?, 'started', ?, 1, ?, ?) ON CONFLICT (week, channel) DO NOTHING`,
          )
          .run(week, channel, owner, t, t).changes;
        const run = toRun(selectRun.get(week, channel) as RunRow);
        return inserted === 1 ? { claimed: true, run } : { claimed: false, run };
      }).immediate();
    },
    takeOverDigestRun(week, channel, owner, attempt, now = new Date()) {
      const t = now.getTime();
      const changed = db
        .prepare(
          `UPDATE digest_runs SET status = 'started', owner = ?, attempt = attempt + 1, started_at = ?, updated_at = ?, error = NULL
           WHERE week = ? AND channel = ? AND attempt = ? AND status IN ('started', 'failed')`,
        )
        .run(owner, t, t, week, channel, attempt).changes;
      return changed === 1 ? toRun(selectRun.get(week, channel) as RunRow) : undefined;
    },
    finishDigestRun(week, channel, status, detail, now = new Date()) {
      db.prepare('UPDATE digest_runs SET status = ?, message_ts = coalesce(?, message_ts), error = ?, updated_at = ? WHERE week = ? AND channel = ?').run(
        status,
        detail.ts ?? null,
        detail.error ?? null,
        now.getTime(),
        week,
        channel,
      );
    },
    completeDigestRun(week, channel, ts, state, now = new Date()) {
      db.transaction(() => {
        store.finishDigestRun(week, channel, 'posted', { ts }, now);
        store.saveDigestState(channel, week, state, now);
      }).immediate();
    },
    getDigestRun(week, channel) {
      const r = selectRun.get(week, channel) as RunRow | undefined;
      return r && toRun(r);
    },
    lastPostedDigestRun(channel) {
      const r = db
        .prepare("SELECT * FROM digest_runs WHERE channel = ? AND status = 'posted' ORDER BY updated_at DESC LIMIT 1")
        .get(channel) as RunRow | undefined;
      return r && toRun(r);
    },
    saveDigestState(channel, week, state, now = new Date()) {
      db.prepare(
        `INSERT INTO digest_state (channel, week, saved_at, state) VALUES (?, ?, ?, ?)
         ON CONFLICT (channel) DO UPDATE SET week = excluded.week, saved_at = excluded.saved_at, state = excluded.state`,
      ).run(channel, week, now.getTime(), JSON.stringify(state));
    },
    loadDigestState(channel) {
      const r = db.prepare('SELECT * FROM digest_state WHERE channel = ?').get(channel) as
        | { channel: string; week: string; saved_at: number; state: string }
        | undefined;
      return r && { channel: r.channel, week: r.week, savedAt: new Date(r.saved_at), state: JSON.parse(r.state) as unknown };
    },

    claimRequest(keys, ttlMs, now = new Date()) {
      const t = now.getTime();
      return db.transaction(() => {
        db.prepare('DELETE FROM handled_requests WHERE at < ?').run(t - ttlMs);
        let fresh = true;
        for (const k of keys) {
          if (db.prepare('INSERT INTO handled_requests (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(k, t).changes === 0) fresh = false;
        }
        return fresh;
      }).immediate();
    },
    userHashSalt() {
      const row = db.prepare("SELECT value FROM settings WHERE key = 'user_hash_salt'").get() as { value: string } | undefined;
      if (!row) throw new Error('the database has no user hash salt');
      return row.value;
    },

    isWritable() {
      try {
        db.prepare('BEGIN IMMEDIATE').run();
        db.prepare('ROLLBACK').run();
        return true;
      } catch {
        return false;
      }
    },
    close() {
      if (db.open) db.close();
    },
  };
  return store;
}
