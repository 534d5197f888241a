// `polderbot serve` without Slack settings explains which variables it needs.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function serve(env: Record<string, string>, args: string[] = []) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/polderbot.mjs'), 'serve', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('polderbot serve configuration', () => {
  it('names the missing variables for HTTP mode and exits 2', () => {
    const r = serve({});
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing SLACK_BOT_TOKEN');
    expect(r.stderr).toContain('missing SLACK_SIGNING_SECRET');
    expect(r.stderr).toContain('SLACK_APP_TOKEN');
  });

  it('asks only for the bot token in Socket Mode', () => {
    const r = serve({ SLACK_APP_TOKEN: 'xapp-1-abc' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing SLACK_BOT_TOKEN');
    expect(r.stderr).not.toContain('missing SLACK_SIGNING_SECRET');
    expect(r.stderr).not.toContain('xapp-1-abc');
  });

  it('rejects a bad --port with usage', () => {
    const r = serve({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, ['--port', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: polderbot serve');
  });
});
