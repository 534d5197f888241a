// Schema migrations, applied in order; PRAGMA user_version holds the number
// of the last one applied. Append only: never edit a released migration.
export const MIGRATIONS: readonly string[] = [
  // 1: questions, feedback, recommendation status history, digest runs and state
  `
  CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    asked_at INTEGER NOT NULL,          -- epoch ms
    answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
    mode TEXT NOT NULL,
    surface TEXT NOT NULL,
    latency_ms INTEGER
  );
  CREATE INDEX questions_asked_at ON questions (asked_at);

  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    answer_id TEXT NOT NULL,
    value TEXT NOT NULL CHECK (value IN ('up', 'down')),
    user_hash TEXT NOT NULL,
    at INTEGER NOT NULL,
    question TEXT,
    UNIQUE (answer_id, user_hash)
  );
  CREATE INDEX feedback_at ON feedback (at);

  CREATE TABLE recommendation_status (
    id INTEGER PRIMARY KEY,
    rec_id TEXT NOT NULL,
    status TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL
  );
  CREATE INDEX recommendation_status_rec ON recommendation_status (rec_id, at);

  CREATE TABLE digest_runs (
    week TEXT NOT NULL,                 -- ISO week, e.g. 2026-W48
    channel TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('started', 'posted', 'failed')),
    owner TEXT NOT NULL,                -- which process claimed it
    attempt INTEGER NOT NULL DEFAULT 1,
    started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    message_ts TEXT,
    error TEXT,
    PRIMARY KEY (week, channel)
  );

  CREATE TABLE digest_state (
    channel TEXT PRIMARY KEY,
    week TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    state TEXT NOT NULL                 -- JSON: what the last posted digest saw
  );
  `,
  // 2: per-install settings (the salt for hashing Slack user ids) and the Slack
  //    requests already handled (event ids, slash-command and action replays)
  `
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  INSERT INTO settings (key, value) VALUES ('user_hash_salt', lower(hex(randomblob(16))));

  CREATE TABLE handled_requests (
    key TEXT PRIMARY KEY,               -- e.g. event:Ev123, command:<trigger_id>
    at INTEGER NOT NULL                 -- epoch ms, for the TTL
  );
  CREATE INDEX handled_requests_at ON handled_requests (at);
  `,
  // 3: a 👎 keeps the answer that was given and the asker's reason, so it can become a test case
  //    (both redacted for credentials like the question)
  `
  ALTER TABLE feedback ADD COLUMN answer TEXT;   -- JSON: language, text, cited pages, figures, earlier turns
  ALTER TABLE feedback ADD COLUMN reason TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
