// The Slack app manifest checked against a schema of its structure, the
// scopes it requests against the methods and events the code uses (the
// mapping below is the one place that says which scope a method needs), and
// `polderbot manifest --http` with every URL filled in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildManifest, normaliseHost } from '../../src/slack/manifest.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const Command = z.object({
  command: z.string().regex(/^\/[a-z0-9_-]+$/),
  description: z.string().min(1).max(2000),
  usage_hint: z.string().max(1000).optional(),
  should_escape: z.boolean().optional(),
  url: z.string().url().optional(),
});

const Manifest = z.object({
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().max(140),
    long_description: z.string().min(174).max(4000).optional(),
    background_color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  }),
  features: z.object({
    app_home: z.object({ messages_tab_enabled: z.literal(true), messages_tab_read_only_enabled: z.literal(false) }).passthrough(),
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    agent_view: z.object({
      agent_description: z.string().min(1),
      suggested_prompts: z.array(z.object({ title: z.string().min(1), message: z.string().min(1) })).min(1).max(4),
    }),
    slash_commands: z.array(Command).min(1),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()), request_url: z.string().url().optional() }),
    interactivity: z.object({ is_enabled: z.literal(true), request_url: z.string().url().optional() }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.boolean(),
  }),
});

const MANIFEST = resolve(__dirname, '../../manifest.yml');
const manifest = parse(readFileSync(MANIFEST, 'utf8')) as unknown;

/** Bot scopes per Web API method (Slack's method reference), for the conversation types polderbot works in. */
const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.startStream': ['chat:write'],
  'chat.appendStream': ['chat:write'],
  'chat.stopStream': ['chat:write'],
  // threads read in public and private channels, DMs and group DMs (a mention in a group DM thread)
  'conversations.replies': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  // the digest channel (public or private) and a top-level DM's recent messages
  'conversations.history': ['channels:history', 'groups:history', 'im:history'],
  'assistant.threads.setSuggestedPrompts': ['assistant:write'],
  'files.uploadV2': ['files:write'],
};
/** Scopes per subscribed event. */
const EVENT_SCOPES: Record<string, string[]> = {
  app_mention: ['app_mentions:read'],
  'message.im': ['im:history'],
  'message.mpim': ['mpim:history'],
  'message.channels': ['channels:history'],
  app_home_opened: [],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Web API methods called in src/ (client.x.y(…), and the streamer's start/append/stop). */
function webApiMethodsUsed(): string[] {
  const found = new Set<string>();
  for (const f of sourceFiles(resolve(__dirname, '../../src'))) {
    const text = readFileSync(f, 'utf8');
    for (const mm of text.matchAll(/client\.((?:chat|conversations|assistant\.threads|files|users|views|reactions)\.[a-zA-Z0-9]+)\(/g)) found.add(mm[1]!);
    if (/\b(chatStream|sayStream)\(/.test(text)) ['chat.startStream', 'chat.appendStream', 'chat.stopStream'].forEach((x) => found.add(x));
  }
  return [...found].sort();
}

describe('manifest.yml', () => {
  const m = Manifest.parse(manifest);

  it('declares the four slash commands', () => {
    expect(m.features.slash_commands.map((c) => c.command).sort()).toEqual(['/aanbeveling', '/digest', '/indicator', '/vraag']);
  });

  it('subscribes to exactly the events the listeners handle (agent messaging experience, not the legacy assistant events)', () => {
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    expect(manifest).not.toHaveProperty('features.assistant_view');
  });

  it('requests exactly the scopes the methods and events in use need', () => {
    const used = webApiMethodsUsed();
    // a method without a mapping fails here: add it to METHOD_SCOPES with the scopes Slack lists for it
    expect(used.filter((x) => !(x in METHOD_SCOPES))).toEqual([]);
    const needed = new Set([
      ...used.flatMap((x) => METHOD_SCOPES[x]!),
      ...m.settings.event_subscriptions.bot_events.flatMap((e) => EVENT_SCOPES[e] ?? ['(unmapped event)']),
      ...(m.features.slash_commands.length ? ['commands'] : []),
    ]);
    expect([...m.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    expect(m.oauth_config.scopes.bot).not.toContain('im:read');
    expect(m.oauth_config.scopes.bot).not.toContain('im:write');
  });

  it('finds the methods the code calls (the scan itself can fail)', () => {
    const used = webApiMethodsUsed();
    expect(used).toEqual(expect.arrayContaining(['chat.postMessage', 'chat.startStream', 'chat.stopStream', 'conversations.replies', 'assistant.threads.setSuggestedPrompts', 'files.uploadV2']));
  });

  it('uses Socket Mode with interactivity on, and the agent view has Dutch prompts', () => {
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.features.agent_view.suggested_prompts.every((p) => /\b(de|het|van|welke|wat|hoe)\b/i.test(p.message))).toBe(true);
  });

  it('for HTTP mode points events, interactivity and every slash command at <host>/slack/events', () => {
    const http = Manifest.parse(buildManifest(readFileSync(MANIFEST, 'utf8'), { http: 'https://bot.example.org/' }));
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    expect(http.settings.interactivity.request_url).toBe('https://bot.example.org/slack/events');
    expect(http.features.slash_commands.map((c) => c.url)).toEqual(Array(4).fill('https://bot.example.org/slack/events'));
    expect(normaliseHost('https://x.org/bot/slack/events')).toBe('https://x.org/bot');
    expect(() => normaliseHost('http://x.org')).toThrow(/https/);
  });

  it('`polderbot manifest --http` prints it; a bad URL gets usage', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [resolve(__dirname, '../../bin/polderbot.mjs'), 'manifest', ...args], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } });
    const ok = run(['--http', 'https://bot.example.org']);
    expect(ok.status).toBe(0);
    const printed = Manifest.parse(parse(ok.stdout));
    expect(printed.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    const socket = run([]);
    expect(Manifest.parse(parse(socket.stdout)).settings.socket_mode_enabled).toBe(true);
    const bad = run(['--http', 'bot.example.org']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage: polderbot manifest');
  });

  it('rejects a manifest without interactivity (the schema can fail)', () => {
    const broken = structuredClone(manifest) as { settings: { interactivity: unknown } };
    delete (broken.settings as { interactivity?: unknown }).interactivity;
    expect(Manifest.safeParse(broken).success).toBe(false);
  });
});
