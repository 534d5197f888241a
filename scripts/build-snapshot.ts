// Builds the committed indicator snapshot (corpus/indicators/) from the public
// extracts in ../shared/data (read-only). Run: npm run data:snapshot
//   tsx scripts/build-snapshot.ts [--data ../shared/data] [--out corpus/indicators]
// The product reads only the snapshot; this script is the only reader of the extracts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.ts';
import { AREAS, areaFromSourceCode } from '../src/metrics/areas.ts';
import { num, parseCsv, toCsv } from '../src/metrics/csv.ts';
import { SNAPSHOT_FILES, type SourceMeta } from '../src/metrics/snapshot.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(PROJECT_ROOT, '..', 'shared', 'data') },
    out: { type: 'string', default: resolve(PROJECT_ROOT, 'corpus', 'indicators') },
    date: { type: 'string' },
  },
});
const DATA = resolve(values.data!);
const OUT = resolve(values.out!);
const BUILT = values.date ?? new Date().toISOString().slice(0, 10);
const read = (p: string) => parseCsv(readFileSync(resolve(DATA, p), 'utf8'));
const known = new Set(AREAS.map((a) => a.code));
const sig = (v: number | null, digits = 10) => (v === null ? null : Number(v.toPrecision(digits)));

// --- productivity.csv: World Bank GDP (constant PPP) + OECD employment and hours
const wdi = read('economist-gdp-per-hour/wdi_cache.csv');
const na = read('economist-gdp-per-hour/national_accounts_oecd_2025.csv');
const prod = new Map<string, Record<string, number | string | null>>();
const key = (a: string, y: number) => `${a}|${y}`;
for (const r of na) {
  const area = areaFromSourceCode(r.iso3c);
  const year = Number(r.year);
  if (!area || !known.has(area) || year < 1980) continue;
  const employed = num(r.employed);
  const hours = num(r.total_hours);
  if (employed === null && hours === null) continue;
  prod.set(key(area, year), { area, year, gdp_ppp_const: null, employed: sig(employed), total_hours: sig(hours) });
}
for (const r of wdi) {
  const area = areaFromSourceCode(r.iso3c);
  const year = Number(r.year);
  if (!area) continue;
  const row = prod.get(key(area, year));
  if (row) row.gdp_ppp_const = sig(num(r.gdp_ppp_c));
}
const prodRows = [...prod.values()].sort((a, b) => String(a.area).localeCompare(String(b.area)) || Number(a.year) - Number(b.year));

// --- pwt.csv: Penn World Table 10.01 growth-accounting columns
// cgdpo × pl_gdpo × xr = nominal GDP in national currency: with rgdpna it gives the GDP deflator (wages-vs-productivity)
const pwtCols = ['rgdpna', 'emp', 'avh', 'hc', 'rkna', 'rnna', 'rtfpna', 'labsh', 'cgdpo', 'pl_gdpo', 'xr'];
const pwtRows = read('pwt/pwt101.csv')
  .map((r) => ({ r, area: areaFromSourceCode(r.countrycode), year: Number(r.year) }))
  .filter((x) => x.area && known.has(x.area) && x.year >= 1980 && num(x.r.rgdpna) !== null)
  .map((x) => ({ area: x.area!, year: x.year, ...Object.fromEntries(pwtCols.map((c) => [c, sig(num(x.r[c]))])) }))
  .sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year);

// --- levels.csv: OECD productivity levels (GDP per hour, per person, hours)
const lvlMap: Record<string, string> = {
  'T_GDPHRS|CPC': 'gdp_per_hour_usd_ppp_current',
  'T_GDPHRS|VPVOB': 'gdp_per_hour_usd_ppp_2015',
  'T_GDPHRS|PCTUS': 'gdp_per_hour_pct_us',
  'T_GDPHRS|C': 'gdp_per_hour_nc_current',
  'T_GDPEMP|CPC': 'gdp_per_worker_usd_ppp_current',
  'T_GDPEMP|PCTUS': 'gdp_per_worker_pct_us',
  'T_HRSTO|PEHRS': 'hours_total_mn',
  'T_HRSAV|PEHRS': 'hours_per_worker',
};
const levelCols = Object.values(lvlMap);
const lvl = new Map<string, Record<string, number | string | null>>();
for (const r of read('oecd-productivity-levels/oecddata.csv')) {
  const col = lvlMap[`${r.SUBJECT}|${r.MEASURE}`];
  const area = areaFromSourceCode(r.LOCATION);
  if (!col || !area || !known.has(area)) continue;
  const year = Number(r.TIME);
  const k = key(area, year);
  if (!lvl.has(k)) lvl.set(k, { area, year, ...Object.fromEntries(levelCols.map((c) => [c, null])) });
  lvl.get(k)![col] = sig(num(r.Value));
}
const lvlRows = [...lvl.values()].sort((a, b) => String(a.area).localeCompare(String(b.area)) || Number(a.year) - Number(b.year));

// --- rd.csv: GERD as % of GDP (long format with a source column, so refreshers can add rows)
const rdRows = read('owid/research-spending-gdp.csv')
  .map((r) => ({ r, area: r.Entity === 'European Union (27)' ? 'EU27' : areaFromSourceCode(r.Code) }))
  .filter((x) => x.area && known.has(x.area))
  .map((x) => ({ area: x.area!, year: Number(x.r.Year), rd_pct_gdp: sig(num(x.r['Research and development expenditure (% of GDP)']), 6), source: 'owid-rd' }))
  .filter((x) => x.rd_pct_gdp !== null)
  .sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year);

// --- cpi.csv: consumer price inflation, annual % (deflates wages for consumers)
const cpiRows = read('owid/inflation-of-consumer-prices.csv')
  .map((r) => ({ r, area: areaFromSourceCode(r.Code) }))
  .filter((x) => x.area && known.has(x.area))
  .map((x) => ({ area: x.area!, year: Number(x.r.Year), cpi_inflation_pct: sig(num(x.r['Inflation, consumer prices (annual %)']), 6) }))
  .filter((x) => x.cpi_inflation_pct !== null && x.year >= 1980)
  .sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year);

// --- sources.json: provenance and attribution (copied from ../shared/data/README.md)
const sources: SourceMeta[] = [
  {
    id: 'wdi-gdp', file: SNAPSHOT_FILES.productivity, columns: ['gdp_ppp_const'],
    dataset: 'World Development Indicators', table: 'NY.GDP.MKTP.PP.KD (GDP, PPP, constant international $)', publisher: 'World Bank',
    licence: 'CC BY 4.0', url: 'https://data.worldbank.org/indicator/NY.GDP.MKTP.PP.KD', retrieved: BUILT,
    attribution: 'World Bank World Development Indicators (CC BY 4.0), as extracted by The Economist and Solstad (2025), "GDP per hour estimates" [dataset], repository TheEconomist/the-economist-gdp-per-hour-estimates (commit 513d0913), file wdi_cache.csv (column gdp_ppp_c).',
  },
  {
    id: 'oecd-hours', file: SNAPSHOT_FILES.productivity, columns: ['employed', 'total_hours'],
    dataset: 'OECD National Accounts: employment and hours worked', table: 'DSD_NAMAIN10@DF_TABLE3_EMPDC', publisher: 'OECD',
    licence: 'OECD terms and conditions', url: 'https://data-explorer.oecd.org/', retrieved: BUILT,
    attribution: 'OECD national accounts table DSD_NAMAIN10@DF_TABLE3_EMPDC, as extracted by The Economist and Solstad (2025), "GDP per hour estimates" [dataset], repository TheEconomist/the-economist-gdp-per-hour-estimates (commit 513d0913), file national_accounts_oecd_2025.csv.',
  },
  {
    id: 'pwt', file: SNAPSHOT_FILES.pwt, columns: pwtCols,
    dataset: 'Penn World Table 10.01', table: `pwt1001 (${pwtCols.join(', ')})`, publisher: 'Groningen Growth and Development Centre',
    licence: 'CC BY 4.0', url: 'https://www.rug.nl/ggdc/productivity/pwt/', retrieved: BUILT,
    attribution: 'Feenstra, Inklaar and Timmer (2015), "The Next Generation of the Penn World Table", American Economic Review 105(10); Groningen Growth and Development Centre, CC BY 4.0. Copy taken from the public repository jivizcaino/PWT10.1 (commit ee72e2a6).',
  },
  {
    id: 'oecd-pdb', file: SNAPSHOT_FILES.levels, columns: levelCols,
    dataset: 'OECD Productivity Statistics: productivity levels', table: 'PDB_LV (T_GDPHRS, T_GDPEMP, T_HRSTO, T_HRSAV)', publisher: 'OECD',
    licence: 'OECD terms and conditions', url: 'https://data-explorer.oecd.org/ (DSD_PDB@DF_PDB_LV)', retrieved: BUILT,
    attribution: 'OECD Productivity Statistics (OECD terms and conditions), export found in repository anggimude/OECD (commit 99651670).',
  },
  {
    id: 'owid-rd', file: SNAPSHOT_FILES.rd, columns: ['rd_pct_gdp'],
    dataset: 'Research and development expenditure (% of GDP)', table: 'GB.XPD.RSDV.GD.ZS', publisher: 'UNESCO Institute for Statistics via World Bank, published by Our World in Data',
    licence: 'CC BY 4.0', url: 'https://ourworldindata.org/grapher/research-spending-gdp', retrieved: BUILT,
    attribution: 'UNESCO Institute for Statistics via World Bank, as published by Our World in Data; copy from repository yukifuruse1217/pub_fee (commit bd25153c).',
  },
  {
    id: 'owid-cpi', file: SNAPSHOT_FILES.cpi, columns: ['cpi_inflation_pct'],
    dataset: 'Inflation, consumer prices (annual %)', table: 'FP.CPI.TOTL.ZG', publisher: 'World Bank (IMF International Financial Statistics), published by Our World in Data',
    licence: 'CC BY 4.0', url: 'https://ourworldindata.org/grapher/inflation-of-consumer-prices', retrieved: BUILT,
    attribution: 'World Bank (IMF International Financial Statistics) via Our World in Data; copy from repository yukifuruse1217/pub_fee (commit bd25153c).',
  },
];

mkdirSync(OUT, { recursive: true });
const write = (name: string, text: string) => {
  writeFileSync(resolve(OUT, name), text);
  console.log(`${name}: ${text.split('\n').length - 2} rows, ${(text.length / 1024).toFixed(1)} kB`);
};
write(SNAPSHOT_FILES.productivity, toCsv(['area', 'year', 'gdp_ppp_const', 'employed', 'total_hours'], prodRows));
write(SNAPSHOT_FILES.pwt, toCsv(['area', 'year', ...pwtCols], pwtRows));
write(SNAPSHOT_FILES.levels, toCsv(['area', 'year', ...levelCols], lvlRows));
write(SNAPSHOT_FILES.rd, toCsv(['area', 'year', 'rd_pct_gdp', 'source'], rdRows));
write(SNAPSHOT_FILES.cpi, toCsv(['area', 'year', 'cpi_inflation_pct'], cpiRows));
write(SNAPSHOT_FILES.sources, JSON.stringify({ built: BUILT, builtFrom: '../shared/data (see its README.md)', sources }, null, 2) + '\n');
