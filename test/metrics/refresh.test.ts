import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/metrics/snapshot.ts';
import { jsonStatObservations } from '../../src/metrics/refresh/jsonstat.ts';
import { formatChanges, refreshSnapshot, RefreshError } from '../../src/metrics/refresh/refresh.ts';
import { EUROSTAT_RD_URL, OECD_MSTI_URL, OECD_PDB_STRUCTURE_URL, oecdPdbUrl, resolveOecdPdbVersion, RETRY, retryAfterMs } from '../../src/metrics/refresh/sources.ts';
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
  const pdbData = (version: string) => split(oecdPdbUrl(version));
  const mockAll = (opts: { pdbStatus?: number; mstiStatus?: number } = {}) => {
    const e = split(EUROSTAT_RD_URL);
    const o = split(OECD_MSTI_URL);
    const st = split(OECD_PDB_STRUCTURE_URL);
    const d = pdbData('1.0');
    nock(e.origin).get(e.path).reply(200, fx('eurostat-rd_e_gerdtot.json'), { 'content-type': 'application/json' });
    nock(o.origin).get(o.path).reply(opts.mstiStatus ?? 200, opts.mstiStatus ? 'Internal Server Error' : fx('oecd-msti.csv'), { 'content-type': 'application/vnd.sdmx.data+csv' });
    nock(st.origin).get(st.path).reply(200, fx('oecd-pdb-lv-dataflow.xml'), { 'content-type': 'application/vnd.sdmx.structure+xml' });
    nock(d.origin).get(d.path).reply(opts.pdbStatus ?? 200, opts.pdbStatus ? 'Service Unavailable' : fx('oecd-pdb-lv.csv'));
  };

  it('writes a new snapshot and reports new and revised points; every dataset written is read by an indicator', async () => {
    const dir = copySnapshot();
    mockAll();
    const r = await refreshSnapshot({ dir, today: '2026-12-01' });
    expect(r.failures).toEqual([]);
    expect(r.sources.sort()).toEqual(['eurostat-rd', 'oecd-msti', 'oecd-pdb-lv']);
    expect(r.changes).toContainEqual(expect.objectContaining({ series: 'oecd-pdb-lv.csv:gdp_per_hour_usd_ppp_current', area: 'US', year: 2023, value: 97.2 }));
    expect(r.changes.some((c) => c.kind === 'new' && c.area === 'NL' && c.year === 2023 && c.value === 2.26 && c.source === 'eurostat-rd')).toBe(true);
    expect(r.changes.some((c) => c.area === 'OECD' && c.year === 2022 && c.source === 'oecd-msti')).toBe(true);
    expect(formatChanges(r)).toMatch(/new, \d+ revised data points/);
    const snap = readSnapshot(dir);
    expect(snap.sources.find((s) => s.id === 'eurostat-rd')!.retrieved).toBe('2026-12-01');
    expect(snap.sources.find((s) => s.id === 'oecd-pdb-lv')!.table).toMatch(/DSD_PDB@DF_PDB_LV version 1\.0/);
    expect(readdirSync(dir).filter((f) => f.startsWith('eurostat-lp'))).toEqual([]); // no longer written: nothing read it
    // refreshed data is preferred: latest NL R&D year is now 2023 from Eurostat …
    const rd = await runIndicator('rd-intensity', { vs: ['DE'] }, { snapshot: snap });
    expect(rd.figures[0]).toMatchObject({ country: 'NL', value: 2.26, period: '2023', source: { publisher: 'Eurostat' } });
    // … and productivity-level reads the refreshed PDB rows (2023, beyond the 2013-2022 extract)
    const lv = await runIndicator('productivity-level', { vs: [] }, { snapshot: snap });
    expect(lv.figures[0]).toMatchObject({ country: 'NL', value: 96.8, period: '2023', source: { table: expect.stringMatching(/DSD_PDB@DF_PDB_LV/) } });
    expect(readdirSync(dirname(dir))).toEqual(['indicators']); // no temp dirs left
  });

  it('saves OECD MSTI when PDB fails, and reports the PDB failure', async () => {
    const dir = copySnapshot();
    mockAll({ pdbStatus: 500 });
    const r = await refreshSnapshot({ dir, sources: ['oecd'], today: '2026-12-01' });
    expect(r.sources).toEqual(['oecd-msti']);
    expect(r.failures).toEqual([{ source: 'oecd-pdb-lv', error: expect.stringMatching(/OECD PDB_LV: HTTP 500 from https:\/\/sdmx\.oecd\.org/) }]);
    const snap = readSnapshot(dir);
    const oecdRows = snap.rd.rows.filter((x) => x.source === 'oecd-msti');
    expect(oecdRows.map((x) => [x.area, x.year, x.rd_pct_gdp])).toContainEqual(['OECD', 2022, 2.73]);
    expect(snap.sources.find((s) => s.id === 'oecd-msti')!.retrieved).toBe('2026-12-01');
    expect(snap.extra.has('oecd-pdb-lv.csv')).toBe(false);
    expect(formatChanges(r)).toMatch(/not refreshed: oecd-pdb-lv: OECD PDB_LV: HTTP 500.*previous data are kept/);
  });

  it('honours 429 with Retry-After, and gives up on a wait longer than the cap', async () => {
    const waits: number[] = [];
    const sleep = RETRY.sleep;
    RETRY.sleep = async (ms) => void waits.push(ms);
    try {
      const dir = copySnapshot();
      const e = split(EUROSTAT_RD_URL);
      nock(e.origin).get(e.path).reply(429, 'Too Many Requests', { 'retry-after': '7' });
      nock(e.origin).get(e.path).reply(200, fx('eurostat-rd_e_gerdtot.json'));
      const r = await refreshSnapshot({ dir, sources: ['eurostat'] });
      expect(waits).toEqual([7000]);
      expect(r.sources).toEqual(['eurostat-rd']);
      nock(e.origin).get(e.path).reply(429, 'Too Many Requests', { 'retry-after': '3600' });
      const err = await refreshSnapshot({ dir, sources: ['eurostat'] }).catch((x) => x);
      expect(err).toBeInstanceOf(RefreshError);
      expect(err.message).toMatch(/HTTP 429, the server asks to wait 3600 s/);
      expect(retryAfterMs('Wed, 21 Oct 2026 07:28:30 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(30_000);
    } finally {
      RETRY.sleep = sleep;
    }
  });

  it('asks the OECD for the PDB dataflow version instead of pinning it', async () => {
    const st = split(OECD_PDB_STRUCTURE_URL);
    nock(st.origin).get(st.path).reply(200, fx('oecd-pdb-lv-dataflow.xml').replace(/version="1\.0" isFinal/, 'version="2.1" isFinal'));
    expect(await resolveOecdPdbVersion()).toEqual({ version: '2.1', resolved: true });
    nock(st.origin).get(st.path).reply(404, 'NoResultsFound');
    expect(await resolveOecdPdbVersion()).toEqual({ version: 'latest', resolved: false });
    expect(oecdPdbUrl('latest')).toContain('OECD.SDD.TPS,DSD_PDB@DF_PDB_LV,latest/');
  });

  it('keeps the previous snapshot when every dataset fails', async () => {
    const dir = copySnapshot();
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const e = split(EUROSTAT_RD_URL);
    nock(e.origin).get(e.path).reply(500, 'Internal Server Error');
    const err = await refreshSnapshot({ dir, sources: ['eurostat'] }).catch((x) => x);
    expect(err).toBeInstanceOf(RefreshError);
    expect(err.message).toMatch(/Eurostat rd_e_gerdtot: HTTP 500 from https:\/\/ec\.europa\.eu/);
    expect(err.message).toMatch(/snapshot in .* is unchanged/);
    for (const [f, text] of Object.entries(before)) expect(readFileSync(join(dir, f), 'utf8')).toBe(text);
    expect(readdirSync(dirname(dir))).toEqual(['indicators']);
  });

  it('rejects a malformed response and an unknown source', async () => {
    const dir = copySnapshot();
    const e = split(EUROSTAT_RD_URL);
    nock(e.origin).get(e.path).reply(200, '<html>maintenance</html>');
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
