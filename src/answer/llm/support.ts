// Sentence-level support: does a passage (or a tool result) the model was
// given support one sentence of its answer? Lexical and explainable, no model:
//  1. every number in the sentence occurs in the evidence window (formatting
//     and rounding allowed: 2,2 ~ 2.2, 0.24 ~ 0,2, 91.3 ~ 91; 3,5 ≠ 0.24);
//  2. every actor it names (CPB, kabinet, Draghi, Duitsland …) is there too;
//  3. it does not flip the evidence's polarity (minder vs meer, geen vs …);
//  4. its content words are covered by the window at least SUPPORT_THRESHOLD
//     (exact, Dutch stem, compound part, cognate prefix, or, for English
//     sentences, a Dutch translation from the search glossary or EN_NL below).
// The window is one to three consecutive sentences of the evidence, so words
// scattered over a page do not add up to support. The threshold is calibrated
// on test/fixtures/llm/support-set.jsonl (see test/llm/support-set.test.ts).
import { tokenize } from '../../language/analyze.ts';
import { stemNl } from '../../language/analyze.ts';
import { GLOSSARY } from '../../language/glossary.ts';
import { escapeRegExp } from '../../regexp.ts';

/** Share of a sentence's content words the best evidence window must cover (calibrated, see the README). */
export const SUPPORT_THRESHOLD = 0.55;

export interface Evidence {
  /** e.g. `[3]` or `tool:indicator_productivity_growth` */
  id: string;
  text: string;
  /** words that hold for the whole text (the document title: "SER Briefadvies") */
  context?: string;
  /** a tool result is one window; a passage is split into sentence windows */
  kind: 'passage' | 'tool';
}

export interface SupportResult {
  supported: boolean;
  score: number;
  /** why the best window failed, when it did */
  reason?: 'number' | 'actor' | 'polarity' | 'overlap' | 'empty';
}

// ---------------------------------------------------------------- text basics

export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase();
}

/** Folded word tokens: the one tokenizer (letters, digits, & and inner hyphens kept, `'s` dropped) on folded text. */
export function tokens(s: string): string[] {
  return tokenize(fold(s));
}

/**
 * Function words of both languages, and words every question about the advisory
 * contains. The check keeps its own list (it is calibrated with it), apart from
 * the local answerer's lexicon, which changes with its own measurements.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `aan al alle alleen als altijd ander andere anders ben bij binnen daar daarom dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun ik in is ja je kan kon kunnen maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel welk welke werd werden wie wij wil willen worden wordt zal ze zei zelf zich zij zijn zo zonder zou zouden
  volgens zegt zeggen vindt vinden stelt adviseert advies adviezen briefadvies ser staat noemt beschrijft raadt aanbeveling vraag waarom waarover hoeveel wanneer waar welk hierover daarover erover kun kunt graag iets
  a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own same say says said she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your
  advisory council report recommend recommends recommendation suggest suggests think thinks describe describes describe mention mentions mentioned tell according paper letter document`.split(/\s+/).filter(Boolean),
);

/** Framing words a model adds around a claim that no passage needs to contain. */
const FRAMING = new Set(
  (
    'advies briefadvies ser raad pleit pleiten benadrukt wijst signaleert onderstreept constateert schrijft geeft aan vermeldt merkt op ' +
    'volgens daarom bovendien verder echter ook namelijk dus tevens kortom daarnaast wel even zeker vooral kort samengevat ' +
    'advisory advice argues argue states stated notes noted says point points out stresses emphasises emphasizes writes explains ' +
    'also moreover furthermore however therefore thus so in short overall it its this that these those there here ' +
    'zeer erg heel onder andere namelijk bijvoorbeeld for example such as including etc ongeveer circa about around roughly approximately some nearly almost ' +
    'procent percent per cent % pct doordat omdat waardoor zodat terwijl hoewel want because since while whereas although'
  ).split(/\s+/),
);

const MIN_LEN = 3;

function isContent(t: string): boolean {
  if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(t)) return false;
  if (STOP_WORDS.has(t) || FRAMING.has(t)) return false;
  return t.length >= MIN_LEN || t.includes('&');
}

/** The content terms of a claim; hyphenated words count by their parts. */
export function claimTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (ALL_NUMBER_WORDS.has(t)) continue;
    const parts = t.includes('-') ? t.split('-') : [t];
    for (const p of parts) if (isContent(p) && !out.includes(p)) out.push(p);
  }
  return out;
}

// -------------------------------------------------------------------- numbers

export interface NumberMention {
  /** candidate values (a Dutch "1.000" may be a thousand or one) */
  values: number[];
  /** decimals as written: 0,2 → 1 */
  decimals: number;
  raw: string;
}

const NUMBER_WORDS: Record<'nl' | 'en', Map<string, number>> = {
  nl: new Map(Object.entries({ twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100 })),
  en: new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 })),
};
const ALL_NUMBER_WORDS = new Set([...NUMBER_WORDS.nl.keys(), ...NUMBER_WORDS.en.keys()]);

/** Page references ("p. 8", "pagina 99", "blz. 4", "pp. 3-5"): checked apart from the figures of a claim. */
export const PAGE_REF = /\b(?:p|pp|pag|blz|pagina|pagina's|page|pages)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\b/giu;

/** Figures in a text; with `words`, also numbers written out in that language. */
export function numbersIn(text: string, opts: { words?: 'nl' | 'en' } = {}): NumberMention[] {
  const out: NumberMention[] = [];
  const re = /(?<![\p{L}\p{N}])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[1];
    const values: number[] = [];
    let decimals = 0;
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) {
      // 1.000 / 1.000,5: Dutch thousands; a single group could also be a decimal point
      values.push(Number(raw.replace(/\./g, '').replace(',', '.')));
      if (/^\d{1,3}\.\d{3}$/.test(raw)) values.push(Number(raw));
      decimals = raw.includes(',') ? raw.split(',')[1].length : 0;
    } else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw) && raw.split(',').length > 2) {
      values.push(Number(raw.replace(/,/g, '')));
      decimals = raw.includes('.') ? raw.split('.')[1].length : 0;
    } else {
      const dec = raw.replace(',', '.');
      values.push(Number(dec));
      decimals = dec.includes('.') ? dec.split('.')[1].length : 0;
      if (/^\d{1,3},\d{3}$/.test(raw)) values.push(Number(raw.replace(',', ''))); // 1,000 in English
    }
    out.push({ values, decimals, raw });
  }
  if (opts.words) {
    // written-out numbers in the text's language ("één" only with its accents: "een" is the article)
    const words = NUMBER_WORDS[opts.words];
    for (const m of text.matchAll(/(?<![\p{L}])(één|\p{L}+)(?![\p{L}])/giu)) {
      const w = m[1].toLowerCase();
      const v = w === 'één' ? (opts.words === 'nl' ? 1 : undefined) : words.get(w);
      if (v !== undefined) out.push({ values: [v], decimals: 0, raw: m[1] });
    }
  }
  return out;
}

/** A claimed figure matches an evidence figure when equal, or when the evidence rounds to it. */
export function numberMatches(claim: NumberMention, evidence: NumberMention): boolean {
  for (const c of claim.values) {
    for (const e0 of evidence.values) {
      const e = Math.abs(e0);
      const cv = Math.abs(c);
      if (Math.abs(cv - e) < 1e-9) return true;
      // rounding: the claim is less precise than the evidence (0.24 → 0,2; 91.3 → 91)
      if (claim.decimals < decimalsOf(evidence)) {
        const half = 0.5 * 10 ** -claim.decimals;
        if (Math.abs(cv - e) < half - 1e-9 || Math.abs(cv - e - half) < 1e-9) return true;
      }
    }
  }
  return false;
}

function decimalsOf(n: NumberMention): number {
  return n.decimals;
}

// --------------------------------------------------------------------- actors

/** Who says or does something: a sentence naming one must find it in the window. */
const ACTORS: string[][] = [
  ['CPB', 'centraal planbureau', 'planbureau', 'netherlands bureau for economic policy analysis'],
  ['NPB', 'national productivity board', 'productivity board', 'productiviteitsraad', 'nationale productiviteitsraad'],
  ['OESO', 'OECD'],
  ['europese commissie', 'european commission', 'commissie', 'commission'],
  ['kabinet', 'regering', 'cabinet', 'government'],
  ['minister', 'ministerie', 'ministry'],
  ['tweede kamer', 'parlement', 'parliament', 'house of representatives'],
  ['draghi'],
  ['letta'],
  ['TNO'],
  ['IMF', 'internationaal monetair fonds', 'international monetary fund'],
  ['DNB', 'nederlandsche bank', 'central bank', 'centrale bank'],
  ['onderwijsraad', 'education council'],
  ['sociale partners', 'social partners'],
  ['werkgevers', 'werkgever', 'employers', 'employer'],
  ['vakbonden', 'vakbeweging', 'trade unions', 'unions'],
  ['pensioenfondsen', 'pensioenfonds', 'pension funds', 'pension fund'],
  ['banken', 'bank', 'banks'],
  ['gemeenten', 'gemeente', 'municipalities'],
  ['verpleegkundigen', 'nurses'],
  ['leraren', 'docenten', 'teachers'],
  ['commissie regulering van werk', 'committee on the regulation of work'],
  ['defensie', 'defence', 'defense'],
  ['duitsland', 'duitse', 'germany', 'german'],
  ['frankrijk', 'franse', 'france', 'french'],
  ['belgie', 'belgische', 'belgium', 'belgian'],
  ['china', 'chinese'],
  ['japan', 'japanse', 'japanese'],
  ['VS', 'US', 'USA', 'verenigde staten', 'amerikaanse', 'amerika', 'united states', 'american', 'america'],
  ['eurozone', 'euro area', 'eurogebied', 'EA20', 'EA19'],
  ['EU', 'EU27', 'europese unie', 'european union'],
  ['nederland', 'nederlandse', 'nederlander', 'netherlands', 'dutch', 'NL'],
];

/** The actor groups that are areas (countries, the EU, the euro area): a figure belongs to one. */
const AREA_GROUPS = new Set(ACTORS.map((forms, i) => [forms[0], i] as const).filter(([f]) => ['duitsland', 'frankrijk', 'belgie', 'china', 'japan', 'VS', 'eurozone', 'EU', 'nederland'].includes(f)).map(([, i]) => i));

interface ActorForm {
  group: number;
  re: RegExp;
}
const ACTOR_FORMS: ActorForm[] = ACTORS.flatMap((forms, group) =>
  forms.map((f) => {
    const acronym = f === f.toUpperCase() && /[A-Z]/.test(f);
    const body = escapeRegExp(acronym ? f : fold(f)).replace(/ /g, '\\s+');
    // acronyms are matched case-sensitively ("US", not "us"), and inside compounds (EU-landen, CPB-rapportages)
    return { group, re: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}]|-(?=\\s))`, acronym ? 'u' : 'iu') };
  }),
);

function actorsIn(original: string): Set<number> {
  const folded = fold(original);
  const found = new Set<number>();
  for (const { group, re } of ACTOR_FORMS) {
    const text = re.flags.includes('i') ? folded : original.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (re.test(text)) found.add(group);
  }
  return found;
}

// ------------------------------------------------------------------- polarity

const POLARITY: Record<string, string[]> = {
  up: 'meer hoger hogere hoge stijgen stijgt stijging gestegen verhogen verhoogt verhoging toename toenemen toeneemt toenemende groter grotere vergroten vergroot beter betere sneller versnellen versneld snel more higher increase increases increased increasing rise rises rising rose raise raises raising larger greater boost better faster fast grow grows'.split(' '),
  down: 'minder lager lagere lage dalen daalt daling gedaald verlagen verlaagt verlaging afname afnemen kleiner verkleinen slechter langzamer langzaam vertragen dempend gedempt weinig weinige less lower fewer decrease decreases decline declines fall falls fell reduce reduces reduced cut cuts worse slower slow shrink dampen dampened little'.split(' '),
  neg: 'niet geen nooit niets zonder not no never none nothing without cannot'.split(' '),
  // absolute and superlative claims need the same in the evidence
  always: 'altijd always'.split(' '),
  most: 'hoogste grootste beste meeste meest laagste kleinste slechtste hardst hardste snelst snelste sterkst sterkste highest largest biggest best most lowest smallest worst fastest strongest'.split(' '),
  stop: 'afschaffen afschaffing afzien schrappen opheffen abolish abolishing abolished scrap scrapping'.split(' '),
  small: 'klein kleine kleinere beperkt beperkte zelden small smaller limited rarely'.split(' '),
  large: 'groot grote grotere veel vaak vaker large big bigger many often'.split(' '),
  good: 'goed goede verstandig positief positieve gunstig gunstige helpt helpen voldoende hoog welcome welcomes welcomed good positive beneficial helps help sufficient wise favourable favorable'.split(' '),
  bad: 'slecht slechte ongelukkig ongelukkige negatief negatieve nadelig nadelige schadelijk schaadt schaden onvoldoende tekort tekortschietende falen zwak zwakke unfortunate negative harmful harms harm insufficient poor bad weak failure'.split(' '),
  above: 'boven voorsprong above ahead exceed exceeds'.split(' '),
  below: 'achter achterblijven achterblijft achterblijvende achterstand below behind lag lags lagging'.split(' '),
};
const OPPOSITE: Record<string, string | undefined> = { up: 'down', down: 'up', small: 'large', large: 'small', good: 'bad', bad: 'good', above: 'below', below: 'above' };
const POLARITY_WORDS = new Map<string, string[]>();
for (const [k, words] of Object.entries(POLARITY)) for (const w of words) POLARITY_WORDS.set(w, [...(POLARITY_WORDS.get(w) ?? []), k]);
const POLARITY_SUFFIXES = [...POLARITY_WORDS.keys()].filter((w) => w.length >= 5);

function polarityIn(toks: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of toks) {
    const direct = POLARITY_WORDS.get(t);
    if (direct) for (const k of direct) out.add(k);
    else if (t.endsWith("n't")) out.add('neg');
    else if (t.length >= 8) {
      // a Dutch compound ends in its head: marktfalen, kennistekort
      for (const w of POLARITY_SUFFIXES) if (t.endsWith(w)) for (const k of POLARITY_WORDS.get(w)!) out.add(k);
    }
  }
  return out;
}

/**
 * A contradiction: the claim negates what the window does not (or the other
 * way round), or goes up where the window goes down, good where it is bad …
 */
function contradicts(claim: Set<string>, window: Set<string>): boolean {
  for (const k of claim) {
    if (window.has(k)) continue;
    if (k === 'neg' || k === 'stop' || k === 'always' || k === 'most') return true;
    const opp = OPPOSITE[k];
    if (opp && window.has(opp)) return true;
  }
  return false;
}

/** "niet alleen … maar ook" / "not only … but also" negate nothing. */
function polarityTokens(text: string): string[] {
  return tokens(text.replace(/\b(niet alleen|niet enkel|not only|not just)\b/giu, ' '));
}

// ------------------------------------------------------------ English → Dutch

/**
 * Everyday English words of the field with their Dutch forms, for reading an
 * English sentence against a Dutch passage (the search glossary covers the
 * field's terms; this covers the verbs and nouns around them).
 */
const EN_NL_TEXT = `
additional, extra | extra
administrative, administration, paperwork, red tape, registration | administratieve, registratielast, regeldruk, lastendruk
amount, amounts | bedrag, bedragen
analysis, analyses | analyse, analyses
annual, annually, yearly, every year | jaarlijks, jaarlijkse
average | gemiddeld, gemiddelde
basic | basis
broad prosperity, broad welfare, well-being, prosperity | brede welvaart, welvaart
chance, chances, opportunity, opportunities | kans, kansen
comparable | vergelijkbare
completing, complete, completion | voltooien
country, countries | land, landen
decades | decennia
efficient, efficiently, efficiency | efficienter, efficient
encourage, encouraged | moedig, aanmoedigen
estimate, estimates, estimated | schat, schatting, schattingen
european | europese, europa
export, exports | exporteert, export
goal, aim, end | doel
gdp | bbp
grew, grown | gegroeid, groeide, groei
growth | groei
hour, hours | uur, uren
hour worked, hours worked | gewerkt uur
important, importance | belangrijk, belang
improve, improves, improvement | verbeteren, verbetering, verbeter
incentive, incentives | prikkels, prikkel
include | opnemen
industrial | industriele, industrie
internationalisation, internationalization | internationalisering
involvement, involve | betrokkenheid
knowledge | kennis
labour, labor | arbeid
lead, leads | leidt, voorsprong
level | niveau
limit | beperken, beperk
market | markt
member states | lidstaten
million | miljoen
need, needs, needed, necessary | nodig
new | nieuwe, nieuw
older people, elderly | ouderen
participation | participatie
people | mensen
per capita | per capita
pleads, calls for | pleit
policy | beleid
policy agenda | beleidsagenda
policy cycle | beleidscyclus
pressure | druk
public | publieke
quality | kwaliteit
reading | lezen
real | reele
recent years | afgelopen jaren
region, regions | regio, regios
research | onderzoek
response, reaction | reactie
risk, risks | risico
role | rol
scheme | regeling
share | meedelen, aandeel
situations, cases | situaties
spending, expenditure | uitgaven
strengthen | verstevig, versterken, versterk
technological | technologische
time | tijd
twenty | twintig
unit | eenheid
use, using | inzetten, gebruik, benutten
visibility | zichtbaarheid
work | werk, werkzaamheden
workers, working people | werkenden
working conditions | werkomstandigheden
work pressure, workload | werkdruk
working time | werktijd
writing | schrijven
year, years | jaar, jaren
`;

interface Gloss {
  /** the English phrase as folded tokens */
  words: string[];
  nl: string[][]; // each Dutch form as folded tokens
}

/** Glossary phrases by their first word (phrases of one word also by their stem: "investments" → "investment"). */
function glosses(): Map<string, Gloss[]> {
  const entries: { en: string[]; nl: string[] }[] = [
    ...GLOSSARY,
    ...EN_NL_TEXT.split('\n')
      .filter((l) => l.includes('|'))
      .map((l) => {
        const [en, nl] = l.split('|');
        return { en: en.split(',').map((x) => x.trim()).filter(Boolean), nl: nl.split(',').map((x) => x.trim()).filter(Boolean) };
      }),
  ];
  const byFirst = new Map<string, Gloss[]>();
  for (const e of entries) {
    const nl = e.nl.map((n) => tokens(n));
    for (const phrase of e.en) {
      const words = tokens(phrase);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, nl });
      byFirst.set(words[0], list);
    }
  }
  // longest phrases first, so "venture capital" is read before "capital"
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return byFirst;
}

/** English inflection of a phrase's last word: plural, -ing, -ed. */
function inflectionOf(word: string, token: string): boolean {
  return token === word || (token.startsWith(word) && /^(?:s|es|'s|ing|ed|d)$/.test(token.slice(word.length)));
}

/** The glossary phrases found in a token sequence, longest first, not overlapping. */
function findGlosses(toks: string[]): { gloss: Gloss; from: number; to: number }[] {
  const index = (GLOSSES ??= glosses());
  const used = new Array<boolean>(toks.length).fill(false);
  const found: { gloss: Gloss; from: number; to: number }[] = [];
  const candidates: { gloss: Gloss; from: number; to: number }[] = [];
  toks.forEach((t, i) => {
    const keys = new Set([t, t.replace(/(?:'s|es|s|ing|ed|d)$/, '')]);
    for (const k of keys) {
      for (const g of index.get(k) ?? []) {
        const n = g.words.length;
        if (i + n > toks.length) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = j === n - 1 ? inflectionOf(g.words[j], toks[i + j]) : g.words[j] === toks[i + j];
        if (ok) candidates.push({ gloss: g, from: i, to: i + n });
      }
    }
  });
  candidates.sort((x, y) => y.to - y.from - (x.to - x.from) || x.from - y.from);
  for (const c of candidates) {
    if (used.slice(c.from, c.to).some(Boolean)) continue;
    for (let j = c.from; j < c.to; j++) used[j] = true;
    found.push(c);
  }
  return found;
}
let GLOSSES: Map<string, Gloss[]> | undefined;

// ------------------------------------------------------------ term matching

interface WindowIndex {
  tokens: Set<string>;
  stems: Set<string>;
  long: string[];
  numbers: NumberMention[];
  actors: Set<number>;
  polarity: Set<string>;
  /** content words right after a negation ("niet productiever", "geen doel") */
  negated: string[];
  /** the clauses of a sentence (split at "terwijl", "maar", ";"), each indexed */
  clauses?: WindowIndex[];
}

const CLAUSE_BREAK = /,\s*(?=(?:terwijl|maar|hoewel|whereas|while|but|although)\b)|;\s+/iu;

/** Actors of the clauses of `s` that cover at least a third of the claim (all of them for a one-clause sentence). */
function clauseActors(c: ClaimIndex, s: WindowIndex): number[] {
  if (!s.clauses || s.clauses.length < 2) return [...s.actors];
  return s.clauses.filter((cl) => coverage(c, cl) >= 1 / 3).flatMap((cl) => [...cl.actors]);
}

const NEGATION = new Set(POLARITY.neg);

function negatedWords(text: string): string[] {
  const toks = polarityTokens(text);
  const out: string[] = [];
  toks.forEach((t, i) => {
    if (!NEGATION.has(t)) return;
    let taken = 0;
    for (let j = i + 1; j < toks.length && taken < 3; j++) {
      if (!isContent(toks[j])) continue;
      out.push(toks[j]);
      taken++;
    }
  });
  return out;
}

function indexWindow(text: string, context: string, numbers: NumberMention[], english = false): WindowIndex {
  // the context (title, section) names actors; the words a claim must share come from the text itself
  const toks: string[] = [];
  const all = tokens(text);
  for (const t of all) {
    toks.push(t);
    if (t.includes('-')) toks.push(...t.split('-'));
  }
  if (english) {
    // English evidence read by a Dutch sentence: add the glossary's Dutch for its English phrases
    for (const { gloss } of findGlosses(all)) for (const form of gloss.nl) toks.push(...form);
  }
  const set = new Set(toks);
  return {
    tokens: set,
    stems: new Set([...set].map((t) => stemNl(t))),
    long: [...set].filter((t) => t.length >= 5),
    numbers,
    actors: actorsIn(`${text} ${context}`),
    polarity: polarityIn(polarityTokens(text)),
    negated: negatedWords(text),
  };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** One word of the claim found in the window: exactly, by stem, as a compound part, or as a cognate. */
function wordIn(t: string, w: WindowIndex): boolean {
  if (w.tokens.has(t) || w.stems.has(stemNl(t))) return true;
  if (t.length < 4) return false;
  for (const u of w.long) {
    // compound parts: groei ⊂ productiviteitsgroei, arbeidsmarkt ⊃ markt
    // (a part, not a prefix like on-: onvoldoende is not voldoende)
    if (t.length >= 5 && u.includes(t) && (u.startsWith(t) || u.length - t.length >= 3)) return true;
    if (u.length >= 5 && t.includes(u) && u.length >= t.length * 0.5 && (t.startsWith(u) || t.length - u.length >= 3)) return true;
    // cognates and inflections: productivity ~ productiviteit, innovation ~ innovatie
    const p = commonPrefix(t, u);
    if (p >= 5 && p >= 0.75 * Math.min(t.length, u.length)) return true;
  }
  return false;
}

/** A Dutch form (one or more words) found in the window. */
function formIn(form: string[], w: WindowIndex): boolean {
  const content = form.filter((x) => x.length >= 3 && !STOP_WORDS.has(x));
  return (content.length ? content : form).every((x) => wordIn(x, w));
}

interface ClaimIndex {
  terms: string[];
  /** English phrases of the claim with their Dutch forms, covering some of `terms` */
  glossed: { covers: string[]; nl: string[][] }[];
  numbers: NumberMention[];
  actors: Set<number>;
  polarity: Set<string>;
}

/** Links and e-mail addresses are checked apart (outside.ts); their words are no claim. */
const LINKS = /\bhttps?:\/\/\S+|\bwww\.\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

export function indexClaim(claim: string, language: 'nl' | 'en'): ClaimIndex {
  const text = claim.replace(PAGE_REF, ' ').replace(LINKS, ' ');
  const terms = claimTerms(text);
  const glossed: ClaimIndex['glossed'] = [];
  if (language === 'en') {
    const toks = tokens(text);
    for (const { gloss, from, to } of findGlosses(toks)) {
      const covers = claimTerms(toks.slice(from, to).join(' ')).filter((t) => terms.includes(t));
      if (covers.length) glossed.push({ covers, nl: gloss.nl });
    }
  }
  return { terms, glossed, numbers: numbersIn(text, { words: language }), actors: actorsIn(text), polarity: polarityIn(polarityTokens(text)) };
}

function coverage(c: ClaimIndex, w: WindowIndex): number {
  if (!c.terms.length) return 1;
  const covered = new Set<string>();
  for (const g of c.glossed) if (g.nl.some((form) => formIn(form, w))) for (const t of g.covers) covered.add(t);
  for (const t of c.terms) if (!covered.has(t) && wordIn(t, w)) covered.add(t);
  return covered.size / c.terms.length;
}

// ------------------------------------------------------------------ windows

/** Sentences of an evidence text (passage or page), for windows. */
export function evidenceSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?;:])\s+(?=[\p{Lu}\p{N}"'‘“(•\-–])|\s+(?=•)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const MAX_WINDOW = 3;
/** A sentence of a window is "about" the claim when it covers this share of the claim's words on its own. */
const RELATED = 0.5;

interface PreparedEvidence {
  evidence: Evidence;
  /** one index per sentence (a tool result is one sentence) */
  sentences: WindowIndex[];
  /** [from, to) sentence ranges with their merged index */
  windows: { from: number; to: number; index: WindowIndex }[];
}

const prepared = new WeakMap<Evidence, PreparedEvidence>();

function prepare(e: Evidence): PreparedEvidence {
  const known = prepared.get(e);
  if (known) return known;
  const context = e.context ?? '';
  // a tool result is read figure by figure (and summary clause by clause), never merged:
  // a figure for the EU27 does not support a sentence about the Netherlands
  const texts = e.kind === 'tool' ? toolWindows(e.text) : evidenceSentences(e.text);
  if (!texts.length) texts.push('');
  const english = e.kind === 'tool' || looksEnglish(e.text);
  const nums = texts.map((t) => numbersIn(t, { words: e.kind === 'tool' ? undefined : english ? 'en' : 'nl' }));
  const sentences = texts.map((t, i) => {
    const index = indexWindow(t, context, nums[i], english);
    const parts = t.split(CLAUSE_BREAK);
    if (parts.length > 1) index.clauses = parts.map((part) => indexWindow(part, '', [], english));
    return index;
  });
  const windows: PreparedEvidence['windows'] = [];
  const maxWindow = e.kind === 'tool' ? 1 : MAX_WINDOW;
  for (let i = 0; i < texts.length; i++) {
    for (let k = 1; k <= maxWindow && i + k <= texts.length; k++) {
      windows.push({ from: i, to: i + k, index: k === 1 ? sentences[i] : indexWindow(texts.slice(i, i + k).join(' '), context, nums.slice(i, i + k).flat(), english) });
    }
  }
  const p = { evidence: e, sentences, windows };
  prepared.set(e, p);
  return p;
}

/** English evidence (a tool's JSON, an English report) is also read through the glossary's Dutch. */
function looksEnglish(text: string): boolean {
  const t = tokens(text.slice(0, 2000));
  let en = 0;
  let nl = 0;
  for (const w of t) {
    if (/^(the|and|of|is|are|with|that|for|which|has|have)$/.test(w)) en++;
    if (/^(de|het|en|van|is|zijn|met|dat|voor|die|heeft|een)$/.test(w)) nl++;
  }
  return en > nl;
}

const AREA_NAMES: Record<string, string> = {
  NL: 'Nederland Nederlandse Netherlands Dutch',
  US: 'VS Verenigde Staten United States US American',
  DE: 'Duitsland Germany German',
  FR: 'Frankrijk France French',
  BE: 'België Belgium',
  EU27: 'EU EU27 Europese Unie European Union',
  EA20: 'eurozone euro area',
  EA19: 'eurozone euro area',
};

function isFigureLike(v: unknown): v is { label: string; value: number; unit?: string; period?: string; country?: string; source?: Record<string, unknown> } {
  const f = v as { label?: unknown; value?: unknown };
  return !!f && typeof f === 'object' && typeof f.label === 'string' && typeof f.value === 'number';
}

/**
 * The windows of a tool result: one per figure (its label, value, unit,
 * period, area and source, with the result's title), and the clauses of its
 * summaries. Text that is not JSON is one window.
 */
export function toolWindows(content: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return [content];
  }
  const windows: string[] = [];
  const visit = (v: unknown, title: string) => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x, title);
      return;
    }
    if (!v || typeof v !== 'object') return;
    if (isFigureLike(v)) {
      const src = v.source ?? {};
      windows.push([title, v.label, String(v.value), v.unit ?? '', v.period ?? '', v.country ?? '', AREA_NAMES[v.country ?? ''] ?? '', String(src.dataset ?? ''), String(src.publisher ?? '')].filter(Boolean).join(' . '));
      return;
    }
    const o = v as Record<string, unknown>;
    const t = typeof o.title === 'string' ? o.title : title;
    for (const [k, x] of Object.entries(o)) {
      if (k === 'summary') {
        const texts = typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).filter((y): y is string => typeof y === 'string') : [];
        // "… in Nederland 0,24 procent (de EU27 0,80 procent, de eurozone 0,46 procent)": each clause alone
        for (const text of texts) for (const clause of text.split(/[();\n]|,\s+(?=(?:de|het|the|en|and)\s)|\.\s+/u)) if (clause.trim()) windows.push(`${t} . ${clause.trim()}`);
      } else if (typeof x === 'object') visit(x, t);
    }
  };
  visit(value, '');
  return windows.length ? windows : [toolText(content)];
}

/** A tool result as text: its JSON's strings and numbers, area codes spelled out. */
export function toolText(content: string): string {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return content;
  }
  const parts: string[] = [];
  const walk = (v: unknown, key = '') => {
    if (typeof v === 'string') {
      parts.push(v);
      if (key === 'country' && AREA_NAMES[v]) parts.push(AREA_NAMES[v]);
    } else if (typeof v === 'number') parts.push(String(v));
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'url' && k !== 'licence') walk(x, k);
  };
  walk(value);
  return parts.join(' . ');
}

// ----------------------------------------------------------------- the check

function numbersSupported(c: ClaimIndex, w: WindowIndex): boolean {
  return c.numbers.every((n) => w.numbers.some((e) => numberMatches(n, e)));
}

/**
 * Scores a claim (one sentence, markers removed) against one piece of
 * evidence: the best window that passes the number, actor and polarity
 * checks, by coverage of the claim's content words.
 */
export function supportOf(claim: string, evidence: Evidence, language: 'nl' | 'en', threshold = SUPPORT_THRESHOLD): SupportResult {
  return supportFromIndex(indexClaim(claim, language), evidence, threshold);
}

/**
 * A tool result: each figure the sentence states must come from a figure (or
 * summary clause) of an area the sentence names, so "Nederland 0,8 %" is not
 * supported by the EU27's 0.8; the words are read in the figures used.
 */
function toolSupport(c: ClaimIndex, p: PreparedEvidence, threshold: number): SupportResult {
  const AREAS = AREA_GROUPS;
  const areasOf = (w: WindowIndex) => [...w.actors].filter((a) => AREAS.has(a));
  const claimAreas = [...c.actors].filter((a) => AREAS.has(a));
  const fits = (w: WindowIndex) => {
    const areas = areasOf(w);
    return !claimAreas.length || !areas.length || areas.some((a) => claimAreas.includes(a));
  };
  const used = new Set<WindowIndex>();
  for (const n of c.numbers) {
    const ws = p.sentences.filter((w) => fits(w) && w.numbers.some((e) => numberMatches(n, e)));
    if (!ws.length) return { supported: false, score: 0, reason: 'number' };
    for (const w of ws) used.add(w);
  }
  const pool = used.size ? [...used] : p.sentences.filter(fits);
  if (!pool.length) return { supported: false, score: 0, reason: 'actor' };
  const merged: WindowIndex = {
    tokens: new Set(pool.flatMap((w) => [...w.tokens])),
    stems: new Set(pool.flatMap((w) => [...w.stems])),
    long: pool.flatMap((w) => w.long),
    numbers: pool.flatMap((w) => w.numbers),
    actors: new Set(pool.flatMap((w) => [...w.actors])),
    polarity: new Set(pool.flatMap((w) => [...w.polarity])),
    negated: [],
  };
  if ([...c.actors].some((a) => !merged.actors.has(a))) return { supported: false, score: 0, reason: 'actor' };
  if (contradicts(c.polarity, merged.polarity)) return { supported: false, score: 0, reason: 'polarity' };
  // without figures, the best single window (a summary clause) counts
  const score = used.size ? coverage(c, merged) : Math.max(...pool.map((w) => coverage(c, w)));
  return score >= threshold && score > 0 ? { supported: true, score } : { supported: false, score, reason: 'overlap' };
}

function supportFromIndex(c: ClaimIndex, evidence: Evidence, threshold: number): SupportResult {
  const p = prepare(evidence);
  if (evidence.kind === 'tool') return toolSupport(c, p, threshold);
  let best = 0;
  let reason: SupportResult['reason'] = 'empty';
  const rank = { empty: 0, number: 1, actor: 2, polarity: 3, overlap: 4 } as const;
  const note = (r: keyof typeof rank) => {
    if (rank[r] > rank[reason ?? 'empty']) reason = r;
  };
  const sentenceCoverage = p.sentences.map((s) => coverage(c, s));
  for (const w of p.windows) {
    if (!numbersSupported(c, w.index)) {
      note('number');
      continue;
    }
    // actors and polarity are read in the sentences of the window that are about the claim
    const inWindow = p.sentences.slice(w.from, w.to);
    const covers = sentenceCoverage.slice(w.from, w.to);
    let related = inWindow.filter((_s, i) => covers[i] >= RELATED);
    if (!related.length) related = [inWindow[covers.indexOf(Math.max(...covers))]];
    // an actor counts in the clause that carries the claim: "Draghi … , terwijl Letta …" names Letta for the second half only
    const actors = new Set(related.flatMap((s) => clauseActors(c, s)));
    for (const a of actorsIn(evidence.context ?? '')) actors.add(a);
    if ([...c.actors].some((a) => !actors.has(a))) {
      note('actor');
      continue;
    }
    if (related.some((s) => contradicts(c.polarity, s.polarity) || deniedIn(c, s))) {
      note('polarity');
      continue;
    }
    const s = coverage(c, w.index);
    if (s > best) best = s;
    note('overlap');
  }
  const supported = best >= threshold && best > 0;
  return supported ? { supported, score: best } : { supported, score: best, reason };
}

/** The window negates a word the claim asserts without negation ("geen doel op zich" vs "een doel op zich"). */
function deniedIn(c: ClaimIndex, w: WindowIndex): boolean {
  if (c.polarity.has('neg') || !w.negated.length) return false;
  const negated = { ...w, tokens: new Set(w.negated), stems: new Set(w.negated.map((t) => stemNl(t))), long: w.negated.filter((t) => t.length >= 5) };
  return c.terms.some((t) => wordIn(t, negated));
}

/** The best support a claim finds among several pieces of evidence (and which ones support it). */
export function bestSupport(
  claim: string,
  evidence: Evidence[],
  language: 'nl' | 'en',
  threshold = SUPPORT_THRESHOLD,
): { supported: boolean; score: number; supporting: Evidence[]; reason?: SupportResult['reason'] } {
  const c = indexClaim(claim, language);
  let score = 0;
  let reason: SupportResult['reason'];
  const supporting: Evidence[] = [];
  for (const e of evidence) {
    const r = supportFromIndex(c, e, threshold);
    if (r.supported) supporting.push(e);
    if (r.score > score) score = r.score;
    reason ??= r.reason;
  }
  return supporting.length ? { supported: true, score, supporting } : { supported: false, score, supporting, reason: reason ?? 'empty' };
}

/** A sentence that states something checkable: a figure, or two content words or more ("Kort gezegd:" states nothing). */
export function isFactual(claim: string): boolean {
  const text = claim.replace(PAGE_REF, ' ');
  return numbersIn(text).length > 0 || claimTerms(text).length >= 2;
}
