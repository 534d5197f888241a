// Twenty processes opening the same fresh database at once (two replicas,
// `serve` next to the CLI, on first start): every one must succeed, and the
// schema must be applied exactly once.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { tempDb } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const N = 20;

describe('opening a fresh database from 20 processes at once', () => {
  const t = tempDb();
  afterAll(() => t.cleanup());

  it('succeeds in all 20, with one schema and one install salt', async () => {
    const script = join(t.dir, 'open.ts');
    // each child loads the store, says "ready", waits for "go" on stdin, then opens and writes
    writeFileSync(
      script,
      `import { openStore } from ${JSON.stringify(join(ROOT, 'src/store/index.ts'))};
process.stdout.write('ready\\n');
process.stdin.once('data', () => {
  try {
    const s = openStore({ dbPath: process.argv[2], logQuestions: true, retentionDays: 90 });
    s.recordQuestion({ text: 'vraag ' + process.pid, askedAt: new Date(), answered: true, mode: 'local', surface: 'cli' });
    process.stdout.write('ok ' + s.userHashSalt() + '\\n');
    s.close();
    process.exit(0);
  } catch (err) {
    process.stdout.write('failed ' + (err instanceof Error ? err.message : String(err)) + '\\n');
    process.exit(1);
  }
});
`,
    );
    const children = Array.from({ length: N }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, t.path], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const ready = new Promise<void>((r) => {
        const check = () => (out.includes('ready') ? r() : setTimeout(check, 10));
        check();
      });
      const exited = new Promise<{ code: number | null; out: string; err: string }>((r) => child.on('exit', (code) => r({ code, out, err })));
      return { child, ready, exited };
    });
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.child.stdin.write('go\n');
    const results = await Promise.all(children.map((c) => c.exited));
    const failed = results.filter((r) => r.code !== 0);
    expect(failed.map((r) => r.out + r.err)).toEqual([]);
    const salts = new Set(results.map((r) => /ok ([0-9a-f]+)/.exec(r.out)?.[1]));
    expect(salts.size).toBe(1);
    const db = new Database(t.path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM questions').get()).toEqual({ n: N });
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
    db.close();
  }, 120_000);
});
