// Scoring a question set the way /work/shared/tools/eval.mjs scores it, for
// the blind question sets under test/fixtures/eval/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import type { Bot } from '../../src/answer/bot.ts';
import { openCliBot } from '../../src/cli/bot.ts';
import { expect } from 'vitest';
import { repoEnv } from '../repo-index.ts';
import type { Answer, Turn } from '../../src/answer/types.ts';

export interface Row {
  id: string;
  lang: 'nl' | 'en';
  kind: 'fact' | 'list' | 'numeric' | 'unanswerable';
  q: string;
  pages: number[];
  must: string[];
  numbers?: number[];
  /** lines sharing a thread are one conversation, asked in order */
  thread?: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const DOC = 'ser-briefadvies-25-04';

export function readSet(file: string): Row[] {
  return readFileSync(join(ROOT, 'test/fixtures/eval', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

/**
 * The whole bot as `polderbot ask` opens it (the shared index of the
 * repository corpus, indicator route, recommendation route on a temp
 * database). One bot can answer several sets; close it when done.
 */
export async function openEvalBot(): Promise<Bot> {
  const dir = mkdtempSync(join(tmpdir(), 'polderbot-evalset-'));
  let bot: Bot;
  try {
    bot = await openCliBot(loadConfig(repoEnv({ POLDERBOT_DB: join(dir, 'polderbot.db') })), 'ensure');
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    ...bot,
    async close() {
      await bot.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Answers every row with `bot` (a thread is one conversation, as `ask --jsonl` reads it). */
export async function answerAll(rows: Row[], bot: Bot): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  // a thread is one conversation: each turn is asked with the earlier ones, as `ask --jsonl` does
  const threads = new Map<string, Turn[]>();
  for (const r of rows) {
    const history = r.thread === undefined ? undefined : (threads.get(r.thread) ?? []);
    const a = await bot.ask(r.q, history ? { history: [...history] } : undefined);
    if (history && r.thread !== undefined) threads.set(r.thread, [...history, { role: 'user', text: r.q }, { role: 'assistant', text: a.text }]);
    answers.set(r.id, a);
  }
  return answers;
}

// as eval.mjs: hyphenation at line ends undone, white space folded, lower case
const norm = (s: string) => s.replace(/-\s*\n\s*(?=[a-zà-ÿ])/g, '').replace(/\s+/g, ' ').toLowerCase();
const numbersIn = (s: string) => [...s.matchAll(/-?\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
const share = (hits: number, total: number) => (total ? hits / total : 1);

/** Scores answers the way /work/shared/tools/eval.mjs does. */
export function score(rows: Row[], answers: Map<string, Answer>) {
  const answerable = rows.filter((r) => r.kind === 'fact' || r.kind === 'list');
  let hit1 = 0;
  let hit3 = 0;
  let phrases = 0;
  let phraseTotal = 0;
  let numeric = 0;
  let numericTotal = 0;
  let abstain = 0;
  let falseAbstain = 0;
  let strict = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const a = answers.get(r.id)!;
    if (r.kind === 'unanswerable') {
      if (!a.answered) abstain++;
      else misses.push(`${r.id} answered`);
      continue;
    }
    if (!a.answered) {
      falseAbstain++;
      misses.push(`${r.id} abstained`);
    }
    if (r.kind === 'numeric') {
      for (const want of r.numbers ?? []) {
        numericTotal++;
        if (numbersIn(a.text).some((x) => Math.abs(x - want) <= 0.051)) numeric++;
        else misses.push(`${r.id} figure ${want}`);
      }
      continue;
    }
    const pages = a.citations.filter((c) => c.doc.includes(DOC)).map((c) => c.page);
    if (pages.slice(0, 1).some((p) => r.pages.includes(p))) hit1++;
    if (pages.slice(0, 3).some((p) => r.pages.includes(p))) hit3++;
    else misses.push(`${r.id} pages ${pages.slice(0, 3).join(',')}`);
    const text = norm([a.text, ...a.citations.map((c) => c.quote)].join(' \n '));
    // strict: answered, first citation on a gold page, every key phrase in the answer text itself
    if (a.answered && pages.slice(0, 1).some((p) => r.pages.includes(p)) && r.must.every((m) => norm(a.text).includes(norm(m)))) strict++;
    for (const m of r.must) {
      phraseTotal++;
      if (text.includes(norm(m))) phrases++;
      else misses.push(`${r.id} phrase ${m}`);
    }
  }
  const unanswerable = rows.filter((r) => r.kind === 'unanswerable').length;
  return {
    hit1: share(hit1, answerable.length),
    hit3: share(hit3, answerable.length),
    phrases: share(phrases, phraseTotal),
    numeric: share(numeric, numericTotal),
    abstain: share(abstain, unanswerable),
    strict: share(strict, answerable.length),
    falseAbstain,
    misses,
  };
}


export interface Bounds {
  hit1: number;
  hit3: number;
  phrases: number;
  numeric: number;
  abstain: number;
  falseAbstain: number;
  strict?: number;
}

/** Expects the scores within their bounds, every failure naming all the misses. */
export function expectWithin(s: ReturnType<typeof score>, b: Bounds): void {
  const summary = `strict ${s.strict.toFixed(2)} hit@1 ${s.hit1.toFixed(2)} hit@3 ${s.hit3.toFixed(2)} phrases ${s.phrases.toFixed(2)} numeric ${s.numeric.toFixed(2)} abstain ${s.abstain.toFixed(2)} false-abstain ${s.falseAbstain}; misses: ${s.misses.join('; ')}`;
  expect(s.hit1, summary).toBeGreaterThanOrEqual(b.hit1);
  expect(s.hit3, summary).toBeGreaterThanOrEqual(b.hit3);
  expect(s.phrases, summary).toBeGreaterThanOrEqual(b.phrases);
  expect(s.numeric, summary).toBeGreaterThanOrEqual(b.numeric);
  expect(s.abstain, summary).toBeGreaterThanOrEqual(b.abstain);
  expect(s.falseAbstain, summary).toBeLessThanOrEqual(b.falseAbstain);
  if (b.strict !== undefined) expect(s.strict, summary).toBeGreaterThanOrEqual(b.strict);
}
