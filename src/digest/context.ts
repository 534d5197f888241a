// What the digest shows besides this week's events: the headline figures from
// the snapshot, the last refresh, and the one chart. I/O lives here (the
// snapshot, the refresh status file); tests pass a DigestContext directly.
import { snapshotDirOf, type Config } from '../config.ts';
import type { ChartSeries } from '../metrics/types.ts';
import { computeHeadlines, type Headline } from './headlines.ts';
import { readRefreshStatus, type RefreshStatus } from './refresh-status.ts';

export interface DigestChart {
  title: string;
  /** a description for screen readers and the preview */
  alt: string;
  series: ChartSeries;
}

export interface DigestContext {
  headlines: Headline[];
  /** headline figures that could not be computed, with the reason */
  missing: string[];
  /** the last refresh of the statistics, if one was recorded */
  refresh?: RefreshStatus;
  /** when the snapshot was built */
  snapshotBuilt?: string;
  chart?: DigestChart;
}

export type ContextProvider = () => Promise<DigestContext>;

/** The R&D chart: the gap to 3 % is the advisory's point, so the digest's one chart shows it with the target line. */
export async function rdChart(snapshotDir: string): Promise<DigestChart> {
  const { runIndicatorSync } = await import('../metrics/run.ts');
  const { readSnapshot } = await import('../metrics/snapshot.ts');
  const r = runIndicatorSync('rd-intensity', { country: 'NL', vs: ['EU27', 'US'] }, { snapshot: readSnapshot(snapshotDir) });
  const years = r.chart!.lines.flatMap((l) => l.points.map((p) => p.year));
  const span = `${Math.min(...years)}-${Math.max(...years)}`;
  return {
    title: `R&D-uitgaven in % van het bbp, NL, EU27 en VS, ${span}`,
    alt: `Lijngrafiek van de R&D-uitgaven in % van het bbp van Nederland, de EU27 en de VS, ${span}, met de doelstelling van 3 % en het OESO-gemiddelde van 2,7 % uit het advies (p. 8) als stippellijnen.`,
    series: r.chart!,
  };
}

/** The real context of a deployment; a part that cannot be read is left out and named, never fatal. */
export function defaultContextProvider(config: Pick<Config, 'corpusDir' | 'dbPath'>, warn: (msg: string) => void = () => {}): ContextProvider {
  return async () => {
    const dir = snapshotDirOf(config);
    const refresh = readRefreshStatus(config.dbPath);
    try {
      const { readSnapshot } = await import('../metrics/snapshot.ts');
      const snap = readSnapshot(dir); // not the cached one: a refresh must show
      const { headlines, missing } = computeHeadlines(snap);
      let chart: DigestChart | undefined;
      try {
        chart = await rdChart(dir);
      } catch (err) {
        warn(`digest: no chart: ${(err as Error).message}`);
      }
      return { headlines, missing, snapshotBuilt: snap.built, ...(refresh ? { refresh } : {}), ...(chart ? { chart } : {}) };
    } catch (err) {
      warn(`digest: indicator snapshot unreadable: ${(err as Error).message}`);
      return { headlines: [], missing: [`snapshot: ${(err as Error).message}`], ...(refresh ? { refresh } : {}) };
    }
  };
}
