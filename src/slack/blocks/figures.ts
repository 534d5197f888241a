// Figures with their sources, as mrkdwn lines: every number names where it
// came from. Figures point to a source letter ([A], [B]: letters, so they do
// not mix with the [n] citations of the answer text); each source is listed
// once under the figures.
import { figureIn } from '../../metrics/localise.ts';
import type { Figure, FigureSource } from '../../metrics/types.ts';
import { labels, type Lang } from './labels.ts';
import { escapeMrkdwn, link } from './mrkdwn.ts';

export const MAX_FIGURES = 15;

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(value);
}

export function formatSource(src: FigureSource, lang: Lang): string {
  const L = labels(lang);
  if (src.doc && src.page !== undefined) {
    return `${link(src.url, src.dataset || src.doc)}, ${L.page} ${src.page}`;
  }
  const table = src.table ? ` (${escapeMrkdwn(src.table)})` : '';
  const retrieved = src.retrieved ? `, ${L.retrieved} ${escapeMrkdwn(src.retrieved)}` : '';
  return `${escapeMrkdwn(src.publisher)}, ${link(src.url, src.dataset)}${table}${retrieved}`;
}

function sourceKey(s: FigureSource): string {
  return [s.publisher, s.dataset, s.table, s.url, s.retrieved, s.doc ?? '', s.page ?? ''].join('|');
}

function letter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(65 + Math.floor(i / 26) - 1)}${String.fromCharCode(65 + (i % 26))}`;
}

export function formatValue(f: Figure, lang: Lang): string {
  const unit = f.unit ? (f.unit === '%' ? '%' : ` ${escapeMrkdwn(f.unit)}`) : '';
  return `${formatNumber(f.value, lang)}${unit}`;
}

/**
 * Lines for a list of figures: one per figure with its source letter, then
 * one per distinct source. More than `max` figures: the rest is counted.
 */
export function figureLines(figures: Figure[], lang: Lang, max = MAX_FIGURES): string[] {
  const L = labels(lang);
  const shown = figures.slice(0, max);
  const keys: string[] = [];
  const sources: FigureSource[] = [];
  const lines = shown.map((figure) => {
    const f = figureIn(figure, lang); // label, unit and period in the reader's language; the data stay as computed
    const k = sourceKey(f.source);
    let i = keys.indexOf(k);
    if (i < 0) {
      i = keys.push(k) - 1;
      sources.push(f.source);
    }
    return `• ${escapeMrkdwn(f.label)}: *${formatValue(f, lang)}* (${escapeMrkdwn(f.country)}, ${escapeMrkdwn(f.period)}) [${letter(i)}]`;
  });
  if (figures.length > shown.length) {
    const more = figures.length - shown.length;
    lines.push(lang === 'en' ? `_… and ${more} more figures_` : `_… en nog ${more} cijfer${more === 1 ? '' : 's'}_`);
  }
  sources.forEach((s, i) => lines.push(`${L.source} [${letter(i)}]: ${formatSource(s, lang)}`));
  return lines;
}
