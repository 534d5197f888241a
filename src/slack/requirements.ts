// Which Slack settings `polderbot serve` needs (pure), with a message a person can act on.
import type { Config } from '../config.ts';

export type SlackMode = 'socket' | 'http';

export type SlackRequirements = { ok: true; mode: SlackMode } | { ok: false; mode: SlackMode; missing: string[]; message: string };

export function checkSlackConfig(config: Config): SlackRequirements {
  const s = config.slack;
  const mode: SlackMode = s.appToken ? 'socket' : 'http';
  const missing: string[] = [];
  if (!s.botToken) missing.push('SLACK_BOT_TOKEN');
  if (mode === 'http' && !s.signingSecret) missing.push('SLACK_SIGNING_SECRET');
  const problems: string[] = [];
  if (s.botToken && !s.botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN should be a bot token starting with "xoxb-".');
  if (s.appToken && !s.appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN should be an app-level token starting with "xapp-" (scope connections:write).');
  if (!missing.length && !problems.length) return { ok: true, mode };
  const lines = [
    'polderbot serve cannot start Slack:',
    ...missing.map((v) => `  missing ${v}`),
    ...problems.map((p) => `  ${p}`),
    '',
    'Set either',
    '  Socket Mode: SLACK_BOT_TOKEN (xoxb-…, OAuth & Permissions) and SLACK_APP_TOKEN (xapp-…, Basic Information → App-Level Tokens, scope connections:write)',
    'or',
    '  HTTP mode:   SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (Basic Information → App Credentials); Slack sends requests to https://<host>:$PORT/slack/events',
    '',
    'Without any Slack token, run `polderbot` for the terminal chat. The app manifest: `polderbot manifest [--http https://host]`; see README.md, section Slack.',
  ];
  return { ok: false, mode, missing, message: lines.join('\n') };
}
