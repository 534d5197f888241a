import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/store/index.ts';
import { SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { storeConfig, tempDb } from './helpers.ts';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const day = 86_400_000;

describe('openStore', () => {
  const t = tempDb();
  afterEach(() => t.cleanup());

  it('creates the folder, uses WAL and records the schema version', () => {
    const store = openStore(storeConfig(t.path));
    store.close();
    const db = new Database(t.path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('keeps what was written across a reopen (restart)', () => {
    const a = openStore(storeConfig(t.path));
    a.recordQuestion({ text: 'Wat is TFP?', askedAt: new Date(), answered: true, mode: 'local', surface: 'cli' });
    a.addStatusChange({ recId: 'kw-sp-1', status: 'in-uitvoering', by: 'ann', note: 'cao-ronde' });
    // no close(): like a crash, the committed rows must still be there
    const b = openStore(storeConfig(t.path));
    expect(b.questionsBetween(new Date(Date.now() - day), new Date(Date.now() + 1000)).map((q) => q.text)).toEqual(['Wat is TFP?']);
    expect(b.currentStatuses().get('kw-sp-1')?.status).toBe('in-uitvoering');
    a.close();
    b.close();
  });

  it('refuses a corrupt file with a clear message and leaves it untouched', () => {
    mkdirSync(dirname(t.path), { recursive: true });
    writeFileSync(t.path, Buffer.from('this is not an sqlite database, just some bytes '.repeat(200)));
    const before = sha(t.path);
    expect(() => openStore(storeConfig(t.path))).toThrowError(StoreError);
    expect(() => openStore(storeConfig(t.path))).toThrowError(/not a readable polderbot database.*not changed/s);
    expect(sha(t.path)).toBe(before);
    expect(existsSync(`${t.path}-wal`)).toBe(false);
  });

  it('refuses a database from a newer polderbot and leaves it untouched', () => {
    mkdirSync(dirname(t.path), { recursive: true });
    const db = new Database(t.path);
    db.exec('CREATE TABLE future (x INTEGER)');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha(t.path);
    expect(() => openStore(storeConfig(t.path))).toThrowError(/newer than this polderbot knows.*Upgrade polderbot/s);
    expect(sha(t.path)).toBe(before);
  });

  it('stores nothing when question logging is off', () => {
    const store = openStore(storeConfig(t.path, { logQuestions: false }));
    store.recordQuestion({ text: 'geheim', askedAt: new Date(), answered: false, mode: 'local', surface: 'slack' });
    store.recordFeedback({ answerId: 'a1', value: 'up', userHash: 'h1', at: new Date(), question: 'geheim' });
    expect(store.questionsBetween(new Date(0), new Date(Date.now() + 1000))).toEqual([]);
    store.close();
    const db = new Database(t.path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM questions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT question FROM feedback').get()).toEqual({ question: null });
    db.close();
  });

  it('enforces the retention period on open', () => {
    const now = Date.now();
    const a = openStore(storeConfig(t.path, { retentionDays: 30 }));
    a.recordQuestion({ text: 'oud', askedAt: new Date(now - 40 * day), answered: true, mode: 'local', surface: 'cli' });
    a.recordQuestion({ text: 'nieuw', askedAt: new Date(now - 2 * day), answered: true, mode: 'local', surface: 'cli' });
    a.recordFeedback({ answerId: 'x', value: 'down', userHash: 'u', at: new Date(now - 40 * day) });
    a.close();
    const b = openStore(storeConfig(t.path, { retentionDays: 30 }));
    expect(b.questionsBetween(new Date(0), new Date(now + 1000)).map((q) => q.text)).toEqual(['nieuw']);
    expect(b.feedbackCounts(new Date(0), new Date(now + 1000))).toEqual({ up: 0, down: 0 });
    b.close();
  });

  it('counts one vote per answer and user (a second click replaces the first)', () => {
    const store = openStore(storeConfig(t.path));
    const at = new Date();
    store.recordFeedback({ answerId: 'a1', value: 'up', userHash: 'u1', at });
    store.recordFeedback({ answerId: 'a1', value: 'down', userHash: 'u1', at });
    store.recordFeedback({ answerId: 'a1', value: 'up', userHash: 'u2', at });
    expect(store.feedbackCounts(new Date(at.getTime() - 1000), new Date(at.getTime() + 1000))).toEqual({ up: 1, down: 1 });
    expect(store.isWritable()).toBe(true);
    store.close();
  });

  it('lets one claimer of a digest week win across two handles', () => {
    const a = openStore(storeConfig(t.path));
    const b = openStore(storeConfig(t.path));
    const first = a.claimDigestRun('2026-W48', 'C1', 'a');
    const second = b.claimDigestRun('2026-W48', 'C1', 'b');
    expect(first.claimed).toBe(true);
    expect(second).toMatchObject({ claimed: false, run: { owner: 'a', status: 'started' } });
    // compare-and-set take-over: only the holder of the current attempt number gets it
    expect(b.takeOverDigestRun('2026-W48', 'C1', 'b', 1)).toMatchObject({ owner: 'b', attempt: 2 });
    expect(a.takeOverDigestRun('2026-W48', 'C1', 'a', 1)).toBeUndefined();
    a.close();
    b.close();
  });
});

describe('handled Slack requests and the install salt', () => {
  const t = tempDb();
  afterEach(() => t.cleanup());

  it('claims a request key once within the TTL, across handles (replicas, restarts)', () => {
    const a = openStore(storeConfig(t.path));
    const b = openStore(storeConfig(t.path));
    const t0 = new Date('2026-11-29T10:00:00Z');
    expect(a.claimRequest(['event:Ev1'], 60_000, t0)).toBe(true);
    expect(b.claimRequest(['event:Ev1'], 60_000, new Date(t0.getTime() + 1000))).toBe(false);
    expect(b.claimRequest(['event:Ev2'], 60_000, t0)).toBe(true);
    // after the TTL the key is forgotten
    expect(a.claimRequest(['event:Ev1'], 60_000, new Date(t0.getTime() + 61_000))).toBe(true);
    a.close();
    b.close();
  });

  it('keeps one random salt per install, the same after a reopen', () => {
    const a = openStore(storeConfig(t.path));
    const salt = a.userHashSalt();
    a.close();
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(salt).not.toBe('polderbot');
    const b = openStore(storeConfig(t.path));
    expect(b.userHashSalt()).toBe(salt);
    b.close();
    const other = tempDb();
    const c = openStore(storeConfig(other.path));
    expect(c.userHashSalt()).not.toBe(salt);
    c.close();
    other.cleanup();
  });
});
