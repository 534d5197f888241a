// Runs once per `npm test`, before any test file: builds the search index of
// the repository corpus (corpus/) into a temp directory and hands its path to
// the tests (`inject('repoIndexDir')`, see test/repo-index.ts). Tests that
// only read that index share it instead of each ingesting the corpus again;
// tests about building, staleness or a changed corpus still build their own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { buildIndex } from '../src/search/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the built index of the repository corpus; read only */
    repoIndexDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'polderbot-test-index-'));
  const indexDir = join(dir, 'index');
  const corpusDir = resolve(import.meta.dirname, '../corpus');
  await buildIndex(loadConfig({ ...process.env, POLDERBOT_EMBEDDINGS: 'local', POLDERBOT_CORPUS_DIR: corpusDir, POLDERBOT_INDEX_DIR: indexDir, OPENAI_API_KEY: '' }));
  project.provide('repoIndexDir', indexDir);
  return () => rmSync(dir, { recursive: true, force: true });
}
