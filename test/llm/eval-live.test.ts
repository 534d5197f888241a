import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';

describe('npm run eval:live', () => {
  it('is skipped cleanly (exit 0, with a message) without OPENAI_API_KEY', () => {
    const env = { ...process.env };
    delete env.OPENAI_API_KEY;
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'eval-live.ts')], { cwd: PROJECT_ROOT, env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/eval:live skipped: OPENAI_API_KEY is not set/);
  });
});
