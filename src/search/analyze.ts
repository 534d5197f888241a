// Text analysis shared by the lexical index and the local embeddings:
// tokenising, stop words (nl + en, including question words), Dutch stemming
// (snowball) and decompounding against the corpus vocabulary.
import { createRequire } from 'node:module';

interface Stemmer {
  stem(word: string): string;
}
const snowball = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(lang: string): Stemmer };
const dutch = snowball.newStemmer('dutch');

const stemCache = new Map<string, string>();
/** Dutch snowball stem (cached). */
export function stemNl(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = dutch.stem(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Stop words of both languages, plus words every question about the advisory contains. */
export const STOP_WORDS = new Set(
  `aan al alle alleen als altijd ander andere anders ben bij binnen daar daarom dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun ik in is ja je kan kon kunnen maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel welk welke werd werden wie wij wil willen worden wordt zal ze zei zelf zich zij zijn zo zonder zou zouden
  volgens zegt zeggen vindt vinden stelt adviseert advies adviezen briefadvies ser staat noemt beschrijft raadt aanbeveling vraag waarom waarover hoeveel wanneer waar welk hierover daarover erover kun kunt graag iets
  a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own same say says said she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your
  advisory council report recommend recommends recommendation suggest suggests think thinks describe describes describe mention mentions mentioned tell according paper letter document`.split(/\s+/).filter(Boolean),
);

/** Lower-case word tokens (letters, digits, `&` and inner hyphens kept: `r&d`, `mkb-bedrijven`). */
export function tokenize(text: string): string[] {
  // possessive/plural 's is dropped on both sides: `AI's` → `ai`, `regio's` → `regio`
  return (text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}&]+(?:[-'’][\p{L}\p{N}&]+)*/gu) ?? []).map((t) => t.replace(/’/g, "'").replace(/'s$/, ''));
}

/** Content words of a text: tokens minus stop words; hyphenated words also give their parts. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (STOP_WORDS.has(t)) continue;
    out.push(t);
    if (t.includes('-')) for (const part of t.split('-')) if (part.length >= 2 && !STOP_WORDS.has(part)) out.push(part);
  }
  return out;
}

/**
 * Finds the parts of a Dutch compound that are themselves words of the corpus:
 * `arbeidsproductiviteitsgroei` → `arbeidsproductiviteit`, `arbeid`,
 * `productiviteitsgroei`, `groei` … (prefixes with an optional linking s/e/en,
 * and suffixes), so `productiviteitsgroei` finds `arbeidsproductiviteitsgroei`.
 */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>, minPart = 4): string[] {
  if (word.length < minPart * 2 || /[^\p{L}]/u.test(word)) return [];
  const parts = new Set<string>();
  for (let i = minPart; i <= word.length - minPart; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (vocabulary.has(tail) && tail.length >= minPart) parts.add(tail);
    if (vocabulary.has(head)) {
      const rest = tail.replace(/^(s|e|en)(?=\p{L}{3})/u, '');
      if (rest.length >= 3) parts.add(head);
    }
  }
  parts.delete(word);
  return [...parts];
}

/** Vocabulary for decompounding: content words of length ≥ 4 seen in the texts. */
export function buildCompoundVocabulary(texts: Iterable<string>): Set<string> {
  const vocab = new Set<string>();
  for (const text of texts) for (const w of contentWords(text)) if (w.length >= 4 && /^\p{L}+$/u.test(w)) vocab.add(w);
  return vocab;
}
