import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder with a db path inside; `cleanup()` removes it. */
export function tempDb(name = 'polderbot.db'): { dir: string; path: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'polderbot-store-'));
  return { dir, path: join(dir, 'sub', name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const storeConfig = (dbPath: string, over: { logQuestions?: boolean; retentionDays?: number } = {}) => ({
  dbPath,
  logQuestions: over.logQuestions ?? true,
  retentionDays: over.retentionDays ?? 90,
});
