import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';

export const REPO_CORPUS = new URL('../../corpus', import.meta.url).pathname;

/** A temp corpus dir with sources.yml listing the given files (written with the given text). */
export function tempCorpus(files: Record<string, string | Buffer>, extraYaml = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'polderbot-corpus-'));
  const entries = Object.keys(files).map(
    (f, i) => `  - id: doc-${i + 1}\n    title: "Document ${i + 1}"\n    publisher: Test\n    date: 2025-01\n    language: nl\n    kind: report\n    url: ""\n    licence: test\n    file: ${f}\n`,
  );
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  writeFileSync(join(dir, 'sources.yml'), `documents:\n${entries.join('')}${extraYaml}`);
  return dir;
}

/** A temp copy of the repository corpus (sources.yml + the advisory). */
export function copyOfRepoCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polderbot-corpus-'));
  for (const f of ['sources.yml', 'ser-briefadvies-25-04.txt']) copyFileSync(join(REPO_CORPUS, f), join(dir, f));
  return dir;
}

export function testConfig(corpusDir: string, env: Record<string, string> = {}): Config {
  const indexDir = join(mkdtempSync(join(tmpdir(), 'polderbot-index-')), 'index');
  return loadConfig({ ...process.env, POLDERBOT_EMBEDDINGS: 'local', POLDERBOT_CORPUS_DIR: corpusDir, POLDERBOT_INDEX_DIR: indexDir, ...env });
}
