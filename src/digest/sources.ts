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

/**
 * The latest point per series and area of the snapshot in <corpusDir>/indicators,
 * from the metrics module's latestDataPoints(), with each point's source.
 */
export async function readIndicatorPoints(corpusDir: string): Promise<IndicatorPoint[]> {
  const [{ readSnapshot, latestDataPoints }, { seriesText }, { say }] = await Promise.all([
    import('../metrics/snapshot.ts'),
    import('../metrics/localise.ts'),
    import('../metrics/messages.ts'),
  ]);
  const snap = readSnapshot(snapshotDirOf({ corpusDir })); // not the cached one: a refresh must show
  const meta = new Map(snap.sources.map((s) => [s.id, s]));
  return latestDataPoints(snap).map((p) => {
    const column = p.series.slice(p.series.lastIndexOf(':') + 1);
    const src = meta.get(p.source);
    // the column's name and unit from the metrics catalogue (English here; the digest says them in Dutch)
    const text = seriesText(column);
    const name = text ? say(text.label, 'en') : column;
    return {
      series: `${p.series}:${p.area}`,
      label: src ? `${name} (${src.dataset})` : name,
      ...(text ? { text } : {}),
      area: p.area,
      year: p.year,
      value: p.value,
      unit: text?.unit ? say(text.unit, 'en') : '',
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
