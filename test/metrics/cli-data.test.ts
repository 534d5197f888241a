import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runData } from '../../src/cli/data.ts';
import { UsageError } from '../../src/cli/usage.ts';
import { EUROSTAT_RD_URL } from '../../src/metrics/refresh/sources.ts';

const here = dirname(fileURLToPath(import.meta.url));
afterEach(() => {
  nock.cleanAll();
  vi.restoreAllMocks();
});

describe('polderbot data refresh', () => {
  it('bad arguments are usage errors listing the sources', async () => {
    await expect(runData([])).rejects.toThrow(UsageError);
    await expect(runData(['refresh', '--source', 'statline'])).rejects.toThrow(/Valid sources: eurostat, oecd, cbs/);
    await expect(runData(['refresh', '--source', 'cbs'])).rejects.toThrow(/--cbs-table/);
  });

  it('prints what changed, or says the snapshot is unchanged (exit 1) on failure', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pb-cli-')), 'indicators');
    cpSync(resolve(here, '../../corpus/indicators'), dir, { recursive: true });
    const u = new URL(EUROSTAT_RD_URL);
    let out = '';
    let err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
    nock(u.origin).get(u.pathname + u.search).reply(500, 'oops');
    expect(await runData(['refresh', '--source', 'eurostat', '--dir', dir])).toBe(1);
    expect(err).toMatch(/Eurostat rd_e_gerdtot: HTTP 500.*unchanged/);
    nock(u.origin).get(u.pathname + u.search).reply(200, readFileSync(resolve(here, '../fixtures/metrics/eurostat-rd_e_gerdtot.json'), 'utf8'));
    expect(await runData(['refresh', '--source', 'eurostat', '--dir', dir])).toBe(0);
    expect(out).toMatch(/refreshed from eurostat-rd: \d+ new, 0 revised data points/);
    expect(out).toMatch(/new\s+rd\.csv:rd_pct_gdp NL 2023: 2\.26 \[eurostat-rd\]/);
  });
});
