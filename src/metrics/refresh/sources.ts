// Live sources for `polderbot data refresh`: request URLs, response parsing
// and the snapshot rows they yield. Each fetcher throws on any HTTP or format
// error; the caller then keeps the previous snapshot.
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
  `https://sdmx.oecd.org/public/rest/data/OECD.STI.STP,DSD_MSTI@DF_MSTI,/${OECD_AREAS.join('+')}.A.G.PT_B1GQ..?startPeriod=2010&dimensionAtObservation=AllDimensions&format=csv`;

async function get(fetchImpl: Fetch, url: string, what: string): Promise<string> {
  let res: Response;
  try {
    res = await fetchImpl(url, { headers: { 'user-agent': 'polderbot data refresh' }, signal: AbortSignal.timeout(60_000) });
  } catch (err) {
    throw new Error(`${what}: request failed (${(err as Error).message}) for ${url}`);
  }
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} from ${url}`);
  return res.text();
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

export const EUROSTAT_LP_URL =
  'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/nama_10_lp_ulc?format=JSON&lang=EN&na_item=RLPR_HW&unit=PCH_PRE&sinceTimePeriod=2010&' +
  EU_GEOS.map((g) => `geo=${g}`).join('&');

/** Eurostat nama_10_lp_ulc: real labour productivity per hour worked, % change on the previous year. */
export async function fetchEurostatLp(fetchImpl: Fetch = fetch): Promise<SourceUpdate> {
  const text = await get(fetchImpl, EUROSTAT_LP_URL, 'Eurostat nama_10_lp_ulc');
  let ds: JsonStatDataset;
  try {
    ds = JSON.parse(text);
  } catch {
    throw new Error('Eurostat nama_10_lp_ulc: response is not JSON');
  }
  const rows: { area: string; year: number; rlpr_hw_pch_pre: number }[] = [];
  for (const o of jsonStatObservations(ds)) {
    const area = areaFromSourceCode(o.geo);
    if (!area || (o.na_item && o.na_item !== 'RLPR_HW') || (o.unit && o.unit !== 'PCH_PRE')) continue;
    rows.push({ area, year: Number(o.time), rlpr_hw_pch_pre: o.value });
  }
  if (!rows.length) throw new Error('Eurostat nama_10_lp_ulc: no observations in the response');
  rows.sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year);
  return {
    source: {
      id: 'eurostat-lp', file: 'eurostat-lp.csv', columns: ['rlpr_hw_pch_pre'], dataset: 'Labour productivity and unit labour costs', table: 'nama_10_lp_ulc (na_item RLPR_HW, unit PCH_PRE)',
      publisher: 'Eurostat', licence: 'CC BY 4.0 (Eurostat copyright notice)', url: EUROSTAT_LP_URL, attribution: 'Source: Eurostat, nama_10_lp_ulc.',
    },
    table: { file: 'eurostat-lp.csv', columns: ['rlpr_hw_pch_pre'], rows },
  };
}

export const OECD_PDB_URL =
  `https://sdmx.oecd.org/public/rest/data/OECD.SDD.TPS,DSD_PDB@DF_PDB_LV,1.0/${OECD_AREAS.join('+')}.A.GDPHRS._T.USD_PPP_H.Q._Z._Z._Z?startPeriod=2010&dimensionAtObservation=AllDimensions&format=csv`;

/** OECD productivity levels: GDP per hour worked, USD at constant prices and PPPs. */
export async function fetchOecdPdb(fetchImpl: Fetch = fetch): Promise<SourceUpdate> {
  const text = await get(fetchImpl, OECD_PDB_URL, 'OECD PDB_LV');
  const recs = parseCsv(text);
  if (!recs.length || !('REF_AREA' in recs[0]) || !('OBS_VALUE' in recs[0])) throw new Error('OECD PDB_LV: response is not SDMX-CSV (REF_AREA, TIME_PERIOD, OBS_VALUE missing)');
  const rows: { area: string; year: number; gdp_per_hour_usd_ppp_const: number }[] = [];
  for (const r of recs) {
    const area = areaFromSourceCode(r.REF_AREA);
    const v = num(r.OBS_VALUE);
    if (!area || v === null || (r.MEASURE && r.MEASURE !== 'GDPHRS')) continue;
    rows.push({ area, year: Number(r.TIME_PERIOD), gdp_per_hour_usd_ppp_const: v });
  }
  if (!rows.length) throw new Error('OECD PDB_LV: no observations in the response');
  rows.sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year);
  return {
    source: {
      id: 'oecd-pdb-lv', file: 'oecd-pdb-lv.csv', columns: ['gdp_per_hour_usd_ppp_const'], dataset: 'OECD Productivity Statistics: productivity levels', table: 'DSD_PDB@DF_PDB_LV (GDPHRS, USD_PPP_H, PRICE_BASE Q)',
      publisher: 'OECD', licence: 'CC BY 4.0 (OECD data since July 2024)', url: OECD_PDB_URL, attribution: 'OECD (2025), Productivity levels.',
    },
    table: { file: 'oecd-pdb-lv.csv', columns: ['gdp_per_hour_usd_ppp_const'], rows },
  };
}

/** Each named source and the datasets it fetches (all must succeed, or nothing is written). */
export const REFRESHERS: Record<string, (f?: Fetch) => Promise<SourceUpdate[]>> = {
  eurostat: async (f) => Promise.all([fetchEurostat(f), fetchEurostatLp(f)]),
  oecd: async (f) => Promise.all([fetchOecd(f), fetchOecdPdb(f)]),
};
