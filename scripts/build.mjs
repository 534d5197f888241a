// `npm run build` (and npm's `prepare`, which `npm ci` runs): compiles src/
// to JavaScript in dist/, file by file (same folders, so paths relative to a
// module still point where they did: ../../corpus, ./abstain-model.json), so
// `polderbot` starts without loading TypeScript through tsx (~0.4 s of a cold
// `polderbot ask`). Types are not checked here (`npm run typecheck` does).
// Other files under src/ are copied. dist/build.json, written last, records
// what was compiled (scripts/build-state.mjs); bin/polderbot.mjs runs dist/
// only while it matches src/, and src/ through tsx otherwise.
//
// The new build is written beside dist/ and renamed into place. A failure is
// reported and leaves no dist/: `polderbot` then runs src/ through tsx, so an
// install never fails for want of a build.
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, SRC, STAMP, describe, filesUnder } from './build-state.mjs';

const started = performance.now();
const tmp = `${DIST}.tmp-${process.pid}`;
const old = `${DIST}.old-${process.pid}`;
try {
  const { build } = await import('esbuild');
  const files = filesUnder(SRC);
  const before = Object.fromEntries(files.map((f) => [f, describe(join(SRC, f))]));
  const ts = files.filter((f) => f.endsWith('.ts'));
  rmSync(tmp, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ts.map((f) => join(SRC, f)),
    outdir: tmp,
    outbase: SRC,
    // one output file per source file: every relative import stays an import,
    // of the compiled sibling (.ts → .js); packages stay imports too
    bundle: true,
    packages: 'external',
    plugins: [
      {
        name: 'relative-imports-to-js',
        setup(b) {
          b.onResolve({ filter: /^\.\.?\// }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true }));
        },
      },
    ],
    format: 'esm',
    platform: 'node',
    // the language level of tsconfig.json (Node 20 runs all of it): with a 'node20' target esbuild
    // rewrites every \p{…} regular expression literal into a `new RegExp(…)` call made each time
    target: 'es2022',
    logLevel: 'warning',
  });
  for (const f of files.filter((f) => !f.endsWith('.ts'))) {
    mkdirSync(dirname(join(tmp, f)), { recursive: true });
    copyFileSync(join(SRC, f), join(tmp, f));
  }
  // the validated lexicon, which a compiled start reads while corpus/lexicon/ is unchanged
  // (src/language/lexicon.ts); an invalid lexicon is reported when polderbot reads it
  try {
    const { lexiconSnapshot } = await import(pathToFileURL(join(tmp, 'language/lexicon.js')).href);
    writeFileSync(join(tmp, 'lexicon.json'), lexiconSnapshot());
  } catch (err) {
    console.error(`polderbot: no lexicon snapshot (${err instanceof Error ? err.message.split('\n')[0] : err})`);
  }
  // a source edited while this ran: record what was read before, so the build counts as stale
  writeFileSync(join(tmp, STAMP), `${JSON.stringify({ builtAt: new Date().toISOString(), files: before }, null, 1)}\n`);
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(DIST, old);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  renameSync(tmp, DIST);
  rmSync(old, { recursive: true, force: true });
  console.error(`polderbot: compiled ${ts.length} files of src/ to dist/ in ${Math.round(performance.now() - started)} ms`);
} catch (err) {
  for (const dir of [tmp, old, DIST]) rmSync(dir, { recursive: true, force: true });
  console.error(`polderbot: could not compile src/ to dist/ (${err instanceof Error ? err.message.split('\n')[0] : err}); polderbot will run src/ through tsx`);
}
