// Socket Mode offline: with SLACK_APP_TOKEN set the app opens a WebSocket
// (apps.connections.open → a local ws server), acknowledges envelopes over it
// and answers through the Web API.
import nock from 'nock';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/app.ts';
import { createLogger } from '../../src/slack/logger.ts';
import { mockSlack } from './nock-slack.ts';
import { fakeBot, mentionEvent, eventBody, waitFor, BOT_ID, BOT_USER_ID, MemoryStore } from './harness.ts';

let slack: SlackApp | undefined;
let wss: WebSocketServer | undefined;

afterEach(async () => {
  await slack?.stop({ drainMs: 1000 });
  for (const c of wss?.clients ?? []) c.terminate();
  await new Promise<void>((r) => (wss ? wss.close(() => r()) : r()));
  slack = undefined;
  wss = undefined;
  nock.cleanAll();
});

describe('Socket Mode', () => {
  it('connects, acks an envelope over the socket and answers once per envelope id', async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((r) => wss!.once('listening', () => r()));
    const port = (wss.address() as AddressInfo).port;
    const acks: string[] = [];
    let socket: WebSocket | undefined;
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (m) => acks.push(JSON.parse(String(m)).envelope_id));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'local' }, connection_info: { app_id: 'A1' } }));
    });
    const api = mockSlack();
    api.reply['apps.connections.open'] = () => ({ ok: true, url: `ws://127.0.0.1:${port}/link` });

    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-s', SLACK_APP_TOKEN: 'xapp-1-s' });
    const bot = fakeBot();
    const logs: string[] = [];
    slack = createSlackApp({
      config,
      bot,
      store: new MemoryStore(),
      logger: createLogger('info', new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) })),
      botId: BOT_ID,
      botUserId: BOT_USER_ID,
    });
    expect(slack.mode).toBe('socket');
    await slack.start();
    await waitFor(() => !!socket, 5000, 'the socket');
    expect(api.of('apps.connections.open')[0]!.auth).toBe('Bearer xapp-1-s');

    const envelope = { envelope_id: 'env-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: eventBody(mentionEvent('Wat adviseert de SER?')) };
    socket!.send(JSON.stringify(envelope));
    await waitFor(() => api.of('chat.stopStream').length === 1, 5000, 'the answer');
    await waitFor(() => acks.includes('env-1'), 5000, 'the ack');
    expect(api.of('chat.startStream')[0]!.auth).toBe('Bearer xoxb-s');

    // Slack redelivers the same event as a retry: acked, not answered again
    socket!.send(JSON.stringify({ ...envelope, envelope_id: 'env-2', retry_attempt: 1, retry_reason: 'timeout' }));
    await waitFor(() => acks.includes('env-2'), 5000, 'the retry ack');
    await new Promise((r) => setTimeout(r, 150));
    expect(api.of('chat.startStream')).toHaveLength(1);
    expect(bot.calls).toHaveLength(1);
    expect(logs.join('')).not.toContain('xapp-1-s');
  });
});
