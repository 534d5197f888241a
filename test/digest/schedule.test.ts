import { describe, expect, it } from 'vitest';
import { digestCronPattern, nextDigestRun, previousDigestRun } from '../../src/digest/schedule.ts';
import { isoWeekKey } from '../../src/digest/week.ts';

const monday9 = { day: 'monday', time: '09:00', timeZone: 'Europe/Amsterdam' } as const;
const next = (from: string, d: { day: typeof monday9.day | 'sunday' | 'friday'; time: string } = monday9) =>
  nextDigestRun({ ...monday9, ...d }, new Date(from)).toISOString();

describe('next digest run in Europe/Amsterdam', () => {
  it('Monday 09:00 is 08:00Z before and 07:00Z after the last Sunday of March', () => {
    expect(next('2026-03-20T12:00:00Z')).toBe('2026-03-23T08:00:00.000Z'); // CET
    expect(next('2026-03-27T12:00:00Z')).toBe('2026-03-30T07:00:00.000Z'); // CEST since Sun 29 March
  });

  it('Monday 09:00 is 07:00Z before and 08:00Z after the last Sunday of October', () => {
    expect(next('2026-10-16T12:00:00Z')).toBe('2026-10-19T07:00:00.000Z'); // CEST
    expect(next('2026-10-24T12:00:00Z')).toBe('2026-10-26T08:00:00.000Z'); // CET since Sun 25 October
  });

  it('a Sunday slot on the change-over day itself keeps local time', () => {
    expect(next('2026-03-28T12:00:00Z', { day: 'sunday', time: '10:00' })).toBe('2026-03-29T08:00:00.000Z');
    expect(next('2026-10-24T12:00:00Z', { day: 'sunday', time: '10:00' })).toBe('2026-10-25T09:00:00.000Z');
  });

  it('is strictly after the given moment', () => {
    expect(next('2026-11-30T08:00:00Z')).toBe('2026-12-07T08:00:00.000Z');
    expect(next('2026-11-30T07:59:59Z')).toBe('2026-11-30T08:00:00.000Z');
  });

  it('finds the slot a moment falls in', () => {
    expect(previousDigestRun(monday9, new Date('2026-03-31T00:00:00Z')).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(previousDigestRun(monday9, new Date('2026-03-30T06:59:00Z')).toISOString()).toBe('2026-03-23T08:00:00.000Z');
  });

  it('builds the cron pattern from the configured day and time', () => {
    expect(digestCronPattern('friday', '16:30')).toBe('30 16 * * 5');
    expect(() => digestCronPattern('friday', '4pm')).toThrow(/HH:MM/);
  });
});

describe('ISO week keys', () => {
  it('use the Amsterdam calendar date and ISO week-year', () => {
    expect(isoWeekKey(new Date('2026-11-30T08:00:00Z'))).toBe('2026-W49');
    expect(isoWeekKey(new Date('2026-11-29T23:30:00Z'))).toBe('2026-W49'); // 00:30 Monday in Amsterdam
    expect(isoWeekKey(new Date('2026-11-29T23:30:00Z'), 'UTC')).toBe('2026-W48');
    expect(isoWeekKey(new Date('2027-01-03T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeekKey(new Date('2027-01-04T12:00:00Z'))).toBe('2027-W01');
  });
});
