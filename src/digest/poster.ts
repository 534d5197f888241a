// Where a digest goes. The digest never imports Slack: it hands its content
// to a DigestPoster, and the poster renders it for its channel (Slack's is
// src/slack/digest-poster.ts, Block Kit from src/slack/blocks/digest.ts).
import type { Digest } from './compose.ts';
import type { DigestChartFile } from './render.ts';

export interface DigestPoster {
  /** posts the digest to `channel`; the message's id (Slack: ts) comes back */
  post(channel: string, digest: Digest): Promise<{ ts: string }>;
  /** finds a message containing `marker` posted since `since`; used after a crash mid-post */
  findPosted?(channel: string, marker: string, since: Date): Promise<{ ts: string } | null>;
  /** uploads a file (the digest's chart) into the thread of `threadTs` */
  uploadFile?(channel: string, threadTs: string, file: Buffer, meta: DigestChartFile): Promise<void>;
}
