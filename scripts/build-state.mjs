// Whether dist/ (src/ compiled to JavaScript by scripts/build.mjs) is the
// build of src/ as it is now. Shared by the build, which records what it
// compiled, and bin/polderbot.mjs, which runs dist/ only when this says so
// and the TypeScript sources through tsx otherwise: an edited source is never
// run stale.
//
// dist/build.json records every file under src/ with its size, mtime and
// sha1. Fresh = the same files (none added, removed or renamed) and each with
// its recorded size and either its recorded mtime or, when the mtime moved
// (a checkout, `touch`), its recorded content. Cost: one readdir and one stat
// per source file (~200), a few milliseconds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SRC = join(ROOT, 'src');
export const DIST = join(ROOT, 'dist');
export const STAMP = 'build.json';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function filesUnder(dir) {
  const out = [];
  const walk = (rel) => {
    for (const e of readdirSync(rel ? `${dir}/${rel}` : dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

// node:crypto is loaded only when a file must be hashed (not on a fresh start)
export const sha1 = (path) => createRequire(import.meta.url)('node:crypto').createHash('sha1').update(readFileSync(path)).digest('hex');

/** What the build records of one source file. */
export function describe(path) {
  const s = statSync(path);
  return { size: s.size, mtimeMs: s.mtimeMs, sha1: sha1(path) };
}

/** True when dist/ holds the build of src/ as it is now. */
export function isFresh(src = SRC, dist = DIST) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(join(dist, STAMP), 'utf8')).files;
    const files = filesUnder(src);
    if (!recorded || files.length !== Object.keys(recorded).length) return false;
    for (const f of files) {
      const want = recorded[f];
      if (!want) return false;
      const path = `${src}/${f}`;
      const s = statSync(path);
      if (s.size !== want.size) return false;
      if (s.mtimeMs !== want.mtimeMs && sha1(path) !== want.sha1) return false;
    }
    return true;
  } catch {
    return false;
  }
}
