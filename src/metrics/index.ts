// Public API of the metrics module: pure figures with their sources.
export { INDICATORS, INDICATOR_IDS, getIndicator } from './catalogue.ts';
export { runIndicator, runIndicatorSync, listIndicators, indicatorHelp, normaliseParams, type RunOptions } from './run.ts';
export { resolveArea, areaName, AREAS } from './areas.ts';
export { MetricsInputError } from './errors.ts';
export { BUNDLED_SNAPSHOT_DIR, loadSnapshot, readSnapshot, clearSnapshotCache, latestDataPoints, diffLatest, type Snapshot, type LatestPoint } from './snapshot.ts';
export { ADVISORY_FIGURES, ADVISORY_RD, ADVISORY_AI, ADVISORY_SME_EXPORT } from './advisory.ts';
export type { IndicatorDef } from './indicator.ts';
export type { Figure, FigureSource, IndicatorResult, ChartSeries } from './types.ts';
