// A killed ingest leaves index.tmp-<pid> or index.old-<pid> next to the index;
// the next ingest removes them (or puts a lone .old back), but never the
// folders of an ingest that is still running.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../src/search/index.ts';

/** the pid of a process that has exited */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removeLeftovers', () => {
  it('removes the folders of dead ingests and keeps those of live ones', async () => {
    dir = mkdtempSync(join(tmpdir(), 'polderbot-leftovers-'));
    const index = join(dir, 'index');
    const dead = deadPid();
    for (const name of ['index', `index.tmp-${dead}`, `index.old-${dead}`, `index.tmp-${process.ppid}`, 'index.tmp-notapid', 'other.tmp-1']) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'f'), 'x');
    }
    const removed = await removeLeftovers(index);
    expect(removed.sort()).toEqual([`index.old-${dead}`, `index.tmp-${dead}`]);
    expect(readdirSync(dir).sort()).toEqual(['index', `index.tmp-${process.ppid}`, 'index.tmp-notapid', 'other.tmp-1'].sort());
  });

  it('puts back the previous index when a killed ingest left only index.old', async () => {
    dir = mkdtempSync(join(tmpdir(), 'polderbot-leftovers-'));
    const dead = deadPid();
    mkdirSync(join(dir, `index.old-${dead}`));
    writeFileSync(join(dir, `index.old-${dead}`, 'manifest.json'), '{}');
    await removeLeftovers(join(dir, 'index'));
    expect(existsSync(join(dir, 'index', 'manifest.json'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['index']);
  });
});
