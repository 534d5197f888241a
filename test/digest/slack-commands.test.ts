// /aanbeveling and /digest listeners, driven through a minimal stand-in for
// Bolt's app.command (the HTTP/signature path is the Slack area's tests).
import type { App } from '@slack/bolt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { createTracker } from '../../src/recommendations/tracker.ts';
import { createDigestAccess } from '../../src/digest/access.ts';
import { registerAanbevelingCommand } from '../../src/slack/listeners/commands/aanbeveling.ts';
import { registerDigestCommand } from '../../src/slack/listeners/commands/digest.ts';
import type { ListenerDeps } from '../../src/slack/runtime.ts';
import { recommendations, weekFixture } from './fixture.ts';
import { storeConfig, tempDb } from '../store/helpers.ts';

type Handler = (args: Record<string, unknown>) => Promise<void>;

function fakeApp() {
  const handlers = new Map<string, Handler>();
  const app = { command: (name: string, h: Handler) => handlers.set(name, h) } as unknown as App;
  const invoke = async (name: string, text: string) => {
    const acks: Record<string, unknown>[] = [];
    const responds: Record<string, unknown>[] = [];
    await handlers.get(name)!({
      command: { text, user_id: 'U1', user_name: 'ann', channel_id: 'C1' },
      ack: async (m?: Record<string, unknown>) => void acks.push(m ?? {}),
      respond: async (m: Record<string, unknown>) => void responds.push(m),
    });
    return { acks, responds };
  };
  return { app, invoke };
}

let t: ReturnType<typeof tempDb>;
let store: Store;
let deps: ListenerDeps;
beforeEach(() => {
  t = tempDb();
  store = openStore(storeConfig(t.path));
  const fx = weekFixture();
  deps = {
    logger: pino({ level: 'silent' }),
    recommendations: createTracker(store, recommendations),
    digest: createDigestAccess({ corpusDir: '/x', indexDir: '/x', digest: { day: 'monday', time: '09:00', timeZone: 'Europe/Amsterdam' } }, store, {
      recommendations,
      view: async () => fx.view,
    }),
  } as unknown as ListenerDeps;
});
afterEach(() => {
  store.close();
  t.cleanup();
});

describe('/aanbeveling', () => {
  it('sets a status with who and note, and shows it', async () => {
    const { app, invoke } = fakeApp();
    registerAanbevelingCommand(app, deps);
    const set = await invoke('/aanbeveling', 'vo-sp-7 gerealiseerd standpunt ingebracht');
    expect(set.acks[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(String(set.acks[0].text)).toMatch(/vo-sp-7 gewijzigd: .*open → gerealiseerd door ann \(slack U1\): “standpunt ingebracht”/);
    const show = await invoke('/aanbeveling', 'vo-sp-7');
    expect(String(show.acks[0].text)).toContain('Status: gerealiseerd');
    const list = await invoke('/aanbeveling', 'lijst gerealiseerd');
    expect(String(list.acks[0].text)).toMatch(/^1 aanbeveling \(gerealiseerd\)/);
  });

  it('answers a bad status with usage and stores nothing', async () => {
    const { app, invoke } = fakeApp();
    registerAanbevelingCommand(app, deps);
    const r = await invoke('/aanbeveling', 'vo-sp-7 klaar');
    expect(String(r.acks[0].text)).toMatch(/Onbekende status "klaar"[\s\S]*Statussen: open, in-voorbereiding/);
    expect(store.statusHistory('vo-sp-7')).toEqual([]);
  });
});

describe('/digest preview', () => {
  it('answers ephemerally with the digest blocks', async () => {
    const { app, invoke } = fakeApp();
    registerDigestCommand(app, deps);
    const r = await invoke('/digest', 'preview');
    expect(r.acks[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(r.responds[0]).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(String(r.responds[0].text)).toMatch(/polderbot weekoverzicht \d{4}-W\d{2}/);
    expect(Array.isArray(r.responds[0].blocks)).toBe(true);
  });

  it('answers anything else with usage', async () => {
    const { app, invoke } = fakeApp();
    registerDigestCommand(app, deps);
    const r = await invoke('/digest', 'post now');
    expect(String(r.acks[0].text)).toMatch(/Gebruik: `\/digest preview`/);
    expect(r.responds).toEqual([]);
  });
});
