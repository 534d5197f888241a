// Merging issue-12 onto main: main's database (migrations 1-2: install salt,
// handled requests) must upgrade to the 👎-with-reason columns (migration 3),
// keeping its salt and rows; and the 👎's answer, reason and export pass the
// credential redactor like the question does.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { feedbackToEvalLines } from '../../src/cli/feedback.ts';
import { storeConfig, tempDb } from './helpers.ts';

const TOKEN = 'xoxb-1234567890-abcdefABCDEF123456';
const KEY = 'sk-proj-AbCdEfGhIjKlMnOpQrStUv';

describe('feedback migration and redaction', () => {
  const t = tempDb();
  afterEach(() => t.cleanup());

  it('numbers the 👎 columns after main\'s salt and handled-requests migration', () => {
    expect(SCHEMA_VERSION).toBe(3);
    expect(MIGRATIONS[1]).toMatch(/CREATE TABLE settings[\s\S]*CREATE TABLE handled_requests/);
    expect(MIGRATIONS[2]).toMatch(/ALTER TABLE feedback ADD COLUMN answer[\s\S]*ADD COLUMN reason/);
  });

  it('upgrades a database created by main (version 2), keeping its salt, requests and feedback', () => {
    mkdirSync(dirname(t.path), { recursive: true });
    const old = new Database(t.path);
    old.exec(MIGRATIONS[0]!);
    old.exec(MIGRATIONS[1]!);
    old.pragma('user_version = 2');
    old.prepare("INSERT INTO feedback (answer_id, value, user_hash, at, question) VALUES ('a0', 'down', 'h0', ?, 'Wat is TFP?')").run(Date.now());
    old.prepare("INSERT INTO handled_requests (key, at) VALUES ('event:Ev1', ?)").run(Date.now());
    const salt = (old.prepare("SELECT value FROM settings WHERE key = 'user_hash_salt'").get() as { value: string }).value;
    old.close();

    const store = openStore(storeConfig(t.path));
    expect(store.userHashSalt()).toBe(salt);
    expect(store.claimRequest(['event:Ev1'], 3_600_000)).toBe(false); // still handled
    expect(store.setFeedbackReason('a0', 'h0', 'wrong: Klopt niet')).toBe(true);
    expect(store.negativeFeedback()).toEqual([{ answerId: 'a0', at: expect.any(Date), question: 'Wat is TFP?', reason: 'wrong: Klopt niet' }]);
    store.close();
    const db = new Database(t.path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });

  it('keeps no credential in a 👎\'s question, answer, earlier turns or reason, nor in the export', () => {
    const store = openStore(storeConfig(t.path));
    store.recordFeedback({
      answerId: 'a1',
      value: 'down',
      userHash: 'h1',
      at: new Date(),
      question: `waarom werkt ${TOKEN} niet?`,
      answer: { language: 'nl', text: `Over ${TOKEN} staat niets in het advies.`, answered: false, mode: 'local', citations: [], figures: 0, earlier: [`mijn sleutel is ${KEY}`] },
    });
    store.setFeedbackReason('a1', 'h1', `other: probeer ${KEY} maar`);
    store.close();

    const db = new Database(t.path, { readonly: true });
    const raw = JSON.stringify(db.prepare('SELECT * FROM feedback').all());
    db.close();
    expect(raw).not.toContain(TOKEN);
    expect(raw).not.toContain(KEY);
    expect(raw).toContain('[verborgen]');

    const again = openStore(storeConfig(t.path));
    const lines = JSON.stringify(feedbackToEvalLines(again.negativeFeedback()));
    again.close();
    expect(lines).not.toContain(TOKEN);
    expect(lines).not.toContain(KEY);
    expect(lines).toContain('[verborgen]');
  });

  it('redacts on export rows an older version kept verbatim', () => {
    const store = openStore(storeConfig(t.path));
    store.close();
    const db = new Database(t.path);
    db.prepare("INSERT INTO feedback (answer_id, value, user_hash, at, question, answer, reason) VALUES ('a2', 'down', 'h2', ?, ?, ?, ?)").run(
      Date.now(),
      `token ${TOKEN}?`,
      JSON.stringify({ language: 'nl', text: `zie ${TOKEN}`, answered: false, mode: 'local', citations: [], figures: 0 }),
      `other: ${KEY}`,
    );
    db.close();
    const again = openStore(storeConfig(t.path));
    const out = JSON.stringify(again.negativeFeedback());
    again.close();
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(KEY);
  });
});
