// Exactly once per ISO week: two concurrent attempts (two store handles on one
// file) post once; a restart after a crash mid-post does not post twice.
// chat.postMessage and conversations.history are played by nock.
import { WebClient } from '@slack/web-api';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { postWeeklyDigest } from '../../src/digest/post.ts';
import type { DigestPoster } from '../../src/digest/poster.ts';
import { posterFromWebClient } from '../../src/slack/digest-poster.ts';
import { startDigestScheduler } from '../../src/digest/scheduler.ts';
import { recommendations, weekFixture } from './fixture.ts';
import { storeConfig, tempDb } from '../store/helpers.ts';

const fx = weekFixture();
const NOW = new Date(fx.now); // Monday 30 Nov 2026 09:00 Amsterdam, ISO week 2026-W49
const WEEK = '2026-W49';
const CHANNEL = 'C0DIGEST';
const view = async () => fx.view;

const client = () => new WebClient('xoxb-test', { retryConfig: { retries: 0 } });
const slack = () => nock('https://slack.com');
const ok = (ts: string) => ({ ok: true, channel: CHANNEL, ts, message: { text: 'x' } });

let t: ReturnType<typeof tempDb>;
const open: Store[] = [];
const handle = () => {
  const s = openStore(storeConfig(t.path));
  open.push(s);
  return s;
};

beforeEach(() => {
  t = tempDb();
});
afterEach(() => {
  nock.cleanAll();
  for (const s of open.splice(0)) s.close();
  t.cleanup();
});

describe('posting the weekly digest', () => {
  it('two concurrent attempts on two store handles produce one post', async () => {
    const bodies: string[] = [];
    const scope = slack()
      .post('/api/chat.postMessage', (body) => {
        bodies.push(JSON.stringify(body));
        return true;
      })
      .delay(150) // the second attempt starts while the first is still posting
      .reply(200, ok('1764489600.000100'));
    const [a, b] = [handle(), handle()];
    const attempt = (store: Store, owner: string) =>
      postWeeklyDigest({ store, poster: posterFromWebClient(client()), channel: CHANNEL, recommendations, view, owner, now: NOW });
    const outcomes = await Promise.all([attempt(a, 'one'), attempt(b, 'two')]);

    expect(scope.isDone()).toBe(true);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain(`polderbot-digest:${WEEK}`);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['posted', 'skipped']);
    expect(outcomes.find((o) => o.status === 'skipped')).toMatchObject({ reason: 'in-progress' });
    expect(a.getDigestRun(WEEK, CHANNEL)).toMatchObject({ status: 'posted', messageTs: '1764489600.000100' });

    // and again later that week, from either handle: nothing is posted
    const again = await attempt(b, 'three');
    expect(again).toMatchObject({ status: 'skipped', reason: 'already-posted', ts: '1764489600.000100' });
  });

  it('saves what the digest saw only once it is posted', async () => {
    slack().post('/api/chat.postMessage').reply(200, ok('1.1'));
    const store = handle();
    await postWeeklyDigest({ store, poster: posterFromWebClient(client()), channel: CHANNEL, recommendations, view, now: NOW });
    expect(store.loadDigestState(CHANNEL)).toMatchObject({ week: WEEK, state: { corpus: fx.view.corpus } });
  });

  it('a Slack error marks the run failed; a retry posts once', async () => {
    slack().post('/api/chat.postMessage').reply(200, { ok: false, error: 'not_in_channel' });
    const store = handle();
    const poster = posterFromWebClient(client());
    const first = await postWeeklyDigest({ store, poster, channel: CHANNEL, recommendations, view, now: NOW });
    expect(first).toMatchObject({ status: 'failed' });
    expect((first as { error: string }).error).toMatch(/not_in_channel/);
    // the schedule does not retry a failure on its own
    expect(await postWeeklyDigest({ store, poster, channel: CHANNEL, recommendations, view, now: NOW })).toMatchObject({ status: 'skipped', reason: 'failed-earlier' });
    // an explicit retry (polderbot digest --post) checks the channel first, then posts
    const history = slack().post('/api/conversations.history').reply(200, { ok: true, messages: [], has_more: false });
    const post = slack().post('/api/chat.postMessage').reply(200, ok('2.2'));
    const retry = await postWeeklyDigest({ store, poster, channel: CHANNEL, recommendations, view, now: NOW, retryFailed: true });
    expect(retry).toMatchObject({ status: 'posted', ts: '2.2' });
    expect(history.isDone() && post.isDone()).toBe(true);
  });
});

describe('restart after a crash mid-post', () => {
  /** A previous process claimed the week an hour ago and died before recording the result. */
  function crashedRun(): void {
    const before = handle();
    const claim = before.claimDigestRun(WEEK, CHANNEL, 'crashed-process', new Date(NOW.getTime() - 3600_000));
    expect(claim.claimed).toBe(true);
  }

  it('finds the digest already in the channel and does not post it again', async () => {
    crashedRun();
    const history = slack()
      .post('/api/conversations.history')
      .reply(200, {
        ok: true,
        has_more: false,
        messages: [
          { ts: '1764486000.000200', text: 'iets anders' },
          { ts: '1764486000.000100', text: `polderbot weekoverzicht ${WEEK}\n…\n(polderbot-digest:${WEEK})` },
        ],
      });
    const post = slack().post('/api/chat.postMessage').reply(200, ok('9.9'));
    const store = handle(); // the restarted process
    const outcome = await postWeeklyDigest({ store, poster: posterFromWebClient(client()), channel: CHANNEL, recommendations, view, now: NOW });
    expect(outcome).toMatchObject({ status: 'recovered', ts: '1764486000.000100' });
    expect(history.isDone()).toBe(true);
    expect(post.isDone()).toBe(false); // never posted
    expect(store.getDigestRun(WEEK, CHANNEL)).toMatchObject({ status: 'posted', messageTs: '1764486000.000100' });
  });

  it('posts once when the crash came before the post reached Slack', async () => {
    crashedRun();
    slack().post('/api/conversations.history').reply(200, { ok: true, has_more: false, messages: [] });
    const post = slack().post('/api/chat.postMessage').once().reply(200, ok('3.3'));
    const store = handle();
    const poster = posterFromWebClient(client());
    const outcome = await postWeeklyDigest({ store, poster, channel: CHANNEL, recommendations, view, now: NOW });
    expect(outcome).toMatchObject({ status: 'posted', ts: '3.3' });
    expect(post.isDone()).toBe(true);
    expect(store.getDigestRun(WEEK, CHANNEL)).toMatchObject({ status: 'posted', attempt: 2 });
    // a second restart: nothing more
    expect(await postWeeklyDigest({ store: handle(), poster, channel: CHANNEL, recommendations, view, now: NOW })).toMatchObject({ status: 'skipped', reason: 'already-posted' });
  });

  it('does not touch a run another instance started moments ago', async () => {
    const other = handle();
    other.claimDigestRun(WEEK, CHANNEL, 'other-instance', new Date(NOW.getTime() - 30_000));
    const calls: string[] = [];
    const poster: DigestPoster = {
      post: async () => (calls.push('post'), { ts: '1' }),
      findPosted: async () => (calls.push('find'), null),
    };
    expect(await postWeeklyDigest({ store: handle(), poster, channel: CHANNEL, recommendations, view, now: NOW })).toMatchObject({ status: 'skipped', reason: 'in-progress' });
    expect(calls).toEqual([]);
  });

  it('without a way to search the channel, marks the run for a check instead of re-posting', async () => {
    crashedRun();
    const calls: string[] = [];
    const poster: DigestPoster = { post: async () => (calls.push('post'), { ts: '1' }) };
    const store = handle();
    const outcome = await postWeeklyDigest({ store, poster, channel: CHANNEL, recommendations, view, now: NOW });
    expect(outcome).toMatchObject({ status: 'needs-check' });
    expect((outcome as { error: string }).error).toMatch(/Check the channel, then run "polderbot digest --post"/);
    expect(calls).toEqual([]);
    expect(store.getDigestRun(WEEK, CHANNEL)?.status).toBe('failed');
  });
});

describe('startDigestScheduler', () => {
  const config = { corpusDir: '/nonexistent', indexDir: '/nonexistent', digest: { channel: CHANNEL, day: 'monday', time: '09:00', timeZone: 'Europe/Amsterdam' } } as const;

  it('catches up a missed slot once, and a restart does not post again', async () => {
    const posts: string[] = [];
    const poster: DigestPoster = { post: async (_c, digest) => (posts.push(digest.week), { ts: `${posts.length}.0` }), findPosted: async () => null };
    const later = new Date(NOW.getTime() + 2 * 3600_000); // 11:00, the bot was down at 09:00
    const first = startDigestScheduler({ config, store: handle(), poster, recommendations, view, now: () => later });
    expect(await first.ready).toMatchObject({ status: 'posted' });
    expect(first.nextRun()?.toISOString()).toMatch(/T0[78]:00:00.000Z$/);
    first.stop();
    const restarted = startDigestScheduler({ config, store: handle(), poster, recommendations, view, now: () => later });
    expect(await restarted.ready).toBeNull();
    expect(await restarted.runNow()).toMatchObject({ status: 'skipped', reason: 'already-posted' });
    restarted.stop();
    expect(posts).toHaveLength(1);
  });

  it('is off without DIGEST_CHANNEL', async () => {
    const s = startDigestScheduler({ config: { ...config, digest: { ...config.digest, channel: undefined } }, store: handle(), poster: { post: async () => ({ ts: '1' }) } });
    expect(s.nextRun()).toBeNull();
    expect(await s.runNow()).toBeNull();
    s.stop();
  });
});
