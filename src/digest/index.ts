// The weekly digest: the entry points others use.
export { startDigestScheduler, type DigestScheduler, type DigestSchedulerDeps } from './scheduler.ts';
export { postWeeklyDigest, buildDigest, type PostOutcome, type PostDeps } from './post.ts';
export type { DigestPoster } from './poster.ts';
export { composeDigest, type Digest, type DigestSection, type DigestInput } from './compose.ts';
export { renderDigestText, digestMarker, chartFile, type DigestChartFile } from './render.ts';
export { nextDigestRun, previousDigestRun, digestCronPattern } from './schedule.ts';
export { isoWeekKey } from './week.ts';
export { defaultViewProvider, type ViewProvider } from './sources.ts';
export type { DigestLogger } from './logger.ts';
export { createDigestAccess, type DigestAccess } from './access.ts';
