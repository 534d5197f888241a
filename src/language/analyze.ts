// Text analysis shared by the lexical index, the local embeddings and the
// reading of questions (one tokenizer, one stop list):
// tokenising, stop words (nl + en, including question words), Dutch stemming
// (snowball) and decompounding against the corpus vocabulary.
import { lexicon } from './lexicon.ts';

export { stemNl } from './stem.ts';

/** Stop words: the general function words of both languages and the words that frame a question (corpus/lexicon/framing.txt). */
export const STOP_WORDS: ReadonlySet<string> = new Set([...lexicon().functionWords, ...lexicon().framing]);

const CONTRACTED: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall' };

/** Lower-case word tokens (letters, digits, `&` and inner hyphens kept: `r&d`, `mkb-bedrijven`). */
export function tokenize(text: string): string[] {
  // possessive/plural 's is dropped on both sides: `AI's` → `ai`, `regio's` → `regio`; so is the Dutch 'er(s) of a
  // person of an abbreviation: `mkb'ers` → `mkb` (an entrepreneur in the mkb), `zzp'er` → `zzp`;
  // an English contraction is its verb: `isn't` → `is`, `they're` → `they`, `can't` → `can`, `won't` → `will`
  return (text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}&]+(?:[-'’][\p{L}\p{N}&]+)*/gu) ?? []).map((t) =>
    t.replace(/’/g, "'").replace(/'s$/, '').replace(/(?<=\p{L}{2})'ers?$/u, '').replace(/^(?:ca|wo|sha)n't$/, (m) => CONTRACTED[m]!).replace(/(?<=\p{L})(?:n't|'re|'ve|'ll|'d|'m)$/u, ''),
  );
}

/** Tokens, and after a hyphenated or apostrophed token also its parts (`mkb-bedrijven` → mkb-bedrijven, mkb, bedrijven). */
export function tokensWithParts(text: string): string[] {
  return withParts(tokenize(text));
}

/** tokensWithParts of a text already tokenized. */
export function withParts(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of tokens) {
    out.push(w);
    if (/[-']/.test(w)) for (const part of w.split(/[-']+/)) if (part && part !== w) out.push(part);
  }
  return out;
}

/** Content words of a text: tokens minus stop words; hyphenated words also give their parts. */
export function contentWords(text: string): string[] {
  return contentOf(tokenize(text));
}

/** contentWords of a text already tokenized. */
export function contentOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
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
  for (const text of texts) addCompoundVocabulary(contentWords(text), vocab);
  return vocab;
}

/** Adds the content words that belong in the compound vocabulary to `vocab`. */
export function addCompoundVocabulary(content: readonly string[], vocab: Set<string>): void {
  for (const w of content) if (w.length >= 4 && !vocab.has(w) && /^\p{L}+$/u.test(w)) vocab.add(w);
}
