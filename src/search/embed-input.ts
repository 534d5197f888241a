import type { Chunk } from './types.ts';

/** The text embedded for a chunk: its innermost heading, then its text. */
export function embedInput(c: Chunk): string {
  const heading = c.section.split(' › ').pop() ?? '';
  return heading ? `${heading}\n${c.text}` : c.text;
}
