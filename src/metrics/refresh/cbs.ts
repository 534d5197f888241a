// CBS StatLine open data (OData v3): one table's TypedDataSet and
// DataProperties → a wide table cbs-<table>.csv (area NL, year, one column per topic).
import { z } from 'zod';
import type { Fetch, SourceUpdate } from './sources.ts';

export const CBS_BASE = 'https://opendata.cbs.nl/ODataApi/odata';

/** One entry of DataProperties; entries without a Type and Key (none are used) are left out. */
const DataPropertySchema = z.object({ Type: z.string(), Key: z.string(), Title: z.string().nullish(), Unit: z.string().nullish() });
type DataProperty = z.infer<typeof DataPropertySchema>;

function dataProperties(value: Record<string, unknown>[]): DataProperty[] {
  return value.flatMap((v) => {
    const p = DataPropertySchema.safeParse(v);
    return p.success ? [p.data] : [];
  });
}

async function getJson(fetchImpl: Fetch, url: string, what: string): Promise<{ value: Record<string, unknown>[]; 'odata.nextLink'?: string }> {
  let res: Response;
  try {
    res = await fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(60_000) });
  } catch (err) {
    throw new Error(`${what}: request failed (${(err as Error).message}) for ${url}`);
  }
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} from ${url}`);
  let j: unknown;
  try {
    j = await res.json();
  } catch {
    throw new Error(`${what}: response is not JSON (${url})`);
  }
  if (!j || !Array.isArray((j as { value?: unknown }).value)) throw new Error(`${what}: not an OData response (no "value" array) from ${url}`);
  return j as { value: Record<string, unknown>[]; 'odata.nextLink'?: string };
}

export function cbsUrls(table: string, filter?: string) {
  if (!/^[0-9A-Za-z]{5,12}$/.test(table)) throw new Error(`CBS table id "${table}" is not valid (e.g. 85828NED)`);
  const q = `$format=json${filter ? `&$filter=${encodeURIComponent(filter)}` : ''}`;
  return { properties: `${CBS_BASE}/${table}/DataProperties?$format=json`, data: `${CBS_BASE}/${table}/TypedDataSet?${q}` };
}

/** Annual rows of a CBS table: Perioden "2023JJ00" → 2023; topics as numeric columns. */
export async function fetchCbs(table: string, filter: string | undefined, fetchImpl: Fetch = fetch): Promise<SourceUpdate> {
  const what = `CBS StatLine ${table}`;
  const urls = cbsUrls(table, filter);
  const props = dataProperties((await getJson(fetchImpl, urls.properties, what)).value);
  const topics = props.filter((p) => p.Type === 'Topic').map((p) => p.Key);
  const dims = props.filter((p) => p.Type === 'Dimension' || p.Type === 'GeoDimension').map((p) => p.Key);
  const time = props.find((p) => p.Type === 'TimeDimension')?.Key ?? 'Perioden';
  if (!topics.length) throw new Error(`${what}: DataProperties lists no topics`);
  const records: Record<string, unknown>[] = [];
  let next: string | undefined = urls.data;
  for (let page = 0; next && page < 50; page++) {
    const j = await getJson(fetchImpl, next, what);
    records.push(...j.value);
    next = j['odata.nextLink'];
  }
  const byYear = new Map<number, Record<string, number | null>>();
  for (const r of records) {
    const m = /^(\d{4})JJ00$/.exec(String(r[time] ?? '').trim());
    if (!m) continue;
    const year = Number(m[1]);
    if (byYear.has(year)) {
      throw new Error(`${what}: several rows per year (dimensions: ${dims.join(', ') || 'unknown'}); give --filter, e.g. "${dims[0] ?? 'Dimension'} eq 'CODE'"`);
    }
    byYear.set(year, Object.fromEntries(topics.map((t) => [t, typeof r[t] === 'number' ? (r[t] as number) : null])));
  }
  if (!byYear.size) throw new Error(`${what}: no annual (JJ00) observations in the response`);
  const id = `cbs-${table.toLowerCase()}`;
  return {
    source: {
      id, file: `${id}.csv`, columns: topics, dataset: `CBS StatLine table ${table}`, table: `${table}${filter ? ` ($filter ${filter})` : ''}: ${topics.join(', ')}`,
      publisher: 'Centraal Bureau voor de Statistiek (CBS)', licence: 'CC BY 4.0', url: urls.data, attribution: `Source: CBS StatLine, table ${table}.`,
    },
    table: {
      file: `${id}.csv`,
      columns: topics,
      rows: [...byYear].sort((a, b) => a[0] - b[0]).map(([year, v]) => ({ area: 'NL', year, ...v })),
    },
  };
}
