import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LocalEmbeddings } from '../../src/search/embeddings.ts';
import { buildIndex, ensureIndex, IndexError, indexStatus, loadIndex } from '../../src/search/index.ts';
import { copyOfRepoCorpus, tempCorpus, testConfig } from './helpers.ts';

const page = (title: string, body: string) => `${title}\n\n${body}\n`;
const smallCorpus = () =>
  tempCorpus({
    'a.txt': [
      page('Kapitaal en arbeid', 'Kapitaalverdieping betekent meer machines per werkende. Dat verhoogt de arbeidsproductiviteitsgroei.'),
      page('Scholing', 'Om- en bijscholing van werkenden is belangrijk. Werkgevers investeren te weinig.'),
    ].join('\f'),
    'b.md': '# Gezondheid\n\nGezondheid is na kennis de belangrijkste dimensie van menselijk kapitaal.\n',
  });

describe('index', () => {
  it('round trip: build, load, retrieve, pageText', async () => {
    const config = testConfig(smallCorpus());
    const report = await buildIndex(config);
    expect(report.documents).toBe(2);
    expect(report.chunks).toBeGreaterThanOrEqual(3);
    expect(report.embedded).toBe(report.chunks);
    // the artefacts, their manifest, and the stamp of the check the build made (a start does not hash them again)
    expect(readdirSync(config.indexDir).sort()).toEqual(['.verified', 'manifest.json', 'store.sqlite', 'vectors.hnsw']);
    expect(await indexStatus(config)).toMatchObject({ state: 'ok' });

    const index = await loadIndex(config);
    expect(index.chunkCount).toBe(report.chunks);
    expect(index.manifest.embedding).toEqual({ provider: 'local', model: 'hashed-ngrams-v1', dims: 512 });
    expect(index.manifest.files['doc-1'].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(index.sources.map((s) => s.id)).toEqual(['doc-1', 'doc-2']);
    const hits = await index.retriever.retrieve('Wat is kapitaalverdieping?', { k: 2 });
    expect(hits[0].doc).toBe('doc-1');
    expect(hits[0].page).toBe(1);
    expect(hits[0].text).toContain('machines');
    expect(hits[0].signals?.lexical).toBeGreaterThan(0);
    expect(typeof hits[0].signals?.vector).toBe('number');
    expect(index.pageText('doc-1', 1)!.slice(hits[0].start, hits[0].end)).toBe(hits[0].text);
    expect(index.pageText('doc-1', 99)).toBeUndefined();
    // a page's chunks, in the page's order (what stands around a quote)
    const onPage = index.pageChunks('doc-1', 1);
    expect(onPage.length).toBeGreaterThan(0);
    expect(onPage.map((c) => c.start)).toEqual([...onPage.map((c) => c.start)].sort((a, b) => a - b));
    expect(onPage.every((c) => c.doc === 'doc-1' && c.page === 1)).toBe(true);
    expect(onPage.some((c) => c.id === hits[0].id)).toBe(true);
    expect(index.pageChunks('doc-1', 99)).toEqual([]);
    // no temp directories left next to the index
    expect(readdirSync(join(config.indexDir, '..')).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
  });

  it('unchanged files are not re-embedded; a changed file is', async () => {
    const corpus = smallCorpus();
    const config = testConfig(corpus);
    await buildIndex(config);
    const spy = vi.spyOn(LocalEmbeddings.prototype, 'embedDocuments');
    const again = await buildIndex(config);
    expect(again.embedded).toBe(0);
    expect(again.reused).toBe(again.chunks);
    expect(spy).not.toHaveBeenCalled();
    expect(again.perDocument.map((d) => d.status)).toEqual(['reused', 'reused']);

    appendFileSync(join(corpus, 'b.md'), '\nPreventiebeleid draagt bij aan de gezondheid van werkenden.\n');
    expect((await indexStatus(config)).state).toBe('stale');
    const third = await buildIndex(config);
    const calls = spy.mock.calls.flatMap((c) => c[0]);
    expect(calls.length).toBe(third.embedded);
    expect(third.embedded).toBeGreaterThan(0);
    expect(calls.every((t) => !t.includes('machines'))).toBe(true); // a.txt chunks were reused
    expect(third.perDocument.find((d) => d.id === 'doc-1')!.status).toBe('reused');
    const forced = await buildIndex(config, { force: true });
    expect(forced.embedded).toBe(forced.chunks);
    spy.mockRestore();
  });

  it('a broken file is skipped with its name; the rest ingests', async () => {
    const corpus = tempCorpus({ 'goed.txt': 'Tekst over durfkapitaal voor scale-ups.\n', 'kapot.pdf': '%PDF-1.4 broken' });
    const config = testConfig(corpus);
    const lines: string[] = [];
    const report = await buildIndex(config, { log: (l) => lines.push(l) });
    expect(report.documents).toBe(1);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0].file).toBe('kapot.pdf');
    expect(report.skipped[0].reason).toMatch(/kapot\.pdf/);
    expect(lines.join('\n')).toMatch(/skipped\s+kapot\.pdf/);
    const index = await loadIndex(config);
    expect((await index.retriever.retrieve('durfkapitaal'))[0].doc).toBe('doc-1');
    // unchanged broken file does not make the index stale
    expect((await indexStatus(config)).state).toBe('ok');
  });

  describe('a corrupt, half-written or mismatched index is refused with how to rebuild', () => {
    const fresh = async () => {
      const config = testConfig(smallCorpus());
      await buildIndex(config);
      return config;
    };
    it('missing', async () => {
      const config = testConfig(smallCorpus());
      expect((await indexStatus(config)).state).toBe('missing');
      await expect(loadIndex(config)).rejects.toThrow(/polderbot ingest/);
    });
    it('truncated artefact', async () => {
      const config = await fresh();
      truncateSync(join(config.indexDir, 'vectors.hnsw'), 100);
      const st = await indexStatus(config);
      expect(st.state).toBe('corrupt');
      await expect(loadIndex(config)).rejects.toThrow(IndexError);
      await expect(loadIndex(config)).rejects.toThrow(/vectors\.hnsw.*polderbot ingest --force/);
    });
    it('changed bytes of the same length', async () => {
      const config = await fresh();
      const f = join(config.indexDir, 'store.sqlite');
      const bytes = readFileSync(f);
      const at = bytes.indexOf('machines');
      expect(at).toBeGreaterThan(0);
      bytes.write('MACHINES', at);
      writeFileSync(f, bytes);
      await expect(loadIndex(config)).rejects.toThrow(/store\.sqlite does not match its checksum/);
    });
    it('changed bytes after an earlier process verified the index (its stamp no longer fits)', async () => {
      const config = await fresh();
      (await loadIndex(config)).close();
      // the full check leaves its stamp, so the next process does not hash the files again
      const stamp = join(config.indexDir, '.verified');
      expect(readFileSync(stamp, 'utf8')).toMatch(/store\.sqlite:\d+:/);
      const f = join(config.indexDir, 'store.sqlite');
      const bytes = readFileSync(f);
      bytes.write('MACHINES', bytes.indexOf('machines'));
      writeFileSync(f, bytes);
      await expect(loadIndex(config)).rejects.toThrow(/store\.sqlite does not match its checksum/);
    });
    it('deleted manifest (half-written)', async () => {
      const config = await fresh();
      rmSync(join(config.indexDir, 'manifest.json'));
      expect((await indexStatus(config)).state).toBe('corrupt');
      await expect(loadIndex(config)).rejects.toThrow(/no manifest\.json.*polderbot ingest --force/);
    });
    it('other embedding provider', async () => {
      const config = await fresh();
      const openai = { ...config, embeddings: 'openai' as const };
      const st = await indexStatus(openai);
      expect(st.state).toBe('mismatch');
      expect(st.reason).toMatch(/local embeddings.*POLDERBOT_EMBEDDINGS.*polderbot ingest --force/);
      await expect(loadIndex(openai)).rejects.toThrow(/openai/);
    });
    it('chunks cut with other split settings are stale, not served', async () => {
      const config = await fresh();
      const f = join(config.indexDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(f, 'utf8'));
      manifest.split = { ...manifest.split, targetChars: 400 };
      writeFileSync(f, JSON.stringify(manifest));
      const st = await indexStatus(config);
      expect(st.state).toBe('stale');
      expect(st.reason).toMatch(/other chunk settings.*polderbot ingest/);
    });
    it('ensureIndex rebuilds a corrupt index and loads it', async () => {
      const config = await fresh();
      rmSync(join(config.indexDir, 'store.sqlite'));
      const lines: string[] = [];
      const index = await ensureIndex(config, { log: (l) => lines.push(l) });
      expect(index.chunkCount).toBeGreaterThan(0);
      expect(lines.join('\n')).toMatch(/corrupt/);
      expect(existsSync(join(config.indexDir, 'store.sqlite'))).toBe(true);
    });
  });

  it('the repository corpus: metadata-only documents are listed, the advisory is indexed', async () => {
    const config = testConfig(copyOfRepoCorpus());
    const lines: string[] = [];
    const report = await buildIndex(config, { log: (l) => lines.push(l) });
    expect(report.documents).toBe(1);
    expect(report.skipped).toEqual([]);
    expect(lines.join('\n')).toMatch(/metadata only draghi-2024/);
    const index = await ensureIndex(config);
    expect(index.sources.length).toBeGreaterThanOrEqual(5);
    expect(new Set([...index.allChunks()].map((c) => c.page))).toEqual(new Set([3, 4, 5, 6, 7, 8, 9, 10, 11]));
  });
});
