// Adding an English report to the corpus is all it takes: after ingest, English
// and Dutch questions about it are answered from it, with its page and a
// verbatim quote, while questions about the advisory still cite the advisory.
// (The report here is a test fixture written in the style of the Draghi
// report's summary, registered under that document's id and title.)
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/answer/bot.ts';
import { copyOfRepoCorpus, testConfig } from '../search/helpers.ts';

let bot: Bot;
const FIXTURE = resolve(import.meta.dirname, '../fixtures/corpus/english-report.md');

beforeAll(async () => {
  const dir = copyOfRepoCorpus();
  copyFileSync(FIXTURE, join(dir, 'draghi-summary.md'));
  const yml = join(dir, 'sources.yml');
  const text = readFileSync(yml, 'utf8');
  const withFile = text.replace(/(  - id: draghi-2024\n(?:    .+\n)*?    url: .+\n)/, '$1    file: draghi-summary.md\n');
  expect(withFile).not.toBe(text);
  writeFileSync(yml, withFile);
  bot = await createBot(testConfig(dir, { OPENAI_API_KEY: '' }), { surface: 'cli', build: 'ensure', indicatorRoute: null });
}, 120_000);

afterAll(async () => {
  await bot?.close();
});

describe('an English report added to the corpus', () => {
  it('answers an English question about it from it, quoting its text', async () => {
    const a = await bot.ask('What does Draghi say about energy prices?');
    expect(a.answered).toBe(true);
    const c = a.citations.find((x) => x.doc === 'draghi-2024');
    expect(c, JSON.stringify(a.citations)).toBeDefined();
    expect(c!.quote).toContain('High energy prices are an obstacle to growth in Europe.');
    expect(c!.page).toBe(1);
    expect(a.text).toMatch(/Draghi report/);
  });

  it('answers a Dutch question about it through the glossary', async () => {
    const a = await bot.ask('Wat zegt Draghi over energieprijzen?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.doc).toBe('draghi-2024');
    expect(a.citations[0]!.quote).toContain('High energy prices');
  });

  it('still answers questions about the advisory from the advisory', async () => {
    const a = await bot.ask('Wat vindt de SER van het concurrentiebeding?');
    expect(a.citations[0]).toMatchObject({ doc: 'ser-briefadvies-25-04', page: 10 });
  });

  it('still abstains on what neither document covers', async () => {
    const a = await bot.ask('Wat adviseert de SER over de hypotheekrenteaftrek?');
    expect(a.answered).toBe(false);
  });
});
