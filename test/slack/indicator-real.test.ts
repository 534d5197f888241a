// /indicator with the real metrics module (snapshot in corpus/indicators):
// ids and usage from the zod schemas, results within Slack's limits, bad
// input answered with usage, and a real PNG chart uploaded on share.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { metricsIndicatorAccess, slashUsage } from '../../src/slack/metrics-adapter.ts';
import { renderIndicator } from '../../src/slack/blocks/indicator.ts';
import { actionBody, commandBody, send, startHarness, waitFor, type Harness } from './harness.ts';
import { mockSlack, RESPONSE_URL, type SlackMock } from './nock-slack.ts';

const access = metricsIndicatorAccess();
let h: Harness | undefined;
let api: SlackMock;

beforeAll(() => {
  api = mockSlack();
});
beforeEach(() => api.reset());
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(() => nock.cleanAll());

describe('metrics adapter', () => {
  it('lists indicators with Dutch titles and phrases usage for the slash command', () => {
    const list = access.list();
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((i) => /^[a-z-]+$/.test(i.id) && i.title.length > 0)).toBe(true);
    const usage = access.help(list[0]!.id);
    expect(usage).toContain(`/indicator ${list[0]!.id}`);
    expect(usage).not.toContain('--json');
    expect(usage).not.toContain('polderbot indicator');
    expect(slashUsage('Usage: polderbot indicator x [--a B] [--json] [--chart out.png] [--lang en|nl]')).toBe('Usage: /indicator x [--a B]');
  });

  it('renders every indicator with its defaults within Slack limits, every figure with a source', async () => {
    for (const { id } of access.list()) {
      const result = await access.run(id, {});
      for (const m of renderIndicator(result, { share: { id, params: {} } })) {
        expect(m.blocks.length).toBeLessThanOrEqual(50);
        for (const b of m.blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
      }
      expect(result.figures.every((f) => !!f.source.publisher || !!f.source.doc)).toBe(true);
    }
  });

  it('marks bad input as an input error', async () => {
    const err = await Promise.resolve()
      .then(() => access.run('productivity-growth', { country: 'XX' }))
      .catch((e: unknown) => e);
    expect(access.isInputError(err)).toBe(true);
  });
});

describe('/indicator through Bolt with the real metrics', () => {
  it('answers with figures, and a bad area in plain Dutch with the valid ones (no validation-library text)', async () => {
    h = await startHarness({ indicators: access });
    await send(h.url, commandBody('/indicator', 'productivity-growth --country NL --vs EU27,US --from 2014', RESPONSE_URL), { form: true });
    await send(h.url, commandBody('/indicator', 'productivity-growth country=XX', RESPONSE_URL), { form: true });
    await waitFor(() => api.responses.length === 2, 10_000);
    await send(h.url, commandBody('/indicator', 'productivity-growth --vs Mars', RESPONSE_URL), { form: true });
    await send(h.url, commandBody('/indicator', 'productivity-growth --from abc', RESPONSE_URL), { form: true });
    await waitFor(() => api.responses.length === 4, 10_000);
    const mars = JSON.stringify(api.responses[2]!.body);
    expect(mars).toContain('Het land of gebied \\"Mars\\" (--vs) ken ik niet');
    expect(mars).toContain('Bekend: NL, EU27');
    expect(mars).not.toMatch(/vs\.0|unknown area|invalid parameters/);
    expect(JSON.stringify(api.responses[3]!.body)).toContain('--from verwacht een getal');
    const [ok, bad] = api.responses.map((r) => JSON.stringify(r.body));
    expect(ok).toMatch(/NL, 2014-20\d\d/);
    expect(ok).toContain('EU27');
    expect(ok).toContain('World Bank');
    expect(bad).toContain('Het land of gebied \\"XX\\" (--country) ken ik niet');
    expect(bad).toContain('/indicator productivity-growth');
  });

  it('shares a result with a rendered PNG chart in the thread', async () => {
    h = await startHarness({ indicators: access });
    let uploaded = false;
    api.reply['files.getUploadURLExternal'] = () => ({ ok: true, upload_url: 'https://files.slack.com/upload/v1/real', file_id: 'F2' });
    api.reply['files.completeUploadExternal'] = () => ({ ok: true, files: [{ id: 'F2' }] });
    nock('https://files.slack.com')
      .post('/upload/v1/real')
      .reply(200, () => {
        uploaded = true;
        return 'OK';
      });
    const value = JSON.stringify({ id: 'productivity-growth', params: { country: 'NL', vs: 'EU27' } });
    await send(h.url, actionBody('share_indicator', value, RESPONSE_URL), { form: true });
    await waitFor(() => api.of('files.completeUploadExternal').length === 1 || api.of('chat.postMessage').some((m) => String(m.body.text).includes('grafiek kon niet')), 30_000, 'the chart upload');
    expect(api.of('files.completeUploadExternal')).toHaveLength(1);
    expect(uploaded).toBe(true);
    // in the channel: at most five figures, the latest year among them; every figure in the thread
    const [top, ...thread] = api.of('chat.postMessage');
    const topText = JSON.stringify(top!.body.blocks);
    const bullets = (j: string) => j.match(/• /g)?.length ?? 0;
    expect(bullets(topText)).toBeLessThanOrEqual(5);
    expect(topText).toMatch(/\(NL, 2024\)/);
    expect(top!.body.thread_ts).toBeUndefined();
    const all = thread.map((m) => JSON.stringify(m.body.blocks)).join('');
    expect(bullets(all)).toBeGreaterThan(5);
    expect(all).toMatch(/\(NL, 2015\)/);
    const ask = api.of('files.getUploadURLExternal')[0]!.body;
    expect(ask).toMatchObject({ filename: 'productivity-growth.png' });
    expect(Number(ask.length)).toBeGreaterThan(2000); // a real PNG, not a placeholder
    // the chart speaks Dutch, like the message it goes with
    expect(JSON.stringify(api.of('files.completeUploadExternal')[0]!.body)).toContain('Bbp per gewerkt uur, jaarlijkse verandering in %');
  });
});

describe('/indicator usage in Dutch', () => {
  it('lists every indicator and explains every option in Dutch, without the English schema text', () => {
    expect(access.help()).toMatch(/^Indicatoren \(/);
    for (const { id, title } of access.list()) {
      const usage = access.help(id);
      expect(usage).toContain(`${id}: ${title}`);
      expect(usage).toContain(`Gebruik: /indicator ${id}`);
      const options = usage.split('\n').filter((l) => l.startsWith('  --'));
      expect(options.length).toBeGreaterThan(0);
      // every option explained in Dutch (no option left with only its flag)
      for (const o of options) expect(o.trim().split(/\s{2,}/)[1], o).toBeTruthy();
      expect(usage).not.toMatch(/\b(default|Usage|comma-separated|Area:)\b/);
    }
    expect(access.help('growth-accounting')).toContain('standaard 2019 (het laatste jaar van PWT 10.01)');
    expect(access.help('scenario')).toContain('standaard 0,4 en 0,9');
  });
});
