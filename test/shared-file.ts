// The team's read-only shared folder (../shared next to the checkout, or
// /work/shared on these machines): the advisory's PDF and the dev questions.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const CANDIDATES = [resolve(import.meta.dirname, '../../shared'), '/work/shared'];

/** The path of a file in the shared folder; throws naming where it looked. */
export function sharedFile(rel: string): string {
  for (const dir of CANDIDATES) {
    const p = resolve(dir, rel);
    if (existsSync(p)) return p;
  }
  throw new Error(`shared file ${rel} not found in ${CANDIDATES.join(' or ')}`);
}
