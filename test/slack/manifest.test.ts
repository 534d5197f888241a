// The Slack app manifest checked against a schema of its structure.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
    assistant_view: z.object({
      assistant_description: z.string().min(1),
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

const manifest = parse(readFileSync(resolve(__dirname, '../../manifest.yml'), 'utf8')) as unknown;

describe('manifest.yml', () => {
  const m = Manifest.parse(manifest);

  it('declares the four slash commands', () => {
    expect(m.features.slash_commands.map((c) => c.command).sort()).toEqual(['/aanbeveling', '/digest', '/indicator', '/vraag']);
  });

  it('subscribes to the events the listeners handle', () => {
    expect(m.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_mention', 'message.im', 'assistant_thread_started', 'assistant_thread_context_changed']),
    );
  });

  it('asks for every scope the app uses, and the event scopes', () => {
    const needed = ['app_mentions:read', 'assistant:write', 'chat:write', 'commands', 'im:history', 'channels:history', 'files:write'];
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(needed));
  });

  it('uses Socket Mode with interactivity on, and the assistant view has Dutch prompts', () => {
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.features.assistant_view.suggested_prompts.every((p) => /\b(de|het|van|welke|wat|hoe)\b/i.test(p.message))).toBe(true);
  });

  it('rejects a manifest without interactivity (the schema can fail)', () => {
    const broken = structuredClone(manifest) as { settings: { interactivity: unknown } };
    delete (broken.settings as { interactivity?: unknown }).interactivity;
    expect(Manifest.safeParse(broken).success).toBe(false);
  });
});
