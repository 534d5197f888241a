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

  it('the first --preview --json on a fresh database: headline figures with sources, tracker progress, under 1,500 characters', () => {
    const fresh = tempDb();
    try {
      const r = polderbot(['digest', '--preview', '--json'], { POLDERBOT_DB: fresh.path });
      expect(r.code, r.err).toBe(0);
      const d = JSON.parse(r.out) as {
        sections: { id: string; lines: string[]; data: { headlines?: { text: string; source: string; figures: { source: { retrieved: string; page?: number } }[] }[] } }[];
        message: { text: string; blocks: unknown[]; chart?: { title: string; alt: string } };
      };
      const headlines = d.sections.find((s) => s.id === 'headlines')!;
      expect(headlines.data.headlines!.length).toBeGreaterThanOrEqual(2);
      for (const h of headlines.data.headlines!) {
        expect(h.source).toMatch(/^Bron: .+, opgehaald \d{4}-\d{2}-\d{2}/);
        for (const f of h.figures) expect(f.source.retrieved || f.source.page).toBeTruthy();
      }
      expect(headlines.lines[0]).toMatch(/NL \+0,24 % \(2014-2024\), EU27 \+0,80 % \(2014-2024\), VS \+1,27 % \(2014-2023\)/);
      expect(headlines.lines[1]).toMatch(/R&D-uitgaven NL 2,31 % .*0,69 procentpunt onder de 3 %-doelstelling.*advies \(p\. 8\) noemt 2,2 % tegen een OESO-gemiddelde van 2,7 %/);
      const tracker = d.sections.find((s) => s.id === 'tracker')!;
      expect(tracker.lines[0]).toMatch(/^31 aanbevelingen \(advies pp\. 9-11\): open 31; deze week geen wijzigingen\.$/);
      expect(tracker.lines[1]).toMatch(/^Over tijd volgens de eigen cyclus van het advies/);
      expect(d.message.text.length).toBeLessThan(1500);
      expect(d.message.chart?.title).toMatch(/^R&D-uitgaven in % van het bbp/);
      // the plain preview is the message text, character for character
      const plain = polderbot(['digest', '--preview'], { POLDERBOT_DB: fresh.path });
      expect(plain.out).toBe(`${d.message.text}\n`);
    } finally {
      fresh.cleanup();
    }
  });

  it('--post sends exactly the preview to Slack (loopback), with the chart in its thread; a second --post does not post', async () => {
    const calls: { path: string; body: Buffer }[] = [];
    let base = '';
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '';
        calls.push({ path, body: Buffer.concat(chunks) });
        res.setHeader('content-type', 'application/json');
        const reply = path.includes('chat.postMessage')
          ? { ok: true, channel: 'C0DIGEST', ts: '1764489600.000100' }
          : path.includes('files.getUploadURLExternal')
            ? { ok: true, upload_url: `${base}upload/F0CHART`, file_id: 'F0CHART' }
            : path.includes('files.completeUploadExternal')
              ? { ok: true, files: [{ id: 'F0CHART', title: 'chart' }] }
              : { ok: true, messages: [] };
        res.end(JSON.stringify(reply));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const url = `${base}api/`;
    const env = { POLDERBOT_DB: t.path, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: url, DIGEST_CHANNEL: 'C0DIGEST', OPENAI_API_KEY: '' };
    const run = (args: string[]) =>
      new Promise<{ code: number; out: string; err: string }>((done) => {
        execFile(process.execPath, ['bin/polderbot.mjs', 'digest', ...args], { cwd: root, env: { ...process.env, ...env } }, (err, out, errOut) =>
          done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out, err: errOut }),
        );
      });
    try {
      const preview = await run(['--preview', '--json']);
      expect(preview.code, preview.err).toBe(0);
      const message = (JSON.parse(preview.out) as { message: { text: string; blocks: unknown[]; chart: { filename: string; title: string; alt: string } } }).message;
      expect(calls).toHaveLength(0); // the preview posts nothing

      const first = await run(['--post']);
      expect(first.code, first.err).toBe(0);
      expect(first.out).toMatch(/posted to C0DIGEST, chart in its thread/);
      const posts = calls.filter((c) => c.path.endsWith('chat.postMessage'));
      expect(posts).toHaveLength(1);
      const form = new URLSearchParams(posts[0].body.toString('utf8'));
      expect(form.get('text')).toBe(message.text);
      expect(JSON.parse(form.get('blocks')!)).toEqual(message.blocks);
      expect(form.get('text')).toContain('polderbot-digest:');
      // the chart: asked for an upload URL, uploaded as a PNG ≤ 1,600 px wide, completed in the digest's thread
      const ask = new URLSearchParams(calls.find((c) => c.path.endsWith('files.getUploadURLExternal'))!.body.toString('utf8'));
      expect(ask.get('filename')).toBe(message.chart.filename);
      const upload = calls.find((c) => c.path === '/upload/F0CHART')!.body; // multipart: the PNG inside
      const at = upload.indexOf(Buffer.from('89504e470d0a1a0a', 'hex'));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(upload.readUInt32BE(at + 16)).toBeLessThanOrEqual(1600);
      const done = new URLSearchParams(calls.find((c) => c.path.endsWith('files.completeUploadExternal'))!.body.toString('utf8'));
      expect(done.get('channel_id')).toBe('C0DIGEST');
      expect(done.get('thread_ts')).toBe('1764489600.000100');

      const second = await run(['--post']);
      expect(second.code, second.err).toBe(0);
      expect(second.out).toMatch(/not posted: already-posted/);
      expect(calls.filter((c) => c.path.endsWith('chat.postMessage'))).toHaveLength(1);
    } finally {
      server.close();
    }
  });
});
