// Content terms of questions and sentences: tokenising, stop words, stemming
// and compound-aware matching. Pure.
import type { Language } from './detect.ts';
import { STOP_WORDS, tokensWithParts } from './analyze.ts';
import { stem } from './stem.ts';
import { lexicon } from './lexicon.ts';
import { isCommonEnglish } from './common-words.ts';
import { dutchWordList, isDutchWord } from './spelling.ts';

export { stem };
const STOP = STOP_WORDS;
const COMMON_NL = lexicon().commonNl;

/** Lower-cased word tokens; keeps R&D and hyphenated compounds whole, and also yields their parts. */
export const tokenize = tokensWithParts;

/**
 * Extra stems for Dutch verb forms the stemmer leaves alone: participles
 * (`geïnvesteerd` → invester) and third persons (`investeert` → invester).
 */
function verbStems(word: string): string[] {
  const out: string[] = [];
  const w = word.normalize('NFD').replace(/\p{M}/gu, '');
  if (w.length >= 7 && w.startsWith('ge') && /[dt]$/.test(w)) out.push(stem(w.slice(2, -1), 'nl'));
  if (w.length >= 6 && /[^aeiou]t$|dt$/.test(w) && !w.endsWith('heid')) out.push(stem(w.slice(0, -1), 'nl'));
  return out;
}

/**
 * The stem of a Dutch diminutive's base, which the stemmer leaves on (`regeltjes` → regel, `bedrijfjes` → bedrijf,
 * `balletje` → bal), when the base is a word of OpenTaal's list as it stands; [] for any other word (`plunje`).
 */
function diminutiveStems(word: string): string[] {
  for (const ending of ['etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'jes', 'je']) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    // (`balletje`: a consonant doubled before -etje)
    for (const b of [base, base.replace(/([^aeiou])\1$/u, '$1')]) if (b.length >= 3 && dutchWordList().has(b)) return [stem(b, 'nl')];
  }
  return [];
}

// Separable Dutch verbs: `inrichten` is written `richt … in` too, so the
// verb without its particle counts as the same word. Only verb forms (-en,
// -t) with a remainder long enough to be a verb of its own (`overuren` keeps
// its meaning).
const PARTICLE = /^(aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg)(?=\p{L}{5,}$)/u;
function separableStems(word: string): string[] {
  if (!/(?:en|t)$/.test(word)) return [];
  const m = PARTICLE.exec(word);
  if (!m) return [];
  const rest = word.slice(m[0].length);
  return [stem(rest, 'nl'), ...verbStems(rest)];
}

// The finite verb and infinitive of a Dutch question are its verbs, not its
// topic, however long (`Wat betekent …`, `… onderscheidt het advies?`, `Hoe wil
// de SER de cyclus inrichten?`): word order says which they are.
const INTERROGATIVE = new Set(['wat', 'wie', 'waarom', 'hoe', 'waar', 'wanneer', 'hoezo', 'waardoor', 'waarmee', 'waaraan', 'waarin', 'waarop']);
const SUBJECT = /^(?:het|de|dit|deze|die)$/;
const SUBJECT_NOUN = /^(?:advies|briefadvies|ser|raad|kabinet|rapport|overheid|regering|commissie)$/;
const AUXILIARY = new Set(['heeft', 'hebben', 'had', 'hadden', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden']);
const PREPOSITION = /^(?:aan|op|in|van|voor|met|bij|naar|door|over|tegen|uit|om|tot|onder)$/;
const MODAL = new Set(['wil', 'willen', 'moet', 'moeten', 'kan', 'kunnen', 'zou', 'zouden', 'gaat', 'gaan', 'mag', 'mogen', 'zal', 'zullen']);
export function dutchQuestionVerbs(question: string): Set<string> {
  const words = (question.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []);
  const out = new Set<string>();
  if (words.length > 1 && INTERROGATIVE.has(words[0]!)) out.add(words[1]!);
  // a preposition before the question word moves the verb one on ("Bij wie ligt die rol?", "Aan wie vraagt de SER dat?")
  else if (words.length > 2 && PREPOSITION.test(words[0]!) && /^(?:wie|wat)$/.test(words[1]!)) out.add(words[2]!);
  // a yes/no question opens with its finite verb ("Krijgen flexwerkers …?", "Investeert het mkb …?")
  // (not a noun opening a fragment: `Bezuinigingen op onderwijs?`, `Productiviteit in de zorg?`)
  else if (
    words.length > 2 &&
    /\?\s*$/.test(question) &&
    /(?:en|t)$/.test(words[0]!) &&
    !/^(?:het|de|dat|wat|niet|met|tot|want|echt|toch)$/.test(words[0]!) &&
    !/(?:heid|ing|ingen|iteit|iteiten|schap|ment|menten|ist|isten|ant|anten|ent|enten)$/.test(words[0]!) &&
    !/^(?:op|in|van|voor|met|bij|naar|door|over|tegen|uit|aan|als|en|of|per|zonder|tussen)$/.test(words[1]!)
  )
    out.add(words[0]!);
  // `Hoeveel bedragen de uitgaven?`, `Welke kansen biedt AI?`: after hoeveel or
  // welke the second word is the verb when an article follows it
  // (`Hoeveel procent van …` keeps its noun)
  // (or the indefinite article: `Hoeveel levert een gezondere bevolking op?`)
  if (words.length > 2 && /^(?:hoeveel|welke|welk)$/.test(words[0]!) && (SUBJECT.test(words[2]!) || words[2] === 'een') && /(?:en|t)$/.test(words[1]!)) out.add(words[1]!);
  for (let i = 1; i + 2 < words.length + 1; i++) {
    if (SUBJECT.test(words[i] ?? '') && SUBJECT_NOUN.test(words[i + 1] ?? '')) out.add(words[i - 1]!);
  }
  // "het verschil tussen X en Y" asks what tells X from Y, "de verhouding tussen X en Y" how they go together:
  // the difference or the relation frames the question, X and Y are its topic
  for (let i = 0; i + 1 < words.length; i++)
    if (/^(?:verschil|verschillen|onderscheid|verhouding|verhoudingen|relatie|samenhang|verband)$/.test(words[i]!) && words[i + 1] === 'tussen') out.add(words[i]!);
  // and "X in verhouding tot Y", "in relatie tot", relates X to Y as "relative to" does
  for (let i = 1; i + 1 < words.length; i++) if (words[i - 1] === 'in' && /^(?:verhouding|relatie)$/.test(words[i]!) && words[i + 1] === 'tot') out.add(words[i]!);
  const last = words[words.length - 1];
  if (last && /en$/.test(last) && words.some((w) => MODAL.has(w))) out.add(last);
  // an infinitive after a modal with a phrase moved behind it (`Wat wil de SER veranderen aan de NPB?`):
  // a word in -en, not after an article (`het ondernemen`), followed by a preposition
  const modal = words.findIndex((w) => MODAL.has(w));
  if (modal >= 0)
    for (let i = modal + 2; i + 1 < words.length; i++)
      if (/en$/.test(words[i]!) && PREPOSITION.test(words[i + 1]!) && !/^(?:het|de|een|hun|zijn|haar)$/.test(words[i - 1]!)) {
        out.add(words[i]!);
        break;
      }
  // a participle at the end after an auxiliary (`Wie heeft om dit advies gevraagd?`)
  // a participle after an auxiliary, separable ones too (`afgeschaft`, `ingevoerd`)
  if (last && /^(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg)?ge\p{L}{3,}[dt]$/u.test(last) && words.some((w) => AUXILIARY.has(w))) out.add(last);
  return out;
}

// English stems of the common words, made on first use (only English questions ask)
let commonEnStems: Set<string> | undefined;
const isCommonEnglishStem = (s: string) => (commonEnStems ??= new Set([...lexicon().commonEn].map((w) => stem(w, 'en')))).has(s);

// Dutch stems of the longer framing words, so their other verb forms are
// framing too (`voorstelt`, `omschreven` like `voorstellen`, `omschrijft`)
let stopStemsNl: Set<string> | undefined;
function isStopForm(word: string, lang: Language): boolean {
  if (lang !== 'nl' || word.length < 6 || /[^\p{L}]/u.test(word)) return false;
  const undouble = (s: string) => s.replace(/([bdfgklmnprst])\1$/, '$1');
  stopStemsNl ??= new Set([...STOP].filter((w) => w.length >= 5).map((w) => undouble(stem(w, 'nl'))));
  return [stem(word, 'nl'), ...verbStems(word)].some((s) => stopStemsNl!.has(undouble(s)));
}

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** The English phrases the glossary itself lists (not those reached through WordNet), lower-cased; read on first use. */
let glossaryKeys: Set<string> | undefined;
const glossaryKey = (phrase: string) => (glossaryKeys ??= new Set(lexicon().glossary.flatMap((e) => e.en.map((w) => w.toLowerCase())))).has(phrase.toLowerCase());

/** A glossary match in a question: the phrase as written and the corpus terms it stands for. */
export interface Phrase {
  phrase: string;
  terms: string[];
  /** English phrases for it (a Dutch question reading an English document) */
  en?: string[];
  /** only gives English for the question's words; does not group them into one term */
  englishOnly?: boolean;
}

/** Content terms of a question: tokens that are not stop words, with their stems. */
export interface QueryTerm {
  /** the word, or the glossary phrase a group of words formed ("venture capital") */
  word: string;
  /** looks like a topic (a long compound, a name or an acronym) rather than a verb or adjective */
  topical: boolean;
  /** the glossary gave corpus terms for it */
  glossary: boolean;
  /** a verb of the question's frame by its word order (Dutch): on its own no topic to answer */
  verb?: boolean;
  /** alternative stems that count as this term (own stems, Dutch stem, glossary terms, acronym) */
  stems: string[];
  /**
   * Stems that count in an English document (an English question's own words,
   * English-stemmed); without it, `stems` count there too. `stems` of an
   * English question are the Dutch terms, which English text cannot hold.
   */
  en?: string[];
  /** a name as written (Draghi, Letta, OECD): it also matches a document's title */
  name?: boolean;
}

/** The advisory itself called a letter: a determiner, a few words naming it (SER, June 2025, productivity), "letter" (advice), not a letter to or from someone. */
const THE_LETTER =
  /\b(?:the|this|its|their)\s+(?:(?:ser(?:'s|’s)?|june|2025|productivity|labour|labor|advisory|short|recent|new)\s+){0,3}letter(?:\s+(?:of\s+)?advice)?\b(?!\s+(?:to|from|by|sent|that|which|of)\b)/gi;

// a document the question asks for: "which (two European) reports", "welk eerder (SER-)advies", "what other document"
// (not "what does the paper say …": the words between are the document's own, an adjective or a count, no verb or article)
const ASKED_DOCUMENT =
  /\b(?:which|what|welke?|welk)\s+(?:(?!(?:does|do|did|is|are|was|were|has|have|the|this|that|its|zegt|zeggen|staat|vindt|doet|is|zijn|het|de|dit|dat)\b)[\p{L}\d-]+\s+){0,2}?(?:[\p{L}]+-)?(reports?|papers?|documents?|studies|study|rapporten|rapport|adviezen|advies)\b/giu;

/**
 * The question's content terms. Words inside one glossary phrase form one
 * term whose alternatives include the phrase's corpus terms (for an English
 * question: the Dutch terms; `venture capital` → durfkapitaal).
 */
export function queryTerms(asked: string, lang: Language, phrases: readonly Phrase[] = []): QueryTerm[] {
  // (the advisory named as the letter it is, "the SER letter", "its June 2025 letter", "the letter advice", frames the question;
  // another letter stays a topic: "which letter to parliament …", "the ministry letter", "what date was that letter?")
  const question = lang === 'en' ? asked.replace(THE_LETTER, (m) => m.replace(/letter(?:\s+(?:of\s+)?advice)?/i, ' ')) : asked;
  const toks = tokenize(question);
  // "National Productivity Board" also matches its acronym "NPB"
  const acronyms = new Map<string, string>();
  for (const m of question.matchAll(/\b(?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+\b/g)) {
    const words = m[0].split(/\s+/);
    const acro = words.map((w) => w[0]!.toLowerCase()).join('');
    for (const w of words) acronyms.set(w.toLowerCase(), acro);
  }
  const original = new Map<string, string>();
  for (const m of question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&'’-]*/gu)) original.set(m[0].toLowerCase(), m[0]);
  // (a capital opening a sentence marks no name: "Regeldruk is hier een klaagpunt. Ziet de SER dat ook als rem?")
  const sentenceStarts = new Set([...question.matchAll(/(?:^|[.!?:]\s+)[^\p{L}\p{N}]*([\p{L}\p{N}][\p{L}\p{N}&'’-]*)/gu)].map((m) => m[1]!.toLowerCase()));
  const verbs = lang === 'nl' ? dutchQuestionVerbs(question) : new Set<string>();

  // a document asked for ("which reports does it cite?", "welk eerder SER-advies …?") is a topic, though a word that frames other questions
  const askedDocs = new Set([...question.matchAll(ASKED_DOCUMENT)].map((m) => m[1]!.toLowerCase()));
  const content: string[] = [];
  for (const w of toks) {
    if (((STOP.has(w) || isStopForm(w, lang)) && !askedDocs.has(w)) || content.includes(w) || (w.length < 2 && !/\d/.test(w))) continue;
    // a hyphenated whole is kept only through its parts
    if (w.includes('-') && w.split('-').every((p) => p.length > 0)) continue;
    content.push(w);
  }

  // a topic word: a name or acronym; in Dutch a long word (compounds:
  // hypotheekrenteaftrek); in English any word that is not common vocabulary
  const topicalWord = (w: string) => {
    const orig = original.get(w) ?? [...original.entries()].find(([k]) => k.split(/[-’']+/).includes(w))?.[1] ?? w;
    if (/\p{Lu}.*\p{Lu}/u.test(orig) || (/^\p{Lu}/u.test(orig) && !sentenceStarts.has(w))) return true;
    if (verbs.has(w)) return false;
    if (lang === 'en') return w.length >= 4 && !isCommonEnglish(w) && !isCommonEnglishStem(stem(w, 'en')) && !/\d/.test(w);
    return w.length >= 8 && !COMMON_NL.has(w);
  };
  const isName = (w: string) => {
    const orig = original.get(w) ?? w;
    return /\p{Lu}.*\p{Lu}/u.test(orig) || (/^\p{Lu}/u.test(orig) && !sentenceStarts.has(w));
  };
  // an English question's words as an English document has them
  // a Dutch question's words as an English document has them, where the glossary knows them
  const englishStem = (phrase: string) => tokenize(phrase).filter((t) => !t.includes('-')).map((t) => stem(t, 'en')).join(' ');
  const dutchToEnglish = new Map<string, string[]>();
  for (const p of phrases) {
    if (!p.en?.length) continue;
    for (const w of tokenize(p.phrase)) dutchToEnglish.set(w, [...(dutchToEnglish.get(w) ?? []), ...p.en.map(englishStem)]);
  }
  const englishOf = (words: string[]): { en?: string[] } => {
    if (lang !== 'en') {
      const en = words.flatMap((w) => dutchToEnglish.get(w) ?? []);
      // names and acronyms read the same in English
      return en.length ? { en: [...new Set([...en, ...words.filter(isName).map((w) => stem(w, 'en'))])] } : {};
    }
    const own = words.map((w) => stem(w, 'en'));
    const en = [own.length > 1 ? own.join(' ') : own[0]!, ...words.filter((w) => acronyms.has(w)).map((w) => acronyms.get(w)!)];
    return { en: en.filter(Boolean) };
  };
  const ownStems = (w: string) => {
    const out = [stem(w, lang), stem(w, 'nl')];
    if (lang === 'nl') out.push(...verbStems(w), ...separableStems(w), ...diminutiveStems(w));
    const acro = acronyms.get(w);
    if (acro) out.push(acro);
    return out;
  };

  const grouped = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const p of phrases) {
    if (p.englishOnly) continue;
    const words = tokenize(p.phrase).filter((w) => content.includes(w) && !grouped.has(w));
    if (!words.length) continue;
    // An English phrase stands for its Dutch terms (its own English stems would
    // match noise: `productivity` → product…); a Dutch one keeps its words too.
    // A Dutch phrase of several words matches as a phrase (`National
    // Productivity Board`, not `national` in `nationale overheid`).
    const stems = new Set<string>(
      lang === 'en'
        ? words.filter((w) => acronyms.has(w)).map((w) => acronyms.get(w)!)
        : words.length > 1
          ? [words.map((w) => stem(w, 'nl')).join(' '), ...words.filter((w) => acronyms.has(w)).map((w) => acronyms.get(w)!)]
          : words.flatMap(ownStems),
    );
    for (const t of p.terms) {
      // a multi-word term matches as a whole (`bruto binnenlands product`, not `product` in `productiviteit`)
      const toks = tokenize(t);
      const content = toks.filter((tok) => !STOP.has(tok));
      if (!/\s/.test(t.trim())) for (const tok of content) stems.add(stem(tok, 'nl')); // one word (and its hyphen parts)
      else if (content.length) stems.add(toks.map((tok) => stem(tok, 'nl')).join(' '));
    }
    // an English word of the glossary whose every translation frames a question ("mandate" → rol, spelen) frames it too: no
    // term (not one reached through a synonym: "share", a part of a whole, is no role)
    if (lang === 'en' && p.terms.length > 0 && p.terms.every((t) => tokenize(t).every((tok) => STOP.has(tok))) && glossaryKey(p.phrase)) {
      for (const w of words) grouped.add(w);
      continue;
    }
    if (!stems.size) for (const w of words) for (const s of ownStems(w)) stems.add(s);
    for (const w of words) grouped.add(w);
    // (a one-word name the glossary knows, not a Dutch word, is still a name as written: "en Letta?", "Draghi"; not "Defensie")
    terms.push({ word: words.join(' '), topical: words.some(topicalWord), glossary: true, ...(words.length === 1 && isName(words[0]!) && !isDutchWord(words[0]!) ? { name: true } : {}), stems: [...stems].filter(Boolean), ...englishOf(words) });
  }
  for (const w of content) {
    if (grouped.has(w)) continue;
    terms.push({
      word: w,
      topical: topicalWord(w),
      glossary: false,
      ...(verbs.has(w) ? { verb: true } : {}),
      ...(isName(w) ? { name: true } : {}),
      stems: [...new Set(ownStems(w))].filter(Boolean),
      ...englishOf([w]),
    });
  }
  // keep the question's word order (stable output for tests and logs)
  const pos = (t: QueryTerm) => content.indexOf(t.word.split(' ')[0]!);
  return terms.sort((a, b) => pos(a) - pos(b));
}

/**
 * Does a sentence token (stemmed Dutch) match a query stem? Equal, or the
 * query stem is part of a compound (`productiviteitsgroei` in
 * `arbeidsproductiviteitsgroei`, `durfkapitaal` in `durfkapitaalmarkt`).
 */
export function stemMatches(tokenStem: string, queryStem: string): boolean {
  if (tokenStem === queryStem) return true;
  if (queryStem.length >= 5 && tokenStem.length > queryStem.length && tokenStem.includes(queryStem)) return true;
  // derivations the stemmer leaves apart (noodzaak / noodzakelijker), but not
  // a compound's head alone (kapitaal ≠ kapitaalverdieping)
  const [short, long] = tokenStem.length <= queryStem.length ? [tokenStem, queryStem] : [queryStem, tokenStem];
  if (short.length < 6) return false;
  if (long.startsWith(short)) return DERIVATION.test(long.slice(short.length));
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // different endings after a long common stem, both short (investeert / invester),
  // not two compounds sharing a modifier (…productiviteits-ontwikkeling / -groei)
  return i >= 7 && long.length - i <= 4 && short.length - i <= 3;
}

const DERIVATION = /^(?:e?lijk|heid|ig|isch|baar|er|st|ing|e|s|en|te)+$/;

/** A query stem that is a phrase: its stems separated by spaces, matched in sequence. */
export const isPhraseStem = (q: string) => q.includes(' ');

/** Does a text (its token stems, in order) contain the query stem, or the phrase stem's sequence? */
export function textMatches(stems: readonly string[], queryStem: string): boolean {
  if (!isPhraseStem(queryStem)) return stems.some((s) => stemMatches(s, queryStem));
  const seq = queryStem.split(' ');
  outer: for (let i = 0; i + seq.length <= stems.length; i++) {
    for (let j = 0; j < seq.length; j++) if (stems[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}

/** Stems of a text's tokens, with the stemmer of the text's language (the corpus is mostly Dutch). */
export function textStems(text: string, lang: Language = 'nl'): string[] {
  return tokenize(text).map((w) => stem(w, lang));
}
