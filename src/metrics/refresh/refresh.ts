// `polderbot data refresh`: fetch live sources, write a new snapshot atomically
// (temp dir + rename), report new and revised data points, and keep the
// previous snapshot on any failure.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { toCsv } from '../csv.ts';
import { clearSnapshotCache, parseSnapshotMeta, readSnapshot, SNAPSHOT_FILES, type Snapshot, type Table } from '../snapshot.ts';
import { fetchCbs } from './cbs.ts';
import { REFRESHERS, type Fetch, type SourceUpdate } from './sources.ts';

export interface Change { kind: 'new' | 'revised'; series: string; area: string; year: number; value: number; previous?: number; source: string }
/** A dataset that could not be refreshed: its previous rows stay in the snapshot. */
export interface RefreshFailure { source: string; error: string }
export interface RefreshResult { dir: string; sources: string[]; changes: Change[]; failures: RefreshFailure[] }
export interface RefreshOptions {
  dir: string;
  /** eurostat, oecd and/or cbs (default eurostat and oecd) */
  sources?: string[];
  /** CBS StatLine table ids for the cbs source, each optionally "ID|OData $filter" */
  cbsTables?: string[];
  fetch?: Fetch;
  today?: string;
}

export const SOURCE_NAMES = [...Object.keys(REFRESHERS), 'cbs'];
export class RefreshError extends Error {}

function tableRows(snap: Snapshot): [string, Table][] {
  return [[SNAPSHOT_FILES.rd, snap.rd], ...snap.extra];
}

/** Row-level changes between two snapshots over the refreshable tables. */
export function diffSnapshots(before: Snapshot, after: Snapshot): Change[] {
  const prev = new Map<string, number>();
  for (const [file, t] of tableRows(before)) {
    for (const r of t.rows) for (const c of t.columns) if (typeof r[c] === 'number') prev.set(`${file}|${c}|${r.area}|${r.year}|${r.source ?? ''}`, r[c] as number);
  }
  const changes: Change[] = [];
  for (const [file, t] of tableRows(after)) {
    for (const r of t.rows) {
      for (const c of t.columns) {
        const v = r[c];
        if (typeof v !== 'number') continue;
        const p = prev.get(`${file}|${c}|${r.area}|${r.year}|${r.source ?? ''}`);
        const source = r.source ?? file.replace(/\.csv$/, '');
        if (p === undefined) changes.push({ kind: 'new', series: `${file}:${c}`, area: r.area, year: r.year, value: v, source });
        else if (Math.abs(p - v) > 1e-9 * Math.max(1, Math.abs(p))) changes.push({ kind: 'revised', series: `${file}:${c}`, area: r.area, year: r.year, value: v, previous: p, source });
      }
    }
  }
  return changes;
}

export async function refreshSnapshot(opts: RefreshOptions): Promise<RefreshResult> {
  const dir = resolve(opts.dir);
  const names = opts.sources ?? Object.keys(REFRESHERS);
  for (const n of names) if (!SOURCE_NAMES.includes(n)) throw new RefreshError(`Unknown source "${n}". Valid sources: ${SOURCE_NAMES.join(', ')}.`);
  if (names.includes('cbs') && !opts.cbsTables?.length) {
    throw new RefreshError('The cbs source needs a StatLine table id: --cbs-table ID (optionally --cbs-filter "Dimension eq \'CODE\'"). The snapshot is unchanged.');
  }
  const before = readSnapshot(dir);
  // every dataset on its own: what succeeds is saved, what fails is reported
  const jobs: { id: string; run: () => Promise<SourceUpdate> }[] = names.filter((n) => n !== 'cbs').flatMap((n) => REFRESHERS[n].map((j) => ({ id: j.id, run: () => j.run(opts.fetch) })));
  if (names.includes('cbs')) {
    for (const spec of opts.cbsTables ?? []) {
      const [table, filter] = spec.split('|');
      jobs.push({ id: `cbs-${table.toLowerCase()}`, run: () => fetchCbs(table, filter, opts.fetch) });
    }
  }
  const settled = await Promise.allSettled(jobs.map((j) => j.run()));
  const updates: SourceUpdate[] = [];
  const failures: RefreshFailure[] = [];
  settled.forEach((r, i) => {
    if (r.status === 'fulfilled') updates.push(r.value);
    else failures.push({ source: jobs[i].id, error: r.reason instanceof Error ? r.reason.message : String(r.reason) });
  });
  if (!updates.length) {
    throw new RefreshError(`Refresh failed: ${failures.map((f) => f.error).join('; ')}. The snapshot in ${dir} is unchanged.`);
  }
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const tmp = mkdtempSync(resolve(dirname(dir), `.${basename(dir)}.tmp-`));
  try {
    cpSync(dir, tmp, { recursive: true });
    const replaced = new Set(updates.map((u) => u.source.id));
    const rdUpdates = updates.filter((u) => u.rd);
    if (rdUpdates.length) {
      const rdReplaced = new Set(rdUpdates.map((u) => u.source.id));
      const rows = before.rd.rows
        .filter((r) => !rdReplaced.has(String(r.source)))
        .map((r) => ({ area: r.area, year: r.year, rd_pct_gdp: r.rd_pct_gdp as number, source: String(r.source) }));
      for (const u of rdUpdates) rows.push(...u.rd!);
      rows.sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year || a.source.localeCompare(b.source));
      writeFileSync(resolve(tmp, SNAPSHOT_FILES.rd), toCsv(['area', 'year', 'rd_pct_gdp', 'source'], rows));
    }
    for (const u of updates) {
      if (u.table) writeFileSync(resolve(tmp, u.table.file), toCsv(['area', 'year', ...u.table.columns], u.table.rows));
    }
    const metaPath = resolve(tmp, SNAPSHOT_FILES.sources);
    const meta = parseSnapshotMeta(readFileSync(metaPath, 'utf8'), metaPath);
    meta.sources = meta.sources.filter((s) => !replaced.has(s.id));
    for (const u of updates) meta.sources.push({ ...u.source, retrieved: today });
    writeFileSync(resolve(tmp, SNAPSHOT_FILES.sources), JSON.stringify(meta, null, 2) + '\n');
    readSnapshot(tmp); // must read back before it replaces the old one
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw new RefreshError(`Refresh failed while writing: ${(err as Error).message}. The snapshot in ${dir} is unchanged.`);
  }
  const old = `${tmp}.old`;
  renameSync(dir, old);
  try {
    renameSync(tmp, dir);
  } catch (err) {
    renameSync(old, dir);
    rmSync(tmp, { recursive: true, force: true });
    throw new RefreshError(`Refresh failed: could not move the new snapshot into place (${(err as Error).message}). The snapshot in ${dir} is unchanged.`);
  }
  if (existsSync(old)) rmSync(old, { recursive: true, force: true });
  clearSnapshotCache();
  return { dir, sources: updates.map((u) => u.source.id), changes: diffSnapshots(before, readSnapshot(dir)), failures };
}

export function formatChanges(r: RefreshResult): string {
  const failed = r.failures.map((f) => `  not refreshed: ${f.source}: ${f.error} (its previous data are kept)`);
  if (!r.changes.length) return [`Snapshot ${r.dir} refreshed from ${r.sources.join(', ')}: no new or revised data points.`, ...failed].join('\n');
  const lines = r.changes.slice(0, 40).map((c) => `  ${c.kind === 'new' ? 'new    ' : 'revised'} ${c.series} ${c.area} ${c.year}: ${c.value}${c.previous !== undefined ? ` (was ${c.previous})` : ''} [${c.source}]`);
  const more = r.changes.length > 40 ? [`  … and ${r.changes.length - 40} more`] : [];
  const n = r.changes.filter((c) => c.kind === 'new').length;
  return [`Snapshot ${r.dir} refreshed from ${r.sources.join(', ')}: ${n} new, ${r.changes.length - n} revised data points.`, ...lines, ...more, ...failed].join('\n');
}
