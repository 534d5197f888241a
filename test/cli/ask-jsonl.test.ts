// End to end: the `ask --jsonl` contract and the piped chat, through the real
// bin script, on a temp index directory and a temp copy of the corpus.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, appendFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/polderbot.mjs');
let dir: string;
let env: NodeJS.ProcessEnv;

function run(args: string[], input: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, env, encoding: 'utf8', timeout: 120_000 });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'polderbot-cli-'));
  cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENAI_') && !k.startsWith('POLDERBOT_')));
  env = {
    ...clean,
    POLDERBOT_CORPUS_DIR: join(dir, 'corpus'),
    POLDERBOT_INDEX_DIR: join(dir, 'index'),
    POLDERBOT_DB: join(dir, 'polderbot.db'),
    NO_COLOR: '1',
  };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUESTIONS = [
  { id: 'a', q: 'Wat vindt de SER van het concurrentiebeding?' },
  { id: 2, q: 'Wat adviseert de SER over de hypotheekrenteaftrek?' },
  { id: 'c', q: 'How does the advisory describe total factor productivity?' },
];

describe('polderbot ask --jsonl', () => {
  it('builds a missing index first (saying so on stderr), then writes one JSON line per question, in order, and nothing else', () => {
    const input = [...QUESTIONS.map((q) => JSON.stringify(q)), '{"id":"bad","q":', JSON.stringify({ id: 'd', q: 'Waarom is gezondheid belangrijk voor de kwaliteit van menselijk kapitaal?' })].join('\n') + '\n';
    const r = run(['ask', '--jsonl'], input);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/building/i);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>); // every line is JSON
    expect(rows.map((x) => x.id)).toEqual(['a', 2, 'c', 'bad', 'd']);
    const bad = rows[3]!;
    expect(bad.error).toMatch(/JSON/);
    for (const row of [rows[0]!, rows[1]!, rows[2]!, rows[4]!]) {
      expect(Object.keys(row).sort()).toEqual(['answer', 'answered', 'citations', 'figures', 'id', 'latency_ms', 'mode']);
      expect(row.mode).toBe('local');
      expect(typeof row.latency_ms).toBe('number');
      for (const c of row.citations as Record<string, unknown>[]) expect(Object.keys(c).sort()).toEqual(['doc', 'page', 'quote', 'section', 'title']);
    }
    expect(rows[0]!.answered).toBe(true);
    expect((rows[0]!.citations as { page: number }[])[0]!.page).toBe(10);
    expect(rows[1]!.answered).toBe(false);
    expect(rows[4]!.answered).toBe(true);
  });

  it('answers one question readably and as JSON', () => {
    const text = run(['ask', 'Wat vindt de SER van het concurrentiebeding?'], '');
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Het advies zegt \(p\. 10, onder ‘Bijdrage van sociale partners’\)/);
    expect(text.stdout).toMatch(/\[1\] .+, p\. 10/);
    const json = run(['ask', '--json', 'Wat vindt de SER van het concurrentiebeding?'], '');
    expect(json.status, json.stderr).toBe(0);
    const a = JSON.parse(json.stdout);
    expect(a).toMatchObject({ language: 'nl', answered: true, mode: 'local' });
    expect(a.id).toBeUndefined();
  });

  it('refuses a 1 MB line and a question over 40,000 characters in bounded memory, and answers the next line', () => {
    const preload = join(dir, 'maxrss.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write('maxrss_kb=' + process.resourceUsage().maxRSS + '\\n'));\n");
    const big = JSON.stringify({ id: 'big', q: `Wat is ${'productiviteit '.repeat(75_000)}?` }); // ~1.1 MB
    const long = JSON.stringify({ id: 'long', q: 'x'.repeat(40_001) });
    const input = [big, long, JSON.stringify(QUESTIONS[0])].join('\n') + '\n';
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--require', preload, BIN, 'ask', '--jsonl'], { input, env, encoding: 'utf8', timeout: 60_000 });
    const ms = Date.now() - t0;
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => x.id)).toEqual(['big', 'long', 'a']);
    expect(rows[0]!.error).toMatch(/line too long: 1,\d{3},\d{3} bytes/);
    expect(rows[1]!.error).toMatch(/question too long: 40,001 characters \(the limit is 40,000/);
    expect(rows[2]!.answered).toBe(true);
    const rssMb = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1]) / 1024;
    console.log(`ask --jsonl with a 1 MB line: ${ms} ms, max RSS ${Math.round(rssMb)} MB`);
    expect(rssMb).toBeGreaterThan(0);
    expect(rssMb).toBeLessThan(600);
  });

  it('refuses a single question over 40,000 characters with a clear message', () => {
    const r = run(['ask', 'y'.repeat(40_001)], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/question too long: 40,001 characters/);
  });

  it('rejects bad arguments with usage', () => {
    const r = run(['ask'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage: polderbot ask/);
    const help = run(['ask', '--help'], '');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: polderbot ask/);
  });

  it('reads lines that share a "thread" as one conversation, in order; other lines stand alone', () => {
    const lines = [
      { id: 't1', q: 'Wat zegt het advies over de registratielast bij verpleegkundigen?', thread: 'zorg' },
      { id: 't2', q: 'en wat moet het kabinet daaraan doen?', thread: 'zorg' },
      { id: 'alone', q: 'en wat moet het kabinet daaraan doen?' },
    ];
    const r = run(['ask', '--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(r.status, r.stderr).toBe(0);
    const out = new Map(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; citations: { page: number }[]; answer: string }).map((a) => [a.id, a]));
    // the follow-up is read after its thread's topic (the administrative burden of p. 7) and
    // asks what the cabinet should do: the cabinet's recommendation on it, p. 9
    expect(out.get('t2')!.citations[0]!.page).toBe(9);
    expect(out.get('t2')!.answer).toMatch(/administratieve lastendruk/);
    // the same words without the thread have no topic to continue
    expect(out.get('alone')!.answer).not.toMatch(/registratielast|rapportage-eisen/);
    const bad = run(['ask', '--jsonl'], `${JSON.stringify({ id: 'x', q: 'Wat is kapitaalverdieping?', thread: { a: 1 } })}\n`);
    expect(JSON.parse(bad.stdout.trim()).error).toBe('"thread" must be a string or a number');
  });

  it('piped chat answers each line and exits at end of input', () => {
    const r = run([], 'Wat vindt de SER van het concurrentiebeding?\n/help\nen waarom?\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Het advies zegt \(p\. 10, onder ‘[^’]+’\)/);
    expect(r.stdout).toMatch(/\/quit/);
  });

  it('refuses a stale index with the message to run polderbot ingest', () => {
    appendFileSync(join(dir, 'corpus', 'ser-briefadvies-25-04.txt'), '\nEen extra zin.\n');
    const r = run(['ask', '--jsonl'], `${JSON.stringify(QUESTIONS[0])}\n`);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/polderbot ingest/);
  });
});
