// The shared, read-only index of the repository corpus, built once per run by
// test/global-setup.ts: a configuration (or environment) that uses it.
import { inject } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../src/config.ts';

export const REPO_CORPUS_DIR = resolve(import.meta.dirname, '../corpus');

/** The index directory built by the global setup (never write to it). */
export const repoIndexDir = (): string => inject('repoIndexDir');

/** Environment for the repository corpus with the shared index, local mode; `extra` on top. */
export function repoEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, POLDERBOT_EMBEDDINGS: 'local', POLDERBOT_CORPUS_DIR: REPO_CORPUS_DIR, POLDERBOT_INDEX_DIR: repoIndexDir(), OPENAI_API_KEY: '', ...extra };
}

/** The configuration of the repository corpus with the shared index. */
export const repoConfig = (extra: Record<string, string> = {}): Config => loadConfig(repoEnv(extra));
