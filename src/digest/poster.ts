// The digest never imports Slack: it posts through a DigestPoster. This file
// adapts any object shaped like Slack's WebClient (Bolt's app.client or
// @slack/web-api's WebClient) without importing either.
import type { Block } from './render.ts';

export interface DigestPoster {
  post(channel: string, text: string, blocks: Block[]): Promise<{ ts: string }>;
  /** finds a message containing `marker` posted since `since`; used after a crash mid-post */
  findPosted?(channel: string, marker: string, since: Date): Promise<{ ts: string } | null>;
  /** uploads a file (the digest's chart) into the thread of `threadTs` */
  uploadFile?(channel: string, threadTs: string, file: Buffer, meta: { filename: string; title: string; alt: string }): Promise<void>;
}

interface SlackMessage {
  ts?: string;
  text?: string;
  blocks?: unknown[];
}
/** The part of Slack's WebClient the digest uses. */
export interface SlackWebClientLike {
  chat: { postMessage(args: { channel: string; text: string; blocks?: Block[]; unfurl_links?: boolean }): Promise<{ ok?: boolean; ts?: string; error?: string }> };
  files?: {
    uploadV2(args: { channel_id: string; thread_ts: string; file: Buffer; filename: string; title?: string; alt_text?: string }): Promise<unknown>;
  };
  conversations: {
    history(args: { channel: string; oldest?: string; limit?: number; cursor?: string }): Promise<{
      ok?: boolean;
      messages?: SlackMessage[];
      has_more?: boolean;
      response_metadata?: { next_cursor?: string };
    }>;
  };
}

export function posterFromWebClient(client: SlackWebClientLike): DigestPoster {
  return {
    async post(channel, text, blocks) {
      const res = await client.chat.postMessage({ channel, text, blocks, unfurl_links: false });
      if (!res.ts) throw new Error(`chat.postMessage returned no ts${res.error ? ` (${res.error})` : ''}`);
      return { ts: res.ts };
    },
    ...(client.files
      ? {
          async uploadFile(channel: string, threadTs: string, file: Buffer, meta: { filename: string; title: string; alt: string }) {
            await client.files!.uploadV2({ channel_id: channel, thread_ts: threadTs, file, filename: meta.filename, title: meta.title, alt_text: meta.alt });
          },
        }
      : {}),
    async findPosted(channel, marker, since) {
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const res = await client.conversations.history({
          channel,
          oldest: (since.getTime() / 1000).toFixed(6),
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        for (const m of res.messages ?? []) {
          if (m.ts && ((m.text ?? '').includes(marker) || JSON.stringify(m.blocks ?? []).includes(marker))) return { ts: m.ts };
        }
        cursor = res.response_metadata?.next_cursor;
        if (!res.has_more || !cursor) break;
      }
      return null;
    },
  };
}
