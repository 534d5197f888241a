// The digest's poster for Slack: renders the digest (blocks/digest.ts) and
// posts it through anything shaped like Slack's WebClient (Bolt's app.client
// in `serve`, @slack/web-api's WebClient in `digest --post`).
import type { DigestPoster } from '../digest/poster.ts';
import type { Block } from './blocks/message.ts';
import { digestMessage } from './blocks/digest.ts';

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
  const files = client.files;
  return {
    async post(channel, digest) {
      const { text, blocks } = digestMessage(digest);
      const res = await client.chat.postMessage({ channel, text, blocks, unfurl_links: false });
      if (!res.ts) throw new Error(`chat.postMessage returned no ts${res.error ? ` (${res.error})` : ''}`);
      return { ts: res.ts };
    },
    ...(files
      ? {
          async uploadFile(channel: string, threadTs: string, file: Buffer, meta: { filename: string; title: string; alt: string }) {
            await files.uploadV2({ channel_id: channel, thread_ts: threadTs, file, filename: meta.filename, title: meta.title, alt_text: meta.alt });
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
