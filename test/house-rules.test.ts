// The house's rules, checked on the source: each part in its own room.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}
const sources = files(SRC).map((f) => ({ file: relative(SRC, f), text: readFileSync(f, 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
const inRoom = (room: string) => sources.filter((s) => s.file.startsWith(`${room}/`));

describe('house rules', () => {
  // the build strips types without checking them, so a field set but never declared would run and pass: tsc says so
  it('the sources and tests type-check (npm run typecheck)', () => {
    const tsc = spawnSync(process.execPath, [resolve(import.meta.dirname, '../node_modules/typescript/bin/tsc'), '--noEmit', '-p', resolve(import.meta.dirname, '..')], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 180_000);

  it('the digest imports nothing from Slack', () => {
    const bad = inRoom('digest').flatMap((s) => importsOf(s.text).filter((i) => i.startsWith('@slack/') || /(^|\/)slack\//.test(i)).map((i) => `${s.file}: ${i}`));
    expect(bad).toEqual([]);
  });

  it('metrics import neither LangChain nor the configuration', () => {
    const bad = inRoom('metrics').flatMap((s) => importsOf(s.text).filter((i) => /langchain/.test(i) || /(^|\/)config(\.ts)?$/.test(i)).map((i) => `${s.file}: ${i}`));
    expect(bad).toEqual([]);
  });

  it('at most two type-escaping casts in src, each with a comment saying why', () => {
    const casts = sources.flatMap((s) =>
      s.text.split('\n').flatMap((line, i, lines) => (/\bas (unknown as|never\b|any\b)/.test(line) ? [{ at: `${s.file}:${i + 1}`, why: /\/\/|\/\*/.test(`${lines[i - 1] ?? ''}${line}`) }] : [])),
    );
    expect(casts.length, casts.map((c) => c.at).join(', ')).toBeLessThanOrEqual(2);
    expect(casts.filter((c) => !c.why).map((c) => c.at)).toEqual([]);
  });

  it('no work-tracking markers in comments', () => {
    const bad = sources.flatMap((s) => s.text.split('\n').flatMap((line, i) => (/\/\/.*(\bissue \d+\b|--- end|\bTODO\b|\bFIXME\b|\bXXX\b)/.test(line) ? [`${s.file}:${i + 1}`] : [])));
    expect(bad).toEqual([]);
  });
});
