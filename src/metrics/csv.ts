// Minimal RFC 4180 CSV reading and writing for the snapshot files and the
// statistical extracts (quoted fields, embedded commas and quotes, BOM).

/** Parses CSV text into rows of strings. Strips a leading UTF-8 BOM. */
export function parseCsvRows(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Parses CSV text with a header line into records keyed by column name. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function quote(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes records as CSV with the given column order; null/undefined become empty fields. */
export function toCsv(columns: string[], records: Record<string, string | number | null | undefined>[]): string {
  const lines = [columns.map(quote).join(',')];
  for (const r of records) {
    lines.push(columns.map((c) => (r[c] === null || r[c] === undefined ? '' : quote(String(r[c])))).join(','));
  }
  return lines.join('\n') + '\n';
}

/** A number from a CSV field, or null for empty / NA / non-numeric. */
export function num(v: string | undefined): number | null {
  if (v === undefined) return null;
  const t = v.trim();
  if (t === '' || t === 'NA' || t === '..' || t === 'NaN') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
