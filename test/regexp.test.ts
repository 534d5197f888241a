import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../src/regexp.ts';

describe('escapeRegExp', () => {
  it('matches its text literally, metacharacters and all', () => {
    for (const s of ['R&D (3 %)', 'a.b*c+d?', '[x]{2}|^$', 'C:\\pad', 'index.old-12']) {
      expect(new RegExp(`^${escapeRegExp(s)}$`).test(s), s).toBe(true);
    }
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });
});
