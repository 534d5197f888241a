// `polderbot serve` without Slack settings explains which variables it needs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

  it('--help names --port and --host and points only at documentation that exists', () => {
    const r = serve({}, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--port');
    expect(r.stdout).toContain('--host');
    expect(r.stdout).toContain('polderbot manifest');
    const files = [...r.stdout.matchAll(/\b([\w./-]+\.md)\b/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(existsSync(join(ROOT, f)), f).toBe(true);
    // and the message for missing settings too
    for (const f of [...serve({}).stderr.matchAll(/\b([\w./-]+\.md)\b/g)].map((m) => m[1]!)) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('rejects a bad --port with usage', () => {
    const r = serve({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, ['--port', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: polderbot serve');
  });
});
