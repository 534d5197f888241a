// Small shared formatting helpers (pure).

// made on first use: building a time-zone formatter costs a cold start ~20 ms
let amsterdam: Intl.DateTimeFormat | undefined;

/** "2026-11-28 05:19" in Europe/Amsterdam */
export const formatAmsterdam = (d: Date): string =>
  (amsterdam ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })).format(d);

/** first `n` characters on a word boundary, with an ellipsis */
export function shorten(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > n * 0.6 ? space : n).replace(/[\s,.;:]+$/, '')}…`;
}
