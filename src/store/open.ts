// Opening the database: refuse a corrupt or newer-schema file without
// touching it, then WAL + migrations on a file we understand.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './errors.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';

export type Db = Database.Database;

const FIX = 'The file was not changed. Move it aside (or set POLDERBOT_DB to another path) and start again.';

/** Checks an existing file read-only, so a file we refuse is never written to. */
function inspectExisting(path: string): void {
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    // reading the schema fails on a file that is not an SQLite database
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreError(`${path} is damaged (integrity check: ${String(check)}). ${FIX}`);
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        `${path} has schema version ${version}, newer than this polderbot knows (${SCHEMA_VERSION}): ` +
          `it was written by a newer polderbot. Upgrade polderbot, or ${FIX.charAt(0).toLowerCase()}${FIX.slice(1)}`,
      );
    }
  } catch (err) {
    // another process holding the file (creating it, switching it to WAL) is not damage: opening tries again
    if (err instanceof StoreError || isBusy(err)) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreError(`${path} is not a readable polderbot database (${reason}). ${FIX}`);
  } finally {
    db?.close();
  }
}

/**
 * Applies the missing migrations in one write transaction (BEGIN IMMEDIATE),
 * reading the version inside it: of several processes opening a fresh file at
 * once, the first migrates and the others wait (busy_timeout), then find
 * nothing left to do.
 */
function migrate(db: Db, path: string): void {
  db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > SCHEMA_VERSION) throw new StoreError(`${path} has schema version ${from}, newer than this polderbot knows (${SCHEMA_VERSION}). Upgrade polderbot.`);
    for (let v = from; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    if (from < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/** SQLite's "database is locked" (SQLITE_BUSY and its extended codes). */
function isBusy(err: unknown): boolean {
  return err instanceof Error && (/^SQLITE_BUSY/.test(String((err as { code?: unknown }).code ?? '')) || /database is locked/.test(err.message));
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Opens (creating if needed) the database at `path`: WAL, busy timeout,
 * migrations applied. Of several processes opening a fresh file at once, one
 * can find it locked in a way SQLite's busy timeout does not wait for (the
 * switch to WAL, a lock upgrade): the whole opening is tried again, after a
 * short random pause, for up to 15 s.
 */
export function openDatabase(path: string): Db {
  return retryWhileBusy(() => openOnce(path));
}

/** Runs `fn` again while it fails with "database is locked", after short random pauses, for up to `ms`; any other error at once. */
export function retryWhileBusy<T>(fn: () => T, ms = 15_000): T {
  const deadline = Date.now() + ms;
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err) || Date.now() > deadline) throw err;
      pause(20 + Math.random() * 40 * Math.min(attempt, 5));
    }
  }
}

function openOnce(path: string): Db {
  const memory = path === ':memory:';
  if (!memory) {
    if (existsSync(path)) inspectExisting(path);
    else mkdirSync(dirname(path), { recursive: true });
  }
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 15000');
    if (!memory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // a committed row survives a crash or power cut
    db.pragma('foreign_keys = ON');
    migrate(db, path);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
