// corpus/sources.yml → validated SourceDoc[] (zod + yaml). Documents without
// `file` are metadata only: they are known, cited by title/URL, not indexed.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import { z } from 'zod';
import type { SourceDoc } from './types.ts';
import { parseYaml } from './yaml.ts';

export const SOURCES_FILE = 'sources.yml';

const isoDate = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .refine((v) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** One document of sources.yml (also how the index stores it in chunks.json). */
export const SourceDocSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
    title: z.string().min(1),
    publisher: z.string().min(1),
    date: isoDate,
    language: z.enum(['nl', 'en']),
    kind: z.enum(['advisory', 'report', 'letter', 'paper', 'recommendation', 'dataset', 'web']),
    url: z.string().default(''),
    licence: z.string().min(1),
    // a path inside the corpus folder: no absolute path, no way out with ..
    file: z
      .string()
      .min(1)
      .refine((f) => !isAbsolute(f) && !/^[A-Za-z]:/.test(f) && !normalize(f).split(/[\\/]/).includes('..'), 'must be a path inside the corpus folder')
      .optional(),
    firstPage: z.number().int().positive().optional(),
    note: z.string().optional(),
  })
  .strict();

const SourcesSchema = z.object({ documents: z.array(SourceDocSchema).min(1) });

/** A bad sources.yml; the message is one line naming the file and each bad field. */
export class SourcesError extends Error {
  override name = 'SourcesError';
}

/** Parses the text of sources.yml. Throws SourcesError naming each bad field. */
export function parseSources(text: string, where = SOURCES_FILE): SourceDoc[] {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new SourcesError(`${where}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = SourcesSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new SourcesError(`${where} is invalid: ${issues.join('; ')}`);
  }
  const docs = parsed.data.documents;
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) throw new SourcesError(`${where}: duplicate document id "${d.id}"`);
    seen.add(d.id);
  }
  return docs.map(({ note: _note, ...d }) => {
    const doc: SourceDoc = { ...d, url: d.url ?? '' };
    if (doc.file === undefined) delete doc.file;
    if (doc.firstPage === undefined) delete doc.firstPage;
    return doc;
  });
}

/** Reads and validates `<corpusDir>/sources.yml`. */
export async function loadSources(corpusDir: string): Promise<SourceDoc[]> {
  const path = join(corpusDir, SOURCES_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new SourcesError(`Cannot read ${path}: ${(err as Error).message}`);
  }
  return parseSources(text, path);
}
