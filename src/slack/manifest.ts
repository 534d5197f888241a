// The Slack app manifest for Socket Mode or HTTP (pure): manifest.yml as
// written is Socket Mode; for HTTP every URL Slack calls (events,
// interactivity, each slash command) points at <host>/slack/events.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

export const EVENTS_PATH = '/slack/events';

interface Manifest {
  features: { slash_commands?: { command: string; url?: string }[] } & Record<string, unknown>;
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  } & Record<string, unknown>;
  [k: string]: unknown;
}

export class ManifestUrlError extends Error {}

/** The public base URL, checked: https, no path beyond an optional prefix, no query. */
export function normaliseHost(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ManifestUrlError(`"${raw}" is not a URL; give the public base address, e.g. https://polderbot.example.org`);
  }
  if (url.protocol !== 'https:') throw new ManifestUrlError(`Slack only calls https URLs; got "${raw}".`);
  if (url.search || url.hash) throw new ManifestUrlError(`Give the base address without ?query or #fragment; got "${raw}".`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/slack\/events$/, '')}`;
}

export function buildManifest(text: string, opts: { http?: string } = {}): Manifest {
  const m = parse(text) as Manifest;
  if (!opts.http) return m;
  const endpoint = `${normaliseHost(opts.http)}${EVENTS_PATH}`;
  m.settings.socket_mode_enabled = false;
  m.settings.event_subscriptions = { request_url: endpoint, ...m.settings.event_subscriptions };
  m.settings.event_subscriptions.request_url = endpoint;
  m.settings.interactivity = { ...m.settings.interactivity, request_url: endpoint };
  for (const c of m.features.slash_commands ?? []) c.url = endpoint;
  return m;
}

export function manifestYaml(path: string, opts: { http?: string } = {}): string {
  const m = buildManifest(readFileSync(path, 'utf8'), opts);
  const head = opts.http
    ? `# polderbot, HTTP mode: Slack sends events, interactivity and slash commands to ${m.settings.event_subscriptions.request_url}\n# (run \`polderbot serve\` behind that address with SLACK_SIGNING_SECRET set)\n`
    : '# polderbot, Socket Mode: no public URL; run `polderbot serve` with SLACK_APP_TOKEN set\n';
  return head + stringify(m, { lineWidth: 0 });
}
