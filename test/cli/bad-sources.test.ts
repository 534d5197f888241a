// The terminal start with a broken corpus/sources.yml: one line on stderr
// naming the file and the problem, no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'polderbot-badsources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(sources: string, args: string[] = []) {
  const corpus = join(dir, `corpus-${Math.random().toString(36).slice(2)}`);
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'sources.yml'), sources);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENAI_') && !k.startsWith('POLDERBOT_') && !k.startsWith('SLACK_')));
  return spawnSync(process.execPath, [join(ROOT, 'bin/polderbot.mjs'), ...args], {
    input: 'Wat adviseert de SER?\n',
    env: { ...clean, POLDERBOT_CORPUS_DIR: corpus, POLDERBOT_INDEX_DIR: join(corpus, 'index'), POLDERBOT_DB: join(corpus, 'db.sqlite'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('a bad sources.yml at the terminal start', () => {
  it('is reported in one line without a stack trace (invalid YAML, a bad field, a file outside the corpus)', () => {
    const cases = [
      ['documents: [', /sources\.yml: not valid YAML/],
      ['documents:\n  - id: X Y\n', /sources\.yml is invalid: documents\.0\.id/],
      ['documents:\n  - id: a\n    title: t\n    publisher: p\n    date: 2024\n    language: nl\n    kind: report\n    licence: x\n    file: ../../etc/passwd\n', /documents\.0\.file: must be a path inside the corpus folder/],
    ] as const;
    for (const [yml, re] of cases) {
      const r = start(yml);
      expect(r.status, r.stderr).toBe(1);
      const lines = r.stderr.split('\n').filter((l) => l.trim() && !/building|index/i.test(l.split(':')[0] ?? ''));
      expect(lines.join('\n')).toMatch(re);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.split('\n').filter((l) => /sources\.yml/.test(l))).toHaveLength(1);
    }
  });
});
