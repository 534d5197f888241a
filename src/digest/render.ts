// Rendering a Digest: Slack mrkdwn text + Block Kit blocks, or plain terminal
// text (pure). The marker lets a restarted bot find a digest it already posted.
import type { Digest } from './compose.ts';

/** The string every posted digest carries, looked up after a crash mid-post. */
export const digestMarker = (week: string): string => `polderbot-digest:${week}`;

const SECTION_LIMIT = 3000; // Slack: characters in a section block's text

function clip(text: string, limit = SECTION_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 2)} …`;
}

/** Slack's three control characters, so user text (questions, notes) cannot form links or mentions. */
export const escapeSlack = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sectionBody(lines: string[], slack: boolean): string {
  return lines.map((l) => `• ${slack ? escapeSlack(l) : l}`).join('\n');
}

/** Plain text (terminal), or with `slack: true` the notification fallback of the Slack post. */
export function renderDigestText(d: Digest, opts: { slack?: boolean } = {}): string {
  const slack = opts.slack ?? false;
  const out = [d.title, d.summary];
  if (!d.empty) {
    for (const s of d.sections) {
      if (!s.lines.length) continue;
      out.push('', `${s.title}`, sectionBody(s.lines, slack));
    }
  }
  out.push('', `(${digestMarker(d.week)})`);
  return out.join('\n');
}

export type Block = Record<string, unknown>;

/** Block Kit blocks: header, summary, one section per non-empty digest section, marker context. */
export function renderDigestBlocks(d: Digest): Block[] {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(d.title, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(d.summary) } },
  ];
  if (!d.empty) {
    for (const s of d.sections) {
      if (!s.lines.length) continue;
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*${s.title}*\n${sectionBody(s.lines, true)}`) } });
    }
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${digestMarker(d.week)} · wijzig statussen met /aanbeveling` }] });
  return blocks.slice(0, 50);
}
