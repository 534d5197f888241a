// Matching the lexicon's glossary in a question: English phrases → the Dutch
// terms of the corpus; Dutch terms → their synonyms and abbreviations (NPB ↔
// National Productivity Board). The data lives in corpus/lexicon/.
import { STOP_WORDS } from './analyze.ts';
import { lexicon, type GlossaryEntry } from './lexicon.ts';
import type { Language } from './detect.ts';
import type { Phrase } from './terms.ts';
import { isCommonEnglish } from './common-words.ts';
import { englishSynonyms } from './wordnet.ts';
import { escapeRegExp } from '../regexp.ts';

export type { GlossaryEntry };

export const GLOSSARY: GlossaryEntry[] = lexicon().glossary;

/** Dutch synonyms and abbreviations (both directions). */
export const NL_SYNONYMS: string[][] = lexicon().synonyms;


/**
 * A glossary phrase to find in a lower-cased query. Matching runs for every
 * question over ~1,500 phrases: a plain substring test comes first (the phrase
 * must occur as written) and the word-boundary regex is compiled only for the
 * few phrases that pass it.
 */
class Matcher {
  private re?: RegExp;
  constructor(
    readonly phrase: string,
    readonly terms: string[],
    private readonly english: boolean,
  ) {}

  exec(q: string): RegExpExecArray | null {
    if (!q.includes(this.phrase)) return null;
    this.re ??= new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(this.phrase)}${this.ending()}(?![\\p{L}\\p{N}])`, 'u');
    return this.re.exec(q);
  }

  /** Light inflection of the last word: Dutch endings; English plural -s/-es and -ing/-ed, a word of two letters only a plural ("us" + "ed" is "used", "us" + "ing" is "using"). */
  private ending(): string {
    if (!this.english) return "(?:s|en|'s|e|er|ere|st|ste)?";
    return this.phrase.length < 3 ? "(?:s|'s)?" : "(?:s|es|'s|ing|ed)?";
  }
}

const matchers = (pairs: [string, string[]][], english: boolean): Matcher[] =>
  pairs.map(([p, terms]) => new Matcher(p.toLowerCase(), terms, english));

// longest phrases first: `venture capital` is consumed before `capital` can match
// a phrase made only of question words (`recommend`, `why`) is not expanded
const onlyStopWords = (p: string) => (p.toLowerCase().match(/[\p{L}&]+/gu) ?? []).every((w) => STOP_WORDS.has(w));
const longestFirst = (pairs: [string, string[]][]) => pairs.sort((a, b) => b[0].length - a[0].length);
const EN_MATCHERS = matchers(longestFirst(GLOSSARY.flatMap((e) => e.en.filter((p) => !onlyStopWords(p)).map((p): [string, string[]] => [p, e.nl]))), true);
const EN_HYPHENATED = GLOSSARY.flatMap((e) => e.en).filter((p) => p.includes('-')).map((p) => p.toLowerCase());

/** "human-capital" → "human capital", except inside glossary phrases written with a hyphen (`scale-ups`). */
function unhyphenate(q: string): string {
  const keep = EN_HYPHENATED.filter((h) => q.includes(h));
  return q.replace(/(\p{L})-(?=\p{L})/gu, (m, a: string, at: number) => (keep.some((h) => q.startsWith(h, at + 1 - h.indexOf('-'))) ? m : `${a} `));
}
/** The glossary's English phrases, each with its Dutch terms: what a WordNet synonym is looked up in. */
const EN_PHRASES = new Map<string, string[]>();
for (const m of EN_MATCHERS) EN_PHRASES.set(m.phrase, [...(EN_PHRASES.get(m.phrase) ?? []), ...m.terms]);

/**
 * The Dutch terms of an English word the glossary does not list, through its
 * WordNet synonyms in their most frequent senses (`pay` → wage → lonen); the
 * first synonym the glossary knows wins. [] for function and common words.
 */
function throughSynonyms(word: string): string[] {
  if (word.length < 3 || STOP_WORDS.has(word) || isCommonEnglish(word)) return [];
  for (const synonym of englishSynonyms(word)) {
    const terms = EN_PHRASES.get(synonym);
    if (terms) return terms;
  }
  return [];
}

// longest first, as for English: `nationale productiviteitsraad` is consumed before `nationale` (Den Haag) can match
// (and a word with narrower terms, one way: "economie" also matches "bbp", a measure of it; "bbp" does not match "economie")
const NL_MATCHERS = matchers(
  longestFirst([
    ...NL_SYNONYMS.flatMap((g) => g.map((p): [string, string[]] => [p, g.filter((x) => x !== p)])),
    ...lexicon().narrower.flatMap((e) => e.words.map((w): [string, string[]] => [w, e.terms])),
  ]),
  false,
);

// each Dutch term → the other terms of its synonym groups (as EN_PHRASES is read from EN_MATCHERS)
const NL_GROUP = new Map<string, string[]>();
for (const m of NL_MATCHERS) NL_GROUP.set(m.phrase, [...(NL_GROUP.get(m.phrase) ?? []), ...m.terms]);

// Dutch corpus terms → the English phrases that stand for them, for reading
// an English document with a Dutch question (`energieprijzen` → energy prices)
const NL_TO_EN = matchers(longestFirst(GLOSSARY.flatMap((e) => e.nl.map((t): [string, string[]] => [t, e.en]))), false);

/** English phrases for the glossary's Dutch terms found in a Dutch query: the Dutch words as written, and their English. */
export function englishFor(query: string): { phrase: string; en: string[] }[] {
  const q = query.toLowerCase();
  const out: { phrase: string; en: string[] }[] = [];
  for (const m of NL_TO_EN) {
    const hit = m.exec(q);
    if (!hit) continue;
    const prev = out.find((o) => o.phrase === hit[0]);
    if (prev) prev.en.push(...m.terms.filter((t) => !prev.en.includes(t)));
    else out.push({ phrase: hit[0], en: [...m.terms] });
  }
  return out;
}

export interface Expansion {
  /** Dutch terms added to the query */
  terms: string[];
  /** the phrases of the query that matched */
  matched: string[];
}

// "us" as the object of a verb is the pronoun ("want us to use them less", "tell us"), not the country
const US_PRONOUN = /\b(?:want|wants|wanted|tell|tells|give|gives|let|lets|ask|asks|help|helps|expect|expects|make|makes|allow|allows|pitching to|pitch to|for|with|like)\s+us\b|\bus\s+to\s+\p{L}+|\bus\s+(?:vcs|founders|investors|employers|folks|guys|people)\b/u;

/** Expands a query with glossary terms: English phrases → Dutch, Dutch terms → synonyms. */
export function expandQuery(query: string, language: 'nl' | 'en'): Expansion {
  // "(working) population" reads as "working population"
  const original = query.toLowerCase().replace(/[’]/g, "'").replace(/[()]/g, '');
  const terms = new Set<string>();
  const matched: string[] = [];
  // English phrases → Dutch; in a Dutch question only an English term of the field ("Welke bottlenecks ziet de
  // SER …") of five letters or more (not `data`, `door`) that the Dutch text does not use as it is (`export`,
  // `National Productivity Board`: neither it nor a part of it is taken)
  const english = language === 'en';
  let q = english ? unhyphenate(original) : original;
  // (the spans the English phrases take: a Dutch term inside a longer one is part of it, `eu` and `ai` in `eu ai act`)
  const taken: [number, number][] = [];
  for (const m of EN_MATCHERS) {
    if (!english && m.phrase.length < 5) continue;
    const hit = m.exec(q);
    if (!hit) continue;
    // ("us" as the object of a verb is the pronoun, "want us to use them less", "tell us"; the country is "the US", "EU vs US")
    if (m.phrase === 'us' && US_PRONOUN.test(original)) continue;
    q = q.slice(0, hit.index) + ' '.repeat(hit[0].length) + q.slice(hit.index + hit[0].length);
    taken.push([hit.index, hit.index + hit[0].length]);
    if (!english && m.terms.some((t) => t.toLowerCase() === m.phrase)) continue;
    matched.push(hit[0]);
    // (with the Dutch synonyms of each, as a Dutch question has them: `wages` → lonen → loongroei, salarissen)
    for (const t of m.terms) for (const x of [t, ...(NL_GROUP.get(t.toLowerCase()) ?? [])]) terms.add(x);
  }
  // the words of an English question no glossary phrase took: through their English synonyms
  if (english) {
    for (const word of q.match(/\p{L}+/gu) ?? []) {
      const found = throughSynonyms(word);
      if (!found.length) continue;
      matched.push(word);
      for (const t of found) terms.add(t);
    }
  }
  // a part of a longer phrase already matched is not matched again (`nationale` in `nationale productiviteitsraad`);
  // the same words in another group are (`sociale partners`: vakbonden; werkgevers)
  for (const m of NL_MATCHERS) {
    const hit = m.exec(original);
    if (!hit) continue;
    const [from, to] = [hit.index, hit.index + hit[0].length];
    if (taken.some(([a, b]) => a <= from && to <= b && b - a > to - from)) continue;
    taken.push([from, to]);
    matched.push(hit[0]);
    // the Dutch term itself counts too: an English question that names it ("the Tweede Kamer") means it
    terms.add(m.phrase);
    for (const t of m.terms) terms.add(t);
  }
  return { terms: [...terms], matched };
}

/** Glossary phrases found in a question, with the corpus terms each stands for (the composer's view). */
export function glossaryPhrases(question: string, language: Language): Phrase[] {
  const { matched } = expandQuery(question, language);
  const phrases: Phrase[] = matched.map((phrase) => ({ phrase, terms: expandQuery(phrase, language).terms }));
  // a Dutch question reads English documents through the glossary's English
  if (language === 'nl') for (const { phrase, en } of englishFor(question)) phrases.push({ phrase, terms: [], en, englishOnly: true });
  return phrases;
}
