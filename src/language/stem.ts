// The one stemmer set-up: snowball for Dutch and English, cached (stemming
// is most of the cost of reading a question and of building term statistics).
import { createRequire } from 'node:module';
import type { Language } from './detect.ts';

interface Stemmer {
  stem(word: string): string;
}
const snowball = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(lang: string): Stemmer };
const stemmers: Record<Language, Stemmer> = { nl: snowball.newStemmer('dutch'), en: snowball.newStemmer('english') };

// Dutch words the stemmer conflates with a different word: `ouders` (parents)
// and `ouderen` (the elderly) both become `ouder`; parents keep their own stem;
// so do words it cuts down to a function word: `overheid` → `over` (the
// preposition of every third sentence), `reden` → `red` (`reeds`), `kans` →
// `kan` (the verb); and adverbs in -s it cuts to an adjective or noun:
// `slechts` (only) is not `slecht` (bad), `middels` (by means of) not `middel`
const DISTINCT_NL: Record<string, string> = {
  ouders: 'ouders',
  overheid: 'overheid',
  overheden: 'overheid',
  reden: 'reden',
  redenen: 'reden',
  kans: 'kans',
  slechts: 'slechts',
  middels: 'middels',
};

const caches: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };
const CACHE_LIMIT = 200_000;

/** Snowball stem of a lower-cased word, diacritics folded; numbers and `r&d` stay as they are. */
export function stem(word: string, lang: Language): string {
  const cache = caches[lang];
  let s = cache.get(word);
  if (s !== undefined) return s;
  if (/\d/.test(word) || word.includes('&')) s = word;
  else if (lang === 'nl' && DISTINCT_NL[word]) s = DISTINCT_NL[word];
  else s = stemmers[lang].stem(word.normalize('NFD').replace(/\p{M}/gu, ''));
  if (lang === 'nl') s = adjectiveIef(s);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, s);
  return s;
}

// Dutch adjectives in -ief inflect with a v: productief, productieve, productiever,
// productiefst; snowball leaves productief / productiev / productiever apart
// (the noun in -iviteit keeps its own stem: productiviteit is in nearly every
// sentence of the corpus, productief in a few, and joined they cost more answers than they win)
const adjectiveIef = (s: string): string => s.replace(/^(\p{L}{3,})(?:iev(?:er)?|iefst)$/u, '$1ief');

/** Dutch stem (the corpus language). */
export const stemNl = (word: string): string => stem(word, 'nl');
