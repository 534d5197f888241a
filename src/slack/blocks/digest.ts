// The weekly digest as a Slack message (pure): the mrkdwn text that is posted
// (and that `polderbot digest --preview` prints), and Block Kit blocks: a
// header, the summary, one section per non-empty digest section (split to
// Slack's limits, never cut off), the chart line and the marker. The digest's
// content comes from src/digest, which knows nothing of Slack.
import { bulletLines, chartFile, chartLine, digestMarker, renderDigestText, type DigestChartFile } from '../../digest/render.ts';
import type { Digest } from '../../digest/compose.ts';
import { BLOCKS_PER_MESSAGE } from './limits.ts';
import { context, listSections, sections, type Block } from './message.ts';
import { escapeMrkdwnKeepingAmpersands, truncate } from './mrkdwn.ts';

const HEADER_TEXT_MAX = 150; // Slack: characters in a header block's plain text

/** What is posted: the text, the blocks and (separately, in the thread) the chart. */
export interface DigestMessage {
  text: string;
  blocks: Block[];
  chart?: DigestChartFile;
}

/** The posted text: mrkdwn, with user text in the sections escaped. */
export const digestMrkdwn = (d: Digest): string => renderDigestText(d, { escape: escapeMrkdwnKeepingAmpersands });

/** Block Kit blocks: header, summary, one section (or more, when long) per non-empty digest section, the chart line, the marker. */
export function digestBlocks(d: Digest): Block[] {
  const body: Block[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(d.title, HEADER_TEXT_MAX) } }, ...sections(d.summary)];
  for (const s of d.sections) {
    if (s.lines.length) body.push(...listSections(`*${s.title}*`, bulletLines(s.lines, escapeMrkdwnKeepingAmpersands)));
  }
  const chart = chartLine(d);
  const tail = [chart ? context([chart]) : undefined, context([`${digestMarker(d.week)} · wijzig statussen met /aanbeveling`])].filter((b): b is Block => b !== undefined);
  // one message: the marker (found again after a crash) is always in it
  return [...body.slice(0, BLOCKS_PER_MESSAGE - tail.length), ...tail];
}

export function digestMessage(d: Digest): DigestMessage {
  const chart = chartFile(d);
  return { text: digestMrkdwn(d), blocks: digestBlocks(d), ...(chart ? { chart } : {}) };
}
