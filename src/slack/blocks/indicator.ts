// Renders an indicator result (pure): title, summary, figures with sources,
// method, and optionally a share button; plus the help text for /indicator.
import { methodIn, titleIn } from '../../metrics/localise.ts';
import type { IndicatorResult } from '../../metrics/types.ts';
import { figureLines, formatSource } from './figures.ts';
import { headlineFigures, HEADLINE_MAX } from './headline.ts';
import { ACTION_SHARE_INDICATOR } from './feedback.ts';
import { labels, type Lang } from './labels.ts';
import { BUTTON_VALUE_MAX } from './limits.ts';
import { context, listSections, packMessages, sections, type Block, type SlackMessage } from './message.ts';
import { escapeMrkdwn, truncate } from './mrkdwn.ts';

export interface IndicatorShareValue {
  id: string;
  params: Record<string, unknown>;
}

export function encodeShareValue(v: IndicatorShareValue): string | undefined {
  const s = JSON.stringify(v);
  return s.length <= BUTTON_VALUE_MAX ? s : undefined;
}

export function decodeShareValue(s: string): IndicatorShareValue | undefined {
  try {
    const v = JSON.parse(s) as unknown;
    if (v && typeof v === 'object' && typeof (v as IndicatorShareValue).id === 'string') {
      const params = (v as IndicatorShareValue).params;
      return { id: (v as IndicatorShareValue).id, params: params && typeof params === 'object' ? params : {} };
    }
  } catch {
    /* not ours */
  }
  return undefined;
}

/**
 * An indicator result. Whole (every figure; nothing is cut off) for the asker's
 * own /indicator; `compact` for a channel: the headline figures and the latest
 * year, at most five, the rest (and the chart) in the thread below.
 */
export function renderIndicator(
  r: IndicatorResult,
  opts: { lang?: Lang; share?: IndicatorShareValue; sharedBy?: string; compact?: boolean } = {},
): SlackMessage[] {
  const lang = opts.lang ?? 'nl';
  const L = labels(lang);
  const nl = lang !== 'en';
  const title = titleIn(r, nl ? 'nl' : 'en');
  const method = methodIn(r, nl ? 'nl' : 'en');
  const body: Block[] = [];
  body.push({ type: 'header', text: { type: 'plain_text', text: truncate(title, 150) } });
  const summary = r.summary?.[lang];
  if (summary) body.push(...sections(escapeMrkdwn(summary)));
  if (r.figures.length) {
    const shown = opts.compact ? headlineFigures(r.figures, HEADLINE_MAX) : r.figures;
    const lines = figureLines(shown, lang, shown.length);
    const hidden = r.figures.length - shown.length;
    if (hidden > 0) lines.splice(shown.length, 0, lang === 'en' ? `_${hidden} more figures and the chart in the thread._` : `_Nog ${hidden} cijfer${hidden === 1 ? '' : 's'} en de grafiek in de draad._`);
    body.push(...listSections(`*${L.figures}*`, lines));
  }
  const tail: Block[] = [];
  const srcs = r.sources.map((s) => formatSource(s, lang));
  const ctx = context([
    `${L.method}: ${escapeMrkdwn(method)}`,
    r.figures.length ? '' : `${L.sources}: ${srcs.join('; ')}`,
    `\`${escapeMrkdwn(r.indicator)}\`${opts.sharedBy ? ` · gedeeld door <@${opts.sharedBy}>` : ''}`,
  ]);
  if (ctx) tail.push(ctx);
  const value = opts.share ? encodeShareValue(opts.share) : undefined;
  if (value) {
    tail.push({
      type: 'actions',
      elements: [{ type: 'button', action_id: ACTION_SHARE_INDICATOR, value, style: 'primary', text: { type: 'plain_text', text: L.share } }],
    });
  }
  const fallback = `${title}${summary ? `: ${summary}` : ''}`;
  return packMessages(body, tail, fallback, L.continued);
}

/** `/indicator help`: the ids and the usage text generated from the schemas. */
export function renderIndicatorHelp(list: { id: string; title: string }[], usage: string): SlackMessage {
  const lines = list.map((i) => `• \`${escapeMrkdwn(i.id)}\`: ${escapeMrkdwn(i.title)}`);
  const blocks: Block[] = [
    ...listSections(
      '*Indicatoren* (`/indicator <id> [opties]`, opties als `--country NL --vs EU27,US --from 2014 --to 2024` of `country=NL`; `/indicator help <id>` toont de opties)',
      lines,
    ),
  ];
  if (usage.trim()) blocks.push(...sections(`\`\`\`${escapeMrkdwn(usage.trim()).slice(0, 2900)}\`\`\``));
  return { text: 'Indicatoren en gebruik van /indicator', blocks: blocks.slice(0, 50) };
}

/** A bad-argument reply: the problem, then usage. */
export function renderUsageError(problem: string, usage: string): SlackMessage {
  const blocks: Block[] = [...sections(`:information_source: ${escapeMrkdwn(problem)}`)];
  if (usage.trim()) blocks.push(...sections(`\`\`\`${escapeMrkdwn(usage.trim()).slice(0, 2900)}\`\`\``));
  return { text: problem, blocks: blocks.slice(0, 50) };
}
