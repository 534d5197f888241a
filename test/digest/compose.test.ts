import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/post.ts';
import { composeDigest, type DigestSection } from '../../src/digest/compose.ts';
import { renderDigestText } from '../../src/digest/render.ts';
import { digestBlocks } from '../../src/slack/blocks/digest.ts';
import { topQuestions, questionKey } from '../../src/digest/questions.ts';
import { recommendations, seedWeek, weekFixture } from './fixture.ts';
import { tempDb } from '../store/helpers.ts';

const section = <K extends DigestSection['id']>(s: DigestSection[], id: K) => s.find((x) => x.id === id) as Extract<DigestSection, { id: K }>;

describe('digest composed from a fixture database', () => {
  const t = tempDb();
  afterEach(() => t.cleanup());

  it('has every section with this week’s data, and nothing from before the last digest', async () => {
    const fx = weekFixture();
    const store = seedWeek(t.path, fx);
    const { digest } = await buildDigest({ store, recommendations, view: async () => fx.view, channel: fx.channel, now: new Date(fx.now) });
    store.close();

    expect(digest.week).toBe('2026-W49');
    expect(digest.empty).toBe(false);
    expect(digest.period).toEqual({ from: fx.previousRun.at, to: fx.now });
    expect(digest.sections.map((s) => s.id)).toEqual(['headlines', 'tracker', 'indicators', 'questions', 'unanswered', 'feedback', 'corpus']);

    const ind = section(digest.sections, 'indicators');
    expect(ind.data.updates).toHaveLength(1); // R&D unchanged
    expect(ind.data.updates[0]).toMatchObject({ kind: 'new-point', point: { year: 2023, value: 95.4 }, previous: { year: 2022, value: 96.1 } });
    expect(ind.lines[0]).toContain('NL, bbp per gewerkt uur: 2023 = 95,4 index (US=100) (was 2022: 96,1)'); // Dutch label
    expect(ind.data.updates[0]!.point.label).toBe('GDP per hour worked'); // the data stays English
    expect(ind.lines[0]).toContain('Bron: OECD, PDB_LV, opgehaald 2026-11-29');

    const rec = section(digest.sections, 'tracker');
    expect(rec.data.changes.map((c) => [c.id, c.from, c.to, c.by])).toEqual([
      ['vo-sp-6', 'in-voorbereiding', 'in-uitvoering', 'bob'],
      ['bc-kab-npb', 'open', 'in-voorbereiding', 'ann'],
    ]);
    expect(rec.lines[0]).toMatch(/^\d+ aanbevelingen \(advies pp\. 9-11\): open \d+, in voorbereiding 1, in uitvoering 1; deze week 2 gewijzigd\.$/);
    expect(rec.lines[1]).toMatch(/^vo-sp-6 \(p\. 10\): in voorbereiding → in uitvoering, door bob/);
    // bc-kab-npb is in preparation past its "op korte termijn" date (2025-12-31): overdue
    expect(rec.data.overdue.map((o) => o.id)).toContain('bc-kab-npb');
    expect(rec.lines.at(-1)).toMatch(/^Over tijd volgens de eigen cyclus van het advies \(p\. 10-11\): \d+, bc-kab-npb \(termijn 2025-12-31\)/);

    const corpus = section(digest.sections, 'corpus');
    expect(corpus.data.changes.map((c) => [c.id, c.kind])).toEqual([
      ['draghi-2024', 'updated'],
      ['cpb-npb-2026', 'added'],
    ]);

    const q = section(digest.sections, 'questions');
    expect(q.data.total).toBe(8);
    expect(q.data.answered).toBe(5);
    expect(q.data.top[0]).toEqual({ question: 'Wat is TFP?', count: 3 });
    expect(q.data.top[1].count).toBe(2);

    const open = section(digest.sections, 'unanswered');
    expect(open.data.top[0]).toMatchObject({ count: 2 });
    expect(open.data.top[0].question).toMatch(/hypotheekrenteaftrek/);
    const all = JSON.stringify(digest);
    expect(all).not.toContain('U123ABC');
    expect(all).not.toContain('jan.jansen@example.org');

    expect(section(digest.sections, 'feedback').data).toEqual({ up: 2, down: 1 });

    const text = renderDigestText(digest);
    expect(text).toContain('polderbot-digest:2026-W49');
    expect(text.length).toBeLessThan(1500);
    const blocks = digestBlocks(digest);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) expect(JSON.stringify(b).length).toBeLessThan(3200);
  });

  it('says a quiet week briefly instead of skipping', () => {
    const fx = weekFixture();
    const d = composeDigest({
      week: '2026-W50',
      period: { from: new Date('2026-11-30T08:00:00Z'), to: new Date('2026-12-07T08:00:00Z') },
      questions: [],
      feedback: { up: 0, down: 0 },
      statusChanges: [],
      recommendations,
      view: fx.view,
      previousView: fx.view,
    });
    expect(d.empty).toBe(true);
    const text = renderDigestText(d);
    expect(text).toMatch(/Rustige week \(2026-11-30 t\/m 2026-12-07\)/);
    // the quiet week still shows where the tracker stands (title, summary, tracker, marker)
    expect(text.split('\n').length).toBeLessThanOrEqual(6);
    expect(d.sections.filter((s) => s.lines.length).map((s) => s.id)).toEqual(['tracker']);
  });

  it('records a baseline on the first digest rather than listing every series as new', async () => {
    const fx = weekFixture();
    const store = seedWeek(t.path, fx, { firstDigest: true });
    const { digest } = await buildDigest({ store, recommendations, view: async () => fx.view, channel: fx.channel, now: new Date(fx.now) });
    store.close();
    expect(section(digest.sections, 'indicators').data).toMatchObject({ baseline: true, tracked: 2, updates: [] });
    expect(section(digest.sections, 'corpus').data).toMatchObject({ baseline: true, documents: 3 });
    // without a previous digest the period is the last 7 days
    expect(digest.period.from).toBe('2026-11-23T08:00:00.000Z');
  });
});

describe('question aggregation', () => {
  it('groups wording variants and drops names', () => {
    expect(questionKey('Wát is  TFP?')).toBe(questionKey('wat is tfp'));
    const top = topQuestions(
      [
        { text: 'Hoi <@U99> wat is TFP?', askedAt: new Date(1), answered: true, mode: 'local', surface: 'slack' },
        { text: 'hoi <@U42> wat is tfp', askedAt: new Date(2), answered: true, mode: 'local', surface: 'slack' },
      ],
      5,
    );
    expect(top).toHaveLength(1);
    expect(top[0].count).toBe(2);
    expect(top[0].question).not.toMatch(/U99|U42/);
  });
});
