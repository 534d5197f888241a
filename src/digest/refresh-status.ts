// What the last statistics refresh did, kept next to the database so the
// digest can report it (the refresh runs before each digest; it never blocks it).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export interface RefreshStatus {
  at: string; // ISO time
  /** datasets refreshed (source ids in sources.json) */
  ok: string[];
  failures: { source: string; error: string }[];
  newPoints: number;
  revisedPoints: number;
}

const RefreshStatusSchema: z.ZodType<RefreshStatus, z.ZodTypeDef, unknown> = z.object({
  at: z.string(),
  ok: z.array(z.string()),
  failures: z.array(z.object({ source: z.string(), error: z.string() })),
  newPoints: z.number(),
  revisedPoints: z.number(),
});

/** <folder of POLDERBOT_DB>/refresh-status.json */
export const refreshStatusPath = (dbPath: string): string => join(dirname(dbPath), 'refresh-status.json');

/** The last refresh's outcome; undefined when none was recorded or the file is not one (the digest then says nothing of it). */
export function readRefreshStatus(dbPath: string): RefreshStatus | undefined {
  try {
    const parsed = RefreshStatusSchema.safeParse(JSON.parse(readFileSync(refreshStatusPath(dbPath), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeRefreshStatus(dbPath: string, status: RefreshStatus): void {
  const path = refreshStatusPath(dbPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(status, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
}

/** Runs a refresh and records its outcome; never throws (a failed refresh is reported by the digest). */
export async function refreshAndRecord(
  dbPath: string,
  refresh: () => Promise<{ sources: string[]; changes: { kind: 'new' | 'revised' }[]; failures: { source: string; error: string }[] }>,
  now: () => Date = () => new Date(),
): Promise<RefreshStatus> {
  let status: RefreshStatus;
  try {
    const r = await refresh();
    status = {
      at: now().toISOString(),
      ok: r.sources,
      failures: r.failures,
      newPoints: r.changes.filter((c) => c.kind === 'new').length,
      revisedPoints: r.changes.filter((c) => c.kind === 'revised').length,
    };
  } catch (err) {
    status = { at: now().toISOString(), ok: [], failures: [{ source: 'all', error: (err as Error).message }], newPoints: 0, revisedPoints: 0 };
  }
  try {
    writeRefreshStatus(dbPath, status);
  } catch {
    // the digest then says no refresh was recorded
  }
  return status;
}
