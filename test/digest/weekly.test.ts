// What makes the weekly digest worth opening: the refresh before it (and its
// failures), staff questions only, 👎 with their questions, and the budget.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/post.ts';
import { composeDigest, staffQuestions, compressIds, type DigestSection } from '../../src/digest/compose.ts';
import { defaultContextProvider } from '../../src/digest/context.ts';
import { readRefreshStatus, refreshAndRecord } from '../../src/digest/refresh-status.ts';
import { Cron } from 'croner';
import { digestCronPattern, nextDigestRun, refreshCronPattern } from '../../src/digest/schedule.ts';
import { startDigestScheduler } from '../../src/digest/scheduler.ts';
import { digestMrkdwn } from '../../src/slack/blocks/digest.ts';
import { openStore } from '../../src/store/index.ts';
import { recommendations, weekFixture } from './fixture.ts';
import { storeConfig, tempDb } from '../store/helpers.ts';

const corpusDir = resolve(import.meta.dirname, '../../corpus');
const section = (s: DigestSection[], id: DigestSection['id']) => s.find((x) => x.id === id)!;
let t: ReturnType<typeof tempDb>;
afterEach(() => t?.cleanup());

describe('the refresh before the digest', () => {
  it('runs an hour before the digest slot, the day before when the digest is just after midnight', () => {
    expect(refreshCronPattern('monday', '09:00')).toBe('0 8 * * 1');
    expect(refreshCronPattern('monday', '00:30')).toBe('30 23 * * 0');
    expect(refreshCronPattern('sunday', '00:10')).toBe('10 23 * * 6');
  });

  it('the scheduler refreshes an hour before each digest and reports, never throws', async () => {
    t = tempDb();
    const store = openStore(storeConfig(t.path));
    let calls = 0;
    const digest = { channel: 'C0DIGEST', day: 'monday', time: '09:00', timeZone: 'Europe/Amsterdam' } as const;
    const now = new Date('2026-11-25T12:00:00Z'); // a Wednesday (the catch-up posts through the fake poster)
    const s = startDigestScheduler({
      config: { digest, corpusDir, indexDir: '/nonexistent', dbPath: t.path },
      store,
      poster: { post: async () => ({ ts: '1' }) },
      view: async () => weekFixture().view,
      refresh: async () => {
        calls++;
        throw new Error('network down');
      },
      now: () => now,
    });
    try {
      await s.ready;
      // (the jobs run on the real clock: between the refresh and the digest the next refresh is a week on,
      // so the hour between them is checked on the patterns from a fixed moment)
      expect(s.nextRun()).toBeInstanceOf(Date);
      expect(s.nextRefresh()).toBeInstanceOf(Date);
      const at = (pattern: string) => new Cron(pattern, { timezone: digest.timeZone }).nextRun(now)!.getTime();
      expect(at(digestCronPattern(digest.day, digest.time)) - at(refreshCronPattern(digest.day, digest.time))).toBe(60 * 60_000);
      expect(await s.refreshNow()).toBeNull(); // a failing refresh is logged, not thrown
      expect(calls).toBe(1);
    } finally {
      s.stop();
      store.close();
    }
    expect(nextDigestRun(digest, now).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('a partial failure is recorded and shown in the digest; a total failure does not block it', async () => {
    t = tempDb();
    const at = new Date('2026-11-30T07:00:00Z');
    await refreshAndRecord(t.path, async () => ({ sources: ['eurostat-rd', 'oecd-msti'], changes: [{ kind: 'new' }, { kind: 'revised' }], failures: [{ source: 'oecd-pdb-lv', error: 'OECD PDB_LV: HTTP 500 from https://sdmx.oecd.org/…' }] }), () => at);
    expect(readRefreshStatus(t.path)).toMatchObject({ ok: ['eurostat-rd', 'oecd-msti'], newPoints: 1, revisedPoints: 1, failures: [{ source: 'oecd-pdb-lv' }] });
    const fx = weekFixture();
    const store = openStore(storeConfig(t.path));
    const build = () => buildDigest({ store, recommendations, view: async () => fx.view, channel: '', context: defaultContextProvider({ corpusDir, dbPath: t.path }), now: new Date(fx.now) });
    const { digest } = await build();
    const ind = section(digest.sections, 'indicators');
    expect(ind.lines[0]).toMatch(/^Verversing 2026-11-30 08:00: eurostat-rd, oecd-msti bijgewerkt \(1 nieuwe, 1 herziene datapunten\); mislukt: oecd-pdb-lv \(OECD PDB_LV: HTTP 500/);
    await refreshAndRecord(t.path, async () => Promise.reject(new Error('getaddrinfo ENOTFOUND ec.europa.eu')), () => at);
    const again = await build();
    expect(section(again.digest.sections, 'indicators').lines[0]).toMatch(/niets bijgewerkt; mislukt: all \(getaddrinfo ENOTFOUND/);
    expect(section(again.digest.sections, 'headlines').lines).toHaveLength(2); // the digest is still whole
    store.close();
  });
});

describe('questions, feedback and budget', () => {
  const base = { answered: true, mode: 'local', askedAt: new Date('2026-11-25T10:00:00Z') };
  it('counts the questions staff asked in Slack, not the terminal or tests', () => {
    const qs = [
      { ...base, text: 'Wat is TFP?', surface: 'slack' },
      { ...base, text: 'Wat is TFP?', surface: 'cli' },
      { ...base, text: 'test', surface: 'slack' },
      { ...base, text: 'ping?', surface: 'slash' },
      { ...base, text: 'Hoe groot is de R&D-kloof?', surface: 'slash' },
    ];
    expect(staffQuestions(qs).map((q) => q.text)).toEqual(['Wat is TFP?', 'Hoe groot is de R&D-kloof?']);
  });

  it('shows the questions a 👎 was given on and the reasons given (or that none was), and stays under 1,500 characters with a full week', () => {
    const fx = weekFixture();
    const many = Array.from({ length: 40 }, (_, i) => ({ ...base, text: `Een lange vraag nummer ${i} over de productiviteit van de Nederlandse economie en de rol van sociale partners daarin?`, answered: i % 2 === 0, surface: 'slack' }));
    const input = {
      week: '2026-W49',
      period: { from: new Date('2026-11-23T08:00:00Z'), to: new Date('2026-11-30T08:00:00Z') },
      questions: many,
      feedback: { up: 3, down: 2 },
      downvotes: [{ question: 'Wat kost het 3 %-doel?', reason: 'Verkeerde pagina' }, { reason: 'Verkeerde pagina' }, {}],
      statusChanges: [],
      recommendations,
      view: fx.view,
      previousView: fx.previousView,
    };
    const d = composeDigest(input);
    const fb = section(d.sections, 'feedback');
    expect(fb.lines[0]).toMatch(/^👍 3  👎 2 \(redenen: “Verkeerde pagina” ×2; 👎 bij “Wat kost het 3 %-doel\?”\)$/);
    expect(digestMrkdwn(d).length).toBeLessThan(1500);
    const none = composeDigest({ ...input, downvotes: [{ question: 'Wat kost het 3 %-doel?' }] });
    expect(section(none.sections, 'feedback').lines[0]).toContain('geen reden opgegeven');
  });

  it('compresses runs of ids', () => {
    expect(compressIds(['vo-kab-6', 'bc-kab-1', 'bc-kab-2', 'bc-kab-3', 'bc-ser-1', 'bc-ser-2'])).toBe('vo-kab-6, bc-kab-1…3, bc-ser-1, bc-ser-2');
  });
});
