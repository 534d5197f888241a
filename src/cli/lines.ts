// Lines from a stream in bounded memory: a line longer than `maxBytes` is not
// kept whole; its first bytes (enough to find an "id") are yielded with
// `tooLong`, and the rest is skipped up to the next newline.
import type { Readable } from 'node:stream';

export type BoundedLine = { line: string; tooLong?: false } | { tooLong: true; head: string; bytes: number };

const HEAD_BYTES = 4096;

export async function* boundedLines(input: Readable, maxBytes: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false; // inside a line already over the limit
  let head = '';
  const flush = (): BoundedLine | undefined => {
    if (skipping) {
      const out: BoundedLine = { tooLong: true, head, bytes: size };
      skipping = false;
      return out;
    }
    const line = Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '');
    return { line };
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    while (buf.length > 0) {
      const nl = buf.indexOf(0x0a);
      const piece = nl === -1 ? buf : buf.subarray(0, nl);
      if (skipping) size += piece.length;
      else if (size + piece.length > maxBytes) {
        head = Buffer.concat([...parts, piece.subarray(0, Math.max(0, HEAD_BYTES - size))]).subarray(0, HEAD_BYTES).toString('utf8');
        parts = [];
        size += piece.length;
        skipping = true;
      } else {
        parts.push(Buffer.from(piece)); // a copy: the chunk may be large
        size += piece.length;
      }
      if (nl === -1) break;
      yield flush()!;
      parts = [];
      size = 0;
      buf = buf.subarray(nl + 1);
    }
  }
  if (size > 0 || skipping) yield flush()!;
}
