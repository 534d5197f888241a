// The extractive composer: ranked passages → a short answer in the question's
// language that quotes the sentences that answer, with numbered, page-checked
// citations; or a plain abstention. Pure: every input is passed in.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Citation } from './types.ts';
import type { Passage } from '../search/types.ts';
import type { Language } from '../language/detect.ts';
import { AFTER_QUESTION, analyseQuestion, ASKER_WORDS, PER_YEAR, quotedIn, remarkAfter, type Question } from '../language/question.ts';
import { queryTerms, stem, textMatches, textStems, type Phrase, type QueryTerm } from '../language/terms.ts';
import { splitSentences } from './sentences.ts';
import { comparativeBases, dutchWordList, isDutchVerbForm, isDutchVerbStem, isDutchWord } from '../language/spelling.ts';
import type { TermStats } from './term-stats.ts';
import { isCommonDutch, isCommonEnglish } from '../language/common-words.ts';
import { STOP_WORDS } from '../language/analyze.ts';
import { ABSTAIN_MODEL, shouldAnswer, type AbstainThreshold, type Evidence } from './abstain.ts';
import { escapeRegExp } from '../regexp.ts';
import { expandQuery } from '../language/glossary.ts';

export interface DocInfo {
  title: string;
  url?: string;
  kind?: string;
  /** the document's language (default nl): which stemmer reads it */
  language?: Language;
}

export interface ComposeInput {
  question: string;
  language: Language;
  /** ranked, best first */
  passages: readonly Passage[];
  stats: TermStats;
  /** cleaned text of a document page, as the index holds it (undefined: unknown page) */
  pageText(doc: string, page: number): string | undefined;
  docInfo(doc: string): DocInfo | undefined;
  /**
   * the advisory's document id: what a question about "het advies" itself (its date, its contents) is about,
   * also when retrieval finds no passage for it ("When did this advice come out?" is all stop words); default: the first passage's document
   */
  advisory?: string;
  /** glossary phrases found in the question (English → Dutch terms, Dutch synonyms) */
  expand?: (question: string, language: Language) => Phrase[];
  threshold?: AbstainThreshold;
  /** soft cap on the answer text (the quotes live in citations) */
  maxChars?: number;
  /** the previous answer, for a follow-up: its answer lies near that one's quote, and is not that quote again */
  previousAnswer?: string;
  /** for a follow-up: the passages around the previous answer's quote, weighed after the retrieved ones (the reason before it, what follows from it) */
  around?: readonly Passage[];
  /** the question as read (analyseQuestion): what it asks for, from the asked turn alone; default: read from `question` */
  read?: Pick<Question, 'asks' | 'asksList' | 'asksQuantity' | 'text' | 'pointer' | 'asksRemedy' | 'asksSource' | 'asksEffect' | 'asksCertainty' | 'asksState' | 'asksProposal' | 'asksSeveral' | 'figure' | 'measure' | 'asksRanking' | 'asksPerson' | 'asksPayer' | 'asksResponseToIt' | 'year' | 'perYear' | 'counted' | 'remarks' | 'figureAfterTopic' | 'asksTarget'>;
  /** called with the best candidate sentences, their features and what each would quote first (fitting the ranking) */
  trace?: (candidates: RankCandidate[]) => void;
}

/** A candidate sentence as the ranking saw it, and the first quote it would give. */
export interface RankCandidate {
  doc: string;
  page: number;
  /** the first quote's text as the answer would show it */
  text: string;
  features: RankFeatures;
  /** its score: the features weighted by the weights of its kind of question (RANK_WEIGHTS or RANK_FOLLOW_UP_WEIGHTS) */
  score: number;
}

// a name in more than this share of the passages is no source the text cites (the advisory's author, a body it names throughout)
const SOURCE_SHARE = 0.15;

// how many of the best-ranked sentences a trace reports
const TRACED = 40;

export interface Composed {
  text: string;
  answered: boolean;
  citations: Citation[];
  evidence: Evidence;
}

interface WeightedTerm extends QueryTerm {
  weight: number;
  df: number;
}

interface ScoredSentence {
  passage: Passage;
  rank: number;
  text: string;
  index: number; // position within the passage's sentences
  matched: Set<number>; // indices of matched terms
  coverage: number;
  score: number;
  span: number; // 1 or 2 sentences
  features: RankFeatures;
  /** a list's introduction: the coverage of its paragraph and items */
  listCoverage?: number;
  /** the end of the quote's last sentence, on the next page ("… ten goede" + "aan de concurrent.") */
  runsOn?: string;
  /** the scored sentence(s) themselves, when the quote around them is longer */
  said?: string;
  /** a list's items that are headings, not contiguous with the quote (headedItems) */
  items?: string[];
  /** where it stands from the previous answer's quote (fromQuote) */
  offset?: number;
}

/** What the ranking of candidate sentences reads, each a number (0/1 for a yes or no). */
export interface RankFeatures {
  /** weighted share of the question's terms the sentence (pair) has, its section's at half weight; beside the previous answer, at least its nearness */
  coverage: number;
  /** coverage again, for a heading (no closing punctuation) */
  headingCoverage: number;
  /** coverage again, for a fragment continuing from the previous page (opens in lower case) */
  fragmentCoverage: number;
  /** it defines a question term ("1. Kapitaalverdieping: …", "TFP is …") */
  defines: number;
  /** it opens with a question term (and does not define it) */
  opensWith: number;
  /** a list question, and the sentence introduces a list ("… de volgende dimensies:") */
  introducesList: number;
  /** and the list has as many items as asked for ("welke drie sporen") */
  counted: number;
  /** two sentences scored together */
  span2: number;
  /** the passage's coverage of the question */
  passageCoverage: number;
  /** the retriever's score of the passage, as a share of the first's */
  passageScore: number;
  /** 1 / (1 + the passage's rank) */
  rankInverse: number;
  /** it is the previous answer's sentence again */
  repeated: number;
  /** a follow-up with words of its own, and the sentence has one */
  hasOwn: number;
  /** the share of the follow-up's own topic words it has */
  ownShare: number;
  /** of the kind asked for (a body for "wie", a why-section for "waarom") */
  fits: number;
  /** nearness to the previous answer's quote (0 on another page) */
  local: number;
  /** it refers the reader elsewhere for its point ("… (zie paragraaf 2.1)"): it mentions the subject in passing */
  refers: number;
}

export const RANK_FEATURE_NAMES = [
  'coverage', 'headingCoverage', 'fragmentCoverage', 'defines', 'opensWith', 'introducesList', 'counted', 'span2',
  'passageCoverage', 'passageScore', 'rankInverse', 'repeated', 'hasOwn', 'ownShare', 'fits', 'local', 'refers',
] as const satisfies readonly (keyof RankFeatures)[];

const Weights = z.object(Object.fromEntries(RANK_FEATURE_NAMES.map((k) => [k, z.number()])) as Record<keyof RankFeatures, z.ZodNumber>).strict();
const RankWeightsSchema = z.object({
  weights: Weights,
  /** for a turn of a conversation, read with a previous answer: fitted on such turns alone */
  followUpWeights: Weights,
  fitted: z.string(),
  note: z.string(),
});

/**
 * The weights of the ranking (a sentence's score is the weighted sum of its
 * features), fitted by `npm run fit:ranker` (scripts/fit-ranker.ts) on the
 * labelled sets, its leave-one-set-out result beside them in the file. A
 * conversation's later turn has weights of its own: there the question's
 * words are partly the previous turns', so the passage's coverage of them
 * says less, and nearness to the previous answer and the turn's own words
 * say more.
 */
export const RANK_WEIGHTS_FILE = new URL('./rank-weights.json', import.meta.url);
const RANKING = RankWeightsSchema.parse(JSON.parse(readFileSync(RANK_WEIGHTS_FILE, 'utf8')));
export const RANK_WEIGHTS: RankFeatures = RANKING.weights;
export const RANK_FOLLOW_UP_WEIGHTS: RankFeatures = RANKING.followUpWeights;

export const rankScore = (f: RankFeatures, w: RankFeatures = RANK_WEIGHTS): number =>
  (Object.keys(w) as (keyof RankFeatures)[]).reduce((s, k) => s + w[k] * f[k], 0);

// the words a text hedges a figure with ("de schattingen lopen sterk uiteen", "naar schatting", "onzeker")
const HEDGES = /\b(?:schat\p{L}*|uiteen|onzeker\p{L}*|bandbreedte|marge|indicatie\p{L}*)\b/iu;

const PASSAGES_CONSIDERED = 8;
// the most a frequent Dutch word of the question weighs, as a share of the rarest term's weight
const COMMON_SHARE = 0.4;
// the most a word of the asker's remark after the question weighs, as a share of the heaviest weight
const REMARK_SHARE = 0.2;
// what an English topic word the corpus lacks and the glossary does not know weighs, as a share of the heaviest weight
// (chat English, "who wears the NPB hat?", "what they churn out": 0.5 → 0.4 was +11 −7 on the pool, false abstentions
// 187 → 161, out-of-scope abstained 655 → 650 of 727; 0.3: +19 −14, 146, 645)
const ENGLISH_UNKNOWN_SHARE = 0.4;

/** Weights question terms by rarity in the corpus; see abstain.ts for the English rule. */
export function weighTerms(question: string, language: Language, stats: TermStats, expand?: ComposeInput['expand'], remarks: readonly string[] = []): WeightedTerm[] {
  const terms = queryTerms(question, language, expand?.(question, language) ?? []);
  const maxIdf = Math.log((stats.n + 1) / 0.5);
  const focus = questionFocus(question);
  const acronyms = acronymsIn(question);
  const weighed = terms.map((term) => {
    let t = term;
    let df = stats.df(t.stems, t.en);
    // a comparative the corpus lacks is found by its adjective (`zichtbaarder` → zichtbaar, as in zichtbaarheid)
    if (df === 0 && language === 'nl' && !t.name && !t.word.includes(' ')) {
      const base = comparativeBases(t.word).find((b) => stats.df([stem(b, 'nl')]) > 0);
      if (base !== undefined) {
        t = { ...t, stems: [...new Set([...t.stems, stem(base, 'nl')])] };
        df = stats.df(t.stems, t.en);
      }
    }
    let weight = Math.log((stats.n + 1) / (df + 0.5));
    if (df === 0) {
      // A term found nowhere in the corpus: a topic word (compound, name,
      // acronym: hypotheekrenteaftrek, Brexit, AOW) says the topic is absent;
      // a short verb or adjective (ligt, vervult) is more likely a paraphrase,
      // and the verb that frames the question (`Wat betekent …`) says nothing.
      // a Dutch verb form the word list knows (`weggelegd`, `aanjaagt`) is a paraphrase of how the text puts it
      const dutchWord = t.topical && language === 'nl' && !t.name && !t.word.includes(' ');
      const verbForm = dutchWord && !t.glossary && isDutchVerbForm(t.word);
      // a Dutch compound of two words the corpus has (`productiviteitsbeleid`, `onderwijsbudget`) is
      // a way of putting what the text says in words of its own, not a topic the text lacks
      // (and it matches the text by its head, the word it is a kind of: `maakbedrijven` are bedrijven, `onderwijsbudget` a budget)
      const compound = dutchWord && !verbForm ? compoundParts(t.word, stats) : undefined;
      if (verbForm) t = { ...t, topical: false, verb: true };
      else if (compound) t = { ...t, topical: false, stems: [...new Set([...t.stems, stem(compound[1], 'nl')])] };
      // a Dutch adjective or adverb the word list knows (`structureel`, `duurzaam`, `fundamenteel`) says how, not what
      else if (dutchWord && !t.glossary && DUTCH_ADJECTIVE.test(t.word) && isDutchWord(t.word)) t = { ...t, topical: false };
      weight = t.topical ? maxIdf : t.verb ? 0.1 * maxIdf : 0.4 * maxIdf;
      // An English word with no glossary entry is probably a word we cannot
      // translate, not evidence of absence: it counts for little (an acronym,
      // WBSO, reads the same in Dutch: it is evidence).
      if (language === 'en' && !t.glossary && !acronyms.has(t.word)) weight = (t.topical ? ENGLISH_UNKNOWN_SHARE : 0.2) * maxIdf;
    } else if (t.verb) {
      // the question's own verb (`Krijgen …?`, `Wat betekent …`) frames it: found in the text, it still counts for little
      weight = Math.min(weight, 0.2 * maxIdf);
    } else if (language === 'nl' && !t.topical && !t.glossary && isCommonDutch(t.word)) {
      // a frequent Dutch word (`laten`, `open`, `weinig`) that the corpus happens to use rarely is how the question is put, not its topic
      weight = Math.min(weight, COMMON_SHARE * maxIdf);
    } else if (language === 'en' && !t.glossary && !t.topical) {
      // a common English word that is not in the glossary and still occurs in
      // the Dutch corpus matches by spelling accident (`consist` → consistent,
      // `up` → up to date): it is no evidence either way
      weight = Math.min(weight, 0.2 * maxIdf);
    }
    // the noun a "what is the …" question asks for (`Wat is het risico als …`,
    // `What is the aim of …`) is what the answering sentence names
    if (focus && t.word === focus && df > 0) weight *= 2;
    return { ...t, weight: Math.max(weight, 0.05), df };
  });
  // a word the corpus lacks that only places a topic it has (`concurrentiebedingen in arbeidscontracten`,
  // `werkdruk bij verpleegkundigen`) says where, not what: it is no absent topic
  const aside = askerAside(question, remarks);
  return weighed.map((t) =>
    t.df === 0 && t.topical && ((language === 'nl' && !t.name && !t.word.includes(' ') && placesFoundTopic(question, t.word, weighed)) || aside?.absent.has(t.word.toLowerCase()))
      ? { ...t, topical: false, weight: Math.min(t.weight, 0.4 * maxIdf) }
      : // (a word the corpus has in a remark after the question counts for little: "any hard numbers on that? my board only listens to numbers")
        t.df > 0 && aside?.light.has(t.word.toLowerCase())
        ? { ...t, weight: Math.min(t.weight, REMARK_SHARE * maxIdf) }
        : t,
  );
}

// a sentence before the question in which the asker says what they are doing ("I'm drafting a LinkedIn post.",
// "Ik schrijf een persbericht.", "We zijn een speech aan het voorbereiden."): its words say why they ask, not what
// (after a greeting: "Hoi! Ik tik een stuk over …")
const GREETING = String.raw`(?:(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|good morning)[!,.]?\s+)?`;
const ASKER_ASIDE = new RegExp(String.raw`^\s*${GREETING}(?:i|i'm|i’m|i am|we|we're|we’re|we are|ik|wij|we)\s+[^.?!]*[.!:]\s+(?=\S)`, 'i');
// (or says what is theirs: "It's our members' retirement savings.", "Voor veel van onze leden zit er een concurrentiebeding in hun contract.")
// (or where they are, "hier"/"here": "Regeldruk is hier een eeuwig klaagpunt bij ondernemers.", "… ? That's a big thing here in Twente")
// (or in a clause before the question, after a comma: "ik werk met een nulurencontract bij een supermarkt, staat er iets in
// over flexwerkers?", "in mijn contract staat een concurrentiebeding, zegt dit advies daar iets over?")
const OWN_WORDS = String.raw`\b(?:our|my|ons|onze|mijn|wij|we|ik|hier|here)\b`;
const OPENS_QUESTION = String.raw`(?:staat|staan|zegt|zeggen|is|zijn|wat|welke?|hoe|waarom|wie|wanneer|heeft|hebben|kan|kunnen|moet|moeten|does|do|are|what|which|how|why|who|when|can|should|has|have)\b`;
const OWN_ASIDE = new RegExp(String.raw`^\s*[^.?!]*${OWN_WORDS}[^.?!]*[.!]\s+(?=\S)|^\s*[^.?!,]*${OWN_WORDS}[^.?!,]*,\s+(?=${OPENS_QUESTION}[^.!?]*\?\s*$)`, 'i');
// (or a remark of theirs after the question: "… ? Relevant voor ons O&O-fonds", "… ? daar lopen onze leden echt tegenaan")
const REMARK_AFTER = remarkAfter(`${ASKER_WORDS}|hier|here`);
/**
 * The words of the asker's asides: before the question or after it (any remark, AFTER_QUESTION: "… ? Big topic in the
 * UK too."), and (for a follow-up) after the questions of the earlier turns. `absent`: words whose absence from the
 * corpus says nothing; `light`: found words that count for little (of the asker's own remark after the question,
 * REMARK_AFTER, and of the earlier turns' remarks).
 */
function askerAside(question: string, remarks: readonly string[] = []): { absent: Set<string>; light: Set<string> } | undefined {
  const before = ASKER_ASIDE.exec(question) ?? OWN_ASIDE.exec(question);
  const after = before ? null : AFTER_QUESTION.exec(question);
  const aside = before?.[0] ?? after?.[1];
  if (aside === undefined && !remarks.length) return undefined;
  // (with the parts of a hyphenated word, as the terms have them: "O&O-fonds" → o&o, fonds)
  // (and without a plural or possessive 's, as the terms have it: "zelfscankassa's" → zelfscankassa)
  const words = (text: string) => (text.toLowerCase().match(/[\p{L}\d'’&-]+/gu) ?? []).flatMap((w) => [w, w.replace(/['’]s$/, ''), ...w.split('-')]);
  // (an earlier turn's remark, in a follow-up's topic, is an aside too: "… ? die dingen zitten bij ons in elk contract", then "how does that help?")
  const asked = remarks.reduce((q, r) => q.replace(r, ' '), aside === undefined ? question : before ? question.slice(before[0].length) : question.slice(0, after!.index));
  const rest = new Set(words(asked));
  const own = words(aside ?? '').filter((w) => !rest.has(w));
  const earlier = remarks.flatMap(words).filter((w) => !rest.has(w));
  return { absent: new Set([...own, ...earlier]), light: new Set([...(after !== null && REMARK_AFTER.test(question) ? own : []), ...earlier]) };
}

/** The words a text writes in capitals (WBSO, CPB, OESO), lower-cased: an acronym reads the same in either language. Pure. */
function acronymsIn(text: string): Set<string> {
  return new Set((text.match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu) ?? []).map((w) => w.toLowerCase()));
}

// months and ministries are written with a capital, and are no names of what is asked about
const NOT_A_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober|ministry|ministerie)$/;

/**
 * Does the question name something the corpus never mentions: a topic word
 * found nowhere, not even in the documents' `titles`, and written with a
 * capital inside the sentence that asks ("compare with Germany's", "de positie van
 * Schiphol", "de AOW-leeftijd", "(ROMs)"), not at a sentence's start? Pure.
 */
export function namesAbsent(question: string, terms: readonly WeightedTerm[], titles = ''): boolean {
  const titled = titles.toLowerCase();
  // (in the sentence that asks, not in a remark around it: "Een collega noemde het in het MT. Wat zegt …?", "… ? daar draaien onze DC's op")
  const asked = (question.match(/[^.!?]*\?/g) ?? [question]).join(' ');
  return terms.some(
    (t) =>
      t.df === 0 &&
      !titled.includes(t.word) &&
      t.topical &&
      !t.word.includes(' ') &&
      !NOT_A_NAME.test(t.word) &&
      // (as the question writes it, in capitals or not after its first letter: "ROMs"; or in brackets: "regional development agencies (ROMs)")
      [...asked.matchAll(new RegExp(`(?<=[\\p{L},’'s]\\s+\\(?)${escapeRegExp(t.word)}(?![\\p{L}])`, 'giu'))].some((m) => /^\p{Lu}/u.test(m[0])),
  );
}

// the endings of Dutch adjectives and adverbs (`structureel`, `effectief`, `economisch`, `duidelijk`, `haalbaar`, `duurzaam`),
// and of a present participle used as one (`sprekend`, `treffend`, `dringend`), compared or not (`nijpender`, `dringendst`)
const DUTCH_ADJECTIVE = /(?:eel|ief|isch|lijk|baar|zaam|ig|\p{L}{4}end)(?:er|ere|st|ste)?$/u;

/** Does `word` stand in a phrase after a topic the corpus has (`<topic> in/bij/op/voor (de) <word>`)? Pure. */
function placesFoundTopic(question: string, word: string, terms: WeightedTerm[]): boolean {
  const m = new RegExp(`([\\p{L}-]+)\\s+(?:in|bij|op|voor|binnen)\\s+(?:de\\s+|het\\s+|een\\s+)?${escapeRegExp(word)}(?![\\p{L}])`, 'iu').exec(question);
  if (!m) return false;
  const before = m[1]!.toLowerCase().split('-').pop();
  return terms.some((t) => t.df > 0 && t.topical && t.word.toLowerCase().split(' ').pop() === before);
}

/**
 * The corpus words a compound is made of (`onderwijs|budget`), or undefined: a modifier and a head that are both
 * Dutch words (OpenTaal's list) found in the corpus (`productiviteits|beleid`), or any Dutch modifier and a long
 * head the corpus has, of which it is a narrower sense (`volks|gezondheid`), or a corpus topic word narrowed by a
 * Dutch word (`onderwijs|prestaties`). A compound found is a paraphrase, not an absent topic. Pure apart from the word list.
 */
export function compoundParts(word: string, stats: TermStats): [string, string] | undefined {
  const dic = dutchWordList();
  for (let i = 4; i <= word.length - 4; i++) {
    const head = word.slice(i);
    if (!isDutchWord(head)) continue;
    const modifier = word.slice(0, i);
    // (a noun in -heid the stemmer takes back to its adjective, `minderheid` → minder, is not found through that stem:
    // `minderheidsstandpunt` is no word of the corpus's)
    const candidates = [modifier, modifier.replace(/(?:s|e|en)$/, '')].filter((m) => m.length >= 4 && dic.has(m) && (!/heid$/.test(m) || /heid$/.test(stem(m, 'nl'))));
    if (!candidates.length) continue;
    const inCorpus = candidates.find((m) => stats.df([stem(m, 'nl')]) > 0);
    if (stats.df([stem(head, 'nl')]) > 0 && (inCorpus !== undefined || head.length >= 10)) return [inCorpus ?? candidates[0]!, head];
    // (or a topic of the corpus narrowed by a word of the language: `onderwijs|prestaties`)
    if (head.length >= 6 && candidates.some((m) => m.length >= 6 && stats.df([stem(m, 'nl')]) > 0)) return [inCorpus ?? candidates[0]!, head];
  }
  return undefined;
}

/** The noun a "Wat is het/de …" / "What is the …" question asks for, or undefined. Pure. */
export function questionFocus(question: string): string | undefined {
  const m = /^(?:wat|what)\s+(?:is|zijn|was|waren|are|were)\s+(?:volgens\s+(?:het|de)\s+\p{L}+\s+)?(?:het|de|the)\s+(\p{L}+)/iu.exec(question.trim());
  return m?.[1]?.toLowerCase();
}

/** The terms a text (its stems, in the document's language) matches. */
function matchTerms(stems: string[], terms: WeightedTerm[], lang: Language = 'nl'): Set<number> {
  const hit = new Set<number>();
  terms.forEach((t, i) => {
    const alternatives = lang === 'en' && t.en ? t.en : t.stems;
    if (alternatives.some((q) => textMatches(stems, q))) hit.add(i);
  });
  return hit;
}

const weightOf = (set: Set<number>, terms: WeightedTerm[]) => [...set].reduce((s, i) => s + terms[i]!.weight, 0);

/** Finds `quote` on one of the passage's pages, returning the page and the verbatim page text. */
export function locateQuote(
  quote: string,
  doc: string,
  pages: number[],
  pageText: (doc: string, page: number) => string | undefined,
): { page: number; quote: string } | undefined {
  for (const page of pages) {
    const text = pageText(doc, page);
    if (!text) continue;
    if (text.includes(quote)) return { page, quote };
    // white space may differ (line ends folded differently): match word by word
    const words = quote.split(/\s+/).filter(Boolean).map(escapeRegExp);
    if (!words.length) continue;
    const m = new RegExp(words.join('\\s+')).exec(text);
    if (m) return { page, quote: m[0] };
  }
  return undefined;
}

function pagesOf(p: Passage): number[] {
  const out: number[] = [];
  for (let n = p.page; n <= (p.pageEnd ?? p.page); n++) out.push(n);
  return out;
}

/** For the answer text (not the quote): one line, no bullet or endnote numbers. */
function tidy(text: string): string {
  return text
    .replace(/^[•·\-–]\s*/, '')
    // (a footnote mark after a sentence end, "Nederland.11"; not a section number, "paragraaf 3.3")
    .replace(/(?<!\d(?=\.))([.?!;:)])\d{1,2}(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string, max: number): string {
  text = tidy(text);
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  // whole sentences where they fit: end at the last sentence end inside the cap
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  if (end > max * 0.5) return cut.slice(0, end + 1);
  const sp = cut.lastIndexOf(' ');
  return `${cut.slice(0, sp > max * 0.6 ? sp : max).replace(/[,;:]$/, '')} …`;
}

const LIST_QUOTE_CHARS = 900;
// a sentence shorter than this is quoted with the next one as its context (median answer 274 characters; 270 at 160)
const CONTEXT_CHARS = 250;
const LIST_ITEM = /^(?:\d{1,2}\.|[•·\-–])\s/;
// a numbered or bulleted list may run longer: its last item is as much the answer as its first
const LIST_ITEMS_CHARS = 1300;

/**
 * The text of a page from `at` to the end of its paragraph (the cleaned page
 * keeps one block a line), or, when that paragraph introduces a list ("… de
 * volgende dimensies:"), to the end of the list's items (lines opening with a
 * number or bullet); whole sentences, up to LIST_QUOTE_CHARS (LIST_ITEMS_CHARS
 * inside a list). Pure.
 */
export function readOn(page: string, at: number): string {
  const rest = page.slice(at);
  const sentences = splitSentences(rest);
  let end = 0;
  let inList = false;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const gap = rest.slice(sentences[i - 1]!.start + sentences[i - 1]!.text.length, s.start);
    if (gap.includes('\n')) {
      const item = LIST_ITEM.test(s.text);
      if (!item || !(inList || /:\s*$/.test(sentences[i - 1]!.text))) break;
      inList = true;
    }
    if (s.start + s.text.length > (inList ? LIST_ITEMS_CHARS : LIST_QUOTE_CHARS)) break;
    end = i;
  }
  return rest.slice(0, sentences[end]!.start + sentences[end]!.text.length);
}

// a sentence that goes on with an enumeration: it opens with "Verder", "Daarnaast", … or says "ook" in its first words
// ("Werkgevers investeren ook minder in …")
const GOES_ON = /^(?:(?:verder|daarnaast|bovendien|tevens|voorts|ook|evenmin|ten slotte|tot slot|further(?:more)?|moreover|also|in addition|finally)(?![\p{L}])|(?:\S+\s+){1,3}(?:ook|also)(?![\p{L}]))/iu;

/**
 * Where the enumeration that the sentence at offset `at` goes on with opens:
 * back through its paragraph while each sentence goes on from the one before
 * ("In de praktijk heeft het flexibele deel … Werkgevers investeren ook minder
 * … Verder is …" from "Verder"). `at` itself when the sentence opens one. Pure.
 */
export function enumerationStart(page: string, at: number): number {
  const lineStart = page.lastIndexOf('\n', at - 1) + 1;
  const before = splitSentences(page.slice(lineStart, at));
  let start = at;
  let sentence = splitSentences(page.slice(at))[0]?.text ?? '';
  let i = before.length;
  for (;;) {
    // "Een derde knelpunt …" is the third item: two sentences back; "Verder …", one
    const nth = ORDINAL.exec(sentence)?.[1]?.toLowerCase();
    const back = nth ? ORDINALS[nth]! - 1 : GOES_ON.test(sentence) ? 1 : 0;
    if (!back || i - back < 0) return start;
    i -= back;
    start = lineStart + before[i]!.start;
    sentence = before[i]!.text;
  }
}
// an item that says its place in an enumeration ("Een derde knelpunt …", "Ten tweede …", "A third …")
const ORDINALS: Record<string, number> = { tweede: 2, derde: 3, vierde: 4, vijfde: 5, second: 2, third: 3, fourth: 4, fifth: 5 };
const ORDINAL = /^(?:een|de|het|ten|a|the)\s+(tweede|derde|vierde|vijfde|second|third|fourth|fifth)(?![\p{L}])/iu;

/**
 * A list item quoted with the items right after it that open with the same
 * three words ("• Maak (cao-)afspraken over productiviteit …" and "• Maak
 * (cao-)afspraken over het integreren van kwetsbare groepen …"): together
 * they answer what the list says on it. `quote` is read from offset `at` of
 * `page`; returned unchanged when it is not an item or no item after it opens
 * alike. Pure.
 */
export function withAlikeItems(page: string, quote: string, at: number): string {
  const lineStart = page.lastIndexOf('\n', at - 1) + 1;
  const opening = (line: string) => line.replace(LIST_ITEM, '').split(/\s+/).slice(0, 3).join(' ').toLowerCase();
  const line = page.slice(lineStart, (page.indexOf('\n', lineStart) + 1 || page.length + 1) - 1);
  if (!LIST_ITEM.test(line) || page.slice(at, at + quote.length) !== quote) return quote;
  let end = at + quote.length;
  for (;;) {
    const next = page.indexOf('\n', end);
    if (next < 0 || page.slice(end, next).trim()) break; // the quote ends its item's line
    const after = page.indexOf('\n', next + 1);
    const item = page.slice(next + 1, after < 0 ? page.length : after);
    if (!LIST_ITEM.test(item) || opening(item) !== opening(line) || after - at > LIST_ITEMS_CHARS) break;
    end = after < 0 ? page.length : after;
  }
  return page.slice(at, end);
}

/**
 * Where the introduction of the list holding offset `at` starts ("Globaal
 * gaat het om de volgende dimensies:" above "1. …", "2. …"), or undefined when
 * `at` is not inside a list's items. Pure.
 */
export function listIntroduction(page: string, at: number): number | undefined {
  let lineStart = page.lastIndexOf('\n', at - 1) + 1;
  if (!LIST_ITEM.test(page.slice(lineStart))) return undefined;
  while (lineStart > 0) {
    const prevStart = page.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = page.slice(prevStart, lineStart - 1);
    if (/:\s*$/.test(prev)) {
      // the introduction is the sentence ending in the colon, not its whole paragraph
      const sentences = splitSentences(prev);
      return prevStart + sentences[sentences.length - 1]!.start;
    }
    if (!LIST_ITEM.test(prev)) return undefined;
    lineStart = prevStart;
  }
  return undefined;
}

const COUNTS: Record<string, number> = { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The number of things a list question asks for ("welke drie sporen", "the 3 main sources"), or undefined. Pure. */
export function countAsked(question: string): number | undefined {
  const m = /(?<![\p{L}\d.,])(twee|drie|vier|vijf|zes|zeven|two|three|four|five|six|seven|[2-7])(?![\p{L}\d.,])/iu.exec(question);
  if (!m) return undefined;
  return COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
}

/** How many items the list after offset `from` (its introduction's end) has: numbered or bulleted lines, or headed items. Pure. */
export function listLength(text: string, from: number): number {
  const lines = text.slice(from).split('\n').map((l) => l.trim()).filter(Boolean);
  let n = 0;
  while (n < lines.length && LIST_ITEM.test(lines[n]!)) n++;
  return n || (headedItems(text, from)?.length ?? 0);
}

/** Does the text open with a Dutch imperative, as a recommendation does ("Investeer …", "Zet in op …")? */
const firstWord = (text: string) => text.trimStart().split(/\s+/)[0] ?? '';
const opensWithImperative = (text: string) => isDutchVerbStem(firstWord(text));
/** A sentence that recommends: it opens with an imperative ("Bevorder …", "Zet in op …"), not an article or pronoun ("Een stijging …"). */
const recommends = (text: string) => opensWithImperative(text) && !STOP_WORDS.has(firstWord(text).toLowerCase());

/** A line that reads as a heading: short, capitalised, no closing punctuation. */
const isHeadingLine = (line: string) => line.length < 120 && /^\p{Lu}/u.test(line) && !/[.?!:;,]\d{0,2}$/.test(line);

/**
 * The items of a list whose items are headings, each over a paragraph of its
 * own ("… via de volgende sporen:" above "Investeer in menselijk kapitaal …",
 * its paragraph, "Zet in op …", its paragraph, …): the heading lines after
 * offset `from` (the end of the introduction), as long as they keep the first
 * one's form (an imperative, or not: the items of a list are alike). Undefined
 * when the line after the introduction is no heading or fewer than two items
 * follow. Pure.
 */
export function headedItems(page: string, from: number): string[] | undefined {
  const lines = page.slice(from).split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length || !isHeadingLine(lines[0]!)) return undefined;
  const form = opensWithImperative(lines[0]!);
  const items: string[] = [];
  for (const line of lines) {
    if (!isHeadingLine(line)) continue;
    if (opensWithImperative(line) !== form) break;
    items.push(line);
  }
  return items.length >= 2 ? items : undefined;
}

const FRAME = {
  nl: {
    first: (who: string, page: string) => `${who === 'the advisory' ? 'Het advies zegt' : `Volgens ${who}`} (${page}): `,
    more: (page: string) => ` Ook (${page}): `,
    none: 'Het advies zegt hier niets over.',
    noFigure: 'Het advies noemt hier geen cijfer voor.',
    noDate: 'Het advies noemt hier geen datum of termijn voor.',
    noPayer: 'Het advies zegt niet wie dat betaalt.',
    nearest: (page: string) => ` Het dichtstbijzijnde fragment (${page}) staat hieronder [1].`,
    page: (p: number) => `p. ${p}`,
  },
  en: {
    first: (who: string, page: string) => `According to ${who} (${page}): `,
    more: (page: string) => ` It also says (${page}): `,
    none: 'The advisory does not address this.',
    noFigure: 'The advisory gives no figure for this.',
    noDate: 'The advisory gives no date or time frame for this.',
    noPayer: 'The advisory does not say who pays for this.',
    nearest: (page: string) => ` The closest passage (${page}) is quoted below [1].`,
    page: (p: number) => `p. ${p}`,
  },
} as const;


// Dutch number words (`vier à acht procent`): a quantity question's answer
// also gives them in digits, so the figure can be read and compared
const NUMBER_WORDS: Record<string, number> = {
  één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  vijftien: 15, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const SPELLED = new RegExp(`(?<![\\p{L}])(${NUMBER_WORD})(?:\\s+(à|a|tot|of|en)\\s+(${NUMBER_WORD}))?\\s+(procent|procentpunt(?:en)?|keer|jaar|miljoen|miljard)(?![\\p{L}])`, 'giu');

/** Number words followed by a unit, rewritten in digits: `vier à acht procent` → `4 à 8 procent`. Pure. */
export function spelledNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPELLED)) {
    const a = NUMBER_WORDS[m[1]!.toLowerCase()]!;
    const b = m[3] ? NUMBER_WORDS[m[3].toLowerCase()] : undefined;
    out.push(b === undefined ? `${a} ${m[4]}` : `${a} ${m[2]} ${b} ${m[4]}`);
  }
  return [...new Set(out)];
}

// a negation, in either language (the yes/no lead and the complement of a share read it)
// ("non-" is a prefix, not a negation: "non-compete clauses", "non-concurrentiebeding")
const NEGATION = /(?<![\p{L}])(?:niet|geen|nooit|noch|not|non(?!-)|no|never|neither|nor|isn't|aren't|doesn't|don'?t|won't|can't|cannot)(?![\p{L}])/iu;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A share asked in the negative ("welk percentage exporteert níet …?", "… voor
 * iets anders dan registratie") that
 * the text gives in the positive ("slechts 17 procent … exporteert"): the
 * sentence's one percentage and its complement to 100, or undefined. Pure.
 */
export function complement(question: string, sentence: string): [number, number] | undefined {
  const q = fold(question);
  const negative = NEGATION.test(q) || /\b(?:anders dan|other than|apart from)\b/.test(q);
  if (!/\b(?:percentage|procent|percent|share|aandeel|deel)\b|%/.test(q) || !negative || NEGATION.test(fold(sentence))) return undefined;
  const shares = [...sentence.matchAll(/(\d+(?:,\d+)?)\s*(?:procent\b|%)/g)].map((m) => Number(m[1]!.replace(',', '.')));
  if (shares.length !== 1 || !(shares[0]! > 0 && shares[0]! < 100)) return undefined;
  return [shares[0]!, Math.round((100 - shares[0]!) * 10) / 10];
}


export function composeAnswer(input: ComposeInput): Composed {
  const { language, stats, pageText, docInfo } = input;
  const maxChars = input.maxChars ?? 600;
  const threshold = input.threshold ?? ABSTAIN_MODEL;
  // the asked turn's own terms, when the question was read after its conversation's topic
  const read = input.read ?? analyseQuestion(input.question);
  // does a sentence give the figure asked for (the things a count counts read once, not per candidate)
  const counted = read.counted === undefined ? undefined : countedStems(read.counted);
  const givesFigure = (s: { text: string; passage: Passage }) => figureIn(s.text, read, counted, docInfo(s.passage.doc)?.language ?? 'nl');
  // (the unit a number question asks its figure in, "by how many percentage points …", is the answer's form, not its topic)
  // (so are the words that ask it per year, "hoeveel procent … per jaar", when the reading has them as its period)
  const terms = weighTerms(input.question, language, stats, input.expand, read.remarks).map((t) =>
    read.asksQuantity && (UNIT_WORD.test(t.word) || (read.perYear === true && PERIOD_WORD.test(t.word))) ? { ...t, weight: UNIT_SHARE * t.weight, topical: false } : t,
  );
  // (read once: what the turn asks of its own, and whether it names nothing but a source)
  const turnTerms = queryTerms(read.text, language, input.expand?.(read.text, language) ?? []);
  const ownWords = read.text !== input.question ? new Set(turnTerms.filter((t) => !t.verb).flatMap((t) => t.stems)) : new Set<string>();
  const ownTerms = new Set(terms.map((t, i) => (t.stems.some((st) => ownWords.has(st)) ? i : -1)).filter((i) => i >= 0));
  const total = terms.reduce((s, t) => s + t.weight, 0);
  const ownTotal = [...ownTerms].reduce((x, t) => x + (terms[t]!.topical ? terms[t]!.weight : 0), 0);
  const passages = [...input.passages.slice(0, PASSAGES_CONSIDERED), ...(input.around ?? [])];
  const topScore = Math.max(1e-9, ...passages.map((p) => p.score));

  const sentences: ScoredSentence[] = [];
  // a follow-up goes on where the previous answer was: near its quote on its page
  const near = previousQuote(input.previousAnswer);
  // (a turn read with a previous answer is ranked by the weights fitted on such turns)
  const weights = input.previousAnswer !== undefined ? RANK_FOLLOW_UP_WEIGHTS : RANK_WEIGHTS;
  // the previous quote's page, read once (from the index's store) for every sentence weighed against it
  const pages = new Map<string, string | undefined>();
  const nearPage = (doc: string, page: number) => {
    const key = `${doc}:${page}`;
    if (!pages.has(key)) pages.set(key, pageText(doc, page)?.replace(/\s+/g, ' '));
    return pages.get(key);
  };
  // what the previous answer said: the first sentence it quoted (its context may be quoted again: "waarom?" after "A. Dit komt doordat …")
  const anchor = near ? tidy(splitSentences(near.quote)[0]?.text ?? near.quote).slice(0, 50) : undefined;
  // a list: "welke …", "what are …", and the requests for several actions or
  // parts ("wat moet het kabinet doen", "what should X do", "consist of")
  const asksList = read.asksList;
  const askedCount = asksList ? countAsked(read.text) : undefined;
  let bestPassageCoverage = 0;
  let bestPassageHit = new Set<number>();
  passages.forEach((passage, rank) => {
    const split = splitSentences(passage.text);
    const lang = docInfo(passage.doc)?.language ?? 'nl';
    const stemsPer = split.map((s) => textStems(s.text, lang));
    // the section heading says what a passage is about ("Bijdrage van sociale
    // partners"): its terms count for the passage, and half for a sentence
    // so does the document's title for a name the question gives ("What does Draghi say …")
    const sectionHit = passage.section ? matchTerms(textStems(passage.section, lang), terms, lang) : new Set<number>();
    const title = docInfo(passage.doc)?.title;
    if (title) for (const i of matchTerms(textStems(title, lang), terms, lang)) if (terms[i]!.name) sectionHit.add(i);
    const passageHit = new Set([...matchTerms(stemsPer.flat(), terms, lang), ...sectionHit]);
    const passageCoverage = total ? weightOf(passageHit, terms) / total : 0;
    const withSection = (hit: Set<number>) =>
      total ? (weightOf(hit, terms) + 0.5 * weightOf(new Set([...sectionHit].filter((t) => !hit.has(t))), terms)) / total : 0;
    if (passageCoverage > bestPassageCoverage || rank === 0) bestPassageHit = passageHit;
    bestPassageCoverage = Math.max(bestPassageCoverage, passageCoverage);
    const own = stemsPer.map((st) => matchTerms(st, terms, lang));
    split.forEach((s, index) => {
      // a sentence, or a sentence and the next when together they cover more
      // ("… slimmer werken. Arbeidsmarktkrapte door vergrijzing …"); not a fragment the page opens with
      // and the sentence after it ("aan de concurrent. Dit vraagt om …" is no quote to open an answer with)
      let matched = own[index]!;
      let span = 1;
      const next = own[index + 1];
      if (next && [...next].some((t) => !matched.has(t)) && s.text.length + split[index + 1]!.text.length < 520 && !/^\p{Ll}/u.test(s.text)) {
        matched = new Set([...matched, ...next]);
        span = 2;
      }
      // a sentence that introduces a list ("… de volgende dimensies:") answers a list question, and a what-question
      // ("Waarvoor wil de SER een jaarlijkse beleidscyclus?", "what is this yearly beleidscyclus? what is in it":
      // "De SER pleit voor een jaarlijkse beleidscyclus voor: • …")
      // (its items may follow the passage: "… via de volgende sporen:" ends a section whose sub-sections are the items)
      const introducesList = (asksList || read.asks === 'fact' || read.asks === 'definition') && /:\s*$/.test(s.text);
      // such an introduction ("Globaal gaat het om de volgende dimensies:") says how much of the question it answers
      // with its paragraph and its items (what the abstention weighs; its rank keeps its own words)
      let listCoverage: number | undefined;
      if (introducesList) {
        const previous = split[index - 1];
        const sameParagraph = previous !== undefined && !passage.text.slice(previous.start + previous.text.length, s.start).includes('\n');
        const about = new Set([...matched, ...(sameParagraph ? own[index - 1]! : [])]);
        for (let j = index + 1; j < split.length && split[j]!.start - s.start < LIST_QUOTE_CHARS; j++) for (const t of own[j]!) about.add(t);
        listCoverage = withSection(about);
      }
      // how near the previous answer's quote it stands: 1 at the quote, about 0.5 at 300 characters, 0 on another page
      const offset = near ? fromQuote(near, passage, s.text, nearPage) : undefined;
      const local = offset === undefined ? 0 : Math.exp(-Math.abs(offset) / NEAR_CHARS);
      // a follow-up about the previous answer ("waarom?", "wie zegt dat?") is answered beside it: a sentence
      // there is on the conversation's topic whatever words it uses ("Dit bevordert …")
      // (unless the turn names a topic word of its own the sentence lacks: "en wat willen ze dat de pensioenfondsen doen?")
      const lacksOwn = ownTotal > 0 && ![...matched].some((t) => ownTerms.has(t) && terms[t]!.topical);
      const text = span === 2 ? passage.text.slice(s.start, split[index + 1]!.start + split[index + 1]!.text.length) : s.text;
      // (not the previous answer's own quote again: beside it is not at it; unless it names who said it, asked for: "who came up with that number?")
      const repeated = anchor !== undefined && tidy(text).includes(anchor);
      const again = repeated && read.asksSource !== true && !(read.asks === 'who' && bodiesNamed(text) > 0);
      const coverage = read.pointer && !lacksOwn && !again ? Math.max(withSection(matched), local) : withSection(matched);
      // a heading (no closing punctuation) is a poor answer
      const heading = !/[.?!:;)”’"]\d{0,2}$/.test(s.text) && s.text.length < 120;
      // a sentence that opens with a question term is about it; one that
      // defines it ("1. Kapitaalverdieping: o.a. door …", "TFP is …") even more
      const opening = /^(?:[•\-–]\s*|\d{1,2}\.\s*)?([^:.;\s]+(?:\s+[^:.;\s]+){0,3}?)(?::|\s+(?:is|zijn|betekent|means?|refers to)[\s,])/u.exec(s.text);
      // (for a definition question, also a term glossed in brackets: "kwetsbare groepen op de arbeidsmarkt (mensen die …)")
      const defines =
        (opening !== null && !DESCRIBED_SUBJECT.test(opening[1]!) && matchTerms(textStems(opening[1]!, lang), terms, lang).size > 0) ||
        (read.asks === 'definition' &&
          ([...s.text.matchAll(/\(/g)].some((m) => matchTerms(textStems(s.text.slice(Math.max(0, m.index - 50), m.index), lang), terms, lang).size > 0) ||
            // or the term named in brackets after what it is ("… tot de markt gebracht, in nieuwe en bestaande bedrijven (valorisatie)")
            [...s.text.matchAll(/\(([\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})\)/gu)].some((m) => m.index > 40 && matchTerms(textStems(m[1]!, lang), terms, lang).size > 0)));
      const opensWith = matchTerms(stemsPer[index]!.slice(0, 4), terms, lang).size > 0;
      // a fragment continuing from the previous page reads badly as an answer
      const fragment = /^\p{Ll}/u.test(text);
      // "welke drie sporen?", "the three main sources": a list of that many items answers it
      const counted = introducesList && askedCount !== undefined && listLength(passage.text, s.start + s.text.length) === askedCount;
      // (a sentence that hedges a figure, asked how certain it is: it fits, and it may be the previous quote itself)
      const hedges = read.asksCertainty === true && HEDGES.test(text);
      // the kind of answer asked for: a who-question is answered by a sentence that names a body or
      // person (CPB, het kabinet, de minister), or a recommendation, whose heading names whom it asks; a why-question by a section that asks why ("Waarom inzetten op …?"),
      // and a why about the previous answer ("hoe komt dat?") by a sentence that gives a cause ("Dat komt voor een deel door …")
      const fits =
        // (a source cited in brackets, "(CPB, 2025)", is who found it, not a body that acts)
        (read.asks === 'who' && (read.asksSeveral ? bodiesNamed(text) >= 2 : NAMES_A_BODY.test(withoutCitations(text)) || RECOMMENDS.test(headingOf(passage)))) || (read.asks === 'reason' && (ASKS_WHY.test(headingOf(passage)) || (read.pointer === true && STATES_CAUSE.test(text)))) ||
        // a when-question by a sentence that gives a date ("… van 13 december 2024")
        (read.asks === 'date' && givesDate(text)) ||
        // the fix of a problem: a sentence that proposes ("… pleit voor", "Dit vraagt om …"), or a recommendation
        (read.asksRemedy === true && (PROPOSES.test(text) || RECOMMENDS.test(headingOf(passage)))) ||
        // what should be done or change: a sentence that proposes, or a recommendation ("Verstevig de rol van …")
        (read.asksProposal === true && (ADVISES.test(text) || RECOMMENDS.test(headingOf(passage)) || recommends(text))) ||
        // where a claim comes from: a sentence that names its source ("Draghi (2024)", "(TNO, 2025)", "Onderzoek van het CPB")
        (read.asksSource === true && NAMES_A_SOURCE.test(text)) ||
        // what something yields: a sentence that states an effect ("… leidt tot een vier à acht procent hoger bbp"), not a recommendation
        (read.asksEffect === true && STATES_CONSEQUENCE.test(text) && !recommends(text)) ||
        // how certain a figure is: a sentence that hedges it ("al lopen de schattingen hierover sterk uiteen")
        hedges;
      // a follow-up with words of its own ("en voor het mkb?") is answered by a sentence that has them
      const hasOwn = ownTerms.size > 0 && [...matched].some((t) => ownTerms.has(t));
      const ownShare = ownTotal > 0 ? [...matched].filter((t) => ownTerms.has(t) && terms[t]!.topical).reduce((x, t) => x + terms[t]!.weight, 0) / ownTotal : 0;
      // the sentence's own coverage first; the passage's coverage and the
      // retriever's rank and score break ties between similar sentences (RANK_WEIGHTS)
      const features: RankFeatures = {
        coverage,
        headingCoverage: heading ? coverage : 0,
        fragmentCoverage: !heading && fragment ? coverage : 0,
        defines: defines ? 1 : 0,
        opensWith: !defines && opensWith ? 1 : 0,
        introducesList: introducesList ? 1 : 0,
        counted: counted ? 1 : 0,
        span2: span === 2 ? 1 : 0,
        passageCoverage,
        passageScore: passage.score / topScore,
        rankInverse: 1 / (1 + rank),
        // (the claim's own sentence is the answer to where it comes from when it names its source: "Het eerder genoemde Letta-rapport signaleert …")
        // (nor for how certain its figure is: the hedge stands in the claim's own sentence, "… al lopen de schattingen hierover sterk uiteen")
        repeated: repeated && !(read.asksSource === true && fits) && !hedges ? 1 : 0,
        hasOwn: hasOwn ? 1 : 0,
        ownShare,
        fits: fits ? 1 : 0,
        local,
        refers: REFERS_ON.test(s.text) ? 1 : 0,
      };
      sentences.push({ passage, rank, text, index, matched, coverage, score: rankScore(features, weights), span, features, ...(listCoverage !== undefined ? { listCoverage } : {}), ...(offset !== undefined ? { offset } : {}) });
    });
  });
  sentences.sort((a, b) => b.score - a.score);
  // a short follow-up asking for a date or a body ("since when?", "wie dan?") is not answered by the sentence
  // just quoted when that names none: the one beside it that does comes first (a stable sort)
  if (read.pointer && (read.asks === 'date' || read.asks === 'who')) {
    // (any sentence the previous answer quoted, not only its first: "when was that agenda sent?" after a two-sentence quote)
    const before = tidy(input.previousAnswer ?? '');
    const stale = (s: ScoredSentence) => ((s.features.repeated || before.includes(tidy(s.text).slice(0, 50))) && !s.features.fits ? 1 : 0);
    putFirst(sentences, (s) => 1 - stale(s));
  }
  // a follow-up that names a topic of its own ("en bij bedrijfsspecifieke kennis?") is answered by a sentence that has it
  if (ownTotal > 0 && read.text !== input.question && NARROWS.test(read.text) && turnTerms.filter((t) => !t.verb).length <= OWN_TURN_TERMS) {
    const has = (s: ScoredSentence) => (s.features.ownShare > 0 ? 1 : 0);
    putFirst(sentences, has);
  }
  // the fix of a problem is a sentence that proposes one, not the problem again
  if (read.asksRemedy) {
    // (the text's own, right after the problem, first; then the advisory's recommendations; then a sentence elsewhere
    // that proposes; then the rest; a stable sort keeps the ranking within each)
    const order = (s: ScoredSentence) =>
      !s.features.fits || s.features.repeated ? 0 : s.offset !== undefined && s.offset > 0 && s.offset <= OWN_FIX_CHARS ? 3 : RECOMMENDS.test(headingOf(s.passage)) ? 2 : 1;
    putFirst(sentences, order);
  }

  // a why about what was just said ("Why is the Netherlands lagging behind there?") is answered by the cause the text gives beside it
  // (a sentence that gives a cause right beside the previous quote: NEAR_CAUSE of the nearness `local` measures)
  if (read.asks === 'reason' && input.previousAnswer !== undefined && read.text !== input.question) {
    // (or inside the previous quote, the cause it gave of what it said: "… blijven al jaren achter … Dat komt voor een deel door …")
    const quoted = tidy(quotedIn(input.previousAnswer) ?? '');
    const quotedBefore = (s: ScoredSentence) => quoted.includes(tidy(s.text).slice(0, 60));
    const inQuote = (s: ScoredSentence) => CAUSE_OF_PREVIOUS.test(s.text) && quotedBefore(s);
    // (or, when the quote gave no cause of its own, the sentence right after it: "… (3 procent). Dat komt voor een deel door de sectorsamenstelling …")
    const causeQuoted = STATES_CAUSE.test(quoted);
    const rightAfter = (s: ScoredSentence) => !causeQuoted && s.offset !== undefined && s.offset > 0 && s.offset <= quoted.length + RIGHT_AFTER_CHARS;
    // (what a recommendation is for, in the sentence that points back to it: "Beperk … Dit bevordert de mobiliteit …", "why does that matter?";
    // a pointer at the answer, whose coverage the nearness gives)
    const effectOf = (s: ScoredSentence) => read.pointer === true && !causeQuoted && ANAPHOR.test(s.text) && STATES_EFFECT.test(s.text) && (quotedBefore(s) || rightAfter(s));
    const beside = (s: ScoredSentence) => ((STATES_CAUSE.test(s.text) && (s.features.local >= NEAR_CAUSE || inQuote(s) || rightAfter(s))) || effectOf(s) ? 1 : 0);
    putFirst(sentences, beside);
  }

  // what something yields is a sentence that states an effect, if one covers the question nearly as well as the best; so is why
  // something matters, asked under a heading that asks it ("Waarom inzetten op hogere groei …?": "… stimuleert het verdienvermogen …")
  if (read.asksEffect || (read.asks === 'reason' && !read.pointer))
    putFirstCovering(sentences, EFFECT_SHARE, (s) => s.features.fits > 0 && (read.asksEffect ? STATES_CONSEQUENCE : STATES_EFFECT).test(s.text) && !recommends(s.text));

  // how something stands ("hoe staat het met het funderend onderwijs?") is a sentence that states it, not a recommendation to improve it,
  // if one covers the question nearly as well as the best
  if (read.asksState) putFirstCovering(sentences, STATE_SHARE, (s) => !recommends(s.text) && !RECOMMENDS.test(headingOf(s.passage)) && !recommends(headingOf(s.passage)));

  // a figure asked of what was just said ("staat daar een cijfer bij?" after the financing gap) is given by a sentence
  // with a figure beside it, if one stands nearly as near and on topic as the best ("… bedragen vanaf circa 50 miljoen euro.")
  // (a pointer only: for a question of its own, a loosely matching figure would answer what the text does not give)
  // (and when no kind of figure is asked, "any numbers on that?", a measure, a share or an amount, before a bare count beside it:
  // "… vier à acht procent hoger bbp" before "Uit een analyse van 800 Europese regio’s …")
  if (read.asks === 'quantity' && (read.pointer === true || read.figureAfterTopic === true)) {
    putFirstCovering(sentences, FIGURE_SHARE, givesFigure);
    if (read.figure === undefined) putFirstCovering(sentences, FIGURE_SHARE, (s) => givesPercentage(s.text) || MONEY_FIGURE.test(s.text));
  }

  // a when-question ("van wanneer is die Kamerbrief?") is answered by a sentence that gives a date, if one covers the
  // question half as well as the best (a follow-up's topic words fill the best sentence that gives none)
  if (read.asks === 'date') putFirstCovering(sentences, DATE_SHARE, (s) => givesDate(s.text));

  const best = sentences[0];
  const evidence: Evidence = {
    terms: terms.map((t) => ({ word: t.word, weight: Number(t.weight.toFixed(3)), df: t.df, topical: t.topical })),
    absentTopicShare: total ? terms.filter((t) => t.df === 0 && t.topical).reduce((s, t) => s + t.weight, 0) / total : 0,
    passageCoverage: bestPassageCoverage,
    sentenceCoverage: Math.max(best?.coverage ?? 0, best?.listCoverage ?? 0),
    topScore: passages[0]?.score ?? 0,
    absentShare: total ? terms.filter((t) => t.df === 0).reduce((s, t) => s + t.weight, 0) / total : 0,
    missingMaxShare: total ? Math.max(0, ...terms.map((t, i) => (bestPassageHit.has(i) ? 0 : t.weight / total))) : 0,
    contentTerms: terms.filter((t) => !t.verb).length,
    topVector: Math.max(0, ...passages.map((p) => p.signals?.vector ?? 0)),
    topLexical: passages[0]?.signals?.lexical ?? 0,
  };
  // a question of nothing but its verbs ("Wie heeft om dit advies gevraagd?") names no topic the text could answer
  // (a name the question asks about that the text never mentions, "Germany", "Schiphol", "Brexit", is not answered by what it says of the rest)
  // (a document's own name is no absent one: "What does Draghi say …?" of a report titled so)
  const titles = passages.map((p) => `${p.title} ${docInfo(p.doc)?.title ?? ''}`).join(' ');
  const absentName = namesAbsent(read.text, terms, titles);
  // (how someone responded to this advisory comes after it: the text cannot say)
  // (the question's own case against an answer, whatever the model says)
  // (a best passage with none of the question's words was found by likeness alone: "btw op groente en fruit", "vermogensbelasting in box 3")
  // (a follow-up that narrows to a topic of its own the text never names, "en bij leraren of huisartsen?", is not answered by the previous topic)
  const ownTopics = [...ownTerms].filter((i) => terms[i]!.topical && !terms[i]!.verb);
  // (a question of its own after the preposition, "En op welk kabinetsstuk haken ze aan?", narrows nothing)
  const narrowsToAbsent =
    read.text !== input.question && NARROWS.test(read.text) && !ASKS_AFTER_PREPOSITION.test(read.text) && ownTopics.length > 0 && ownTopics.every((i) => terms[i]!.df === 0);
  const ruledOut = !terms.some((t) => !t.verb) || best === undefined || evidence.passageCoverage === 0 || absentName || narrowsToAbsent || read.asksResponseToIt === true;
  const answered = !ruledOut && shouldAnswer(evidence, threshold);
  // an answer a rule gives whatever the model says, read from the document's opening pages
  const ruledIn = { ...evidence, ruled: 'answer' as const };
  const f = FRAME[language];
  // "wanneer is het advies verschenen?": the date on the cover of the document the question is about
  // (the document a question about the document itself means: the advisory, else the one retrieval found)
  const subject = input.advisory ?? passages[0]?.doc;
  // (a question about another document, "de Kamerbrief", "dat advies Waardevol werk", is not answered from this one's opening pages)
  const aboutOther = otherDocument(read.text, subject ? docInfo(subject)?.title : undefined);
  // ("what's the publication date?" names no document: the advisory's)
  // (and its number, which the same cover line gives: "welk briefadviesnummer …?", "what's the official number of this advisory?")
  const asksNumber = DOCUMENT_NUMBER.test(read.text);
  // (and its title: "whats the full title of SER advisory 25/04?", "hoe heet het advies precies?")
  const asksTitle = TITLE_ASKED.test(read.text) && THIS_DOCUMENT.test(read.text);
  const cover =
    (((read.asks === 'date' || PUBLICATION_DATE.test(read.text)) &&
      PUBLICATION.test(read.text) &&
      // (or a pointer to the document the conversation asked about: "Can you give me the gist of this SER advice? … when did it come out?")
      (THIS_DOCUMENT.test(read.text) || PUBLICATION_DATE.test(read.text) || (read.pointer === true && THIS_DOCUMENT.test(input.question)))) ||
      asksNumber ||
      asksTitle) &&
    !aboutOther &&
    subject
      ? coverDate(subject, pageText)
      : undefined;
  // "uit welke hoofdstukken bestaat het advies?": the document's table of contents
  const contents = CONTENTS_ASKED.test(read.text) && !aboutOther && subject ? contentsOf(subject, pageText) : undefined;
  // the one citation of an answer read from the document's opening pages (cover, contents), which the index does not hold
  const openingPage = (doc: string, page: number, quote: string): Citation => {
    const info = docInfo(doc);
    const top = passages[0]?.doc === doc ? passages[0] : undefined;
    return { n: 1, doc, title: info?.title ?? top?.title ?? doc, page, section: top?.page === page ? top.section : '', quote, ...(info?.url ? { url: info.url } : {}) };
  };
  const advisory = (doc: string) => docInfo(doc)?.kind === 'advisory' || !docInfo(doc);
  // "welke SER-commissie heeft dit advies voorbereid?": the committee its table of contents names (its members are on a later page)
  // (which committee, not who chaired it or sat on it: the table of contents names no one)
  // (but whether it has an overview of them, "is there an overview of who sat on the committee?", is: it names the page that does)
  // (persons asked in the question itself, not in a remark after it: "… ? Council member wants to know who to thank.")
  const askedPart = (read.text.match(/[^.!?]*\?/g) ?? [read.text]).join(' ');
  const committee = COMMITTEE_BEHIND.test(read.text) && (!COMMITTEE_PEOPLE.test(askedPart) || LISTS_MEMBERS.test(read.text)) && !aboutOther && subject ? contentsOf(subject, pageText) : undefined;
  const entry = committee?.entries.find((e) => /commissie|committee/i.test(e.title));
  if (committee && entry) {
    const head = language === 'nl' ? `De inhoudsopgave (${f.page(committee.page)}) noemt de commissie` : `The table of contents (${f.page(committee.page)}) names the committee`;
    return { text: `${head}: “${entry.title}” (${f.page(entry.page)}) [1].`, answered: true, citations: [openingPage(committee.doc, committee.page, committee.quote)], evidence: ruledIn };
  }
  // "geef een samenvatting van het advies", "what is this advisory about?": its summary section, the tracks it lists
  const summary = !contents && !committee && asksSummary(read.text, terms) && !aboutOther && subject ? summaryOf(subject, pageText) : undefined;
  if (summary) {
    const head =
      language === 'nl'
        ? `In het kort (“${summary.title}”, ${f.page(summary.page)}) [1]: “${tidy(summary.quote)}”`
        : `In brief (“${summary.title}”, ${f.page(summary.page)}) [1]: “${tidy(summary.quote)}”`;
    const citation = { ...openingPage(summary.doc, summary.page, summary.quote), section: summary.title };
    return { text: head + summary.items.map((item) => `\n• ${item}`).join(''), answered: true, citations: [citation], evidence: ruledIn };
  }
  if (contents) {
    const of = advisory(contents.doc) ? (language === 'nl' ? 'het advies' : 'the advisory') : docInfo(contents.doc)!.title;
    const head = language === 'nl' ? `De inhoudsopgave van ${of} (${f.page(contents.page)}) [1]:` : `The table of contents of ${of} (${f.page(contents.page)}) [1]:`;
    return { text: head + contents.entries.map((e) => `\n• ${e.title} (${f.page(e.page)})`).join(''), answered: true, citations: [openingPage(contents.doc, contents.page, contents.quote)], evidence: ruledIn };
  }
  if (cover) {
    const who = advisory(cover.doc) ? 'the advisory' : docInfo(cover.doc)!.title;
    // (its number first when that is asked: "Briefadvies 25/04, juni 2025.")
    const number = asksNumber || asksTitle ? COVER_NUMBER.exec(cover.line) : undefined;
    // (its title first when that is asked: the cover line before the number, "Samenwerken voor arbeidsproductiviteitsgroei")
    const title = asksTitle && number && number.index > 0 ? `‘${tidy(cover.line.slice(0, number.index))}’, ` : '';
    return { text: `${title}${number ? `${number[0]}, ` : ''}${cover.date}. ${f.first(who, f.page(1))}“${tidy(cover.line)}” [1]`, answered: true, citations: [openingPage(cover.doc, 1, cover.line)], evidence: ruledIn };
  }

  // how much of the question a sentence covers, in its document's language
  const covering = (doc: string) => {
    const lang = docInfo(doc)?.language ?? 'nl';
    return (text: string) => (total ? weightOf(matchTerms(textStems(text, lang), terms, lang), terms) / total : 0);
  };
  const asksWhy = read.asks === 'reason';
  const whole = (s: ScoredSentence, max: number) => (s.runsOn && clip(s.text, max) === tidy(s.text) ? `${tidy(s.text)} ${s.runsOn}` : clip(s.text, max));
  // the first quote as the answer shows it; a list is the answer as a whole: its items are not cut at the usual length
  // (so is, for a list question, a paragraph of recommendations: "Versnel … Verhoog … Stimuleer … Investeer …")
  const firstQuote = (s: ScoredSentence) => {
    const isList =
      s.text.split('\n').length > 2 || /(?:^|\s)(?:[•·]|\d{1,2}\.)\s/.test(s.text.slice(1)) || (asksList && splitSentences(s.text).filter((x) => opensWithImperative(x.text)).length >= 2);
    return whole(s, isList ? LIST_ITEMS_CHARS : asksWhy ? REASON_CHARS + 20 : maxChars - 80);
  };
  if (input.trace) {
    // what each of the best candidates would answer, were it ranked first (scripts/fit-ranker.ts learns from it)
    const out: RankCandidate[] = [];
    for (const s of sentences.slice(0, TRACED)) {
      const q = quoteOf(s, asksList, read.asks, pageText, anchor, true, covering(s.passage.doc));
      if (!q) continue;
      const shown = { ...s, text: q.located.quote, ...(q.runsOn ? { runsOn: q.runsOn } : {}) };
      out.push({ doc: s.passage.doc, page: q.located.page, text: firstQuote(shown) + (q.items ?? []).map((item) => `\n• ${item}`).join(''), features: s.features, score: s.score });
    }
    input.trace(out);
  }
  // "en Letta?", "wat zegt Draghi?", "what does Letta point to?": a turn that names a cited source and nothing else asks
  // what the text says of it: the sentences that name it, in the text's order, each quoted (several on one page)
  const turnTopics = turnTerms.filter((t) => t.topical && !t.verb);
  // (a source the text cites here and there, not a name in every other passage; asked what it says, not when, how much or why)
  // (a name as written, or an acronym: "Letta", "CPB", "OESO")
  const acronyms = acronymsIn(read.text);
  const isSource = (t: { name?: boolean; word: string }) => t.name === true || acronyms.has(t.word);
  const sourceTerms =
    (read.asks === 'fact' || read.asks === 'list') && turnTopics.length > 0 && turnTopics.length <= 2 && turnTopics.every(isSource)
      ? new Set(terms.map((t, i) => (isSource(t) && t.df > 0 && t.df <= SOURCE_SHARE * stats.n && turnTopics.some((x) => x.stems.some((st) => t.stems.includes(st))) ? i : -1)).filter((i) => i >= 0))
      : new Set<number>();
  // (a candidate of two sentences names it when its first does: that one alone is quoted)
  const named = sourceTerms.size
    ? sentences.flatMap((s) => {
        const one = s.span === 1 ? s : { ...s, span: 1, text: splitSentences(s.passage.text)[s.index]!.text };
        const lang = docInfo(s.passage.doc)?.language ?? 'nl';
        return [...matchTerms(textStems(one.text, lang), terms, lang)].some((t) => sourceTerms.has(t)) ? [one] : [];
      })
    : [];
  const sourceAsked = named.length > 0;
  const namesSource = (s: ScoredSentence) => sourceAsked && named.some((n) => n.passage === s.passage && n.index === s.index && s.span === 1);
  if (sourceAsked) {
    const at = (s: ScoredSentence) => nearPage(s.passage.doc, s.passage.page)?.indexOf(tidy(s.text).slice(0, 50)) ?? 0;
    const inOrder = [...new Map(named.map((s) => [tidy(s.text), s])).values()].sort((a, b) => a.passage.page - b.passage.page || at(a) - at(b));
    sentences.splice(0, sentences.length, ...inOrder, ...sentences.filter((s) => !inOrder.some((n) => n.passage === s.passage && n.index === s.index)));
  }
  // citations: one per page, in order of their best sentence (a source's sentences: one each)
  const citations: Citation[] = [];
  const chosen: ScoredSentence[] = [];
  const seenPages = new Set<string>();
  for (const s of sentences) {
    if (citations.length >= (answered ? 3 : 1)) break;
    if (s.coverage <= 0 && citations.length > 0) break;
    const q = quoteOf(s, asksList, read.asks, pageText, anchor, citations.length === 0, covering(s.passage.doc));
    if (!q) continue;
    const { located, items } = q;
    const key = namesSource(s) ? tidy(located.quote) : `${s.passage.doc}:${located.page}`;
    if (seenPages.has(key)) continue;
    seenPages.add(key);
    const info = docInfo(s.passage.doc);
    const c: Citation = {
      n: citations.length + 1,
      doc: s.passage.doc,
      title: info?.title ?? s.passage.title,
      page: located.page,
      section: s.passage.section,
      quote: located.quote,
    };
    if (info?.url) c.url = info.url;
    citations.push(c);
    // the answer quotes what the citation quotes: a list whole, a sentence with its context
    chosen.push({ ...s, text: located.quote, said: s.text, items: citations.length === 1 ? items : undefined, ...(q.runsOn ? { runsOn: q.runsOn } : {}) });
  }

  // a question for a number that the best passages give no number for is not answered by them
  // ("Hoeveel rendement levert dat op?" next to "… de rendementsdoelstelling op de langere termijn")
  // a question for an amount of money ("how much budget …?") is answered only by an amount of money
  // (the figure must be in the quote that answers, not in a second one the answer may not show)
  // (and a figure asked for a year, "… in 2024?", by a sentence for that year)
  // (each judged whatever the model says: a rule that abstains is one the model's fit cannot move, `Evidence.ruled`)
  const judged = !ruledOut && chosen.length > 0;
  const noFigure =
    judged &&
    read.asks === 'quantity' &&
    (!givesFigure(chosen[0]!) ||
      (read.year !== undefined && !(read.year === 'recent' ? NAMES_YEAR.test(chosen[0]!.text) : chosen[0]!.text.includes(read.year))) ||
      // (and a figure asked per year, "how much venture capital is invested each year?", by a yearly figure, not "bedragen vanaf circa 50 miljoen euro")
      (read.perYear === true && !PER_YEAR.test(chosen[0]!.text)) ||
      // (and a target, "met hoeveel procent moet de registratielast omlaag?", by a figure the text sets as one, not the level it reports)
      (read.asksTarget === true && !SETS_TARGET.test(chosen[0]!.text)));
  // so is a question for a date or time frame ("Wanneer moeten de eerste Werkcentra open?") by a sentence that gives none
  // (a relative one answers: "op korte termijn", "jaarlijks", "sinds de jaren negentig")
  // (but not when a date is asked in so many words: "noemen ze een datum?", "what date …?")
  // (nor when a start is asked, "since when …?", by a time that names none: "onlangs", "op korte termijn")
  const noDate =
    judged &&
    !noFigure &&
    read.asks === 'date' &&
    !givesDate(chosen[0]!.text) &&
    (!GIVES_TIME.test(chosen[0]!.text) || DATE_NAMED.test(read.text) || (SINCE_ASKED.test(read.text) && !GIVES_START.test(chosen[0]!.text)));
  // and a question for the top of a ranking ("welke sectoren hebben de hoogste productiviteit?", "which sector invests the least?")
  // by a sentence that ranks nothing (no superlative: "het meest", "het hardst", "highest")
  // and a question for a statistical measure ("welke correlatie …?") by a text that never gives one
  const noMeasure = judged && read.measure !== undefined && read.measure.every((w) => stats.df(textStems(w, 'nl')) === 0);
  const noRanking = judged && !noFigure && !noDate && read.asksRanking === true && !RANKS.test(chosen[0]!.text);
  // and a question for a person ("welke minister heeft die brief ondertekend?") by a sentence that names no one
  const noPerson = judged && read.asksPerson === true && !NAMES_A_PERSON.test(chosen[0]!.text);
  // and a question for who pays ("wie betaalt die leerrechten?") by a sentence that says nothing of paying or financing
  const noPayer = judged && read.asksPayer === true && !chosen.some((c) => PAYS.test(c.text));
  const vetoed = ruledOut || !citations.length || noFigure || noDate || noRanking || noMeasure || noPerson || noPayer;
  if (!answered || vetoed) {
    // (what it says is missing: what a rule found missing in the answer the model allowed)
    let text: string = !answered ? f.none : noFigure || noMeasure ? f.noFigure : noDate ? f.noDate : noPayer ? f.noPayer : f.none;
    if (citations.length && (best?.coverage ?? 0) > 0) text += f.nearest(f.page(citations[0]!.page));
    else citations.length = 0;
    return { text, answered: false, citations, evidence: vetoed ? { ...evidence, ruled: 'abstain' } : evidence };
  }

  const who = (doc: string) => {
    const info = docInfo(doc);
    if (!info || info.kind === 'advisory') return 'the advisory';
    return info.title;
  };
  const first = chosen[0]!;
  // a sentence that runs on to the next page is quoted to its end, and the pages say so
  const pagesOfQuote = (c: Citation, s: ScoredSentence) => (s.runsOn ? `pp. ${c.page}-${c.page + 1}` : f.page(c.page));
  // (the section the quote stands under names it as the document does: "(p. 3, onder ‘Geen tijd te verliezen’)")
  const under = headingOf(first.passage) ? `, ${language === 'nl' ? 'onder' : 'under'} ‘${headingOf(first.passage)}’` : '';
  let text = `${f.first(who(first.passage.doc), pagesOfQuote(citations[0]!, first) + under)}“${firstQuote(first)}” [1]`;
  if (first.items) text += first.items.map((item) => `\n• ${item}`).join('');
  const covered = new Set(first.matched);
  for (let i = 1; i < chosen.length; i++) {
    const s = chosen[i]!;
    // a second passage only when it answers on its own: new terms, and nearly the first one's coverage
    const adds = [...s.matched].some((t) => !covered.has(t));
    if (!namesSource(s) && (!adds || s.coverage < SECOND_QUOTE_SHARE * first.coverage)) continue;
    // (what the text says of a source: its sentence, without the context the citation quotes)
    const more = `${f.more(pagesOfQuote(citations[i]!, s))}“${namesSource(s) && s.said ? clip(s.said, maxChars - 60) : whole(s, maxChars)}” [${i + 1}]`;
    if (more.length > maxChars) continue;
    text += more;
    for (const t of s.matched) covered.add(t);
  }
  if (read.asksQuantity) {
    const digits = spelledNumbers(first.text);
    const UNIT_EN: Record<string, string> = { procent: 'percent', procentpunt: 'percentage points', procentpunten: 'percentage points', keer: 'times', jaar: 'years', miljoen: 'million', miljard: 'billion' };
    const shown = language === 'en' ? digits.map((d) => d.replace(/\p{L}+$/u, (u) => UNIT_EN[u.toLowerCase()] ?? u).replace(' à ', '–')) : digits;
    if (digits.length) text += ` (${language === 'nl' ? 'in cijfers' : 'in figures'}: ${shown.join('; ')})`;
    // "hoeveel?" is answered with the figure first: the quote's figures with their units, as written
    // (a count asked for, the things counted: "800 Europese regio's")
    const counted = read.figure === 'count' ? countIn(first.text) : undefined;
    const figures = counted && !FIGURE_IN_TEXT.test(counted) ? [counted] : [...new Set([...first.text.matchAll(FIGURE_IN_TEXT)].map((m) => m[0].replace(/\s+/g, ' ').trim()))];
    if (figures.length && figures.length <= 3) text = `${figures.join('; ')}. ${text}`;
    const rest = complement(read.text, first.text);
    if (rest !== undefined) {
      const [share, other] = rest.map((x) => x.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB'));
      text += language === 'nl' ? ` De rest: 100 − ${share} = ${other} procent.` : ` The rest: 100 − ${share} = ${other} percent.`;
    }
  }
  if (read.asks === 'date') {
    // "wanneer?" is answered with the date first
    const date = DATE_IN_TEXT.exec(first.text.replace(CITED_YEAR, ' '))?.[0];
    if (date) text = `${date}. ${text}`;
  }
  // a follow-up's own words ("kunnen pensioenfondsen daar …?") must be in the sentence that says yes or no to it
  if (read.asks === 'yesno' && [...ownTerms].every((t) => first.matched.has(t))) {
    // ja/nee when the answering sentence settles it: a negation on one side only says no;
    // none on either side, and the sentence holding most of the question, says yes;
    // a hedge ("minder", "onvoldoende") leaves it to the quote
    const lead = yesOrNo(read.text, first.said ?? first.text, first.coverage, read.asksCertainty === true);
    if (lead) text = `${YESNO[language][lead]} ${text}`;
  }
  if (language === 'en') text += glossTerms(input, chosen.map((c) => c.text).join(' '));
  return { text, answered: true, citations, evidence };
}

// the units a figure is asked in ("hoeveel procent", "by how many percentage points", "how many euros")
const UNIT_WORD = /^(?:procent|percent|percentage|percentages|percentage ?points?|procentpunt(?:en)?|%|euro|euros|miljoen|million|miljard|billion)$/i;
const UNIT_SHARE = 0.2;
const PERIOD_WORD = /^(?:per|jaar|year|annum|jaarlijks\p{L}*|annual(?:ly)?|yearly)$/iu;

// a sentence that ranks (a superlative, Dutch -st(e), English -est, most/least), which a question for a ranking needs
const RANKS = /(?<![\p{L}])(?:\p{L}{2,}(?:st|ste|est)|most|least|vooral|koplopers?|bovenaan|onderaan)(?![\p{L}])/iu;
// a person named, which a question for a person needs: an author cited with a year ("Draghi (2024)") or a title with a name ("minister Beljaarts", "prof. dr. Jansen")
// a sentence about paying or financing something ("… om de doorgroei … te kunnen financieren", "betaald door", "bekostiging")
const PAYS = /(?<![\p{L}])(?:\p{L}*(?:betaal|betal|bekostig|financ)\p{L}*|budget\p{L}*|pay\p{L}*|paid|fund(?:s|ed|ing)?)(?![\p{L}])/iu;
// a subject with words before its noun ("Het nog onbenutte arbeidspotentieel is …") describes it; a definition opens with the term
const DESCRIBED_SUBJECT = /^(?:het|de|een|the|a|an)\s+\S+\s+\S/i;
const NAMES_A_PERSON = /\p{Lu}\p{Ll}+\s*\((?:\p{Lu}\p{Ll}+,\s*)?\d{4}\)|\b(?:minister|staatssecretaris|voorzitter|prof\.|dr\.|mr\.|drs\.)\s+(?:\p{Lu}\.\s*)*\p{Lu}\p{Ll}+/u;

// how many topic words a follow-up may name of its own and still be a narrowing of the conversation's topic
const OWN_TURN_TERMS = 2;
// a follow-up that narrows the topic to a part of it ("en bij …?", "and for …?", "what about …?")
const ASKS_AFTER_PREPOSITION = /^\s*(?:(?:en|and|maar|but),?\s+)?(?:bij|voor|met|in|op|for|with|at)\s+(?:welk|welke|wat|wie|hoe|hoeveel|which|what|who|whom|how)\b/i;
const NARROWS = /^\s*(?:(?:en|and|maar|but|ook|also|oké?|ok),?\s+)?(?:(?:hoe zit het )?(?:bij|voor|met|in|op)\b|(?:what|how) about\b|for\b|in\b|with\b|at\b)/i;

// how many sentences a quote may read back through sentences that point back (a how-much answer: one)
const BACK_STEPS = 2;

// the words that open a sentence pointing back to the one before it
// (or names what it points back to in its first words: "Het is volgens deze rapporten zaak …", "According to these reports …")
// ("Zo heeft Nederland …" illustrates the claim before it; "De SER vindt het daarom …" draws its conclusion;
// "Zonder dat is verdere ontwikkeling moeilijk" says what the one before it is needed for)
const ANAPHOR =
  /^(?:(?:zonder|ondanks|without|despite)\s+(?:dat|dit|die|deze|this|that|these|those)(?![\p{L}])|(?:dit|deze|dat|die|zo|daarom|daardoor|hierdoor|hiervoor|daarvoor|daarbij|hierbij|daarnaast|bovendien|tegelijkertijd|echter|this|these|that|those|it|they|therefore|however|thus)(?![\p{L}])|(?:\S+\s+){0,3}(?:volgens|in|uit|van|according to|from) (?:deze|die|these|those) \p{L}+|(?:\S+\s+){1,4}(?:daarom|therefore)(?![\p{L}]))/iu;

/**
 * What citing sentence `s` quotes: the sentence with its context (a short
 * sentence with the next, a why-answer with its explanation, a sentence that
 * points back with the one before), a list whole (its introduction with its
 * items, read on in the page), located verbatim on one of the passage's
 * pages; undefined when it cannot be found there.
 */
function quoteOf(
  s: ScoredSentence,
  asksList: boolean,
  /** what the question asks: a why-answer reads on to its explanation; a how-much answer is not pushed off its figure by context before it */
  asks: Question['asks'],
  pageText: ComposeInput['pageText'],
  /** the opening of the sentence the previous answer stated, which a follow-up's answer does not quote again */
  anchor: string | undefined,
  /** the answer's first quote, which reads on to the end of a short paragraph */
  first: boolean,
  /** how much of the question a sentence of the passage's document covers (0 to 1) */
  covers: (text: string) => number,
): { located: { page: number; quote: string }; items?: string[]; runsOn?: string } | undefined {
  const asksWhy = asks === 'reason';
  const split = splitSentences(s.passage.text);
  let quoteText = s.text;
  const next = split[s.index + s.span];
  // a short sentence gets its successor as context; so does the answer to a
  // "why" question, whose explanation tends to follow ("Dat komt …")
  // (or a pair whose second sentence introduces one: "Een derde knelpunt is … Nader onderzoek is nodig naar …:")
  const introAt = /:\s*$/.test(split[s.index]!.text) ? s.index : s.span === 2 && /:\s*$/.test(split[s.index + 1]?.text ?? '') ? s.index + 1 : -1;
  if (introAt >= 0 && split[introAt + 1]) {
    // a list's introduction is quoted with its items (as many as fit)
    let end = introAt + 1;
    while (split[end + 1] && split[end + 1]!.start + split[end + 1]!.text.length - split[s.index]!.start < LIST_QUOTE_CHARS) end++;
    quoteText = s.passage.text.slice(split[s.index]!.start, split[end]!.start + split[end]!.text.length);
  } else if (next && s.span === 1 && (quoteText.length < CONTEXT_CHARS || asksWhy) && quoteText.length + next.text.length < (asksWhy ? 560 : 420))
    quoteText = s.passage.text.slice(split[s.index]!.start, next.start + next.text.length);
  // a sentence that points back ("Dit komt …", "Daarom …") is quoted after the sentence it points to
  // (unless that is what the previous answer just said: "waarom?" after "Beperk …" is answered "Dit bevordert …")
  // (and so on, once more, when that one points back too: "Er is sprake van marktfalen … Dit vraagt om … Zo heeft Nederland …")
  const quoteEnd = split[s.index]!.start + quoteText.length;
  const steps = asks === 'quantity' ? 1 : BACK_STEPS;
  for (let at = s.index; at > s.index - steps; at--) {
    const prev = split[at - 1];
    const justSaid = anchor !== undefined && prev !== undefined && tidy(prev.text).includes(anchor);
    // (not the tail of a sentence begun on the previous page, "aan de concurrent.", which reads as nothing alone)
    if (!prev || justSaid || !ANAPHOR.test(split[at]!.text) || /:\s*$/.test(prev.text) || /^\p{Ll}/u.test(prev.text) || quoteEnd - prev.start >= 560) break;
    quoteText = s.passage.text.slice(prev.start, quoteEnd);
  }
  // a list is quoted whole, read on in the page itself (the passage may end
  // before the list does): an introduction with its items, and for a list
  // question the rest of a paragraph or bullet item ("Versnel … Stimuleer …
  // Investeer …") or the sentences that go on enumerating ("… knelpunten …
  // Een derde knelpunt …")
  let listQuote: string | undefined;
  let items: string[] | undefined;
  if ((asksList && !asksWhy) || /:\s*$/.test(split[s.index]!.text)) {
    const head = split[s.index]!.text;
    for (const page of pagesOf(s.passage)) {
      const text = pageText(s.passage.doc, page);
      const at = text?.indexOf(head) ?? -1;
      if (!text || at < 0) continue;
      // a sentence inside a numbered or bulleted list: a list question gets the whole list, from its introduction
      // (when the whole list up to the sentence fits in a quote)
      const intro = asksList ? listIntroduction(text, at) : undefined;
      const wholeList = intro !== undefined ? readOn(text, intro) : undefined;
      if (wholeList?.includes(head)) listQuote = wholeList;
      else {
        // a later item of an enumeration is quoted from the enumeration's first ("Welke groepen …?");
        // an item with the items after it that open alike
        const from = asksList ? enumerationStart(text, at) : at;
        const extended = withAlikeItems(text, readOn(text, from), from);
        // an introduction's items end where the list does; otherwise only a longer read helps
        // (or the enumeration the sentence is an item of)
        if (/:\s*$/.test(head) || extended.length > quoteText.length || from < at) listQuote = extended;
        // an introduction whose items are headings over paragraphs: the answer names the headings
        if (/:\s*$/.test(head) && extended.trim() === head.trim()) items = headedItems(text, at + head.length);
      }
      break;
    }
  }
  let located = listQuote ? locateQuote(listQuote, s.passage.doc, pagesOf(s.passage), pageText) : undefined;
  located ??= locateQuote(quoteText, s.passage.doc, pagesOf(s.passage), pageText);
  if (!located && quoteText !== split[s.index]!.text) {
    // the pair straddles a page break: quote the first sentence alone
    located = locateQuote(split[s.index]!.text, s.passage.doc, pagesOf(s.passage), pageText);
  }
  if (!located) return undefined;
  // the first quote goes on to the end of its paragraph when that is short: the paragraph is the argument
  // ("… stimuleert het verdienvermogen … Daarnaast kan … de werkdruk verlagen …")
  // (an item, with the items after it that open alike: "Maak (cao-)afspraken over …", "Maak (cao-)afspraken over …")
  if (first && !listQuote) {
    const page = pageText(s.passage.doc, located.page);
    // (begun at the paragraph's opening sentence when that makes its point; not before a figure or a body asked for)
    // (and a why-question's at the sentence before, where its argument starts)
    let led = page && asks !== 'quantity' && asks !== 'who' ? withLead(page, located.quote, covers, anchor) : located.quote;
    if (page && asksWhy && led === located.quote) led = withReasonBefore(page, led, anchor);
    const quote = readParagraph(page, led, asksWhy ? REASON_CHARS : PARAGRAPH_CHARS);
    located = { ...located, quote: page ? withAlikeItems(page, quote, page.indexOf(quote)) : quote };
  }
  // the answer quotes what the citation quotes: a list whole, a sentence with its context
  // (and a list that ends its page goes on with its items at the top of the next)
  const rest = runsOn(located.quote, s.passage.doc, located.page, pageText) ?? (listQuote ? listRunsOn(located.quote, s.passage.doc, located.page, pageText) : undefined);
  return { located, ...(items ? { items } : {}), ...(rest ? { runsOn: rest } : {}) };
}

/**
 * The quote, begun at its paragraph's opening sentence when that is the one
 * sentence before it and makes the point the quote goes on with ("Arbeidsproductiviteitsgroei
 * en reële loongroei moeten gelijk opgaan, …" before "De reële loonontwikkeling moet niet te
 * langzaam gaan …"): it covers LEAD_SHARE of what the quote's first sentence covers, the two fit
 * in LEAD_CHARS, and it is not what the previous answer just said (`anchor`). Pure.
 */
function withLead(page: string, quote: string, covers: (text: string) => number, anchor: string | undefined): string {
  const at = page.indexOf(quote);
  if (at <= 0) return quote;
  const lineStart = page.lastIndexOf('\n', at - 1) + 1;
  const lead = page.slice(lineStart, at);
  const opens = lead.trim();
  if (!opens || !/[.!?]\s*$/.test(lead) || splitSentences(lead).length !== 1 || /^\p{Ll}/u.test(opens) || at + quote.length - lineStart >= LEAD_CHARS) return quote;
  if (anchor !== undefined && tidy(lead).includes(anchor)) return quote;
  const share = covers(lead);
  return share > 0 && share >= LEAD_SHARE * covers(splitSentences(quote)[0]?.text ?? quote) ? page.slice(lineStart, at + quote.length) : quote;
}

const LEADS_ON = /^(?:zo|daardoor|daarom|hierdoor|thus|therefore|hence)\s/i;
// a sentence that gives the cause of the one before it ("Dat komt voor een deel door …", "This is because …")
const CAUSE_OF_PREVIOUS = /^(?:dat|dit)\s+(?:komt|ligt)\b|^(?:this|that)\s+is\s+(?:because|due)\b/i;

/**
 * A why-question's quote begun one sentence earlier in its paragraph: the
 * sentence that answers best restates what is asked ("Innovatieve scale-ups
 * … kunnen moeilijker aan durfkapitaal komen"), the argument starts before it
 * ("Zo heeft Nederland een onderontwikkelde markt voor risicofinanciering …")
 * when that sentence gives a cause or the case it is one of, and the answering
 * one gives neither a cause nor an effect itself. Not a fragment or what the
 * previous answer quoted; the quote as it was when the two do not fit
 * REASON_CHARS. Pure.
 */
function withReasonBefore(page: string, quote: string, anchor: string | undefined): string {
  const at = page.indexOf(quote);
  if (at <= 0) return quote;
  // (a sentence that gives a cause or an effect itself is the argument)
  const first = splitSentences(quote)[0]?.text ?? quote;
  const lineStart = page.lastIndexOf('\n', at - 1) + 1;
  const prev = splitSentences(page.slice(lineStart, at)).pop();
  // (a cause that points back, "Dat komt door …", is quoted with what it explains, though the previous answer said that)
  if (CAUSE_OF_PREVIOUS.test(first) && prev && /[.!?]\s*$/.test(prev.text) && at + quote.length - (lineStart + prev.start) <= REASON_CHARS) return page.slice(lineStart + prev.start, at + quote.length);
  if (STATES_CAUSE.test(first) || STATES_EFFECT.test(first)) return quote;
  if (!prev || !/[.!?]\s*$/.test(prev.text) || /^\p{Ll}/u.test(prev.text) || (anchor !== undefined && tidy(prev.text).includes(anchor))) return quote;
  // (the sentence before gives the cause, or the case it is one of: "Zo heeft Nederland …", "Daardoor …")
  if (!STATES_CAUSE.test(prev.text) && !LEADS_ON.test(prev.text)) return quote;
  const from = lineStart + prev.start;
  return at + quote.length - from <= REASON_CHARS ? page.slice(from, at + quote.length) : quote;
}

const HEDGED = /(?<![\p{L}])(?:minder|onvoldoende|weinig|beperkt|nauwelijks|gedeeltelijk|deels|less|fewer|insufficient|partly|partially|hardly)(?![\p{L}])/iu;
const YESNO = { nl: { yes: 'Ja.', no: 'Nee.', uncertain: 'Niet zeker.' }, en: { yes: 'Yes.', no: 'No.', uncertain: 'Not certain.' } } as const;
// how much of the question the answering sentence must hold before it may say yes or no
const YES_COVERAGE = 0.6;

/**
 * Yes or no for a yes/no question, from the sentence that answers it
 * ('uncertain' for how certain a claim is, when the sentence hedges it), or
 * undefined when the sentence does not settle it. Pure.
 */
const SAYS_ANYTHING =
  /\b(?:say|says|mention|mentions|discuss|discusses|address|addresses|talk about|talks about|touch on|touches on|cover|covers)\s+(?:anything|something)\b|\b(?:zegt|zeggen|noemt|noemen|vermeldt)\b[^?]{0,40}\biets\s+over\b/i;
const ONLY = /(?<![\p{L}])(?:alleen|slechts|enkel|uitsluitend|puur|only|just|solely|merely|exclusively)(?![\p{L}])/iu;
export function yesOrNo(question: string, sentence: string, coverage: number, asksCertainty = false): 'yes' | 'no' | 'uncertain' | undefined {
  // how certain a claim is ("klopt dat wel?", "is dat zeker?") is no yes or no: a sentence that hedges it says it is uncertain
  if (asksCertainty) return HEDGES.test(sentence) ? 'uncertain' : undefined;
  // only a sentence that holds most of the question may settle it
  if (coverage < YES_COVERAGE) return undefined;
  // whether the text says anything on a topic ("Does the SER say anything about …?", "Zegt het advies iets over …?")
  // is settled by the sentence that does: yes, whatever it says
  if (SAYS_ANYTHING.test(question)) return 'yes';
  const q = NEGATION.test(question.replace(/\b(?:yes or no|ja of nee)\b/gi, ''));
  const a = NEGATION.test(sentence);
  if (q !== a) return 'no';
  // (a question that narrows, "moeten we ons alleen op Europa richten?", is not told yes by a sentence that does not narrow too)
  if (!q && !a && !HEDGED.test(sentence) && !HEDGED.test(question) && !(ONLY.test(question) && !ONLY.test(sentence))) return 'yes';
  return undefined;
}

/** The quote, read on to the end of its paragraph (a line of the page text) while it stays under PARAGRAPH_CHARS. Pure. */
export function readParagraph(page: string | undefined, quote: string, max = PARAGRAPH_CHARS): string {
  const at = page?.indexOf(quote) ?? -1;
  if (!page || at < 0) return quote;
  const lineEnd = page.indexOf('\n', at + quote.length);
  const rest = page.slice(at + quote.length, lineEnd < 0 ? page.length : lineEnd);
  let end = 0;
  for (const s of splitSentences(rest)) {
    if (quote.length + s.start + s.text.length > max) break;
    end = s.start + s.text.length;
  }
  return quote + rest.slice(0, end);
}
// (under the first quote's clip, maxChars - 80)
const PARAGRAPH_CHARS = 500;
// a paragraph's opening sentence is quoted before the answering one when it covers this much of what that one covers, within so many characters
const LEAD_SHARE = 0.5;
const LEAD_CHARS = 650;
// (a why-answer's paragraph may run longer: the cause tends to come after what it explains, "… Draghi wijt het toenemende verschil …")
const REASON_CHARS = 690;

/**
 * The end of a quote's last sentence when the sentence runs on to the next
 * page: the quote ends its page without a sentence end and the next page
 * opens in lower case ("… ook ten goede" | "aan de concurrent. Dit …" →
 * "aan de concurrent."); undefined otherwise. Pure.
 */
export function runsOn(quote: string, doc: string, page: number, pageText: ComposeInput['pageText']): string | undefined {
  // the pages are read only for a quote that ends unfinished
  if (/[.?!:;)”’"]\d{0,2}\s*$/.test(quote) || !pageText(doc, page)?.trimEnd().endsWith(quote.trimEnd())) return undefined;
  const m = /^\s*(\p{Ll}[^.?!]{0,200}[.?!])/u.exec(pageText(doc, page + 1) ?? '');
  return m?.[1]?.replace(/\s+/g, ' ');
}

/**
 * The rest of a list that ends its page: the next page's opening lines while
 * they are the list's items ("• Arbeidsmarktinstituties en loonvorming; …"),
 * the first of them maybe the end of the page's last item ("Hoe kan de
 * bedrijvendynamiek … worden vergroot?"); undefined when the quote does not
 * end its page on an item or the next page opens with no item. Pure apart
 * from the pages it reads.
 */
export function listRunsOn(quote: string, doc: string, page: number, pageText: ComposeInput['pageText']): string | undefined {
  const here = pageText(doc, page)?.trimEnd();
  const lastLine = quote.trimEnd().split('\n').pop() ?? '';
  if (!here?.endsWith(quote.trimEnd()) || !LIST_ITEM.test(lastLine)) return undefined;
  const lines = (pageText(doc, page + 1) ?? '').split('\n').map((l) => l.trim());
  const out: string[] = [];
  let length = quote.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (the first line may finish the last item: it is followed by an item)
    const item = LIST_ITEM.test(line) || (i === 0 && LIST_ITEM.test(lines[1] ?? ''));
    if (!item || !line || length + line.length > LIST_ITEMS_CHARS) break;
    out.push(line);
    length += line.length;
  }
  return out.some((l) => LIST_ITEM.test(l)) ? out.join(' ') : undefined;
}

// how fast nearness falls with the distance from the previous quote (characters of page text)
const NEAR_CHARS = 400;
// how much of the best sentence's coverage a sentence with a figure needs to answer "is daar een cijfer bij?" before it
// (measured on the pool: 0.6 gains 3 turns and loses none; 0.4 loses an unanswerable one, 0.8 gains 1)
const FIGURE_SHARE = 0.6;
// the share of the best coverage a sentence that gives a date must have to answer a when-question first (0.5: +3 −0 on the pool; 0.3: +3 −1; 0.7: none)
const DATE_SHARE = 0.5;
// how near the previous quote a sentence that gives a cause must stand to answer a why about it (of `local`, 0 to 1)
const NEAR_CAUSE = 0.7;
// how far after the end of the previous quote the sentence right after it starts (characters: a sentence break and a footnote number)
const RIGHT_AFTER_CHARS = 40;
// how far after the previous quote a proposal may stand to be the text's own fix of what it said (characters of page text: about a paragraph)
const OWN_FIX_CHARS = 600;

/** The page and the opening words of the first quote of an answer ("Het advies zegt (p. 10): “…”"), or undefined. Pure. */
export function previousQuote(answer: string | undefined): { page: number; quote: string } | undefined {
  // (an indicator answer puts its reference before the colon: "The advisory (p. 8) [1]: “…”")
  const m = answer ? /\(pp?\. (\d+)(?:[^)‘]|‘[^’]*’)*\)(?:\s*\[\d+\])?:\s*“([^”]{20,})/.exec(answer) : null;
  return m ? { page: Number(m[1]), quote: m[2]!.replace(/\s+/g, ' ').slice(0, 60) } : undefined;
}

/**
 * Where a sentence of `passage` stands from the previous answer's quote, in
 * characters of page text: negative before it, positive after it, read on over
 * the page break to the top of the next page; undefined on another page or
 * when either is not found. `pageText` gives pages with white space folded.
 * Pure apart from the page text it reads.
 */
export function fromQuote(
  near: { page: number; quote: string },
  passage: Pick<Passage, 'doc' | 'page' | 'pageEnd'>,
  sentence: string,
  pageText: (doc: string, page: number) => string | undefined,
): number | undefined {
  const page = pageText(passage.doc, near.page);
  const at = page?.indexOf(near.quote) ?? -1;
  if (!page || at < 0) return undefined;
  const opening = sentence.replace(/\s+/g, ' ').slice(0, 60);
  if (near.page >= passage.page && near.page <= (passage.pageEnd ?? passage.page)) {
    const here = page.indexOf(opening);
    return here < 0 ? undefined : here - at;
  }
  // the text runs on over the page break: a sentence at the top of the next page follows the quote
  if (passage.page !== near.page + 1) return undefined;
  const here = pageText(passage.doc, passage.page)?.indexOf(opening) ?? -1;
  return here < 0 ? undefined : page.length - at + here;
}

/** A text without its list numbers ("1. Kapitaalverdieping") and endnote marks ("leerrechten.14"): what is left are its figures. Pure. */
// (and a reference to a part of the text is no figure either: "In paragraaf 3.3 komen we daarop terug")
export const withoutMarkers = (text: string) =>
  tidy(text).replace(/(?:^|(?<=[\s•]))\d{1,2}\.(?=\s)/g, '').replace(/(?<![\p{L}])(?:paragraaf|hoofdstuk|sectie|bijlage|section|chapter|annex|appendix)\s+\d+(?:\.\d+)*/giu, ' ');

// a year ("de EU-doelstelling voor 2030") is no answer to "hoeveel"
const YEAR_IN_TEXT = /(?<![\d,.])(?:19|20)\d\d(?![\d,.]*\d)/g;
// (euro as a word: "800 Europese regio's" is no amount of money)
const MONEY_FIGURE = /\d\s*(?:miljoen|miljard|duizend|mln|mld)?\s*(?:euro|dollar)s?(?![\p{L}])|[€$]\s*\d|\d\s*(?:miljoen|miljard)(?![\p{L}])/iu;

// a number in words, in the text's language (the Dutch "ten opzichte van", "ten koste van" hold no English ten)
const NUMBER_IN_WORDS: Record<Language, RegExp> = {
  nl: /(?<![\p{L}])(?:één|een enkel|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend|half|helft|kwart|verdubbel\p{L}*|decennia)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|half|quarter|double|twice|decades)(?![\p{L}])/iu,
};

// a figure with its unit as the text writes it: `2,2 procent`, `0,4 à 0,9 procent`, `50 miljoen euro`, `17 procent`
const FIGURE_IN_TEXT = /(?<![\p{L}\d,.])\d+(?:,\d+)?(?:\s*(?:à|-|–|tot)\s*\d+(?:,\d+)?)?\s*(?:procentpunt(?:en)?|procent|%|miljoen euro|miljard euro|miljoen|miljard|keer)(?![\p{L}])/giu;

// (an acronym that names a body, not a kind of firm, a technology or a measure: MKB, ICT, AI, TFP, BBP)
const NAMES_A_BODY = /(?<![\p{L}])(?:(?!(?:MKB|ICT|AI|TFP|BBP|NL|VS)(?![\p{L}]))[A-Z]{2,}(?![\p{L}])|kabinet|regering|overheid|minister|ministerie|sociale partners|werkgevers|werknemers|vakbonden|Tweede Kamer|Europese Commissie|pensioenfondsen|beleggers|banken|scale-ups|start-?ups|government|cabinet|ministry|parliament|employers|unions|pension funds|investors|banks)/u;
const withoutCitations = (text: string) => text.replace(/\([^()]*\b(?:19|20)\d{2}\)/g, ' ');
const NAMES_A_BODY_ALL = new RegExp(NAMES_A_BODY.source, 'gu');
/** How many bodies a sentence names besides the SER, the advisory's author ("… de SER pleit voor …" names the speaker, not a party): distinct, lower-cased. Pure. */
export function bodiesNamed(text: string): number {
  return new Set([...text.matchAll(NAMES_A_BODY_ALL)].map((m) => m[0].toLowerCase()).filter((b) => b !== 'ser')).size;
}
const NAMES_A_SOURCE =
  /\p{Lu}[\p{L}-]+\s*\(\d{4}\)|\(\s*\p{Lu}[^()]{0,40},\s*\d{4}\s*\)|(?<![\p{L}])[A-Z]{2,}(?![\p{L}])|-rapport\b|\b(?:onderzoek|analyse|studie|rapport)\s+(?:van|naar|toont|laat)\b|\b[Uu]it\s+(?:een\s+)?(?:analyse|onderzoek|studie)\b|\bschat(?:ten|ting)?\b|\b[Cc]ommissie\s+\p{Lu}|\bonderschrij\p{L}*/u;
const ASKS_WHY = /^(?:waarom|why)\b.*\?$/i;
/** A sentence that gives a cause ("Dat komt voor een deel door …", "doordat", "because of"). */
const STATES_CAUSE = /\b(?:(?:komt|komen|ligt|liggen)\b[^.;]{0,30}\b(?:door|aan)|doordat|omdat|immers|vanwege|als gevolg van|oorza(?:ak|ken)|te wijten|because|due to|caused by|owing to)\b/i;
/**
 * Puts the sentences with a higher key first, in place, keeping the ranking
 * within each key (a stable sort); each sentence's key is read once.
 */
function putFirst(sentences: ScoredSentence[], key: (s: ScoredSentence) => number): void {
  const keys = new Map(sentences.map((s) => [s, key(s)]));
  sentences.sort((a, b) => keys.get(b)! - keys.get(a)!);
}

/** Puts first the sentences that pass `test` and cover the question at least `share` as well as the best (a stable sort). */
function putFirstCovering(sentences: ScoredSentence[], share: number, test: (s: ScoredSentence) => boolean): void {
  const top = sentences[0]?.coverage ?? 0;
  putFirst(sentences, (s) => (s.coverage >= share * top && test(s) ? 1 : 0));
}

/** A passage's own heading: the last part of its section path ("… › Aanbevelingen aan het kabinet"). */
const headingOf = (p: Passage) => p.section?.split(' › ').pop() ?? '';
// a cross-reference: the point is made in the section named, this sentence mentions it in passing
const REFERS_ON = /\((?:zie|see|cf\.?|vgl\.?)\s+(?:ook\s+|also\s+)?(?:paragraaf|hoofdstuk|sectie|bijlage|section|chapter|annex|appendix)\s+[\d.]+\)/i;
// a sentence that proposes what should be done, and the sections that recommend
const PROPOSES = /(?<![\p{L}])(?:pleit(?:en)?\s+(?:\p{L}+\s+){0,3}voor|beveelt|bevelen|aanbevel\p{L}*|stelt\s+(?:\p{L}+\s+){0,3}voor|vraagt\s+(?:\p{L}+\s+){0,2}om|onderschrijv\p{L}*|is\s+(?:het\s+)?(?:nodig|zaak|van belang)|moet(?:en)?|zou(?:den)?\s+(?:\p{L}+\s+){0,4}moeten|recommend\p{L}*|propos\p{L}*|should|must|calls? for)(?![\p{L}])/iu;
// (what the advisory itself proposes: not a plain "moet", which states what a thing is to do as often as it proposes)
const ADVISES = new RegExp(PROPOSES.source.replace('|moet(?:en)?|', '|'), 'iu');
const RECOMMENDS = /^(?:aanbeveling|bijdrage van|recommendation|contribution)/i;

// the share of the first passage's coverage a second passage needs to be quoted too
const SECOND_QUOTE_SHARE = 0.8;

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october';
/** Does the text give the figure asked for (not a year; money for money, a percentage for a percentage, a number or share of things for a count)? */
const figureIn = (text: string, read: Pick<Question, 'figure'>, counted: readonly string[] | undefined, lang: Language) => {
  if (read.figure === 'money') return MONEY_FIGURE.test(text);
  const percentage = givesPercentage(text);
  if (read.figure === 'percent') return percentage;
  // (how many of them: a number of them, or a share, "slechts 17 procent van het industriële mkb")
  // (a share only when it is a share of the things asked about: "17 procent van het industriële mkb" for "hoeveel mkb-bedrijven …?",
  // not the "0,4 à 0,9 procent" productivity growth of AI for "hoeveel banen gaan er verloren door AI?")
  if (read.figure === 'count') return countIn(text) !== undefined || (percentage && namesCounted(text, counted));
  // (a span of time: a number of hours, weeks or years, "40 uur per week", "twee jaar"; or a share of the time, "40 procent van de werktijd")
  if (read.figure === 'duration') return DURATION_FIGURE.test(withoutMarkers(text)) || (percentage && SHARE_OF_TIME.test(text));
  // (a date is no figure either: "de Kamerbrief van 13 december 2024")
  return /\d/.test(withoutMarkers(text).replace(DATE_ALL, ' ').replace(YEAR_IN_TEXT, '')) || spelledNumbers(text).length > 0 || NUMBER_IN_WORDS[lang].test(text);
};
/** Does the text give a percentage ("17 procent", "vier à acht procent", "0,4%")? */
const givesPercentage = (text: string): boolean => PERCENT_FIGURE.test(text) || spelledNumbers(text).some((n) => /procent|percent/i.test(n));
/** Does the text name the things a count asks for (`countedStems`)? True when none is known. */
function namesCounted(text: string, counted: readonly string[] | undefined): boolean {
  if (counted === undefined) return true;
  const stems = textStems(text, 'nl');
  return counted.some((s) => textMatches(stems, s));
}
/** The stems a count's things are named by: the word, a part of it, or its glossary terms ("jobs" → banen). */
function countedStems(counted: string): string[] {
  const own = counted.split(/[\s-]+/).filter((w) => w.length >= 3 && !STOP_WORDS.has(w.toLowerCase()));
  const words = [...own, ...expandQuery(counted, 'en').terms, ...expandQuery(counted, 'nl').terms].filter((w) => w.length >= 3);
  return words.flatMap((w) => textStems(w, 'nl'));
}
// a span of time in the text ("40 uur", "twee jaar", "6 maanden")
const DURATION_FIGURE =
  /(?<![\p{L}\d,.])(?:\d+(?:[.,]\d+)?|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|one|two|three|four|five|six|ten|twenty)\s+(?:uur|uren|jaar|jaren|maanden|weken|dagen|hours?|years?|months?|weeks?|days?)(?![\p{L}])/iu;
const SHARE_OF_TIME = /(?<![\p{L}])(?:\p{L}*tijd|time|uren|hours)(?![\p{L}])/iu;
// a percentage in the text ("2,2 procent", "0,4 à 0,9 procent", "17%")
const PERCENT_FIGURE = /\d(?:[\d,.]*\d)?\s*(?:procentpunt\p{L}*|procent|percent\p{L}*|%)/iu;
// a number of things in the text ("800 Europese regio’s": the noun after an inflected adjective too; "drie sporen"),
// not an amount, a rate or a range ("één Werkcentrum per regio"), nor the Dutch "ten" of "ten slotte"
const COUNT_FIGURE =
  /(?<![\p{L}\d,.])(?:\d+(?:[.,]\d+)?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd|duizend|two|three|four|five|six|seven|eight|nine|eleven|twelve|twenty|hundred|thousand)\s+(?!(?:procent\p{L}*|percent\p{L}*|%|euro|dollar|miljoen|miljard|million|billion|keer|maal|times|jaar|jaren|years?|maanden|months?|uur|hours?|à|tot|of|en|to|and|or)(?![\p{L}]))[\p{L}’'-]+(?![\p{L}’'-])(?!\s+per(?![\p{L}]))(?:(?<=e)\s+[\p{L}’'-]+)?/iu;

/** The first number of things the text gives ("800 Europese regio’s", "drie sporen"; not a year, an amount, a share or a rate), or undefined. Pure. */
export function countIn(text: string): string | undefined {
  return COUNT_FIGURE.exec(withoutMarkers(text).replace(YEAR_IN_TEXT, ' '))?.[0];
}
const EFFECT_SHARE = 0.7;
// a date asked for in so many words ("noemen ze een datum?", "what date was it?"): a relative time ("jaarlijks", "op korte termijn") does not give one
// a year in a sentence, what a figure asked for "last year" needs ("in 2023", "2024")
const NAMES_YEAR = /\b(?:19|20)\d{2}\b/;
const DATE_NAMED = /(?<![\p{L}])(?:datum|data|date|dates|startdatum|einddatum|jaartal|(?:welk|which|what) jaar|(?:which|what) year)(?![\p{L}])/iu;
// a start asked for ("sinds wanneer …?", "since when …?") and a time that names one ("sinds de jaren negentig", "for decades")
const SINCE_ASKED = /(?<![\p{L}])(?:sinds|vanaf|since|from) (?:when|what year|which year|welk jaar)(?![\p{L}])|(?<![\p{L}])(?:sinds|vanaf) wanneer(?![\p{L}])|\bhow long (?:ago|now|already)\b|\bhoe lang al\b/iu;
const GIVES_START = /(?<![\p{L}])(?:sinds|vanaf|since|jaren|decenni\p{L}*|decades?)(?![\p{L}])/iu;
// a figure set as a target: a goal, an aim, a norm ("de EU-doelstelling voor 2030 (3 procent)", "ambitie", "halveren")
// (whole words: "bedoeld" names no goal)
const SETS_TARGET = /(?<![\p{L}])(?:[\p{L}-]*doelstelling\p{L}*|doel(?:en)?|streef\p{L}*|ambitie\p{L}*|norm(?:en)?|targets?|goals?|halver\p{L}*)(?![\p{L}])/iu;
const STATE_SHARE = 0.7;
const STATES_EFFECT =
  /(?<![\p{L}])(?:leidt|leiden|leidde|leidden)\s+tot|(?<![\p{L}])(?:levert|leveren|oplevert|opleveren)(?![\p{L}])|(?<![\p{L}])zorgt\s+voor|(?<![\p{L}])(?:draagt|dragen)\s+(?:\p{L}+\s+){0,4}bij|(?<![\p{L}])(?:verhoogt|vergroot|verlaagt|verbetert|stimuleert|versterkt|bevordert)(?![\p{L}])|(?<![\p{L}])(?:effect|effecten|gevolg|gevolgen)(?![\p{L}])/iu;
// what follows from what was said, asked what it yields or what happens then: an effect, or a consequence drawn ("Dit houdt in dat …", "Daardoor …")
const STATES_CONSEQUENCE = new RegExp(`${STATES_EFFECT.source}|(?<![\\p{L}])(?:houdt|houden)\\s+in\\s+dat|^(?:daardoor|hierdoor)(?![\\p{L}])`, 'iu');
// a decade ("sinds de jaren negentig") is a date too; the year of a reference ("Draghi (2024)", "(CPB, 2025)") is not
const DECADE = /\b(?:jaren (?:zestig|zeventig|tachtig|negentig)|(?:19|20)\d0s|sixties|seventies|eighties|nineties)\b/i;
const CITED_YEAR = /\((?:[^()]*,\s*)?(?:19|20)\d\d[a-z]?\)/g;
const givesDate = (text: string) => DECADE.test(text) || DATE_IN_TEXT.test(text.replace(CITED_YEAR, ' '));
// a time frame a when-question may be answered with
const GIVES_TIME =
  /(?<![\p{L}])(?:termijn|jaarlijks\p{L}*|elk jaar|ieder jaar|per jaar|jaren|decenni\p{L}*|eeuw|nu|thans|momenteel|inmiddels|direct|onmiddellijk|meteen|binnenkort|spoedig|zo snel mogelijk|voortaan|tijdig|sinds|vanaf|na\s+(?:afloop|publicatie)|voor(?:af|afgaand)|vooraf|periode|cyclus|annual\p{L}*|every year|each year|now|currently|immediately|soon|short term|long term|decades?|since|from now)(?![\p{L}])/iu;
const DATE_ALL = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}\\b`, 'gi');
const DATE_IN_TEXT = new RegExp(`\\b(?:\\d{1,2}\\s+)?(?:${MONTHS})\\s+\\d{4}\\b|\\b(?:19|20)\\d{2}\\b`, 'i');

// a question about when a document came out
const PUBLICATION = /(?<![\p{L}])(?:verschenen|verschijnt|uitgekomen|uitgebracht|gepubliceerd|publiceerde|publicatie|publicatiedatum|verschijningsdatum|uitgegeven|gedateerd|dateert|van\s+wanneer|(?:uit|van)\s+welke?\s+(?:maand|jaar|datum)|(?:which|what)\s+(?:month|year|date)\s+is\s+(?:\p{L}+\s+){1,6}from|publish|published|publication|released|came out|come out|comes out|put out|puts out|brought out|appeared|uitkwam|issued|dated|from when)(?![\p{L}])|(?<![\p{L}])(?:kwam|komt|kwamen)\s+(?:\p{L}+\s+){0,4}uit(?![\p{L}])/iu;
// a date asked for in so many words, in a question that asks more ("what's the number and publication date of …?")
const PUBLICATION_DATE = /(?<![\p{L}])(?:publicatiedatum|verschijningsdatum|datum van (?:publicatie|verschijnen)|publication date|date of publication|release date)(?![\p{L}])/iu;

// the document itself ("het advies", "the advisory", "the SER letter": a briefadvies is a letter of advice), not one it discusses
// ("de Kamerbrief", "het Draghi-rapport", "the cabinet's letter")
// a document's title or name asked for ("the full title", "hoe heet het advies?"; not what a thing in it is called)
const TITLE_ASKED = /(?<![\p{L}])(?:titel|title|(?:hoe )?heet (?:het|dit) (?:brief)?advies|(?:is|was) (?:the|this) (?:advisory|advice|report) called|naam van (?:het|dit) (?:brief)?advies|name of (?:the|this) (?:\p{L}+ )?(?:advisory|advice|report|letter))(?![\p{L}])/iu;
const THIS_DOCUMENT = /(?<![\p{L}])(?:advies|briefadvies|ser-advies|advisory|advice|ser(?:'s|’s)?[\s-]+(?:letter|brief))(?![\p{L}])/iu;
const OTHER_DOCUMENT_WORD = /(?<![\p{L}])(?<!\bser(?:'s|’s)?[\s-]+)(?:kamerbrief|brief|rapport|\p{L}+-rapport|report|letter|agenda)(?![\p{L}])/iu;
// the number on a cover line ("Briefadvies 25/04")
const COVER_NUMBER = /(?<![\p{L}])(?:briefadvies|advies|advice|advisory)\s+\d{1,3}\/\d{1,3}(?![\d/])/iu;
// the number of the document itself, which its cover gives with its date ("Briefadvies 25/04 | juni 2025")
const DOCUMENT_NUMBER =
  /(?<![\p{L}])(?:briefadviesnummer|adviesnummer|(?:official|document|reference|publication)\s+number|number\s+(?:and\s+(?:\p{L}+\s+){1,2})?of\s+(?:the|this|that)\s+(?:ser(?:'s|’s)?\s+)?(?:letter|advice|advisory|briefadvies)|(?:welk|het)\s+nummer\s+(?:van|heeft)\s+(?:het|dit|dat)\s+(?:\p{L}+\s+)?(?:advies|briefadvies))(?![\p{L}])/iu;
// (or an advice named by its title: "het SER-advies Waardevol werk", "the advice ‘Waardevol werk’")
// (not the advisory's own title: "its advisory 'Samenwerken voor arbeidsproductiviteitsgroei'")
const TITLED_ADVICE = /(?<![\p{L}])(?:advies|adviezen|advice|advisory)\s+[‘'“"]?(\p{Lu}\p{Ll}+)/u;
const otherDocument = (text: string, ownTitle: string | undefined) => {
  const titled = TITLED_ADVICE.exec(text)?.[1];
  return OTHER_DOCUMENT_WORD.test(text) || (titled !== undefined && !(ownTitle ?? '').toLowerCase().startsWith(titled.toLowerCase()));
};

/** The first line of a document's first page that gives a date ("Briefadvies 25/04 | juni 2025"), with the date; undefined if none. Pure apart from the page it reads. */
// a question about how the document is built up: its chapters, its table of contents
const CONTENTS_ASKED =
  /(?<![\p{L}])(?:hoofdstuk\p{L}*|inhoudsopgave|opbouw|opgebouwd|chapters?|table of contents|(?:how is|how's) (?:the|this|it) (?:advisory|advice|letter|document)? ?(?:structured|organi[sz]ed|built up|laid out))(?![\p{L}])/iu;
// which committee prepared the document ("welke SER-commissie zat erachter?", "which committee drafted it?", "van welke commissie
// staat de samenstelling erin?"), not one it cites
// ("staat achter" is supporting something, and "welke andere commissie" one beside it: neither)
const COMMITTEE_BEHIND =
  /^(?!.*(?<![\p{L}])(?:andere|other)\s+(?:commissie|committee))(?:.*(?<![\p{L}])(?:ser-?commissie|commissie|committee)(?![\p{L}]).*(?<![\p{L}])(?:voorbereid\p{L}*|opgesteld|geschreven|erachter|achter (?:dit|het) (?:brief)?advies|verantwoordelijk|drafted|prepared|wrote|written|behind (?:it|this|the)|responsible|samenstelling|composition|afkomstig|(?:komt|kwam) (?:dit|het) (?:brief)?advies|(?:is|was|comes?|came) (?:this|the) (?:\p{L}+ )?(?:advisory|advice|report|letter|document) from)(?![\p{L}])|.*(?<![\p{L}])(?:voorbereid|opgesteld|drafted|prepared|wrote|samenstelling|composition)(?![\p{L}]).*(?<![\p{L}])(?:commissie|committee)(?![\p{L}]))/iu;
const COMMITTEE_PEOPLE = /(?<![\p{L}])(?:wie|who|voorzitter\p{L}*|chair\p{L}*|leden|lid|members?|secretaris|secretary)(?![\p{L}])/iu;
// whether the document lists them ("Is there an overview somewhere of who sat on the committee?", "staat er een overzicht van de leden in?")
const LISTS_MEMBERS = /^\s*(?:is there|are there|does (?:it|the \p{L}+) (?:have|give|include|contain)|staat er|is er|bevat)\b.*(?<![\p{L}])(?:overview|overzicht|list|lijst)(?![\p{L}])/iu;
// the heading of a table of contents
const CONTENTS_HEADING = /^\s*(?:inhoud|inhoudsopgave|contents|table of contents)\s*$/i;

/**
 * A document's table of contents: the first of its opening pages whose first
 * line is "Inhoud" or "Contents", its entries (a title wrapped over lines
 * joined, each with the page number it ends with) and the page text quoted.
 * Pure apart from the pages it reads.
 */
export function contentsOf(doc: string, pageText: ComposeInput['pageText']): { doc: string; page: number; quote: string; entries: { title: string; page: number }[] } | undefined {
  for (let page = 1; page <= 4; page++) {
    const text = pageText(doc, page);
    const lines = (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    if (!text || !CONTENTS_HEADING.test(lines[0] ?? '')) continue;
    const entries: { title: string; page: number }[] = [];
    let title = '';
    for (const line of lines.slice(1)) {
      const m = /^(.*?)\s+(\d{1,3})$/.exec(line);
      title = title ? `${title} ${m ? m[1] : line}` : (m ? m[1]! : line);
      if (m) {
        entries.push({ title: title.trim(), page: Number(m[2]) });
        title = '';
      }
    }
    return entries.length >= 2 ? { doc, page, quote: text.trim(), entries } : undefined;
  }
  return undefined;
}

// a summary of the document asked for ("geef een korte samenvatting", "waar gaat het advies over?", "what is this advisory about?", "main points")
const SUMMARY_ASKED =
  /(?<![\p{L}])(?:samenvatting|samenvatten|vat\s+(?:\p{L}+\s+){0,4}samen|in het kort|in een notendop|op hoofdlijnen|hoofdpunten|hoofdlijnen|kernboodschap|kernpunten|waar\s+gaat\s+(?:het|dit|dat)\s+(?:(?:brief)?advies\s+|stuk\s+)?(?:eigenlijk\s+|nou\s+|precies\s+)?over|summary|summari[sz]e|in a nutshell|gist|main (?:points?|message|takeaways?|recommendations)|key (?:points?|messages?|takeaways?)|tl;?dr|what(?:'s|’s|\s+is)\s+(?:this|the|it)\s*(?:advisory|advice|letter|document)?\s*(?:all\s+)?about)(?![\p{L}])/iu;
// the words of such a request and of the document's name, which leave no topic of their own
const SUMMARY_WORDS = /^(?:bullets?|bulletpoints?|opsomming|samenvatting|samenvatten|kort\p{L}*|notendop|hoofdlijnen|hoofdpunten|kern\p{L}*|punten|boodschap|summary|summari[sz]e|nutshell|gist|main|key|points?|messages?|takeaways?|tl;?dr|advies|briefadvies|ser|advisory|advice|letter|document|stuk|brief|geef|give|eigenlijk|precies|graag|please|pls)$/iu;

/** Does the question ask for a summary of the document, naming no topic of its own ("… over onderwijs" asks about that)? Pure. */
function asksSummary(question: string, terms: WeightedTerm[]): boolean {
  // (the words of a remark about the asker say why it is asked: "… in a few bullets? Need it for our MT meeting tomorrow.")
  const aside = askerAside(question);
  return SUMMARY_ASKED.test(question) && terms.every((t) => t.verb || aside?.absent.has(t.word) || t.word.split(' ').every((w) => SUMMARY_WORDS.test(w)));
}

// how long the summary's opening paragraph may be to be quoted whole
const SUMMARY_CHARS = 600;
// the section of a document that summarises it
const SUMMARY_SECTION = /hoofdlijnen|samenvatting|in het kort|summary/i;

/**
 * The document's summary: the section its table of contents names as one
 * ("Advies op hoofdlijnen", p. 3), as its introduction of the tracks it
 * proposes ("… via de volgende sporen:") and their headings; undefined when
 * it has none such. Pure.
 */
function summaryOf(doc: string, pageText: ComposeInput['pageText']): { doc: string; page: number; title: string; quote: string; items: string[] } | undefined {
  const entry = contentsOf(doc, pageText)?.entries.find((e) => SUMMARY_SECTION.test(e.title));
  const text = entry ? pageText(doc, entry.page) : undefined;
  if (!entry || !text) return undefined;
  for (const s of splitSentences(text)) {
    if (!/:\s*$/.test(s.text)) continue;
    const items = headedItems(text, s.start + s.text.length);
    // (with its paragraph, which opens with the claim: "Inzetten op arbeidsproductiviteitsgroei is belangrijk voor … de brede welvaart")
    const paragraph = text.slice(text.lastIndexOf('\n', s.start) + 1, s.start + s.text.length);
    if (items) return { doc, page: entry.page, title: entry.title, quote: paragraph.length <= SUMMARY_CHARS ? paragraph : s.text, items };
  }
  return undefined;
}

export function coverDate(doc: string, pageText: ComposeInput['pageText']): { doc: string; line: string; date: string } | undefined {
  for (const line of (pageText(doc, 1) ?? '').split('\n')) {
    const m = DATE_IN_TEXT.exec(line);
    if (m) return { doc, line: line.trim(), date: m[0] };
  }
  return undefined;
}

// countries and places an English reader recognises in Dutch
const SELF_EVIDENT = new Set(['netherlands', 'dutch', 'europe', 'european', 'eu', 'us', 'usa', 'united states', 'america', 'american', 'china', 'germany', 'france', 'brussels']);

/**
 * For an English question: the Dutch terms of the quotes that stand for its
 * words, glossed from the lexicon (" Dutch terms: durfkapitaal (venture
 * capital)."), so an English reader can follow a Dutch quote.
 */
function glossTerms(input: ComposeInput, quoted: string): string {
  const phrases = input.expand?.(input.read?.text ?? input.question, 'en') ?? [];
  const lower = quoted.toLowerCase();
  const glosses = new Map<string, string>();
  for (const p of phrases) {
    // (not a common word or a name, which the reader can follow: `need` → nodig, `netherlands` → Nederland)
    if (p.englishOnly || isCommonEnglish(p.phrase) || SELF_EVIDENT.has(p.phrase.toLowerCase())) continue;
    const term = p.terms.find((t) => t.length > 3 && new RegExp(`(?<![\\p{L}])${escapeRegExp(t.toLowerCase())}`, 'u').test(lower));
    if (term && !glosses.has(term.toLowerCase()) && term.toLowerCase() !== p.phrase.toLowerCase()) glosses.set(term.toLowerCase(), `${term} (${p.phrase})`);
  }
  return glosses.size ? ` Dutch terms: ${[...glosses.values()].slice(0, 4).join(', ')}.` : '';
}
