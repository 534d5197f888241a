// polderbot data refresh [--source eurostat|oecd|cbs] [--cbs-table ID] [--cbs-filter EXPR] [--dir DIR]
import { resolve } from 'node:path';
import { loadConfig, snapshotDirOf } from '../config.ts';
import { formatChanges, refreshSnapshot, RefreshError, SOURCE_NAMES } from '../metrics/refresh/refresh.ts';
import { parseOptions, UsageError } from './usage.ts';
import { writeRefreshStatus, type RefreshStatus } from '../digest/refresh-status.ts';

const USAGE = `Usage: polderbot data refresh [--source eurostat|oecd|cbs] [--cbs-table ID [--cbs-filter EXPR]] [--dir DIR]
  eurostat  R&D intensity, Eurostat rd_e_gerdtot (JSON-stat 2.0)
  oecd      R&D intensity incl. the OECD average, OECD DSD_MSTI@DF_MSTI, and GDP per hour worked
            (current PPP), OECD DSD_PDB@DF_PDB_LV at its current version (SDMX-CSV)
  cbs       any CBS StatLine table (OData v3), stored as corpus/indicators/cbs-<table>.csv;
            needs --cbs-table (e.g. a productivity table id) and, if it has dimensions, --cbs-filter "Dim eq 'CODE'"
  Without --source: eurostat and oecd. Each dataset is fetched on its own: the ones that succeed are
  written (atomically, temp dir + rename) and their new and revised data points printed; a dataset that
  fails keeps its previous data and is reported (exit 1). 429/503 are retried after Retry-After.`;

export async function runData(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'refresh') throw new UsageError(USAGE);
  const { values } = parseOptions({
    args: rest,
    options: { source: { type: 'string' }, dir: { type: 'string' }, 'cbs-table': { type: 'string' }, 'cbs-filter': { type: 'string' } },
    strict: true,
  }, USAGE);
  if (values.source && !SOURCE_NAMES.includes(values.source)) throw new UsageError(`Unknown source "${values.source}". Valid sources: ${SOURCE_NAMES.join(', ')}.\n${USAGE}`);
  if (values['cbs-table'] && values.source !== 'cbs') throw new UsageError(`--cbs-table needs --source cbs.\n${USAGE}`);
  if (values.source === 'cbs' && !values['cbs-table']) throw new UsageError(`--source cbs needs --cbs-table ID.\n${USAGE}`);
  const config = loadConfig();
  const dir = values.dir ? resolve(values.dir) : snapshotDirOf(config);
  // the deployment's own snapshot: its refresh is what the next digest reports
  const record = (status: Omit<RefreshStatus, 'at'>) => {
    if (values.dir) return;
    try {
      writeRefreshStatus(config.dbPath, { at: new Date().toISOString(), ...status });
    } catch {
      // reporting only
    }
  };
  const cbsTables = values['cbs-table'] ? [`${values['cbs-table']}${values['cbs-filter'] ? `|${values['cbs-filter']}` : ''}`] : undefined;
  try {
    const r = await refreshSnapshot({ dir, sources: values.source ? [values.source] : undefined, cbsTables });
    process.stdout.write(formatChanges(r) + '\n');
    record({ ok: r.sources, failures: r.failures, newPoints: r.changes.filter((c) => c.kind === 'new').length, revisedPoints: r.changes.filter((c) => c.kind === 'revised').length });
    // a dataset that failed is reported (and the exit code says so); the ones that succeeded are saved
    return r.failures.length ? 1 : 0;
  } catch (err) {
    if (err instanceof RefreshError) {
      process.stderr.write(err.message + '\n');
      record({ ok: [], failures: [{ source: values.source ?? 'all', error: err.message }], newPoints: 0, revisedPoints: 0 });
      return 1;
    }
    throw err;
  }
}
