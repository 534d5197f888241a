// Opening the database tries again while SQLite says "database is locked" in a
// way its busy timeout does not wait for (another process switching a fresh
// file to WAL); any other failure is reported at once.
import { describe, expect, it } from 'vitest';
import { retryWhileBusy } from '../../src/store/open.ts';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('retryWhileBusy', () => {
  it('runs the opening again until the lock is gone', () => {
    let calls = 0;
    const result = retryWhileBusy(() => {
      calls++;
      if (calls < 3) throw busy();
      return 'open';
    });
    expect(result).toBe('open');
    expect(calls).toBe(3);
  });

  it('reports any other failure at once', () => {
    let calls = 0;
    expect(() =>
      retryWhileBusy(() => {
        calls++;
        throw new Error('file is not a database');
      }),
    ).toThrow(/not a database/);
    expect(calls).toBe(1);
  });

  it('gives up after its time and says the database is locked', () => {
    expect(() =>
      retryWhileBusy(() => {
        throw busy();
      }, 100),
    ).toThrow(/database is locked/);
  });
});
