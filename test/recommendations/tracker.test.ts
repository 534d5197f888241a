import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { parseRecommendations } from '../../src/recommendations/catalogue.ts';
import { createTracker, TrackerInputError, type Tracker } from '../../src/recommendations/tracker.ts';
import { parseAanbeveling, runAanbeveling } from '../../src/recommendations/command.ts';
import { storeConfig, tempDb } from '../store/helpers.ts';

const recs = parseRecommendations(readFileSync(resolve(import.meta.dirname, '../../corpus/recommendations.yml'), 'utf8'));
const ids = recs.map((r) => r.id);

describe('recommendation tracker', () => {
  let t: ReturnType<typeof tempDb>;
  let store: Store;
  let tracker: Tracker;
  beforeEach(() => {
    t = tempDb();
    store = openStore(storeConfig(t.path));
    tracker = createTracker(store, recs);
  });
  afterEach(() => {
    store.close();
    t.cleanup();
  });

  it('starts every recommendation as open', () => {
    expect(tracker.list().every((r) => r.status === 'open' && !r.lastChange)).toBe(true);
  });

  it('keeps who, when and the note of every change, in order, across a restart', () => {
    tracker.setStatus('vo-sp-6', 'in-voorbereiding', 'ann', 'gesprek met FNV', new Date('2026-11-02T10:00:00Z'));
    tracker.setStatus('vo-sp-6', 'in-uitvoering', 'bob', 'cao-tekst klaar', new Date('2026-11-20T10:00:00Z'));
    store.close();
    store = openStore(storeConfig(t.path));
    tracker = createTracker(store, recs);
    const h = tracker.history('vo-sp-6');
    expect(h.map((c) => [c.previous, c.status, c.by, c.note, c.at.toISOString()])).toEqual([
      ['open', 'in-voorbereiding', 'ann', 'gesprek met FNV', '2026-11-02T10:00:00.000Z'],
      ['in-voorbereiding', 'in-uitvoering', 'bob', 'cao-tekst klaar', '2026-11-20T10:00:00.000Z'],
    ]);
    expect(tracker.get('vo-sp-6')).toMatchObject({ status: 'in-uitvoering', lastChange: { by: 'bob' } });
    expect(tracker.list({ status: 'in-uitvoering' }).map((r) => r.id)).toEqual(['vo-sp-6']);
    expect(tracker.list({ actor: 'kabinet', status: 'in-uitvoering' })).toEqual([]);
  });

  it('filters by actor and track', () => {
    expect(tracker.list({ actor: 'sociale-partners' }).every((r) => r.actors.includes('sociale-partners'))).toBe(true);
    expect(tracker.list({ track: 'beleidscyclus' }).map((r) => r.page)).toEqual(new Array(9).fill(11));
  });

  it('rejects an unknown id or status, listing the valid values, and records nothing', () => {
    expect(() => tracker.setStatus('kw-sp-99', 'open', 'ann')).toThrowError(TrackerInputError);
    expect(() => tracker.setStatus('kw-sp-99', 'open', 'ann')).toThrowError(/Geldige ids: kw-sp-1, kw-sp-2/);
    expect(() => tracker.setStatus('kw-sp-1', 'klaar', 'ann')).toThrowError(/Geldige statussen: open, in-voorbereiding, in-uitvoering, gerealiseerd, afgewezen/);
    expect(tracker.history('kw-sp-1')).toEqual([]);
  });
});

describe('/aanbeveling parsing', () => {
  it('parses list with a filter, show and set with a note', () => {
    expect(parseAanbeveling('lijst kabinet', ids)).toEqual({ kind: 'list', filter: { actor: 'kabinet' } });
    expect(parseAanbeveling('lijst beleidscyclus', ids)).toEqual({ kind: 'list', filter: { track: 'beleidscyclus' } });
    expect(parseAanbeveling('lijst gerealiseerd', ids)).toEqual({ kind: 'list', filter: { status: 'gerealiseerd' } });
    expect(parseAanbeveling('KW-SP-2', ids)).toEqual({ kind: 'show', id: 'kw-sp-2' });
    expect(parseAanbeveling('kw-sp-2 afgewezen  past niet in de cao', ids)).toEqual({ kind: 'set', id: 'kw-sp-2', status: 'afgewezen', note: 'past niet in de cao' });
    expect(parseAanbeveling('', ids)).toEqual({ kind: 'help' });
  });

  it.each([
    ['kw-sp-77', /Onbekende aanbeveling "kw-sp-77"/],
    ['kw-sp-1 klaar', /Onbekende status "klaar"/],
    ['lijst iedereen', /Onbekend filter "iedereen"/],
  ])('answers "%s" with usage and the valid values', (text, what) => {
    try {
      parseAanbeveling(text, ids);
      expect.fail('should throw');
    } catch (err) {
      expect(err).toBeInstanceOf(TrackerInputError);
      const msg = (err as Error).message;
      expect(msg).toMatch(what);
      expect(msg).toContain('Gebruik:');
      expect(msg).toContain('Statussen: open, in-voorbereiding, in-uitvoering, gerealiseerd, afgewezen');
      expect(msg).toContain('Actoren: sociale-partners, kabinet');
      expect(msg).toContain('bc-kab-npb');
    }
  });

  it('runs a set and shows it in the detail', () => {
    const t = tempDb();
    const store = openStore(storeConfig(t.path));
    const tracker = createTracker(store, recs);
    const reply = runAanbeveling(tracker, parseAanbeveling('bc-kab-npb in-uitvoering Productiviteitsraad aangekondigd', ids), 'ann (slack U1)');
    expect(reply).toMatch(/bc-kab-npb gewijzigd: .* open → in-uitvoering door ann \(slack U1\): “Productiviteitsraad aangekondigd”/);
    const detail = runAanbeveling(tracker, { kind: 'show', id: 'bc-kab-npb' }, 'x');
    expect(detail).toContain('p. 11');
    expect(detail).toContain('Status: in-uitvoering');
    store.close();
    t.cleanup();
  });
});
