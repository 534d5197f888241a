// The assistant's suggested prompts are the first questions a new user asks:
// each must get a real answer from the real bot (cited, or with figures), and
// the manifest must offer the same prompts as the assistant listener.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoConfig } from '../repo-index.ts';
import { openPolderbot, type Polderbot } from '../../src/root.ts';
import { SUGGESTED_PROMPTS } from '../../src/slack/listeners/events/prompts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let bot: Polderbot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'polderbot-prompts-'));
  const config = repoConfig({ POLDERBOT_DB: join(dir, 'polderbot.db') });
  // opened as `polderbot serve` opens it (the composition root): the tracker answers questions about the recommendations
  bot = await openPolderbot(config, { surface: 'slack', build: 'if-missing', storeRequired: true, log: () => {} });
});
afterAll(async () => {
  await bot?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('suggested prompts', () => {
  it.each(SUGGESTED_PROMPTS.map((p) => [p.title, p.message]))('%s gets a cited answer', async (_title, message) => {
    const a = await bot.ask(message);
    // a corpus answer with its pages, or figures with their sources (a statistic the advisory does not
    // give is answered from the bundled statistics, saying so: answered is false, the figures are there)
    if (a.answered) expect(a.citations.length + a.figures.length).toBeGreaterThan(0);
    else {
      expect(a.figures.length).toBeGreaterThan(0);
      expect(a.text).toMatch(/^Het advies noemt hier geen cijfer voor\. Uit de meegeleverde statistieken:/);
    }
  });

  it('are the same in manifest.yml', () => {
    const manifest = parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8'));
    expect(manifest.features.agent_view.suggested_prompts).toEqual(SUGGESTED_PROMPTS);
  });
});
