// The commands as a user runs them: node bin/polderbot.mjs … with a temp database.
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDb } from '../store/helpers.ts';

const root = resolve(import.meta.dirname, '../..');
const t = tempDb();
afterAll(() => t.cleanup());

function polderbot(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['bin/polderbot.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, POLDERBOT_DB: t.path, SLACK_BOT_TOKEN: '', DIGEST_CHANNEL: '', OPENAI_API_KEY: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('polderbot recommendations', () => {
  it('list --json lists them all with pages', () => {
    const r = polderbot(['recommendations', 'list', '--json']);
    expect(r.code, r.err).toBe(0);
    const list = JSON.parse(r.out) as { id: string; page: number; status: string; actor: string }[];
    expect(list.length).toBeGreaterThanOrEqual(26);
    expect(list.every((x) => [9, 10, 11].includes(x.page) && x.status === 'open')).toBe(true);
    expect(list.filter((x) => x.actor === 'kabinet').length).toBe(17); // with bc-kab-5 (the minister's reply to the Tweede Kamer, p. 11)
  });

  it('set keeps who and the note, show --json returns the history', () => {
    const set = polderbot(['recommendations', 'set', 'vo-kab-2', 'in-uitvoering', '--note', 'Defensie-R&D-budget verhoogd', '--by', 'ann']);
    expect(set.code, set.err).toBe(0);
    const show = polderbot(['recommendations', 'show', 'vo-kab-2', '--json']);
    const rec = JSON.parse(show.out) as { status: string; history: { by: string; note: string; previous: string }[] };
    expect(rec.status).toBe('in-uitvoering');
    expect(rec.history).toMatchObject([{ by: 'ann', note: 'Defensie-R&D-budget verhoogd', previous: 'open' }]);
    const filtered = JSON.parse(polderbot(['recommendations', 'list', 'in-uitvoering', '--json']).out) as { id: string }[];
    expect(filtered.map((x) => x.id)).toEqual(['vo-kab-2']);
  });

  it('a bad id or status exits 2 with usage and the valid values', () => {
    const badId = polderbot(['recommendations', 'show', 'xx-1']);
    expect(badId.code).toBe(2);
    expect(badId.err).toMatch(/Onbekende aanbeveling "xx-1"[\s\S]*Usage:[\s\S]*Statuses: open, in-voorbereiding/);
    const badStatus = polderbot(['recommendations', 'set', 'kw-sp-1', 'klaar']);
    expect(badStatus.code).toBe(2);
    expect(badStatus.err).toMatch(/Geldige statussen: open, in-voorbereiding, in-uitvoering, gerealiseerd, afgewezen/);
  });
});

describe('polderbot digest', () => {
  it('--preview --json returns the sections', () => {
    const r = polderbot(['digest', '--preview', '--json']);
    expect(r.code, r.err).toBe(0);
    const d = JSON.parse(r.out) as { week: string; sections: { id: string; lines: string[] }[] };
    expect(d.week).toMatch(/^\d{4}-W\d{2}$/);
    expect(d.sections.map((s) => s.id)).toEqual(['headlines', 'tracker', 'indicators', 'questions', 'unanswered', 'feedback', 'corpus']);
    // the status change made above is this week's news
    expect(d.sections.find((s) => s.id === 'tracker')!.lines.join('\n')).toContain('vo-kab-2');
  });

  it('--post without a token says what to set', () => {
    const r = polderbot(['digest', '--post']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/SLACK_BOT_TOKEN is not set/);
  });

  it('refuses a database from a newer polderbot with a clear message', async () => {
    const Database = (await import('better-sqlite3')).default;
    const other = tempDb();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(resolve(other.path, '..'), { recursive: true });
    const db = new Database(other.path);
    db.pragma('user_version = 99');
    db.close();
    const r = polderbot(['digest', '--preview'], { POLDERBOT_DB: other.path });
    other.cleanup();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/schema version 99, newer than this polderbot knows/);
  });

  it('--post posts once per week through SLACK_API_URL, a second --post does not', async () => {
    const calls: { path: string; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        calls.push({ path: req.url ?? '', body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(req.url?.includes('chat.postMessage') ? { ok: true, channel: 'C0DIGEST', ts: '1764489600.000100' } : { ok: true, messages: [] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
    const run = () =>
      new Promise<{ code: number; out: string; err: string }>((done) => {
        execFile(
          process.execPath,
          ['bin/polderbot.mjs', 'digest', '--post'],
          { cwd: root, env: { ...process.env, POLDERBOT_DB: t.path, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: url, DIGEST_CHANNEL: 'C0DIGEST', OPENAI_API_KEY: '' } },
          (err, out, errOut) => done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out, err: errOut }),
        );
      });
    try {
      const first = await run();
      expect(first.code, first.err).toBe(0);
      expect(first.out).toMatch(/posted to C0DIGEST/);
      const second = await run();
      expect(second.code, second.err).toBe(0);
      expect(second.out).toMatch(/not posted: already-posted/);
      const posts = calls.filter((c) => c.path.endsWith('chat.postMessage'));
      expect(posts).toHaveLength(1);
      expect(decodeURIComponent(posts[0].body)).toContain('polderbot-digest:');
    } finally {
      server.close();
    }
  });
});
