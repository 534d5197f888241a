import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/metrics/snapshot.ts';
import { jsonStatObservations } from '../../src/metrics/refresh/jsonstat.ts';
import { formatChanges, refreshSnapshot, RefreshError } from '../../src/metrics/refresh/refresh.ts';
import { EUROSTAT_LP_URL, EUROSTAT_RD_URL, OECD_MSTI_URL, OECD_PDB_URL } from '../../src/metrics/refresh/sources.ts';
import { runIndicator } from '../../src/metrics/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fx = (f: string) => readFileSync(resolve(here, '../fixtures/metrics', f), 'utf8');
const ROOT = resolve(here, '../..');

function copySnapshot(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'pb-snap-')), 'indicators');
  cpSync(resolve(ROOT, 'corpus/indicators'), dir, { recursive: true });
  return dir;
}
const split = (u: string) => {
  const url = new URL(u);
  return { origin: url.origin, path: url.pathname + url.search };
};
afterEach(() => nock.cleanAll());

describe('JSON-stat 2.0', () => {
  it('flattens a sparse value object row-major', () => {
    const obs = jsonStatObservations(JSON.parse(fx('eurostat-rd_e_gerdtot.json')));
    expect(obs).toHaveLength(9);
    expect(obs[0]).toMatchObject({ geo: 'EU27_2020', time: '2021', value: 2.27 });
    expect(obs[5]).toMatchObject({ geo: 'NL', time: '2023', value: 2.26 });
    expect(obs[8]).toMatchObject({ geo: 'DE', time: '2023', value: 3.11 });
    expect(() => jsonStatObservations({} as never)).toThrow(/JSON-stat/);
  });
});

describe('data refresh', () => {
  it('writes a new snapshot and reports new and revised points', async () => {
    const dir = copySnapshot();
    const e = split(EUROSTAT_RD_URL);
    const o = split(OECD_MSTI_URL);
    nock(e.origin).get(e.path).reply(200, fx('eurostat-rd_e_gerdtot.json'), { 'content-type': 'application/json' });
    nock(o.origin).get(o.path).reply(200, fx('oecd-msti.csv'), { 'content-type': 'application/vnd.sdmx.data+csv' });
    const lp = split(EUROSTAT_LP_URL);
    const pdb = split(OECD_PDB_URL);
    nock(lp.origin).get(lp.path).reply(200, fx('eurostat-nama_10_lp_ulc.json'));
    nock(pdb.origin).get(pdb.path).reply(200, fx('oecd-pdb-lv.csv'));
    const r = await refreshSnapshot({ dir, today: '2026-12-01' });
    expect(r.sources.sort()).toEqual(['eurostat-lp', 'eurostat-rd', 'oecd-msti', 'oecd-pdb-lv']);
    expect(r.changes).toContainEqual(expect.objectContaining({ series: 'eurostat-lp.csv:rlpr_hw_pch_pre', area: 'NL', year: 2024, value: 0.6 }));
    expect(r.changes).toContainEqual(expect.objectContaining({ series: 'oecd-pdb-lv.csv:gdp_per_hour_usd_ppp_const', area: 'US', year: 2023, value: 80.2 }));
    expect(r.changes.some((c) => c.kind === 'new' && c.area === 'NL' && c.year === 2023 && c.value === 2.26 && c.source === 'eurostat-rd')).toBe(true);
    expect(r.changes.some((c) => c.area === 'OECD' && c.year === 2022 && c.source === 'oecd-msti')).toBe(true);
    expect(formatChanges(r)).toMatch(/new, \d+ revised data points/);
    const snap = readSnapshot(dir);
    expect(snap.sources.find((s) => s.id === 'eurostat-rd')!.retrieved).toBe('2026-12-01');
    // refreshed data is preferred: latest NL year is now 2023 from Eurostat
    const rd = await runIndicator('rd-intensity', { vs: ['DE'] }, { snapshot: snap });
    expect(rd.figures[0]).toMatchObject({ country: 'NL', value: 2.26, period: '2023', source: { publisher: 'Eurostat' } });
    expect(readdirSync(dirname(dir))).toEqual(['indicators']); // no temp dirs left
  });

  it('keeps the previous snapshot when one source returns 500', async () => {
    const dir = copySnapshot();
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const e = split(EUROSTAT_RD_URL);
    const o = split(OECD_MSTI_URL);
    nock(e.origin).get(e.path).reply(200, fx('eurostat-rd_e_gerdtot.json'));
    nock(o.origin).get(o.path).reply(500, 'Internal Server Error');
    const lp = split(EUROSTAT_LP_URL);
    const pdb = split(OECD_PDB_URL);
    nock(lp.origin).get(lp.path).reply(200, fx('eurostat-nama_10_lp_ulc.json'));
    nock(pdb.origin).get(pdb.path).reply(200, fx('oecd-pdb-lv.csv'));
    const err = await refreshSnapshot({ dir }).catch((x) => x);
    expect(err).toBeInstanceOf(RefreshError);
    expect(err.message).toMatch(/OECD MSTI: HTTP 500 from https:\/\/sdmx\.oecd\.org/);
    expect(err.message).toMatch(/snapshot in .* is unchanged/);
    for (const [f, text] of Object.entries(before)) expect(readFileSync(join(dir, f), 'utf8')).toBe(text);
    expect(readdirSync(dirname(dir))).toEqual(['indicators']);
  });

  it('rejects a malformed response and an unknown source', async () => {
    const dir = copySnapshot();
    const e = split(EUROSTAT_RD_URL);
    nock(e.origin).get(e.path).reply(200, '<html>maintenance</html>');
    const lp = split(EUROSTAT_LP_URL);
    nock(lp.origin).get(lp.path).delay(50).reply(200, fx('eurostat-nama_10_lp_ulc.json'));
    await expect(refreshSnapshot({ dir, sources: ['eurostat'] })).rejects.toThrow(/rd_e_gerdtot: response is not JSON.*unchanged/);
    await expect(refreshSnapshot({ dir, sources: ['statline'] })).rejects.toThrow(/Valid sources: eurostat, oecd, cbs/);
  });
});

describe('CBS StatLine refresh', () => {
  const base = 'https://opendata.cbs.nl';
  it('fetches a table (with paging) into cbs-<table>.csv and reports new points', async () => {
    const dir = copySnapshot();
    nock(base).get('/ODataApi/odata/99999NED/DataProperties').query({ $format: 'json' }).reply(200, fx('cbs-dataproperties.json'));
    nock(base).get('/ODataApi/odata/99999NED/TypedDataSet').query({ $format: 'json' }).reply(200, fx('cbs-typeddataset-page1.json'));
    nock(base).get('/ODataApi/odata/99999NED/TypedDataSet').query({ $format: 'json', $skiptoken: '2' }).reply(200, fx('cbs-typeddataset-page2.json'));
    const r = await refreshSnapshot({ dir, sources: ['cbs'], cbsTables: ['99999NED'], today: '2026-12-01' });
    expect(r.sources).toEqual(['cbs-99999ned']);
    expect(r.changes.filter((c) => c.series === 'cbs-99999ned.csv:Arbeidsproductiviteit_1').map((c) => [c.year, c.value])).toEqual([[2021, 1.8], [2022, 0.6], [2023, -0.9]]);
    const snap = readSnapshot(dir);
    expect(snap.extra.get('cbs-99999ned.csv')!.rows).toHaveLength(3);
    expect(snap.sources.find((s) => s.id === 'cbs-99999ned')).toMatchObject({ publisher: 'Centraal Bureau voor de Statistiek (CBS)', licence: 'CC BY 4.0', retrieved: '2026-12-01' });
  });
  it('needs a table id, and keeps the snapshot when CBS fails', async () => {
    const dir = copySnapshot();
    await expect(refreshSnapshot({ dir, sources: ['cbs'] })).rejects.toThrow(/needs a StatLine table id/);
    nock(base).get('/ODataApi/odata/99999NED/DataProperties').query(true).reply(503, 'busy');
    const before = readFileSync(join(dir, 'sources.json'), 'utf8');
    await expect(refreshSnapshot({ dir, sources: ['cbs'], cbsTables: ['99999NED'] })).rejects.toThrow(/CBS StatLine 99999NED: HTTP 503.*unchanged/);
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe(before);
  });
});
