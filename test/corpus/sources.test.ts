import { describe, expect, it } from 'vitest';
import { loadSources, parseSources, SourcesError } from '../../src/corpus/sources.ts';

describe('sources.yml', () => {
  it('the repository corpus lists the advisory with its file and metadata-only references', async () => {
    const docs = await loadSources(new URL('../../corpus', import.meta.url).pathname);
    const adv = docs.find((d) => d.id === 'ser-briefadvies-25-04')!;
    expect(adv.file).toBe('ser-briefadvies-25-04.txt');
    expect(adv.language).toBe('nl');
    expect(docs.filter((d) => !d.file).length).toBeGreaterThanOrEqual(4);
    expect(docs.find((d) => d.id === 'draghi-2024')?.url).toMatch(/^https:/);
  });
  it('rejects a bad entry naming the field', () => {
    expect(() => parseSources('documents:\n  - id: X Y\n    title: t\n')).toThrow(SourcesError);
    expect(() => parseSources('documents:\n  - id: a\n    title: t\n    publisher: p\n    date: 2024-13\n    language: de\n    kind: report\n    licence: x\n')).toThrow(/language/);
    expect(() => parseSources('documents: [')).toThrow(/not valid YAML/);
  });
  it('accepts dates written as YAML dates and rejects duplicate ids', () => {
    const one = 'documents:\n  - id: a\n    title: t\n    publisher: p\n    date: 2024-12-13\n    language: nl\n    kind: letter\n    url: ""\n    licence: x\n';
    expect(parseSources(one)[0].date).toBe('2024-12-13');
    expect(() => parseSources(one + one.replace('documents:\n', ''))).toThrow(/duplicate/);
  });
  it('refuses a file outside the corpus folder, in one line', () => {
    const doc = (file: string) => `documents:\n  - id: a\n    title: t\n    publisher: p\n    date: 2024\n    language: nl\n    kind: report\n    licence: x\n    file: ${file}\n`;
    for (const bad of ['../../etc/passwd', '/etc/passwd', 'sub/../../x.txt']) {
      let err: unknown;
      try {
        parseSources(doc(bad));
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(SourcesError);
      expect((err as Error).message).toMatch(/documents\.0\.file: must be a path inside the corpus folder/);
      expect((err as Error).message).not.toContain('\n');
    }
    expect(parseSources(doc('sub/dir/x.txt'))[0]!.file).toBe('sub/dir/x.txt');
  });
});

