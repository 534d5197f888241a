// Reading what the digest sees now: the indicator snapshot and the corpus.
// I/O lives here; tests pass a DigestView directly.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotDirOf, type Config } from '../config.ts';
import { loadSources } from '../corpus/sources.ts';
import { readManifest } from '../search/manifest.ts';
import type { CorpusDocState, DigestView, IndicatorPoint } from './state.ts';

/** Supplies the current view; injected so compose and post stay testable. */
export type ViewProvider = () => Promise<DigestView>;

const UNITS: Record<string, string> = {
  gdp_ppp_const: 'intl $ (PPP, constant)',
  employed: 'persons',
  total_hours: 'hours',
  rd_pct_gdp: '% of GDP',
  gdp_per_hour_usd_ppp_current: 'USD PPP (current)',
  gdp_per_hour_usd_ppp_2015: 'USD PPP (2015)',
  gdp_per_hour_pct_us: 'index (US=100)',
  gdp_per_worker_pct_us: 'index (US=100)',
  hours_per_worker: 'hours',
  cpi_inflation_pct: '%',
};

const COLUMN_LABELS: Record<string, string> = {
  gdp_ppp_const: 'GDP, PPP (constant prices)',
  employed: 'persons employed',
  total_hours: 'total hours worked',
  rd_pct_gdp: 'R&D expenditure',
  gdp_per_hour_usd_ppp_current: 'GDP per hour worked',
  gdp_per_hour_usd_ppp_2015: 'GDP per hour worked (2015 prices)',
  gdp_per_hour_pct_us: 'GDP per hour worked relative to the US',
  gdp_per_worker_pct_us: 'GDP per person employed relative to the US',
  hours_per_worker: 'average hours per worker',
  rtfpna: 'TFP at constant national prices (2017=1)',
  labsh: 'labour share',
  hc: 'human capital index',
  cpi_inflation_pct: 'consumer price inflation',
  cgdpo: 'GDP at current PPPs',
  pl_gdpo: 'price level of GDP',
  xr: 'exchange rate',
};

/**
 * The latest point per series and area of the snapshot in <corpusDir>/indicators,
 * from the metrics module's latestDataPoints(), with each point's source.
 */
export async function readIndicatorPoints(corpusDir: string): Promise<IndicatorPoint[]> {
  const { readSnapshot, latestDataPoints } = await import('../metrics/snapshot.ts');
  const snap = readSnapshot(snapshotDirOf({ corpusDir })); // not the cached one: a refresh must show
  const meta = new Map(snap.sources.map((s) => [s.id, s]));
  return latestDataPoints(snap).map((p) => {
    const column = p.series.slice(p.series.lastIndexOf(':') + 1);
    const src = meta.get(p.source);
    return {
      series: `${p.series}:${p.area}`,
      label: src ? `${COLUMN_LABELS[column] ?? column} (${src.dataset})` : (COLUMN_LABELS[column] ?? column),
      area: p.area,
      year: p.year,
      value: p.value,
      unit: UNITS[column] ?? '',
      source: src
        ? { dataset: src.dataset, table: src.table, publisher: src.publisher, url: src.url, retrieved: src.retrieved, licence: src.licence }
        : { dataset: p.source, table: p.series, publisher: 'unknown (not in corpus/indicators/sources.json)', url: '', retrieved: snap.built },
    };
  });
}

/** Documents of sources.yml (read and validated by the corpus module), with the sha256 of their file when shipped. */
export async function readCorpusDocs(corpusDir: string): Promise<CorpusDocState[]> {
  return (await loadSources(corpusDir)).map((d) => {
    const path = d.file ? join(corpusDir, d.file) : undefined;
    const sha256 = path && existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : undefined;
    return {
      id: d.id,
      title: d.title,
      date: d.date,
      url: d.url,
      ...(d.file ? { file: d.file } : {}),
      ...(sha256 ? { sha256 } : {}),
    };
  });
}

/** When the index in `indexDir` was built (its manifest's builtAt); undefined when there is no valid index. */
export async function readIndexBuiltAt(indexDir: string): Promise<string | undefined> {
  return (await readManifest(indexDir))?.builtAt;
}

/** The real view of a deployment: snapshot + corpus + index manifest. Missing parts are reported, not fatal. */
export function defaultViewProvider(config: Pick<Config, 'corpusDir' | 'indexDir'>, warn: (msg: string) => void = () => {}): ViewProvider {
  return async () => {
    let indicators: IndicatorPoint[] = [];
    try {
      indicators = await readIndicatorPoints(config.corpusDir);
    } catch (err) {
      warn(`digest: indicator snapshot unreadable: ${(err as Error).message}`);
    }
    let corpus: CorpusDocState[] = [];
    try {
      corpus = await readCorpusDocs(config.corpusDir);
    } catch (err) {
      warn(`digest: corpus/sources.yml unreadable: ${(err as Error).message}`);
    }
    const indexBuiltAt = await readIndexBuiltAt(config.indexDir);
    return { indicators, corpus, ...(indexBuiltAt ? { indexBuiltAt } : {}) };
  };
}
