import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { parseIndicatorCommand, tokenize } from '../../src/slack/indicator-args.ts';
import { SeenKeys } from '../../src/slack/dedupe.ts';
import { RateLimiter } from '../../src/slack/rate-limit.ts';
import { threadToHistory, cleanMessageText } from '../../src/slack/history.ts';
import { checkSlackConfig } from '../../src/slack/requirements.ts';
import { InFlight } from '../../src/slack/in-flight.ts';
import { createLogger, boltLogger, maskTokens } from '../../src/slack/logger.ts';
import { hashUserId } from '../../src/slack/user-hash.ts';
import { describeRequest } from '../../src/slack/request-log.ts';
import { loadConfig } from '../../src/config.ts';
import { ConversationMemory, chooseHistory } from '../../src/slack/conversation-memory.ts';

describe('parseIndicatorCommand', () => {
  it('reads an id with --flags, --k=v, key=value and comma lists (kept as text for the schema)', () => {
    expect(parseIndicatorCommand('productivity-growth --country NL --vs EU27,US --from=2014 to=2024')).toEqual({
      kind: 'run',
      id: 'productivity-growth',
      params: { country: 'NL', vs: 'EU27,US', from: '2014', to: '2024' },
    });
  });
  it('turns kebab keys into camelCase, bare flags into true and accepts Slack’s em dash', () => {
    expect(parseIndicatorCommand('gap —base-year 2015 --chart')).toEqual({ kind: 'run', id: 'gap', params: { baseYear: '2015', chart: true } });
  });
  it('recognises help, with or without an id, and empty text', () => {
    expect(parseIndicatorCommand('help')).toEqual({ kind: 'help', id: undefined });
    expect(parseIndicatorCommand('help gap')).toEqual({ kind: 'help', id: 'gap' });
    expect(parseIndicatorCommand('   ')).toEqual({ kind: 'help' });
  });
  it('reports bad arguments instead of throwing', () => {
    const r = parseIndicatorCommand('--country NL');
    expect(r.kind).toBe('error');
    const s = parseIndicatorCommand('gap NL');
    expect(s).toMatchObject({ kind: 'error' });
    expect((s as { message: string }).message).toContain('"NL"');
  });
  it('keeps quoted values together', () => {
    expect(tokenize('a "b c" “d e”')).toEqual(['a', 'b c', 'd e']);
  });
});

describe('SeenKeys', () => {
  it('reports a key seen within the TTL, forgets it after, and stays bounded', () => {
    let t = 0;
    const s = new SeenKeys(1000, 3, () => t);
    expect(s.firstTime('e1', 'm1')).toBe(true);
    expect(s.firstTime('e2', 'm1')).toBe(false); // same message, other event id
    expect(s.firstTime('e1')).toBe(false);
    t = 1500;
    expect(s.firstTime('e1')).toBe(true);
    for (const k of ['a', 'b', 'c', 'd']) s.firstTime(k);
    expect(s.size).toBeLessThanOrEqual(3);
    expect(s.firstTime(undefined)).toBe(true);
  });
});

describe('RateLimiter', () => {
  it('allows N per minute per user and tells when to retry', () => {
    let t = 0;
    const r = new RateLimiter(2, () => t);
    expect(r.take('u').ok).toBe(true);
    t = 10_000;
    expect(r.take('u').ok).toBe(true);
    expect(r.take('v').ok).toBe(true);
    t = 20_000;
    expect(r.take('u')).toEqual({ ok: false, retryAfterSec: 40 });
    t = 60_001;
    expect(r.take('u').ok).toBe(true);
  });
  it('is off at 0', () => {
    const r = new RateLimiter(0);
    for (let i = 0; i < 100; i++) expect(r.take('u').ok).toBe(true);
  });
});

describe('threadToHistory', () => {
  it('turns earlier thread messages into turns, the bot as assistant, without mentions', () => {
    const turns = threadToHistory(
      [
        { ts: '1.0', user: 'U1', text: '<@UBOT> Wat adviseert de SER?' },
        { ts: '2.0', user: 'UBOT', bot_id: 'B1', text: 'Een gezamenlijke aanpak [1].' },
        { ts: '2.5', subtype: 'channel_join', user: 'U2', text: 'joined' },
        { ts: '3.0', user: 'U1', text: '<@UBOT> En de regio’s?' },
      ],
      { beforeTs: '3.0', botUserId: 'UBOT' },
    );
    expect(turns).toEqual([
      { role: 'user', text: 'Wat adviseert de SER?' },
      { role: 'assistant', text: 'Een gezamenlijke aanpak [1].' },
    ]);
  });
  it('keeps the newest turns within the budget', () => {
    const msgs = Array.from({ length: 30 }, (_, i) => ({ ts: `${i}.0`, user: 'U1', text: `vraag ${i}` }));
    const turns = threadToHistory(msgs, { maxTurns: 5 });
    expect(turns.map((t) => t.text)).toEqual(['vraag 25', 'vraag 26', 'vraag 27', 'vraag 28', 'vraag 29']);
  });
  it('decodes links and entities', () => {
    expect(cleanMessageText('zie <https://ser.nl|SER> &amp; <https://x.nl>')).toBe('zie SER & https://x.nl');
    // far over the 40,000-character limit: not scanned (it is refused as too long anyway)
    const huge = `<@UBOT> ${'<https:x'.repeat(25_000)}`;
    expect(cleanMessageText(huge)).toBe(huge);
  });
});

describe('checkSlackConfig', () => {
  it('picks Socket Mode with an app token and HTTP mode otherwise', () => {
    expect(checkSlackConfig(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toEqual({ ok: true, mode: 'socket' });
    expect(checkSlackConfig(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }))).toEqual({ ok: true, mode: 'http' });
  });
  it('names exactly the missing variables', () => {
    const r = checkSlackConfig(loadConfig({}));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.missing).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
    expect(r.message).toContain('SLACK_APP_TOKEN');
    const s = checkSlackConfig(loadConfig({ SLACK_APP_TOKEN: 'xapp-1' }));
    expect(s.ok === false && s.missing).toEqual(['SLACK_BOT_TOKEN']);
    const wrong = checkSlackConfig(loadConfig({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' }));
    expect(wrong.ok === false && wrong.message).toContain('xoxb-');
  });
});

describe('InFlight', () => {
  it('waits for running work and reports what is left after the timeout', async () => {
    const f = new InFlight();
    let done = false;
    void f.run(async () => {
      await new Promise((r) => setTimeout(r, 30));
      done = true;
    });
    expect(f.count).toBe(1);
    expect(await f.drain(1000)).toBe(0);
    expect(done).toBe(true);
    void f.run(() => new Promise(() => {}));
    expect(await f.drain(20)).toBe(1);
  });
});

describe('logging', () => {
  function capture() {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    return { lines, stream };
  }
  it('redacts secrets in fields and masks tokens in Bolt messages', () => {
    const { lines, stream } = capture();
    const log = createLogger('debug', stream);
    log.info({ token: 'xoxb-secret-1', config: { slack: { botToken: 'xoxb-secret-2' } }, headers: { authorization: 'Bearer xoxb-secret-3' } }, 'x');
    boltLogger(log).warn('failed with token xoxb-123-abc and xapp-1-XYZ');
    const out = lines.join('');
    expect(out).not.toMatch(/secret|xoxb-123|XYZ/);
    expect(out).toContain('[redacted]');
    expect(maskTokens('a xoxb-1-2-3 b')).toBe('a xoxb-[redacted] b');
  });
});

describe('misc', () => {
  it('hashes user ids stably and never returns the id', () => {
    expect(hashUserId('U123')).toBe(hashUserId('U123'));
    expect(hashUserId('U123')).not.toContain('U123');
    expect(hashUserId('U123', 'a')).not.toBe(hashUserId('U123', 'b'));
  });
  it('describes requests for the log', () => {
    expect(describeRequest({ event: { type: 'message', channel_type: 'im' } })).toBe('message.im');
    expect(describeRequest({ command: '/vraag' })).toBe('/vraag');
    expect(describeRequest({ type: 'block_actions', actions: [{ action_id: 'feedback_up' }] })).toBe('action:feedback_up');
  });
});

describe('ConversationMemory and chooseHistory', () => {
  it('remembers a thread\'s turns before a message, and the DM\'s latest conversation within a window', () => {
    let t = 0;
    const m = new ConversationMemory(1000_000, 10, 12, () => t);
    m.add('D1', '100.000000', [
      { role: 'user', text: 'Hoe groeide NL?', ts: '100.000000' },
      { role: 'assistant', text: '0,24 procent.', ts: '100.000001' },
    ]);
    m.add('D1', '50.000000', [{ role: 'user', text: 'ouder', ts: '50.000000' }]);
    expect(m.thread('D1', '100.000000', '200.0')).toEqual([
      { role: 'user', text: 'Hoe groeide NL?' },
      { role: 'assistant', text: '0,24 procent.' },
    ]);
    expect(m.thread('D1', '100.000000', '100.000000')).toEqual([]);
    expect(m.latestIn('D1', '160.0', 30 * 60_000).map((x) => x.text)).toEqual(['Hoe groeide NL?', '0,24 procent.']);
    expect(m.latestIn('D1', String(100 + 3600), 30 * 60_000)).toEqual([]); // an hour later: a new conversation
    expect(m.latestIn('D2', '160.0', 30 * 60_000)).toEqual([]);
    t = 2000_000;
    expect(m.thread('D1', '100.000000')).toEqual([]); // expired
  });

  it('takes Slack\'s copy when it holds the bot\'s answers, else the memory, else what Slack gave', () => {
    const slackFull = [{ role: 'user' as const, text: 'a' }, { role: 'assistant' as const, text: 'b' }];
    const slackUser = [{ role: 'user' as const, text: 'a' }];
    const mem = [{ role: 'user' as const, text: 'a' }, { role: 'assistant' as const, text: 'm' }];
    expect(chooseHistory(slackFull, mem)).toEqual({ turns: slackFull, source: 'slack' });
    expect(chooseHistory(slackUser, mem)).toEqual({ turns: mem, source: 'memory' });
    expect(chooseHistory(slackUser, [])).toEqual({ turns: slackUser, source: 'slack' });
    expect(chooseHistory([], [])).toEqual({ turns: [], source: 'none' });
  });
});
