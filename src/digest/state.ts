// What a digest "sees" (latest indicator points, corpus documents) and the
// difference between two such views (pure).
import type { FigureSource } from '../metrics/types.ts';
import type { Message } from '../metrics/messages.ts';

/** The latest data point of one series (dataset column × area). */
export interface IndicatorPoint {
  series: string; // stable key, e.g. "wdi-gdp/gdp_ppp_const/NL"
  label: string; // English: the series' name, then " (dataset)"
  /** the series' name and unit as catalogue messages (src/metrics/messages.ts), so the digest says them in Dutch */
  text?: { label: Message; unit?: Message };
  area: string;
  year: number;
  value: number;
  unit: string;
  source: FigureSource;
}

export interface CorpusDocState {
  id: string;
  title: string;
  date: string;
  url: string;
  file?: string;
  /** sha256 of the file, when the document has one on disk */
  sha256?: string;
}

export interface DigestView {
  indicators: IndicatorPoint[];
  corpus: CorpusDocState[];
  /** when the search index was last built, if known */
  indexBuiltAt?: string;
}

export interface IndicatorUpdate {
  point: IndicatorPoint;
  previous?: { year: number; value: number };
  kind: 'new-series' | 'new-point' | 'revised';
}

export interface CorpusChange {
  id: string;
  title: string;
  kind: 'added' | 'updated' | 'removed';
  detail: string;
}

export function diffIndicators(before: IndicatorPoint[], now: IndicatorPoint[]): IndicatorUpdate[] {
  const old = new Map(before.map((p) => [p.series, p]));
  const out: IndicatorUpdate[] = [];
  for (const p of now) {
    const o = old.get(p.series);
    if (!o) out.push({ point: p, kind: 'new-series' });
    else if (p.year > o.year) out.push({ point: p, previous: { year: o.year, value: o.value }, kind: 'new-point' });
    else if (p.year === o.year && p.value !== o.value) out.push({ point: p, previous: { year: o.year, value: o.value }, kind: 'revised' });
  }
  return out;
}

export function diffCorpus(before: CorpusDocState[], now: CorpusDocState[]): CorpusChange[] {
  const old = new Map(before.map((d) => [d.id, d]));
  const out: CorpusChange[] = [];
  for (const d of now) {
    const o = old.get(d.id);
    if (!o) {
      out.push({ id: d.id, title: d.title, kind: 'added', detail: d.file ? `nieuw document (${d.file})` : 'nieuw (alleen metadata)' });
      continue;
    }
    const what: string[] = [];
    if (o.sha256 !== d.sha256) what.push(!o.sha256 ? 'tekst toegevoegd' : !d.sha256 ? 'bestand verwijderd' : 'tekst gewijzigd');
    if (o.title !== d.title) what.push('titel');
    if (o.date !== d.date) what.push('datum');
    if (o.url !== d.url) what.push('url');
    if (what.length) out.push({ id: d.id, title: d.title, kind: 'updated', detail: what.join(', ') });
  }
  const ids = new Set(now.map((d) => d.id));
  for (const o of before) if (!ids.has(o.id)) out.push({ id: o.id, title: o.title, kind: 'removed', detail: 'niet meer in sources.yml' });
  return out;
}
