// Shared fakes for the LLM tests: fixture corpus, retriever, index, local
// answerer, an indicator tool, and the chat-completions fixtures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { loadConfig, type Config } from '../../src/config.ts';
import type { SourceDoc } from '../../src/corpus/types.ts';
import type { Answer, Answerer, AskOptions } from '../../src/answer/types.ts';
import type { IndicatorResult } from '../../src/metrics/types.ts';
import type { Passage, Retriever } from '../../src/search/types.ts';
import { contentWords } from '../../src/answer/llm/quote.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'llm');
export const TEST_KEY = 'sk-test-SECRETSECRETSECRET1234';

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as T;
}

interface FixtureCorpus {
  sources: SourceDoc[];
  pages: { doc: string; page: number; text: string }[];
  passages: Passage[];
}
export const corpus = fixture<FixtureCorpus>('corpus');

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ OPENAI_API_KEY: TEST_KEY, OPENAI_TIMEOUT_MS: '2000', OPENAI_MODEL: 'gpt-4o-mini', ...env });
}

/** Ranks the fixture passages by shared content words (ties keep fixture order); records each query. */
export function fakeRetriever(passages: Passage[] = corpus.passages): Retriever & { calls: { query: string; k?: number }[] } {
  const calls: { query: string; k?: number }[] = [];
  return {
    calls,
    async retrieve(query, opts) {
      calls.push({ query, k: opts?.k });
      const q = new Set(contentWords(query));
      return passages
        .map((p, i) => ({ p, i, s: contentWords(`${p.section} ${p.text}`).filter((w) => q.has(w)).length }))
        .sort((a, b) => b.s - a.s || a.i - b.i)
        .slice(0, opts?.k ?? 6)
        .map(({ p }) => ({ ...p }));
    },
  };
}

export const fakeIndex = {
  sources: corpus.sources,
  pageText: (doc: string, page: number) => corpus.pages.find((p) => p.doc === doc && p.page === page)?.text,
};

export function fakeLocal(): Answerer & { calls: { question: string; opts?: AskOptions }[] } {
  const calls: { question: string; opts?: AskOptions }[] = [];
  return {
    calls,
    async ask(question, opts): Promise<Answer> {
      calls.push({ question, opts });
      return {
        question,
        language: 'nl',
        text: 'Lokaal extractief antwoord [1].',
        answered: true,
        citations: [{ n: 1, doc: 'ser-briefadvies-25-04', title: 'SER', page: 5, section: '', quote: 'Kapitaalverdieping: o.a. door het inzetten van extra of nieuwe machines' }],
        figures: [],
        mode: 'local',
        notes: [],
      };
    },
  };
}

export const growthResult: IndicatorResult = {
  indicator: 'productivity-growth',
  title: 'Arbeidsproductiviteit per gewerkt uur, gemiddelde jaarlijkse groei',
  figures: [
    {
      label: 'GDP per hour worked, average annual growth',
      value: 0.8,
      unit: '%',
      period: '2014-2024',
      country: 'NL',
      source: { dataset: 'OECD Productivity Database', table: 'PDB_LV', publisher: 'OECD', url: 'https://data-explorer.oecd.org/', retrieved: '2026-11-20' },
    },
  ],
  method: 'compound annual growth of GDP per hour worked',
  sources: [],
};

/** A stand-in for the metrics catalogue's tools: same shape (tool() + zod), returns an IndicatorResult as JSON. */
export function fakeIndicatorTool() {
  const calls: unknown[] = [];
  const t = tool(
    async (args: { country: string; from: number; to: number }) => {
      calls.push(args);
      return JSON.stringify(growthResult);
    },
    {
      name: 'productivity_growth',
      description: 'Average annual growth of GDP per hour worked for an area and period.',
      schema: z.object({ country: z.enum(['NL', 'EU27', 'US', 'DE']), from: z.number().int().min(1990), to: z.number().int().max(2030) }).strict(),
    },
  );
  return { tool: t, calls };
}

/** Instant retries that record the delays they were asked for. */
export function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}
