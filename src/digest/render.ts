// The digest as text (pure): the layout every surface shares. Slack's version
// (mrkdwn with user text escaped, Block Kit) is src/slack/blocks/digest.ts;
// the digest itself knows nothing of Slack. The marker lets a restarted bot
// find a digest it already posted.
import type { Digest } from './compose.ts';

/** The string every posted digest carries, looked up after a crash mid-post. */
export const digestMarker = (week: string): string => `polderbot-digest:${week}`;

/** The line that announces the chart, posted in the digest's thread. */
export const chartLine = (d: Digest): string | undefined => (d.chart ? `📈 Grafiek in de draad: ${d.chart.title}.` : undefined);

/** The digest's chart as a file: its name, title and description (alt text); none when the digest has no chart. */
export interface DigestChartFile {
  filename: string;
  title: string;
  alt: string;
}
export const chartFile = (d: Digest): DigestChartFile | undefined => (d.chart ? { ...d.chart, filename: `polderbot-${d.week}-rd.png` } : undefined);

/** A section's lines as bullets; `escape` is applied to each line (user text: questions, notes). */
export const bulletLines = (lines: readonly string[], escape: (line: string) => string = (l) => l): string[] => lines.map((l) => `• ${escape(l)}`);

/**
 * The digest as text: title, summary, the non-empty sections, the chart line
 * and the marker. `escape` is applied to every section line (Slack passes its
 * mrkdwn escaping); without it, the text as a terminal shows it.
 */
export function renderDigestText(d: Digest, opts: { escape?: (line: string) => string } = {}): string {
  const out = [`*${d.title}*`, d.summary];
  for (const s of d.sections) {
    if (!s.lines.length) continue;
    out.push(`*${s.title}*`, bulletLines(s.lines, opts.escape).join('\n'));
  }
  const chart = chartLine(d);
  if (chart) out.push(chart);
  out.push(`_${digestMarker(d.week)}_`);
  return out.join('\n');
}
