// Live sources for `polderbot data refresh`: request URLs, response parsing
// and the snapshot rows they yield. Each dataset is fetched on its own and
// throws on any HTTP or format error; the caller saves the datasets that
// succeeded and reports the others (a PDB failure never discards MSTI).
// 429 and 503 are retried after the server's Retry-After (capped).
import { areaFromSourceCode } from '../areas.ts';
import { num, parseCsv } from '../csv.ts';
import type { SourceMeta } from '../snapshot.ts';
import { jsonStatObservations, type JsonStatDataset } from './jsonstat.ts';

export interface RdRow { area: string; year: number; rd_pct_gdp: number; source: string }
export interface TableUpdate { file: string; columns: string[]; rows: ({ area: string; year: number } & Record<string, number | string | null>)[] }
/** What a refresher yields: rows for rd.csv (replacing its source's rows) and/or a whole extra table. */
export interface SourceUpdate { source: Omit<SourceMeta, 'retrieved'>; rd?: RdRow[]; table?: TableUpdate }
export type Fetch = typeof fetch;

const EU_GEOS = ['NL', 'EU27_2020', 'EA20', 'DE', 'BE', 'FR', 'DK', 'AT', 'FI', 'SE', 'IE', 'IT', 'ES'];
export const EUROSTAT_RD_URL =
  'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/rd_e_gerdtot?format=JSON&lang=EN&unit=PC_GDP&sectperf=TOTAL&sinceTimePeriod=2010&' +
  EU_GEOS.map((g) => `geo=${g}`).join('&');

const OECD_AREAS = ['NLD', 'USA', 'DEU', 'BEL', 'FRA', 'DNK', 'EU27_2020', 'OECD'];
export const OECD_MSTI_URL =
  `https://sdmx.oecd.org/public/rest/data/OECD.STI.STP,DSD_MSTI@DF_MSTI,/${OECD_AREAS.join('+')}.A.G.PT_B1GQ..?startPeriod=2010&dimensionAtObservation=AllDimensions&format=csvfilewithlabels`;

/** How rate limits are honoured: retries after 429/503, the longest wait taken, and the clock (tests replace it). */
export const RETRY = {
  retries: 2,
  /** a Retry-After longer than this is not waited for: the dataset fails with the server's wait in its message */
  maxWaitMs: 120_000,
  /** without Retry-After */
  defaultWaitMs: 5_000,
  sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
};

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const t = header.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const at = Date.parse(t);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

export async function get(fetchImpl: Fetch, url: string, what: string, accept?: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetchImpl(url, { headers: { 'user-agent': 'polderbot data refresh', ...(accept ? { accept } : {}) }, signal: AbortSignal.timeout(60_000) });
    } catch (err) {
      throw new Error(`${what}: request failed (${(err as Error).message}) for ${url}`);
    }
    if ((res.status === 429 || res.status === 503) && attempt < RETRY.retries) {
      const wait = retryAfterMs(res.headers.get('retry-after')) ?? RETRY.defaultWaitMs;
      if (wait > RETRY.maxWaitMs) throw new Error(`${what}: HTTP ${res.status}, the server asks to wait ${Math.round(wait / 1000)} s (more than ${RETRY.maxWaitMs / 1000} s); try again later. ${url}`);
      await res.text().catch(() => '');
      await RETRY.sleep(wait);
      continue;
    }
    if (res.status === 429) throw new Error(`${what}: HTTP 429 (rate limited) after ${attempt + 1} attempts from ${url}`);
    if (!res.ok) throw new Error(`${what}: HTTP ${res.status} from ${url}`);
    return res.text();
  }
}

/** Eurostat rd_e_gerdtot (GERD, % of GDP, all sectors), JSON-stat 2.0. */
export async function fetchEurostat(fetchImpl: Fetch = fetch): Promise<SourceUpdate> {
  const text = await get(fetchImpl, EUROSTAT_RD_URL, 'Eurostat rd_e_gerdtot');
  let ds: JsonStatDataset;
  try {
    ds = JSON.parse(text);
  } catch {
    throw new Error('Eurostat rd_e_gerdtot: response is not JSON');
  }
  const rd: RdRow[] = [];
  for (const o of jsonStatObservations(ds)) {
    const area = areaFromSourceCode(o.geo);
    if (!area || (o.unit && o.unit !== 'PC_GDP') || (o.sectperf && o.sectperf !== 'TOTAL')) continue;
    rd.push({ area, year: Number(o.time), rd_pct_gdp: o.value, source: 'eurostat-rd' });
  }
  if (!rd.length) throw new Error('Eurostat rd_e_gerdtot: no observations in the response');
  return {
    source: {
      id: 'eurostat-rd', file: 'rd.csv', columns: ['rd_pct_gdp'], dataset: 'Gross domestic expenditure on R&D (GERD) by sector of performance', table: 'rd_e_gerdtot (unit PC_GDP, sectperf TOTAL)',
      publisher: 'Eurostat', licence: 'CC BY 4.0 (Eurostat copyright notice)', url: EUROSTAT_RD_URL, attribution: 'Source: Eurostat, rd_e_gerdtot.',
    },
    rd,
  };
}

/** OECD MSTI GERD as % of GDP, SDMX-CSV. */
export async function fetchOecd(fetchImpl: Fetch = fetch): Promise<SourceUpdate> {
  const text = await get(fetchImpl, OECD_MSTI_URL, 'OECD MSTI');
  const recs = parseCsv(text);
  if (!recs.length || !('REF_AREA' in recs[0]) || !('OBS_VALUE' in recs[0])) throw new Error('OECD MSTI: response is not SDMX-CSV (REF_AREA, TIME_PERIOD, OBS_VALUE missing)');
  const rd: RdRow[] = [];
  for (const r of recs) {
    const area = areaFromSourceCode(r.REF_AREA);
    const v = num(r.OBS_VALUE);
    if (!area || v === null || (r.UNIT_MEASURE && r.UNIT_MEASURE !== 'PT_B1GQ') || (r.MEASURE && r.MEASURE !== 'G')) continue;
    rd.push({ area, year: Number(r.TIME_PERIOD), rd_pct_gdp: v, source: 'oecd-msti' });
  }
  if (!rd.length) throw new Error('OECD MSTI: no observations in the response');
  return {
    source: {
      id: 'oecd-msti', file: 'rd.csv', columns: ['rd_pct_gdp'], dataset: 'Main Science and Technology Indicators', table: 'DSD_MSTI@DF_MSTI (MEASURE G, UNIT_MEASURE PT_B1GQ)',
      publisher: 'OECD', licence: 'CC BY 4.0 (OECD data since July 2024)', url: OECD_MSTI_URL, attribution: 'OECD (2025), Main Science and Technology Indicators.',
    },
    rd,
  };
}

export const OECD_PDB_FLOW = { agency: 'OECD.SDD.TPS', id: 'DSD_PDB@DF_PDB_LV' };
/** SDMX REST structure query for the dataflow's latest version (SDMX-ML; the version is an attribute of the Dataflow element). */
export const OECD_PDB_STRUCTURE_URL = `https://sdmx.oecd.org/public/rest/dataflow/${OECD_PDB_FLOW.agency}/${OECD_PDB_FLOW.id}/latest`;
/** GDP per hour worked, USD at current PPPs (PRICE_BASE V): the column productivity-level reads. `version` as resolved. */
export const oecdPdbUrl = (version: string) =>
  `https://sdmx.oecd.org/public/rest/data/${OECD_PDB_FLOW.agency},${OECD_PDB_FLOW.id},${version}/${OECD_AREAS.join('+')}.A.GDPHRS._T.USD_PPP_H.V._Z._Z._Z?startPeriod=2010&dimensionAtObservation=AllDimensions&format=csvfilewithlabels`;

/**
 * The dataflow's current version, asked of the OECD rather than pinned (the
 * OECD retires old versions, and a pinned one then answers 404). When the
 * structure query fails, 'latest' is used in the data query, which the OECD
 * API also resolves to the current version.
 */
export async function resolveOecdPdbVersion(fetchImpl: Fetch = fetch): Promise<{ version: string; resolved: boolean }> {
  try {
    const xml = await get(fetchImpl, OECD_PDB_STRUCTURE_URL, 'OECD PDB_LV structure', 'application/vnd.sdmx.structure+xml; version=2.1');
    const m = new RegExp(`<(?:\\w+:)?Dataflow\\b[^>]*\\bid="${OECD_PDB_FLOW.id}"[^>]*>`).exec(xml);
    const v = m && /\bversion="([^"]+)"/.exec(m[0]);
    if (v) return { version: v[1], resolved: true };
  } catch {
    // fall through: the data query asks for 'latest'
  }
  return { version: 'latest', resolved: false };
}

/** OECD productivity levels: GDP per hour worked, USD at current prices and PPPs (read by productivity-level). */
export async function fetchOecdPdb(fetchImpl: Fetch = fetch): Promise<SourceUpdate> {
  const { version, resolved } = await resolveOecdPdbVersion(fetchImpl);
  const url = oecdPdbUrl(version);
  const text = await get(fetchImpl, url, 'OECD PDB_LV');
  const recs = parseCsv(text);
  if (!recs.length || !('REF_AREA' in recs[0]) || !('OBS_VALUE' in recs[0])) throw new Error('OECD PDB_LV: response is not SDMX-CSV (REF_AREA, TIME_PERIOD, OBS_VALUE missing)');
  const rows: { area: string; year: number; gdp_per_hour_usd_ppp_current: number }[] = [];
  for (const r of recs) {
    const area = areaFromSourceCode(r.REF_AREA);
    const v = num(r.OBS_VALUE);
    if (!area || v === null || (r.MEASURE && r.MEASURE !== 'GDPHRS') || (r.PRICE_BASE && r.PRICE_BASE !== 'V')) continue;
    rows.push({ area, year: Number(r.TIME_PERIOD), gdp_per_hour_usd_ppp_current: v });
  }
  if (!rows.length) throw new Error('OECD PDB_LV: no observations in the response');
  rows.sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year);
  // the version the response itself names (STRUCTURE_ID "OECD.SDD.TPS:DSD_PDB@DF_PDB_LV(1.0)"), else the resolved one
  const named = /\(([^)]+)\)$/.exec(recs[0].STRUCTURE_ID ?? recs[0].DATAFLOW ?? '')?.[1];
  const shownVersion = named ?? (resolved ? version : 'latest');
  return {
    source: {
      id: 'oecd-pdb-lv', file: 'oecd-pdb-lv.csv', columns: ['gdp_per_hour_usd_ppp_current'], dataset: 'OECD Productivity Statistics: productivity levels',
      table: `DSD_PDB@DF_PDB_LV version ${shownVersion} (GDPHRS, USD_PPP_H, PRICE_BASE V)`,
      publisher: 'OECD', licence: 'CC BY 4.0 (OECD data since July 2024)', url, attribution: 'OECD (2025), Productivity levels.',
    },
    table: { file: 'oecd-pdb-lv.csv', columns: ['gdp_per_hour_usd_ppp_current'], rows },
  };
}

/** One dataset of a source: fetched, parsed and saved on its own. */
export interface RefreshJob {
  id: string;
  run: (f?: Fetch) => Promise<SourceUpdate>;
}

/**
 * Each named source and its datasets. The datasets are independent: one that
 * fails is reported, the others are saved. Every dataset written here is read
 * by an indicator (rd.csv by rd-intensity, oecd-pdb-lv.csv by productivity-level).
 */
export const REFRESHERS: Record<string, RefreshJob[]> = {
  eurostat: [{ id: 'eurostat-rd', run: (f) => fetchEurostat(f) }],
  oecd: [
    { id: 'oecd-msti', run: (f) => fetchOecd(f) },
    { id: 'oecd-pdb-lv', run: (f) => fetchOecdPdb(f) },
  ],
};
