// Rendering a Digest: Slack mrkdwn text + Block Kit blocks, or plain terminal
// text (pure). The marker lets a restarted bot find a digest it already posted.
import type { Digest } from './compose.ts';

/** The string every posted digest carries, looked up after a crash mid-post. */
export const digestMarker = (week: string): string => `polderbot-digest:${week}`;

const SECTION_LIMIT = 3000; // Slack: characters in a section block's text

function clip(text: string, limit = SECTION_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 2)} …`;
}

/**
 * Slack's control characters, so user text (questions, notes) cannot form links
 * or mentions: < and > always, & where it would start an entity ("R&D" stays
 * as typed, "&lt;" does not become "<").
 */
export const escapeSlack = (text: string): string => text.replace(/&(?=#?\w+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sectionBody(lines: string[], slack: boolean): string {
  return lines.map((l) => `• ${slack ? escapeSlack(l) : l}`).join('\n');
}

/** The line that announces the chart, posted in the digest's thread. */
export const chartLine = (d: Digest): string | undefined => (d.chart ? `📈 Grafiek in de draad: ${d.chart.title}.` : undefined);

/**
 * The digest as text: with `slack: true` exactly the text that is posted (mrkdwn,
 * user text escaped), which `digest --preview` prints; without, the same for a terminal.
 */
export function renderDigestText(d: Digest, opts: { slack?: boolean } = {}): string {
  const slack = opts.slack ?? false;
  const out = [`*${d.title}*`, d.summary];
  for (const s of d.sections) {
    if (!s.lines.length) continue;
    out.push(`*${s.title}*`, sectionBody(s.lines, slack));
  }
  const chart = chartLine(d);
  if (chart) out.push(chart);
  out.push(`_${digestMarker(d.week)}_`);
  return out.join('\n');
}

/** What is posted: the text, the blocks and (separately, in the thread) the chart. */
export interface DigestMessage {
  text: string;
  blocks: Block[];
  chart?: { title: string; alt: string; filename: string };
}

export function renderDigestMessage(d: Digest): DigestMessage {
  return {
    text: renderDigestText(d, { slack: true }),
    blocks: renderDigestBlocks(d),
    ...(d.chart ? { chart: { ...d.chart, filename: `polderbot-${d.week}-rd.png` } } : {}),
  };
}

export type Block = Record<string, unknown>;

/** Block Kit blocks: header, summary, one section per non-empty digest section, marker context. */
export function renderDigestBlocks(d: Digest): Block[] {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(d.title, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(d.summary) } },
  ];
  for (const s of d.sections) {
    if (!s.lines.length) continue;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*${s.title}*\n${sectionBody(s.lines, true)}`) } });
  }
  const chart = chartLine(d);
  if (chart) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: chart }] });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${digestMarker(d.week)} · wijzig statussen met /aanbeveling` }] });
  return blocks.slice(0, 50);
}
