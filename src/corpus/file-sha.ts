// The checksum that says whether a corpus file changed (by ingest, and by the
// index's staleness check at every start, which loads nothing else of the corpus layer).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** sha256 of a corpus file, or null if it cannot be read. */
export async function fileSha256(path: string): Promise<string | null> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex');
  } catch {
    return null;
  }
}
