// When the weekly digest is due: croner in Europe/Amsterdam, so 09:00 stays
// 09:00 local across daylight-saving changes.
import { Cron } from 'croner';
import type { Config } from '../config.ts';

const DAY_NUMBERS: Record<Config['digest']['day'], number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** The cron pattern ("min hour * * dow") for a configured day and HH:MM time. */
export function digestCronPattern(day: Config['digest']['day'], time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`DIGEST_TIME must be HH:MM, got "${time}"`);
  return `${Number(m[2])} ${Number(m[1])} * * ${DAY_NUMBERS[day]}`;
}

/** A croner job definition that never fires; for computing run times. */
function paused(digest: Config['digest']): Cron {
  return new Cron(digestCronPattern(digest.day, digest.time), { timezone: digest.timeZone, paused: true });
}

/** The first scheduled digest moment strictly after `from`. */
export function nextDigestRun(digest: Config['digest'], from: Date): Date {
  const job = paused(digest);
  const next = job.nextRun(from);
  job.stop();
  if (!next) throw new Error('digest schedule has no next run');
  return next;
}

/** The latest scheduled digest moment at or before `at` (the slot `at` falls in). */
export function previousDigestRun(digest: Config['digest'], at: Date): Date {
  // the previous slot is within the last 8 days; step from 8 days back
  let slot = nextDigestRun(digest, new Date(at.getTime() - 8 * 86_400_000));
  for (;;) {
    const next = nextDigestRun(digest, slot);
    if (next.getTime() > at.getTime()) return slot;
    slot = next;
  }
}

/**
 * The cron pattern of the statistics refresh that runs `minutesBefore` the
 * digest (default an hour), so the digest reports fresh data; it moves to the
 * previous day when the digest is early in the morning.
 */
export function refreshCronPattern(day: Config['digest']['day'], time: string, minutesBefore = 60): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`DIGEST_TIME must be HH:MM, got "${time}"`);
  let t = Number(m[1]) * 60 + Number(m[2]) - minutesBefore;
  let dow = DAY_NUMBERS[day];
  while (t < 0) {
    t += 24 * 60;
    dow = (dow + 6) % 7;
  }
  return `${t % 60} ${Math.floor(t / 60)} * * ${dow}`;
}
