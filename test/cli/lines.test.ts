import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines, type BoundedLine } from '../../src/cli/lines.ts';

async function collect(chunks: string[], max: number): Promise<BoundedLine[]> {
  const out: BoundedLine[] = [];
  for await (const l of boundedLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(l);
  return out;
}

describe('boundedLines', () => {
  it('splits lines across chunks, strips CR and keeps a last line without newline', async () => {
    expect(await collect(['ab', 'c\r\nde', 'f\n\ng'], 100)).toEqual([{ line: 'abc' }, { line: 'def' }, { line: '' }, { line: 'g' }]);
  });

  it('reports a line over the limit with its head and size, without keeping it, and goes on', async () => {
    const long = `{"id":7,"q":"${'x'.repeat(50_000)}"}`;
    const chunks = [long.slice(0, 1000), long.slice(1000, 30_000), `${long.slice(30_000)}\n{"id":8}\n`];
    const out = await collect(chunks, 10_000);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ tooLong: true, bytes: long.length });
    expect((out[0] as { head: string }).head.startsWith('{"id":7')).toBe(true);
    expect((out[0] as { head: string }).head.length).toBeLessThanOrEqual(4096);
    expect(out[1]).toEqual({ line: '{"id":8}' });
  });
});
