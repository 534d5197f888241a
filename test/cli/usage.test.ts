// The inputs of the issue that gave jargon, wrong wording or a stack trace,
// as a user types them: each gets a sentence a user understands, or the
// correct wording.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.ts';
import { runAsk } from '../../src/cli/ask.ts';
import { runIndicator as cli } from '../../src/cli/indicator.ts';
import { UsageError } from '../../src/cli/usage.ts';
import { runIndicator } from '../../src/metrics/index.ts';

function capture() {
  const out = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out.stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((out.stderr += String(s)), true));
  return out;
}
afterEach(() => vi.restoreAllMocks());

describe('polderbot --version and options', () => {
  it('--version prints the version from package.json', async () => {
    const out = capture();
    expect(await main(['--version'])).toBe(0);
    expect(out.stdout).toMatch(/^polderbot \d+\.\d+\.\d+\n$/);
  });

  it('ask --jsn: an unknown option, a suggestion and the usage; not Node\'s text', async () => {
    const err = await runAsk(['--jsn']).catch((e) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(/^Unknown option --jsn\. Did you mean --json\? Options: --json, --jsonl, --help\.\nUsage: polderbot ask/);
    expect(err.message).not.toMatch(/positional|'--jsn'|"--jsn'/);
    const out = capture();
    expect(await main(['ask', '--jsn'])).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe('Unknown option --jsn. Did you mean --json? Options: --json, --jsonl, --help.');
  });

  it('an option without its value says which one needs it', async () => {
    const err = await cli(['productivity-growth', '--from']).catch((e) => e);
    expect(err.message).toMatch(/^Option --from needs a value \(--from VALUE or --from=VALUE\)\./);
  });
});

describe('indicator inputs', () => {
  it('--extra-pp=-0.5: "4.9 % lower with -0.5 pp", never "-4.9 % higher with +-0.5 pp"', async () => {
    const r = await runIndicator('scenario', { extraPp: '-0.5' });
    expect(r.summary!.en).toMatch(/is 4\.9 % lower with -0\.5 pp growth a year/);
    expect(r.summary!.nl).toMatch(/4,9 procent lager bij -0,5 procentpunt groei per jaar/);
    const fig = r.figures.find((f) => /relative to baseline/.test(f.label))!;
    expect(fig).toMatchObject({ label: 'Productivity level after 10 years with -0.5 pp a year, relative to baseline', value: 4.88, unit: '% lower' });
    const out = capture();
    expect(await cli(['scenario', '--extra-pp=-0.5'])).toBe(0);
    expect(out.stdout).not.toMatch(/\+-|-\d[\d.]* % higher/);
  });

  it('--extra-pp=10 --years 100 is refused with the reason, not "1348132.5 % higher"', async () => {
    const err = await cli(['scenario', '--extra-pp=10', '--years', '100']).catch((e) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(/--extra-pp: extra growth above \+3 pp a year is refused: the advisory's AI estimate is \+0\.4 to \+0\.9 pp a year \(p\. 8\)/);
    expect(err.message).toMatch(/--years: more than 50 years ahead is refused/);
    expect(err.message).not.toMatch(/1348132/);
  });

  it('--extra-pp abc: says it takes numbers, not "Expected array, received string"', async () => {
    const err = await cli(['scenario', '--extra-pp', 'abc']).catch((e) => e);
    expect(err.message).toMatch(/--extra-pp takes one or more numbers, e\.g\. 0\.4 or 0\.4,0\.9 .*"abc" is not a number\./);
    expect(err.message).not.toMatch(/Expected|received/);
  });

  it('--from 1900: where the data start and what to choose, not "Number must be ≥ 1950"', async () => {
    const err = await cli(['productivity-growth', '--from', '1900']).catch((e) => e);
    expect(err.message).toMatch(/NL has GDP per hour worked for 1995-2024, not 1900-2024: the data start in 1995; choose 1995 or later\./);
    expect(err.message).not.toMatch(/Number must/);
    const far = await cli(['productivity-growth', '--from', '1700']).catch((e) => e);
    expect(far.message).toMatch(/--from 1700: the data start in \d{4}; choose \d{4} or later\./);
  });

  it('--chart /nonexistent/x.png: one line, no stack, before any work', async () => {
    const out = capture();
    expect(await main(['indicator', 'productivity-growth', '--chart', '/nonexistent/x.png'])).toBe(2);
    expect(out.stderr).toBe('Cannot write the chart to /nonexistent/x.png: the folder /nonexistent does not exist.\n');
  });
});

describe('periods: each area its own, a common one only when asked and said', () => {
  it('--vs US keeps NL at 2014-2024 (0.24 % a year) and states the US period', async () => {
    const r = await runIndicator('productivity-growth', { vs: 'US' });
    const avg = (c: string) => r.figures.find((f) => f.country === c && f.label === 'GDP per hour worked, average annual growth')!;
    expect(avg('NL')).toMatchObject({ value: 0.24, period: '2014-2024' });
    expect(avg('US').period).toBe('2014-2023');
    expect(r.summary!.en).toMatch(/grew 0\.24 % a year on average over 2014-2024 \(the United States 1\.\d\d % over 2014-2023\)\. Periods differ by area/);
  });

  it('hours per worker compare one year; when that shortens an area the answer says so', async () => {
    const r = await runIndicator('hours-and-employment', { vs: 'US' });
    expect(r.summary!.en).toMatch(/All areas are compared in 2023, the last year they all have \(the data of the United States end there; the Netherlands has 2024\)\./);
    const plain = await runIndicator('hours-and-employment', {});
    expect(plain.summary!.en).not.toMatch(/compared in/);
  });

  it('--period common shortens to the common years and says why', async () => {
    const r = await runIndicator('productivity-growth', { vs: 'US', period: 'common' });
    const nl = r.figures.find((f) => f.country === 'NL' && f.label === 'GDP per hour worked, average annual growth')!;
    expect(nl).toMatchObject({ value: 0.31, period: '2014-2023' });
    expect(r.summary!.en).toMatch(/Common period 2014-2023 as asked: the data of the United States end in 2023, so the Netherlands is shortened \(own period to 2024\)\./);
    expect(r.summary!.nl).toMatch(/Gemeenschappelijke periode 2014-2023 zoals gevraagd/);
    const bad = await runIndicator('productivity-growth', { period: 'same' }).catch((e) => e);
    expect(bad.message).toMatch(/--period takes own or common, not "same"\./);
  });
});
