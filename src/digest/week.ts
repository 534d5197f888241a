// ISO weeks and weekday slots in a time zone (pure).

const partsFormat = new Map<string, Intl.DateTimeFormat>();
function localParts(d: Date, timeZone: string): { year: number; month: number; day: number } {
  let f = partsFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    partsFormat.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day) };
}

/** The ISO week of the calendar date that `d` has in `timeZone`, as "2026-W48". */
export function isoWeekKey(d: Date, timeZone = 'Europe/Amsterdam'): string {
  const { year, month, day } = localParts(d, timeZone);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const isoYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(isoYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${isoYear}-W${String(week).padStart(2, '0')}`;
}
