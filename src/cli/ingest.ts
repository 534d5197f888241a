// `polderbot ingest [--force]`: builds or updates index/ from corpus/sources.yml.
import { loadConfig } from '../config.ts';
import { SourcesError } from '../corpus/sources.ts';
import { buildIndex, indexStatus, loadIndex, type SearchIndex } from '../search/index.ts';
import { lexicon } from '../language/lexicon.ts';
import { unusedLexiconEntries } from '../language/lexicon-check.ts';
import { parseOptions } from './usage.ts';

const USAGE = `Usage: polderbot ingest [--force]
  Builds or updates the search index (POLDERBOT_INDEX_DIR, default index/) from
  corpus/sources.yml. Unchanged documents keep their vectors; --force re-embeds all.`;

export async function runIngest(args: string[]): Promise<number> {
  let force = false;
  const { values } = parseOptions({ args, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }, USAGE);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  force = !!values.force;
  const config = loadConfig();
  const before = await indexStatus(config);
  if (before.state === 'mismatch' && !force) {
    process.stdout.write(`Embedding provider changed: ${before.reason.split('. ')[0]}; rebuilding everything.\n`);
  }
  process.stdout.write(`Ingesting ${config.corpusDir} → ${config.indexDir} (${config.embeddings} embeddings${force ? ', --force' : ''})\n`);
  try {
    const report = await buildIndex(config, { force: force || before.state === 'mismatch' || before.state === 'corrupt', log: (l) => process.stdout.write(`${l}\n`) });
    const s = report.skipped.length;
    process.stdout.write(
      `Done: ${report.documents} documents, ${report.chunks} chunks (${report.embedded} embedded, ${report.reused} reused)` +
        `${s ? `, ${s} skipped` : ''} in ${(report.durationMs / 1000).toFixed(2)} s.\n`,
    );
    // the corpus-wide lexicon check reads every chunk: only when the corpus changed
    if (report.reindexed > 0) {
      const index = await loadIndex(config);
      try {
        reportUnusedLexicon(index);
      } finally {
        index.close();
      }
    }
    return s ? 1 : 0;
  } catch (err) {
    if (err instanceof SourcesError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** Lexicon entries the corpus has no use for (their Dutch side occurs nowhere): a list to review, not an error. */
function reportUnusedLexicon(index: SearchIndex): void {
  const unused = unusedLexiconEntries(lexicon(), (function* () {
    for (const c of index.allChunks()) yield c.text;
  })());
  if (!unused.length) return;
  process.stdout.write(`Lexicon: ${unused.length} entries of corpus/lexicon/ whose Dutch side occurs nowhere in the corpus (expected for the glossary's absent topics):\n`);
  for (const u of unused.slice(0, 12)) process.stdout.write(`  ${u.file}: ${u.entry}\n`);
  if (unused.length > 12) process.stdout.write(`  … and ${unused.length - 12} more\n`);
}
