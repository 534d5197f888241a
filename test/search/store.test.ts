// The on-disk index: incremental re-indexing by document, an index that is
// never half-written, and reading on demand.
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBot } from '../../src/answer/bot.ts';
import { buildTermStats } from '../../src/answer/term-stats.ts';
import { LocalEmbeddings } from '../../src/search/embeddings.ts';
import { buildIndex, loadIndex, sha256InWorker, type SearchIndex } from '../../src/search/index.ts';
import { StoreReader } from '../../src/search/store.ts';
import { textStems } from '../../src/language/terms.ts';
import { copyOfRepoCorpus, tempCorpus, testConfig } from './helpers.ts';

const page = (title: string, body: string) => `${title}\n\n${body}\n`;
const threeDocs = () =>
  tempCorpus({
    'a.txt': [
      page('Kapitaal en arbeid', 'Kapitaalverdieping betekent meer machines per werkende. Dat verhoogt de arbeidsproductiviteitsgroei.'),
      page('Scholing', 'Om- en bijscholing van werkenden is belangrijk. Werkgevers investeren te weinig in scholing.'),
    ].join('\f'),
    'b.md': '# Gezondheid\n\nGezondheid is na kennis de belangrijkste dimensie van menselijk kapitaal.\n',
    'c.txt': page('Innovatie', 'Durfkapitaal voor scale-ups blijft achter. Innovatie vraagt om groeikapitaal en productiviteit.'),
  });

const QUERIES = ['kapitaalverdieping machines', 'scholing werkenden', 'gezondheid kapitaal', 'preventiebeleid', 'durfkapitaal innovatie', 'productiviteitsgroei'];

/** What retrieval returns, by chunk id (labels differ between an updated and a fresh index). */
async function results(index: SearchIndex) {
  const out: [string, string[], number[]][] = [];
  for (const q of QUERIES) {
    const ps = await index.retriever.retrieve(q, { k: 5 });
    out.push([q, ps.map((p) => `${p.id}:${p.start}-${p.end}`), ps.map((p) => Number(p.score.toFixed(9)))]);
  }
  return out;
}

describe('incremental ingest', () => {
  it('re-indexes only the changed document, and the result equals a fresh build of the same corpus', async () => {
    const corpus = threeDocs();
    const config = testConfig(corpus);
    await buildIndex(config);
    const before = StoreReader.open(join(config.indexDir, 'store.sqlite'));
    const labelsOfA = before.db.prepare("SELECT label, id FROM chunks WHERE doc = 'doc-1' ORDER BY label").all();
    before.close();

    appendFileSync(join(corpus, 'b.md'), '\nPreventiebeleid draagt bij aan de gezondheid van werkenden.\n');
    const spy = vi.spyOn(LocalEmbeddings.prototype, 'embedDocuments');
    spy.mockClear();
    const lines: string[] = [];
    const report = await buildIndex(config, { log: (l) => lines.push(l) });
    expect(report.reindexed).toBe(1);
    expect(report.perDocument.map((d) => d.status)).toEqual(['reused', 'embedded', 'reused']);
    // only the changed chunk (b.md's one) is embedded again
    expect(spy.mock.calls.flatMap((c) => c[0]).every((t) => t.includes('Preventiebeleid'))).toBe(true);
    spy.mockRestore();
    // the unchanged documents keep their rows (same labels)
    const after = StoreReader.open(join(config.indexDir, 'store.sqlite'));
    expect(after.db.prepare("SELECT label, id FROM chunks WHERE doc = 'doc-1' ORDER BY label").all()).toEqual(labelsOfA);
    after.close();

    const updated = await loadIndex(config);
    expect((await updated.retriever.retrieve('preventiebeleid'))[0]!.doc).toBe('doc-2');
    expect(updated.pageText('doc-2', 1)).toContain('Preventiebeleid');

    const fresh = testConfig(corpus);
    await buildIndex(fresh, { force: true });
    const rebuilt = await loadIndex(fresh);
    expect(await results(updated)).toEqual(await results(rebuilt));
    expect(updated.chunkCount).toBe(rebuilt.chunkCount);
    expect([...updated.vocabulary].sort()).toEqual([...rebuilt.vocabulary].sort());
    for (const stems of [['scholing'], ['kapitaal'], ['preventiebeleid'], ['gezond'], ['sociale partners'], ['kapitaal en']])
      expect(updated.termStats.df(stems)).toBe(rebuilt.termStats.df(stems));
    updated.close();
    rebuilt.close();
  });

  it('cleaning, splitting and embedding in a worker thread gives the same index as in process', async () => {
    const corpus = threeDocs();
    const inProcess = testConfig(corpus);
    await buildIndex(inProcess, { worker: false });
    const inWorker = testConfig(corpus);
    const report = await buildIndex(inWorker, { worker: true });
    expect(report.embedded).toBe(report.chunks);
    expect(await results(await loadIndex(inWorker))).toEqual(await results(await loadIndex(inProcess)));
    // and a change re-indexed through the worker keeps the unchanged chunks' vectors
    appendFileSync(join(corpus, 'a.txt'), '\fRobots\n\nRobotisering verhoogt de productiviteit.\n');
    const again = await buildIndex(inWorker, { worker: true });
    expect(again.perDocument.map((d) => d.status)).toEqual(['partly reused', 'reused', 'reused']);
    expect((await (await loadIndex(inWorker)).retriever.retrieve('robotisering'))[0]!.doc).toBe('doc-1');
  });

  it('a document removed from sources.yml is removed from the index', async () => {
    const corpus = threeDocs();
    const config = testConfig(corpus);
    await buildIndex(config);
    const yml = readFileSync(join(corpus, 'sources.yml'), 'utf8');
    writeFileSync(join(corpus, 'sources.yml'), yml.slice(0, yml.indexOf('  - id: doc-3')));
    const report = await buildIndex(config);
    expect(report.perDocument.map((d) => d.id)).toEqual(['doc-1', 'doc-2']);
    const index = await loadIndex(config);
    const hits = await index.retriever.retrieve('durfkapitaal innovatie scale-ups', { k: 10 });
    expect(hits.map((h) => h.doc)).not.toContain('doc-3');
    expect(index.pageText('doc-3', 1)).toBeUndefined();
    expect(index.termStats.df(['durfkapitaal'])).toBe(0);
    const fresh = testConfig(corpus);
    await buildIndex(fresh, { force: true });
    expect(await results(index)).toEqual(await results(await loadIndex(fresh)));
  });

  it('a no-change ingest does not rewrite the index', async () => {
    const config = testConfig(threeDocs());
    await buildIndex(config);
    const manifest = readFileSync(join(config.indexDir, 'manifest.json'), 'utf8');
    const mtime = statSync(join(config.indexDir, 'store.sqlite')).mtimeMs;
    const spy = vi.spyOn(LocalEmbeddings.prototype, 'embedDocuments');
    spy.mockClear();
    const report = await buildIndex(config);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(report.reindexed).toBe(0);
    expect(report.perDocument.map((d) => d.status)).toEqual(['reused', 'reused', 'reused']);
    expect(report.chunks).toBe(JSON.parse(manifest).chunkCount);
    expect(readFileSync(join(config.indexDir, 'manifest.json'), 'utf8')).toBe(manifest);
    expect(statSync(join(config.indexDir, 'store.sqlite')).mtimeMs).toBe(mtime);
  });
});

describe('atomic', () => {
  it('an ingest that fails half-way leaves the previous index as it was, and no half-written copy', async () => {
    const corpus = threeDocs();
    const config = testConfig(corpus);
    await buildIndex(config);
    const manifest = readFileSync(join(config.indexDir, 'manifest.json'), 'utf8');
    const before = await results(await loadIndex(config));

    appendFileSync(join(corpus, 'a.txt'), '\fNieuw\n\nEen nieuwe pagina over robotisering.\n');
    appendFileSync(join(corpus, 'c.txt'), '\nEn nog een zin over durfkapitaal.\n');
    // a.txt is re-indexed in the copy, then embedding c.txt fails
    const spy = vi.spyOn(LocalEmbeddings.prototype, 'embedDocuments');
    spy.mockClear();
    spy.mockImplementationOnce(LocalEmbeddings.prototype.embedDocuments).mockRejectedValueOnce(new Error('disk full'));
    await expect(buildIndex(config)).rejects.toThrow('disk full');
    spy.mockRestore();

    expect(readFileSync(join(config.indexDir, 'manifest.json'), 'utf8')).toBe(manifest);
    const index = await loadIndex(config);
    expect(await results(index)).toEqual(before);
    expect((await index.retriever.retrieve('robotisering')).map((p) => p.text).join(' ')).not.toContain('robotisering');
    expect(readdirSync(join(config.indexDir, '..')).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
    // the next ingest does it all
    const report = await buildIndex(config);
    expect(report.reindexed).toBe(2);
    expect((await (await loadIndex(config)).retriever.retrieve('robotisering'))[0]!.text).toContain('robotisering');
  });

  it('a large artefact is hashed in a worker thread: the same sha256', async () => {
    const config = testConfig(threeDocs());
    await buildIndex(config);
    const file = join(config.indexDir, 'store.sqlite');
    const { createHash } = await import('node:crypto');
    expect(await sha256InWorker(file)).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    await expect(sha256InWorker(join(config.indexDir, 'nothing-here'))).rejects.toThrow(/ENOENT/);
  });

  it('a store that is not the one the manifest names is refused', async () => {
    const a = testConfig(threeDocs());
    await buildIndex(a);
    const b = testConfig(tempCorpus({ 'x.txt': 'Een heel ander document over woningbouw.\n' }));
    await buildIndex(b);
    rmSync(join(a.indexDir, 'store.sqlite'));
    writeFileSync(join(a.indexDir, 'store.sqlite'), readFileSync(join(b.indexDir, 'store.sqlite')));
    await expect(loadIndex(a)).rejects.toThrow(/store\.sqlite does not match its checksum/);
  });
});

describe('read on demand', () => {
  it('the bot starts without reading the chunks, and a question reads only the passages it returns', async () => {
    const config = testConfig(copyOfRepoCorpus());
    await buildIndex(config);
    const all = vi.spyOn(StoreReader.prototype, 'allChunks');
    const one = vi.spyOn(StoreReader.prototype, 'chunk');
    const bot = await createBot(config, { surface: 'slack', warmUp: false });
    expect(all).not.toHaveBeenCalled();
    expect(one).not.toHaveBeenCalled();
    const passages = await bot.index.retriever.retrieve('Wat zegt het advies over leerrechten?', { k: 3 });
    expect(passages.length).toBe(3);
    expect(one.mock.calls.length).toBeLessThanOrEqual(9); // k * 3 candidates at most, of 58 chunks
    expect(all).not.toHaveBeenCalled();
    all.mockRestore();
    one.mockRestore();
    await bot.close();
  });

  it('the stored term statistics equal those computed from the chunks', async () => {
    const config = testConfig(copyOfRepoCorpus());
    await buildIndex(config);
    const index = await loadIndex(config);
    const computed = buildTermStats([...index.allChunks()]);
    expect(index.termStats.n).toBe(computed.n);
    const phrase = (p: string) => textStems(p).join(' ');
    const cases = [['productiviteit'], ['arbeidsproductiviteit'], ['leerrecht'], [phrase('sociale partners')], ['npb', phrase('nationale productiviteitsraad')], [phrase('advies op hoofdlijnen')], [phrase('een leven lang ontwikkelen')], [phrase('sociale partners'), 'kabinet'], ['onbestaand']];
    for (const stems of cases) expect(index.termStats.df(stems)).toBe(computed.df(stems));
    // the phrases are found (the comparison is not between two zeros)
    expect(index.termStats.df([phrase('sociale partners')])).toBeGreaterThan(3);
    expect(index.termStats.df([phrase('advies op hoofdlijnen')])).toBeGreaterThan(0);
    expect(index.termStats.df([phrase('een leven lang ontwikkelen')])).toBeGreaterThan(0);
    // the words of a phrase in the wrong order are not the phrase
    expect(index.termStats.df([phrase('partners sociale')])).toBe(computed.df([phrase('partners sociale')]));
    index.close();
  });
});
