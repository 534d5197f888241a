// The committed indicator snapshot (corpus/indicators/): small CSVs, one wide
// file per dataset (area,year,<columns>), plus sources.json with provenance.
// Read once per directory and cached; the product never reads the raw
// extracts. The directory is always the caller's (config.corpusDir/indicators
// in the product): this module reads no configuration.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { num, parseCsv } from './csv.ts';
import type { FigureSource } from './types.ts';

export const SNAPSHOT_FILES = {
  productivity: 'productivity.csv', // World Bank GDP (constant PPP) + OECD employment and total hours
  pwt: 'pwt.csv', // Penn World Table 10.01 growth-accounting columns
  levels: 'levels.csv', // OECD productivity levels
  rd: 'rd.csv', // GERD % of GDP, long format with a source column
  cpi: 'cpi.csv', // consumer price inflation, annual % (World Bank via OWID)
  sources: 'sources.json',
} as const;

export interface SourceMeta {
  id: string;
  file: string;
  columns: string[];
  dataset: string;
  table: string;
  publisher: string;
  licence: string;
  url: string;
  retrieved: string;
  attribution: string;
}

const SourceMetaSchema: z.ZodType<SourceMeta, z.ZodTypeDef, unknown> = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  columns: z.array(z.string()),
  dataset: z.string(),
  table: z.string(),
  publisher: z.string(),
  licence: z.string(),
  url: z.string(),
  retrieved: z.string(),
  attribution: z.string(),
});

/** sources.json: when the snapshot was built and where each file's columns come from (other keys, such as builtFrom, kept). */
const SnapshotMetaSchema = z.object({ built: z.string(), sources: z.array(SourceMetaSchema) }).passthrough();
export type SnapshotMeta = z.infer<typeof SnapshotMetaSchema>;

/** Parses and validates the text of a snapshot's sources.json; `path` names it in the error. */
export function parseSnapshotMeta(text: string, path: string): SnapshotMeta {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`Indicator snapshot file ${path} is not JSON (${(err as Error).message}).`);
  }
  const parsed = SnapshotMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`Indicator snapshot file ${path} is invalid: ${issues.join('; ')}. Run "npm run data:snapshot" or restore corpus/indicators/ from git.`);
  }
  return parsed.data;
}

export interface Row {
  area: string;
  year: number;
  source?: string;
  [column: string]: number | string | null | undefined;
}

export interface Table {
  columns: string[];
  rows: Row[];
  byArea: Map<string, Row[]>; // rows per area, sorted by year
}

export interface Snapshot {
  dir: string;
  built: string;
  sources: SourceMeta[];
  productivity: Table;
  pwt: Table;
  levels: Table;
  rd: Table;
  /** consumer price inflation (empty in a snapshot built before it was added) */
  cpi: Table;
  /** optional extra tables written by refreshers: eurostat-lp.csv, oecd-pdb-lv.csv, cbs-<table>.csv (file name → table) */
  extra: Map<string, Table>;
}

/** The snapshot committed with the code (corpus/indicators/ of this checkout), for callers that name no directory. */
export const BUNDLED_SNAPSHOT_DIR = fileURLToPath(new URL('../../corpus/indicators', import.meta.url));

function tableFrom(text: string): Table {
  const recs = parseCsv(text);
  const columns = recs.length ? Object.keys(recs[0]).filter((c) => c !== 'area' && c !== 'year' && c !== 'source') : [];
  const rows: Row[] = recs.map((r) => {
    const row: Row = { area: r.area, year: Number(r.year) };
    if (r.source !== undefined) row.source = r.source;
    for (const c of columns) row[c] = num(r[c]);
    return row;
  });
  const byArea = new Map<string, Row[]>();
  for (const row of rows) {
    if (!byArea.has(row.area)) byArea.set(row.area, []);
    byArea.get(row.area)!.push(row);
  }
  for (const list of byArea.values()) list.sort((a, b) => a.year - b.year);
  return { columns, rows, byArea };
}

/** Reads a snapshot directory (no caching). Throws with the path when a file is missing. */
export function readSnapshot(dir: string): Snapshot {
  const file = (name: string) => {
    try {
      return readFileSync(resolve(dir, name), 'utf8');
    } catch {
      throw new Error(`Indicator snapshot file ${resolve(dir, name)} is missing. Run "npm run data:snapshot" (needs ../shared/data) or restore corpus/indicators/ from git.`);
    }
  };
  const meta = parseSnapshotMeta(file(SNAPSHOT_FILES.sources), resolve(dir, SNAPSHOT_FILES.sources));
  return {
    dir,
    built: meta.built,
    sources: meta.sources,
    productivity: tableFrom(file(SNAPSHOT_FILES.productivity)),
    pwt: tableFrom(file(SNAPSHOT_FILES.pwt)),
    levels: tableFrom(file(SNAPSHOT_FILES.levels)),
    rd: tableFrom(file(SNAPSHOT_FILES.rd)),
    cpi: existsSync(resolve(dir, SNAPSHOT_FILES.cpi)) ? tableFrom(file(SNAPSHOT_FILES.cpi)) : tableFrom(''),
    extra: new Map(
      readdirSync(dir)
        .filter((f) => /^(cbs|eurostat|oecd)-[\w-]+\.csv$/.test(f))
        .sort()
        .map((f) => [f, tableFrom(file(f))] as const),
    ),
  };
}

const cache = new Map<string, Snapshot>();

/** The snapshot in `dir`, read once and cached per directory. */
export function loadSnapshot(dir: string): Snapshot {
  const key = resolve(dir);
  let s = cache.get(key);
  if (!s) {
    s = readSnapshot(key);
    cache.set(key, s);
  }
  return s;
}

/** Forgets cached snapshots (after `data refresh` wrote a new one). */
export function clearSnapshotCache(): void {
  cache.clear();
}

/** A column of a table for one area as year → value (nulls left out). */
export function seriesOf(table: Table, area: string, column: string, filter?: (r: Row) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of table.byArea.get(area) ?? []) {
    const v = r[column];
    if (typeof v === 'number' && (!filter || filter(r))) out.set(r.year, v);
  }
  return out;
}

/** The FigureSource for a source id in sources.json. */
export function figureSource(snap: Snapshot, id: string): FigureSource {
  const m = snap.sources.find((s) => s.id === id);
  if (!m) throw new Error(`Source "${id}" is not described in ${snap.dir}/sources.json`);
  return { dataset: m.dataset, table: m.table, publisher: m.publisher, url: m.url, retrieved: m.retrieved, licence: m.licence };
}

export interface LatestPoint {
  series: string; // "<file>:<column>" e.g. "productivity.csv:total_hours"
  area: string;
  year: number;
  value: number;
  source: string; // source id in sources.json
}

/**
 * Per series (file and column) and area: the last year with a value and that
 * value. The weekly digest diffs two of these lists to see new data points.
 */
export function latestDataPoints(snap: Snapshot): LatestPoint[] {
  const out: LatestPoint[] = [];
  const tables: [string, Table][] = [
    [SNAPSHOT_FILES.productivity, snap.productivity],
    [SNAPSHOT_FILES.pwt, snap.pwt],
    [SNAPSHOT_FILES.levels, snap.levels],
    [SNAPSHOT_FILES.rd, snap.rd],
    [SNAPSHOT_FILES.cpi, snap.cpi],
    ...snap.extra,
  ];
  for (const [file, t] of tables) {
    for (const column of t.columns) {
      const sourceOf = (r: Row) => r.source ?? snap.sources.find((s) => s.file === file && s.columns.includes(column))?.id ?? file;
      for (const [area, rows] of t.byArea) {
        const last = [...rows].reverse().find((r) => typeof r[column] === 'number');
        if (last) out.push({ series: `${file}:${column}`, area, year: last.year, value: last[column] as number, source: sourceOf(last) });
      }
    }
  }
  return out;
}

/** Points of `after` that are new (later year) or revised (same year, other value) relative to `before`. */
export function diffLatest(before: LatestPoint[], after: LatestPoint[]): { kind: 'new' | 'revised'; point: LatestPoint; previous?: LatestPoint }[] {
  const prev = new Map(before.map((p) => [`${p.series}|${p.area}`, p]));
  const changes: { kind: 'new' | 'revised'; point: LatestPoint; previous?: LatestPoint }[] = [];
  for (const p of after) {
    const q = prev.get(`${p.series}|${p.area}`);
    if (!q || p.year > q.year) changes.push({ kind: 'new', point: p, previous: q });
    else if (p.year === q.year && Math.abs(p.value - q.value) > 1e-9 * Math.max(1, Math.abs(q.value))) changes.push({ kind: 'revised', point: p, previous: q });
  }
  return changes;
}
