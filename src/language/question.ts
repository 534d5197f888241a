// analyseQuestion: the one reading of a question, with the conversation it
// belongs to. It says what the question is about (the text retrieval and the
// composer match: for a follow-up, the conversation's topic joined to it),
// what it asks for (a reason, a list, a number, a date, yes or no, a
// definition, a person or body), and which actor it is about. Pure.
import type { Language } from './detect.ts';
import { detectLanguage } from './detect.ts';
import { queryTerms, textMatches, textStems } from './terms.ts';
import { glossaryPhrases } from './glossary.ts';
import type { Correction, Speller } from './spelling.ts';
import { indicatorIntent, type IndicatorIntent } from './indicator-intent.ts';
import { isDutchVerbForm } from './spelling.ts';

export interface ConversationTurn {
  role: 'user' | 'assistant';
  text: string;
}

export type Asks = 'reason' | 'list' | 'quantity' | 'date' | 'yesno' | 'definition' | 'who' | 'fact';
export type FigureAsked = 'money' | 'percent' | 'count' | 'duration';
export type Actor = 'kabinet' | 'sociale partners' | 'SER' | 'CPB' | 'Tweede Kamer';

export interface Question {
  /** as asked, its typos corrected, without a preamble that only says why it is asked ("Voor het bezoek van de minister: …") */
  text: string;
  language: Language;
  /** what retrieval and matching read: the question, after the conversation's topic when it is a follow-up */
  searchText: string;
  /** what the answering sentence is matched against: searchText without the previous answer's words */
  matchText: string;
  /** read with the previous turns ("waarom?", "en de sociale partners?") */
  followUp: boolean;
  /** a follow-up too short to stand alone ("waarom?", "wie zegt dat?", "en in de zorg?"): answered beside the previous answer */
  pointer?: boolean;
  /** what kind of answer the question asks for (read from this turn alone) */
  asks: Asks;
  /** a list is asked for ("welke …", "what are …", "wat moet het kabinet doen") */
  asksList: boolean;
  /** a number is asked for, whatever else is ("waarom daalde het met hoeveel …") */
  asksQuantity: boolean;
  /**
   * the kind of figure a number question asks for: an amount of money ("how much budget …?"), a percentage
   * ("hoeveel procent …?"), or a count of things ("hoeveel Werkcentra …?", "how many regions …?"); none when any figure answers
   */
  figure?: FigureAsked;
  /** the things a count asks for ("hoeveel banen …?" → banen) */
  counted?: string;
  /** a follow-up asking for the fix of what the previous answer said ("wat is de oplossing?", "what do they propose?") */
  asksRemedy?: boolean;
  /** asks what should be done or change ("wat moet er veranderen aan de rol van de NPB?", "what does the SER propose to …?"): a proposal answers it */
  asksProposal?: boolean;
  /** a follow-up asking where what the previous answer said comes from ("wie zegt dat?", "waar baseren ze dat op?", "whose figure is that?") */
  asksSource?: boolean;
  /** asks what something yields ("wat levert een gezondere bevolking op?", "what would it bring?", "what's the effect of …?") */
  asksEffect?: boolean;
  /** asks how certain a figure or claim is ("how solid is that number?", "is dat een betrouwbaar getal?"): its hedge answers it */
  asksCertainty?: boolean;
  /** asks how something stands ("hoe staat het met het onderwijs?", "how is NL doing on it?"): a state, not what should be done */
  asksState?: boolean;
  /** the statistical measure asked for ("welke correlatie …", "what standard deviation …"): the Dutch words a text would give it in */
  measure?: string[];
  /** asks the top or bottom of a ranking, or a place in one ("welke sectoren hebben de hoogste …?", "where does the Netherlands rank …?"): a sentence that ranks answers */
  asksRanking?: boolean;
  /** the second question of a question in two ("Waarom …, en welke oplossing steunt de SER?", "… ? Who found that?"): it is answered after the first, as its follow-up */
  secondPart?: string;
  /** a figure asked as a target, a level to reach or a cut to make ("een streefcijfer", "met hoeveel procent moet dat omlaag?", "down to 20%") */
  asksTarget?: boolean;
  /** a figure asked in a question after the one that names the topic ("… over gezondheid? Staat daar een cijfer bij?") */
  figureAfterTopic?: boolean;
  /**
   * the year a figure is asked for ("hoeveel … in 2024?", "what rate … for 2025?"): a sentence that gives the figure names it;
   * `recent` for a year named relative to now ("vorig jaar", "last year"): a sentence that names some year
   */
  year?: string;
  /** a figure asked per year ("how much … each year?", "hoeveel … per jaar?", "how big is the annual budget …?"): a sentence that gives a yearly figure answers it */
  perYear?: boolean;
  /** asks for a person by office or deed ("welke minister heeft die brief ondertekend?", "who chaired the committee?"): a sentence naming one answers */
  asksPerson?: boolean;
  /** asks who pays or finances ("wie betaalt die leerrechten?", "who is supposed to pay for that?"): a sentence saying so answers */
  asksPayer?: boolean;
  /** asks how someone responded to this advisory or its proposals ("Hoe heeft het kabinet gereageerd op dit briefadvies?",
   * "has the cabinet already responded to that proposal?"): what came after it, which it cannot say */
  asksResponseToIt?: boolean;
  /** a who-question that asks for several ("wie moeten daar allemaal aan meedoen?", "who are involved?", "welke partijen …?") */
  asksSeveral?: boolean;
  actor?: Actor;
  /**
   * the indicator a question asks a figure of (src/language/indicator-intent.ts), read from matchText
   * ("en in de VS?" after a figure: the same figure for the US); none for a why-question (figures say how much, not why)
   */
  indicator?: IndicatorIntent;
  /** the answer given to the previous turn, for a follow-up (not to be repeated) */
  previousAnswer?: string;
  /** for a follow-up, the remarks after the questions of the earlier turns in its topic ("… ? die dingen zitten bij ons in elk contract"): where the asker stands, not what the conversation is about */
  remarks?: string[];
  /** misspelt words corrected to the corpus's ("arbeidsmrakt" → "arbeidsmarkt") */
  corrections: Correction[];
}

/**
 * What a route reads of a question (the recommendation route): the turn as
 * asked and, for a follow-up, the conversation's topic with it and the answer
 * before. Plain data, so a worker thread can pass it to the main thread.
 */
export type RouteQuestion = Pick<Question, 'text' | 'searchText' | 'language' | 'followUp' | 'previousAnswer'>;

export interface ReadOptions {
  /** corrects typos against the corpus vocabulary (src/language/spelling.ts) */
  speller?: Speller;
}

const REASON = /\b(waarom|why|hoe komt|waardoor|waar\s+(?:\p{L}+\s+){0,2}door\s+komt|komt\s+(?:dat|het)\s+door|te wijten|wijt|wijten|toegeschreven|toeschrijven|oorzaa?k\p{L}*|reden|redenen|motivering|rationale|reasoning|cause[sd]?|reasons?|explains?|explained|explanations?|verklaart|verklaren|verklaring|how come|due to|attribute[sd]?|blames?|blamed|what(?:'s|’s|\s+is|\s+are|\s+lies|\s+was)\s+behind|what\s+(?:drives|is driving|are driving|explains)|wat\s+(?:zit|steekt|ligt)\s+(?:er\s+)?achter)\b/iu;
// (and what something costs: "wat gaat die regeling de schatkist kosten?", "what would it cost?")
// (and a figure asked for in so many words: "is er een bedrag aan verbonden?", "does it put a euro figure on …")
// (also "too" or "more": "zijn daar ook cijfers van?", "Noemen ze nog cijfers?", "any more figures?", "any hard numbers?")
// (and a target set in figures: "een streefcijfer", "a hard target", "a numerical target"; not "a target year", a date)
// up to three words before the noun that names a figure ("a concrete pay rise percentage", "what kind of amounts"), not a clause
// ("meer dan alleen cijfers", "een vb met cijfers")
const MODIFIERS = String.raw`(?:(?!(?:dan|met|van|voor|over|of|than|with|for|about|on|en|and|or)\s)[\w-]+\s+(?:of\s+)?){0,3}`;
const QUANTITY = new RegExp(String.raw`\b(welke?\s+(?:budget|bedrag|bedragen)|(?:what|which)\s+(?:budget|amount)|wat\s+(?:gaat|gaan|zal|zullen|zou|zouden|moet|moeten)\b.{0,120}\bkosten|wat\s+kost|(?:the|de|het)\s+(?:[a-z]+\s+){0,2}(?:costs?|kosten|kostprijs)\s+(?:of|van)\b|what\s+(?:will|would|does|do|did|might)\b.{0,120}\bcost|\bwhat\b[^?]{0,80}\b(?:would|will|might|could)\s+cost\b|price\s*tags?|prijskaartje|hoeveel|hoe groot|hoe hoog|met hoeveel|welk percentage|how (?:much|many|large|big|high)|by how much|what (?:share|percentage|proportion)|(?:a|an|any|een|geen|what|which|welk|welke|wat voor|ook|nog|meer|more|some|harde|hard)\s+${MODIFIERS}(?:figures?|numbers?|amounts?|sums?|estimates?|percentages?|[a-z]*(?:cijfers?|percentages?|bedragen|bedrag)|getal|getallen|schattingen|schatting)|(?:a|an|any|een|geen|ook|nog|some)\s+${MODIFIERS}(?:targets?|streefcijfers?|streefwaarden?|reductiedoel(?:en)?)(?!\s+(?:years?|dates?|jaar|jaren|datum))|(?:numerical|numeric|quantitative|quantified|numerieke?|kwantitatieve?|gekwantificeerde?)\s+(?:[\w-]+\s+)?(?:targets?|goals?|doel(?:en|stellingen|stelling)?)|in (?:percent|procent)|growth rate|groeicijfer|groeipercentage)\b`, 'i');
// the weight a text gives a subject is no figure ("How much weight does the advice give to employee health?", "hoeveel aandacht krijgt gezondheid?")
const WEIGHT_GIVEN = /\b(?:how much|hoeveel)\s+(?:weight|emphasis|attention|importance|priority|aandacht|nadruk|gewicht|belang|prioriteit)\b/i;
// nor is "how much" in a clause another question word asks about ("Welke factor heeft het duidelijkste effect op hoeveel
// werkenden per uur produceren?", "which policy has most effect on how much people earn?")
const CLAUSE_AMOUNT = /^\s*(?:welke?|wat|wie|which|what|who)\b.*?\b(?:op|over|aan|on|of|about)\s+(?:hoeveel|how (?:much|many))\b/i;
const asksFigure = (text: string) => {
  const t = text.replace(WEIGHT_GIVEN, ' ').replace(CLAUSE_AMOUNT, ' ');
  return QUANTITY.test(t) || MEASURE_IN_PERIOD.test(t);
};
// a measure asked for a period ("What was average real wage growth last year?", "welke groei voorspelt het CPB voor 2026?"),
// or a percentage asked with what/which ("What productivity growth % did the CPB report?"): a figure
const MEASURE_IN_PERIOD =
  /\b(?:(?:what|wat)\s+(?:was|were|is|are|waren|zijn)|which|welke)\b.{0,60}?(?:growth|rate|share|percentage|level|groei|percentage|aandeel|niveau)\b.{0,60}?\b(?:last year|this year|vorig jaar|dit jaar|afgelopen jaar|(?:in|for|voor) (?:19|20)\d\d)\b|^\s*(?:(?:and|en|so)\s+)?(?:what|which|wat|welk|welke)\b[^?]*(?:%|\bpercent(?:ages?)?\b|\bprocent\b|\bpercentage ?points?\b|\bprocentpunt(?:en)?\b)/i;
// a statistical measure asked for, with the Dutch words a text would give it in (a figure of that kind,
// not any figure: "welke correlatie tussen lonen en productiviteit …?", "what confidence interval does the OECD report?")
const MEASURES: [RegExp, string[]][] = [
  [/\b(?:correlatie|correlation)\b/i, ['correlatie', 'gecorreleerd']],
  [/\b(?:standaardafwijking|standaarddeviatie|standaardfout|standard deviation|standard error)\b/i, ['standaardafwijking', 'standaarddeviatie', 'standaardfout']],
  [/\b(?:betrouwbaarheidsinterval|foutmarge|onzekerheidsmarge|confidence interval|margin of error)\b/i, ['betrouwbaarheidsinterval', 'foutmarge', 'onzekerheidsmarge', 'bandbreedte']],
  [/\b(?:elasticiteit|elasticity)\b/i, ['elasticiteit']],
  [/\b(?:regressiecoëfficiënt|regressie|regression)\b/i, ['regressie', 'regressiecoëfficiënt']],
  [/\b(?:statistisch significant|statistically significant|p-waarde|p-value)\b/i, ['significant', 'significantie']],
  [/\b(?:mediaan|median)\b/i, ['mediaan']],
  [/\b(?:variantie|variance)\b/i, ['variantie']],
];
// the top or bottom of a ranking asked for, of several ("welke sectoren hebben de hoogste …?", "which sector invests the least?")
const ASKS_TOP =
  /\b(?:(?:de|het|the)\s+(?:hoogste|laagste|meeste|minste|grootste|kleinste|beste|slechtste|snelste|sterkste|zwakste|highest|lowest|most|least|largest|smallest|biggest|best|worst|fastest|strongest|weakest)|het\s+(?:slechtst|best|hardst|snelst|meest|minst|hoogst|laagst))\b/i;
// or a place in a ranking ("where does the Netherlands rank among EU member states?", "op welke plaats staat Nederland?")
const ASKS_RANK = /\b(?:rank|ranks|ranked|ranking|ranglijst|op welke plaats|what position)\b/i;
// an amount of money asked for
const MONEY = /(?<![\p{L}])(?:budget\p{L}*|geld|kosten|kost|kostte|bedrag\p{L}*|euros?|miljoen\p{L}*|miljard\p{L}*|millions?|billions?|bn|money|costs?|price|prijs|funding|funds|subsid\p{L}*|\p{L}*kapitaal|capital)(?![\p{L}])/iu;
// a share asked for ("what share of …", "welk deel", "hoe groot is het aandeel")
const SHARE_ASKED = /\b(?:what|which|welk|welke|hoe groot|how large|how big)\s+(?:[\w-]+\s+)?(?:share|proportion|aandeel|deel)\b/i;
// a percentage asked for ("hoeveel procent", "what percentage", "how many percentage points", "een concreet loonpercentage")
const PERCENT = /(?<![\p{L}])(?:\p{L}*procent\p{L}*|\p{L}*percent\p{L}*|pct)(?![\p{L}])|%/iu;
// things counted: "hoeveel"/"how many" and the word after it ("hoeveel Werkcentra", "how many European regions")
// (a rate, "hoeveel Werkcentra per regio", asks no count; "hoeveel van hun tijd" asks a share)
const COUNTED = /(?<![\p{L}])(?:hoeveel|how many)\s+(?:of\s+)?(\p{L}[\p{L}'’-]*)(?![^?]*\bper\b)/iu;
// (and the words after it, what a share must be of to answer: "how many small industrial firms", the first may be an adjective)
const COUNTED_WORDS = /(?<![\p{L}])(?:hoeveel|how many)\s+(?:of\s+(?:the\s+|those\s+|these\s+)?)?((?:\p{L}[\p{L}'’-]*\s+){0,2}\p{L}[\p{L}'’-]*)/iu;
// what "hoeveel" asks of when it does not count things: a unit, an amount, a comparison ("hoeveel uur", "hoeveel hoger", "hoeveel extra")
const NOT_COUNTED =
  /^(?:geld|uur|uren|tijd|jaar|jaren|maanden|weken|dagen|keer|rendement|groei|procent\p{L}*|percent\p{L}*|miljard\p{L}*|miljoen\p{L}*|budget|euros?|dollars?|hoger|lager|meer|minder|groter|kleiner|sneller|trager|beter|slechter|extra|precies|ongeveer|eigenlijk|ruwweg|dan|nu|nog|ook|van|vd|de|het|een|er|hours|years|months|times|millions|billions|more|less|fewer|higher|lower|exactly|roughly|is|zijn|was|waren|wordt|worden|kan|kun|kunnen|zal|zou|zouden|moet|moeten|mag|heeft|hebben|gaat|doet|levert|brengt|scheelt|kost)$/iu;

// a figure asked as a target: a level to reach or a cut to make ("een streefcijfer", "met hoeveel procent moet de registratielast
// omlaag?", "do they set a hard target?", "down to 20%")
// (or a change the advisory should propose: "by how much should the werkkostenregeling be widened?", "met hoeveel moet dat omhoog?")
const TARGET =
  /\b(?:streefcijfer\w*|streefwaarde\w*|streven|(?:reductie|eind|streef)?doel(?:en|stelling\w*)?|targets?|goals?|norm)\b|\b(?:hoeveel|how much|by how much)\b[^?]{0,80}\b(?:omlaag|lager|minder|verlaagd|verlagen|verminderd|verminderen|terug|dalen|zakken|cut|reduced|reduce|lowered|lower|fall|drop|down)\b|\bdown to\b|\b(?:hoeveel|how much|by how much)\b[^?]{0,80}\b(?:should|must|moet|moeten|zou|zouden|needs? to)\b[^?]{0,60}\b(?:widen\w*|broaden\w*|expand\w*|increase[sd]?|raise[sd]?|verruim\w*|verhoog\w*|uitgebreid|uitbreiden|omhoog|stijgen)\b/i;
// a word after "hoeveel" with a finite verb after it: the verb's subject ("hoeveel banen gaan er verloren?", "hoeveel mensen werken …?")
const SUBJECT_OF_VERB = /(?<![\p{L}])hoeveel\s+\p{L}+\s+(?:gaan|gaat|zijn|is|waren|worden|wordt|werden|komen|komt|kunnen|kan|moeten|moet|zullen|zal|zouden|staan|staat|verdwijnen|verdwijnt|verliezen|vallen|hebben|heeft)(?![\p{L}])/iu;
// a word that names money ("durfkapitaal", "risicokapitaal", "subsidie", "financiering")
const MONEY_NOUN = /(?:kapitaal|geld|budget|financiering|subsidie|middelen|investering)$/iu;
// (the verb singular: "hoeveel AI kan bijdragen", "hoeveel innovatie levert dat op")
const SINGULAR_SUBJECT = /(?<![\p{L}])hoeveel\s+\p{L}+\s+(?:gaat|is|was|wordt|werd|komt|kan|moet|zal|zou|staat|verdwijnt|heeft|draagt|levert|brengt)(?![\p{L}])/iu;
// (or "hoeveel tijd", "how much of their working time": a span of time or a share of it)
const TIME_ASKED = /(?<![\p{L}])(?:(?:hoeveel|how many)\s+(?:uur|uren|jaar|jaren|maanden|weken|dagen|hours|years|months|weeks|days)|(?:hoeveel|how much)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:\p{L}*tijd|(?:working\s+)?time))(?![\p{L}])/iu;

/** The kind of figure a number question asks for, or undefined when any figure answers it. */
function figureAsked(text: string, language: Language): FigureAsked | undefined {
  // (a share asked for is a percentage, whatever it is a share of: "what share of venture capital comes from pension funds?")
  if (SHARE_ASKED.test(text)) return 'percent';
  if (MONEY.test(text)) return 'money';
  if (PERCENT.test(text)) return 'percent';
  // a span of time asked in its unit ("hoeveel uur per week", "how many hours a week", "how many years")
  if (TIME_ASKED.test(text)) return 'duration';
  const counted = COUNTED.exec(text)?.[1];
  // (a Dutch verb is not counted: "hoeveel geeft Nederland uit", "hoeveel kan het opleveren")
  // (but a word a verb follows is its subject, a noun: "hoeveel banen gaan er verloren?")
  if (counted === undefined || NOT_COUNTED.test(counted) || (language === 'nl' && isDutchVerbForm(counted.toLowerCase()) && !SUBJECT_OF_VERB.test(text))) return undefined;
  // (a singular word with a singular verb is how much it does, not how many there are: "hoeveel AI kan bijdragen")
  // (an amount of money when the word names money: "hoeveel durfkapitaal is er … gestoken?")
  if (language === 'nl' && SINGULAR_SUBJECT.test(text) && !/(?:en|s|'s|’s)$/iu.test(counted)) return MONEY_NOUN.test(counted) ? 'money' : undefined;
  return 'count';
}

// (not the idiom "when it comes to")
// (English "when" asks a date at the start of the question, "… since when?", not as a conjunction: "what size … when the SER says …")
const DATE = /\b(wanneer|sinds wanneer|in welk jaar|welk jaar|welke maand|welke datum|what date|which year|in what year|by what year|by which year|since what year|what month|which month|(?:uiterlijk |vóór |voor )?(?:in )?welk jaar|(?:since|by|until|till) when)\b|^\s*(?:(?:and|so|but|ok|okay),?\s+)?when\b(?! it comes\b)|\bwhen\s+(?:was|were|is|are|did|does|do|will|would|should|must|can|could|has|have)\b/i;
// (not a second question: "Welk nummer heeft dit briefadvies en wanneer is het uitgekomen?")
const WHEN_AS_IF = /^\s*(?:[^?:]{1,40}:\s+)?(?:en\s+|maar\s+)?(?:welk|welke|wat|hoe|waarom|wie|hoeveel|in hoeverre|waar)\b[^?]*?\s(?!(?:en|of|maar|dus)\s)\p{L}+\s+wanneer\b/iu;
const DEFINITION = /\b(wat (?:(?:is|zijn)(?! er\b)|betekent|betekenen|verstaat|verstaan|bedoelt|bedoelen)|(?:verstaa?t|verstaan)\b.{1,60}\bonder\b|what (?:do|does) (?:\w+ ){1,3}mean by|how (?:do|does) (?:\w+ ){1,3}define|(?:wordt|worden|is) (?:\w+ )?bedoeld|what is meant|what (?:is|are|does .* mean)|meaning|betekenis|definitie|define|defined|what (?:do|does) (?:[\w&-]+ ){1,4}stand for|(?:is|are) (?:[\w&-]+ ){0,2}short for|waar staa?t (?:[\w&-]+ ){1,4}voor|afkorting|abbreviation|acronym)\b/i;
// "wat is het probleem met X?", "what's the catch?": the problem (the aim, the risk, the solution) asked for, not what a word means
const ASKS_A_POINT =
  /\b(?:wat\s+(?:is|zijn)\s+(?:[\p{L}-]+\s+){0,4}?(?:het|de|hun|zijn|haar)|what(?:'s|’s|\s+is|\s+are)\s+(?:[\p{L}-]+\s+){0,4}?(?:the|their|its))\s+(?:grootste\s+|belangrijkste\s+|main\s+|biggest\s+|key\s+)?(?:probleem|problemen|knelpunt|knelpunten|risico|risico's|bezwaar|bezwaren|nadeel|nadelen|voordeel|voordelen|doel|uitdaging|uitdagingen|oplossing|oplossingen|kritiek|conclusie|boodschap|problem|problems|issue|issues|risk|risks|goal|aim|challenge|challenges|solution|solutions|criticism|conclusion|message|catch|downside|downsides|upside|advantage|advantages|drawback|drawbacks)\b/iu;
const WHO = /^\s*(?:en\s+|and\s+|so\s+)?((?:(?:van|aan|door|bij|met) )?wie|whose|who|welke (?:[\w-]+ )?(?:instelling|instellingen|instantie|instanties|organisatie|organisaties|partij|partijen|orgaan|organen)|which (?:[\w-]+ )?(?:body|bodies|organisation|organisations|organization|organizations|institution|institutions|agency|agencies))\b/i;
const YESNO_NL = /^\s*(?:en\s+)?(is|zijn|heeft|hebben|wordt|worden|kan|kunnen|moet|moeten|zou|zouden|vindt|vinden|wil|willen|gaat|gaan|krijgt|krijgen|pleit|pleiten|ziet|zien|doet|doen|speelt|spelen|stelt|noemt|beveelt|adviseert|geeft|is er|zijn er|klopt)\b/i;
const YESNO_EN = /^\s*(?:and\s+|so\s+)?(is|are|does|do|did|has|have|can|could|should|would|will|was|were)\b/i;
// (and "wat … allemaal", "what bottlenecks does …": a plural asked for)
const LIST =
  /\b(welke|wat zijn|noem|what are|which|list|drie|three|twee|two|vier|four|bestaa?t uit|bestaan uit|uit bestaa?n|waaruit\b.{0,80}\bbestaa?n|(?:moet|moeten|zou|zouden)\b.{0,80}\binhouden|omvat|omvatten|bevatten|behelzen|wat (?:houdt|houden)\b.{0,120}\bin(?=(?:\s+(?:die|dat|wat)\b[^?]*)?\s*\??\s*$)|consists? of|what (?:would|should|does|do|will|must) (?:go|come) in(?:to)?\b|what (?:would|should|does|will|must) be in (?:it|that|this|them|there)\b|wat (?:moet|moeten|zou|zouden|komt|komen) (?:er )?(?:allemaal )?in\b|(?:should|must|would|will|does|do)\s+(?:\S+\s+){0,6}(?:cover|include|contain|entail)|steps|stappen|allemaal|what (?:\w+ )?\w+s (?:does|do|did|are|were|should|would|could|can|will|has|have)|what (?!(?:does|is|was|has|this|its|us|kinds?|sorts?|types?)\b)\w{3,}s (?:to|of|for|in|on|against|does|do|did|are|were|should|would|could|can|will|has|have))\b/i;
// asked for a person by office or deed: "welke minister …?", "wie was de voorzitter …?", "wie heeft … ondertekend?", "who chaired / signed …?"
const PERSON =
  /\b(?:welke|which)\s+(?:minister|staatssecretaris|bewindspersoon|voorzitter|persoon|chair|chairman|chairwoman|chairperson|person|secretary of state)\b|\bwho\s+(?:chairs|chaired|signed|wrote)\b|\bwie\b.{0,60}\b(?:voorzitter|ondertekend|ondertekende|ondertekenden)\b|\bwie\s+(?:zit|zitten|zat|zaten)\s+(?:er\s+)?(?:\p{L}+\s+){0,2}in\s+(?:de|die|deze|het|dat)\s+(?:\p{L}+\s+)?(?:commissie|raad|werkgroep)\b|\bwie\s+(?:zit|zitten|zat|zaten)\s+(?:de|die|deze|het|dat)\s+(?:\p{L}+\s+)?(?:commissie|raad|werkgroep)(?:\s+\p{L}+)?\s+voor\b|\bwho\s+(?:was|were|is|are|sat|sits|served|serves)\s+on\s+(?:the|that|this|its)\s+(?:\p{L}+\s+)?(?:committee|commission|board|panel|working group)\b|\b(?:members|leden|names|namen)\s+(?:of|van)\s+(?:the|that|this|de|die|deze|het)\s+(?:\p{L}+\s+)?(?:committee|commissie|panel|werkgroep)\b/iu;
// asks who pays ("wie betaalt die leerrechten?", "wie moet dat financieren?", "who is supposed to pay for that?"):
// a sentence that says who pays or finances answers, not one that names who is to act
const PAYER =
  /\b(?:wie\s+(?:betaalt|betalen|financiert|financieren|bekostigt|bekostigen|draait\b.{0,40}\bop\s+voor)|wie\b.{0,40}\b(?:betalen|financieren|bekostigen)|who\s+(?:pays|paid|funds|finances|foots)|who(?:'s|’s|\s+is)\s+(?:paying|funding|footing)|who\b.{0,40}\b(?:pay|fund|finance|foot the bill))\b/i;
export const asksPayer = (text: string): boolean => PAYER.test(text);
// a response to the advisory itself, or to what it proposes (not "op welke Kamerbrief reageert de SER?", nor the minister's reaction it proposes)
const RESPONSE_TO_IT =
  /\b(?:(?:heeft|hebben)\s+(?:\p{L}+\s+){1,3}(?:al\s+|formeel\s+|officieel\s+)*(?:gereageerd|geantwoord)\s+op|(?:has|have|did)\s+(?:\p{L}+\s+){1,3}(?:already\s+|formally\s+|officially\s+)*(?:responded|reacted|replied)\s+to|(?:hoe|how)\s+(?:heeft|hebben|has|have|did)\s+(?:\p{L}+\s+){1,3}(?:gereageerd|responded|reacted|respond|react))\s*(?:op|to)?\s*(?:dit|dat|het|deze|die|this|that|the|its)\s+(?:\p{L}+\s+)?(?:brief)?(?:advies|advice|advisory|voorstel|voorstellen|proposal|proposals|plan|plannen|plans)\b/iu;
// asked for the fix of a problem just named ("wat is dan de oplossing?", "so what's the proposed fix?",
// "wat wil de SER daartegen doen?", "wat stellen ze daar voor?", "how do they want to tackle it?")
const REMEDY = new RegExp(
  String.raw`\b(oplossing(?:en)?|oplossen|oplost|verhelpen|remedie|(?:daar|er|hier)\s*(?:tegen|aan)\s+(?:\p{L}+\s+)?(?:doen|veranderen)|(?:aan|tegen)\s+(?:te\s+)?(?:doen|veranderen)|aanpakken|voorstel(?:len)?|(?:stel|stelt|stellen|stelde)\b.{0,40}\b(?:voor|tegenover|in de plaats)\b|in plaats daarvan|(?:what|which)\b.{0,40}\binstead\b|fix(?:es|ed)?|solutions?|answers?\s+to\s+(?:that|this|these|those|the|their|its)\s+(?:\p{L}+\s+)?(?:problems?|issues?|challenges?|gaps?|bottlenecks?)|(?:hun\s+|het\s+|een\s+)?antwoord\s+op\s+(?:dat|dit|die|deze|het)\s+(?:\p{L}+\s+)?(?:probleem|problemen|knelpunt|knelpunten|tekort)|solve[sd]?|remed(?:y|ies)|propos(?:e|es|ed|al|als)|suggest(?:s|ed|ions?)?|tackle[sd]?|do about|` +
    // "wat moet er gebeuren?", "so what's needed then?"
    String.raw`wat (?:moet|zou) er\b.{0,30}\b(?:gebeuren|gedaan worden|veranderen)|wat is (?:er|daarvoor|daar) (?:dan )?nodig|what (?:should|must|needs to|has to) (?:happen|be done|change)|what(?:'s|’s| is) needed)\b`,
  'iu',
);
// asked what should change ("wat wil de SER aan die rol veranderen?", "what does the SER want to change about …?", "how should … change?")
const CHANGE =
  /\b(?:veranderen|wijzigen|anders(?!\s+dan\b))\b.{0,40}\?|\b(?:veranderen|wijzigen)\s+aan\b|\bwhat\b.{0,40}\bchange\b|\bchange\s+(?:about|in)\b|\b(?:want|wants|should|must)\b.{0,40}\bchange\b/iu;
const REMEDY_ALL = new RegExp(REMEDY.source, 'giu');
// asked where a claim comes from ("wie zegt dat?", "volgens wie?", "waar baseren ze dat op?", "welk onderzoek laat dat zien?",
// "is daar bewijs voor?", "hoe hebben ze dat uitgezocht?", "who says so?", "whose figure is that?", "what evidence is there?",
// "who's the source they cite?", "how did they work that out?")
const SOURCE =
  /\b(wie zegt|volgens wie|bron(?:nen)?|waar\s+(?:\p{L}+\s+){0,2}(?:vandaan|op gebaseerd)|(?:baseren|baseert|gebaseerd)|(?:welk|wat voor|welke)\s+(?:\p{L}+\s+)?(?:onderzoek|studie|analyse|rapport)|bewijs|onderbouw\p{L}*|waaruit blijkt|hoe weten (?:we|ze|jullie)|hoe\s+(?:hebben|heeft|is|zijn|werd|werden)\s+(?:\p{L}+\s+){0,3}(?:uitgezocht|onderzocht|gemeten|berekend|vastgesteld|bepaald)|how\s+(?:did|do|does|was|were|is|are)\s+(?:\p{L}+\s+){0,3}(?:find\s+(?:that|this|it)\s+out|figure[ds]?\s+(?:that|this|it)\s+out|work(?:ed)?\s+(?:that|this|it)\s+out|measured|calculated|established|estimated)|wie heeft dat|who says|how do (?:we|they|you) know|according to whom|sources?|whose|evidence|cite[sd]?|based on|(?:which|what)\s+(?:\p{L}+\s+)?(?:research|study|studies|analysis|report))\b/iu;
// who else holds what the answer said ("who else backs that idea?", "staan ze daar alleen in of steunt nog iemand dat idee?"):
// read as where it comes from, with the answer's words; a sentence that names another body sharing it answers
const OTHERS_BACK =
  /\b(?:who else|anyone else|anybody else|(?:besides|apart from|other than) the ser|(?:naast|behalve) de ser|wie (?:nog|verder|anders)|nog iemand|nog anderen|andere partijen|staan ze (?:daar |hierin |er |hier )?(?:niet )?alleen|alleen de ser|(?:is|are) (?:the ser|ser|they|it) alone|do (?:others|other (?:bodies|parties|organisations|organizations|experts)) (?:support|back|agree|share|say)|(?:steunen|delen|vinden) (?:anderen|andere partijen) (?:dat|dit|het))\b/iu;
// how certain a figure is ("how solid is that number?", "is that number sure or just a guess?", "hoe hard is die schatting?",
// "is dat een beetje betrouwbaar?", "is dat een beetje zeker, dat cijfer?", "is dat wel hard?"); a doubt of the claim
// just made is the same question ("klopt dat wel?", "is dat bewezen?", "is that really true?", "can we trust that?")
const CERTAINTY =
  /\b(?:how\s+(?:solid|reliable|robust|certain|sure|firm|hard|accurate|trustworthy|precise)|(?:solid|reliable|robust|certain|sure|firm|accurate)\s+(?:number|figure|estimate)|(?:number|figure|estimate|it|that|this)\s+(?:\p{L}+\s+)?(?:solid|reliable|robust|certain|sure|firm|accurate)\b|just\s+a\s+guess|hoe\s+(?:hard|zeker|betrouwbaar|robuust|stevig|solide|nauwkeurig)|(?:harde|betrouwbare|zekere|robuuste|solide)\s+(?:schatting|cijfer|getal|inschatting)|betrouwba\p{L}*|een\s+gok|(?:is|zijn)\s+(?:dat|dit|die|deze|het|ze)\s+(?:cijfer\p{L}*\s+|getal\p{L}*\s+|schatting\p{L}*\s+)?(?:wel\s+|echt\s+|een\s+beetje\s+|nou\s+|eigenlijk\s+|wel\s+een\s+beetje\s+)*(?:zeker|hard|solide|stevig|juist|exact|precies|bewezen|onderbouwd|waar)(?=\s*[?,]|\s*$)|\bklopt\s+(?:dat|dit|het|die|deze)(?:\s+(?:cijfer|getal|bedrag)\p{L}*)?(?:\s+(?:wel|eigenlijk|echt|nou|ook|helemaal))*(?=\s*[?,]|\s*$)|\b(?:is|are)\s+(?:that|this|it|those|these|they)\s+(?:(?:number|figure|estimate|claim)s?\s+)?(?:really\s+|actually\s+|even\s+)?(?:true|right|correct|proven|backed\s+up)(?=\s*[?,]|\s*$)|\b(?:can|should)\s+(?:we|i|you)\s+(?:really\s+)?(?:trust|believe|rely\s+on)\b)/iu;
// what something yields: "wat levert X op?", "wat win je daarmee?", "wat is het effect van …?", "what would X bring?", "what's the payoff?"
const EFFECT =
  /\bwat\s+(?:levert|leveren|oplevert|opleveren)\b|\bwat\s+(?:win|wint|winnen)\s+(?:je|we|ze|men)\b|\bwat\s+(?:is|zijn)\s+(?:het|de)\s+(?:effect|effecten|opbrengst|baten|voordelen|gevolgen)\b|\bwelke?\s+(?:effect|effecten|gevolgen|voordelen)\b|\bwhat\s+(?:does|do|would|will|could|can)\b.{0,60}\b(?:bring|yield|deliver|gain)\b|\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:the\s+)?(?:effects?|impact|benefits?|payoff|pay-off|gains?)\b|\bwhat\s+(?:effect|impact)\b|\bwat\s+(?:gebeurt|gebeuren)\s+er\s+(?:dan|mee|met\s+\p{L}+)\s*\?\s*$|\bwat\s+(?:dan|nu)\s*\?\s*$|\bwhat\s+(?:happens|would happen|will happen)\s+(?:then|to\s+(?:them|it|those|these|that|the\s+\p{L}+))\b(?![^?]*\b(?:if|when|once)\b)|\bwhat\s+then\s*\?\s*$|\bwat\s+(?:zijn|waren)\s+(?:daar)?(?:van\s+)?de\s+gevolgen\b/iu;
// a figure asked per year: "per jaar", "jaarlijks(e)", "elk jaar", "each year", "a year", "annual(ly)", "yearly", "per annum"
// a year named relative to now ("vorig jaar", "afgelopen jaar", "last year", "this year")
const RELATIVE_YEAR = /\b(?:vorig|afgelopen|dit|verleden) jaar\b|\b(?:last|this|past) year\b/i;
export const PER_YEAR = /\b(?:per\s+(?:jaar|year|annum)|jaarlijks\p{L}*|(?:elk|ieder)\s+jaar|(?:each|every|a)\s+year|annual(?:ly)?|yearly)\b/iu;
// how something stands: "hoe staat het (daar) met X?", "hoe staat X ervoor?", "hoe is het gesteld met X?", "how is NL doing on it?", "where does X stand?"
const STATE = /\bhoe\s+(?:staat|staan)\b|\bhoe\s+(?:gaat|is)\s+het\s+(?:\p{L}+\s+){0,3}(?:met|gesteld)\b|\bhow\s+(?:is|are)\b[^?]*\bdoing\b|\bwhere\s+(?:does|do)\b[^?]*\bstand\b|\bthe\s+state\s+of\b/iu;
// who, in the plural: "wie moeten/zijn/worden …", "… allemaal", "who are/all …", "welke partijen", "which parties"
const SEVERAL = /\b(?:wie\s+(?:moeten|zijn|zouden|kunnen|worden|mogen|gaan)|allemaal|who\s+(?:are|all|else)|welke\s+(?:partijen|actoren|organisaties|instellingen|instanties)|which\s+(?:parties|actors|players|organi[sz]ations|institutions|bodies))\b/i;

/**
 * Asks what someone should do: "wat moet het kabinet doen …?", "wat zouden sociale partners moeten bepleiten?",
 * "welke maatregelen vraagt de SER …?", "wat verwacht de SER van werkgevers …?", "wat vraagt de SER het kabinet daaraan te doen?", "what should the government do …?",
 * "what should NL push for in Brussels?", "what is expected of unions …?". The recommendation route reads it too.
 */
// (also with "doen" left out: "en wat moet het kabinet daarmee?")
export const ACTION =
  /\b(?:wat (?:moet|moeten|kan|kunnen|zou|zouden|vraagt|vragen|verwacht|verwachten)\b.*\b(?:doen|oppakken|ondernemen|bijdragen|bepleiten|inzetten|aandringen)|wat (?:moet|moeten|kan|kunnen|zou|zouden)\s+(?:\S+\s+){0,4}(?:daar|hier)(?:\s+\S+)?\s*mee(?=\s*\??\s*$)|wat (?:moet|moeten|zou|zouden)\s+(?:het|de)\s+(?:\S+\s+){0,2}met\s+(?:de|het|die|dat|deze|dit)\s+\w+|wat (?:verwacht|verwachten|vraagt|vragen)\b.*\b(?:van|aan)|wat (?:wordt|worden)\b.*\bvan\b.*\b(?:verwacht|gevraagd)|(?:welke|which|what) (?:maatregelen|stappen|measures|steps)\b|(?:welke|which|what) (?:bijdrage|bijdragen|contributions?)\b.*\b(?:van|of|from)\b|what (?:should|can|could|must|would|is|are)\b.*\b(?:do|doing|push for|press for|call for|argue for|lobby for|work on|focus on)|what (?:is|are) (?:\w+ )?expected (?:of|from)|what do(?:es)?\b.*\bexpect (?:of|from)|what do(?:es)?\b.*\bask (?:of|from)|what (?:is|are)\b.*\basked (?:of|from)|what\b[^?]*\b(?:wants?|ask|asks|asked|asking|expect|expects|expected)\b[^?]*\bto (?:\w+ly )?(?:do|undertake)|wat (?:wil|willen)\b.*\b(?:doen|doet|ondernemen|onderneemt|oppakken|oppakt)|(?:heeft|hebben)\b[^?]*\biets\s+te\s+doen)\b/i;

const ACTORS: [Actor, RegExp][] = [
  // (the business community, "het bedrijfsleven", speaks in the SER through the employers: its part stands under the social partners';
  // employees, "werknemers", are no party to it, their organisations are: "wat betekent dat voor werknemers?")
  ['sociale partners', /\b(sociale partners|bedrijfsleven|business community|werkgevers|werknemersorganisaties|vakbond(?:en)?|vakbeweging|social partners|employers|unions|trade unions)\b/i],
  ['kabinet', /\b(kabinet|regering|overheid|minister(?:s)?|cabinet|government|govt|gov|ministry|den haag|the hague|de politiek|politici|politicians)\b/i],
  ['Tweede Kamer', /\b(tweede kamer|parlement|parliament|house of representatives)\b/i],
  ['CPB', /\b(cpb|centraal planbureau|npb|national productivity board|productivity board)\b/i],
  ['SER', /\b(ser|sociaal-economische raad|the council)\b/i],
];

// an actor set aside: "naast de SER (zelf)", "behalve het kabinet", "besides the government", "other than the unions"
const SET_ASIDE = new RegExp(
  String.raw`\b(?:naast|behalve|besides|apart from|other than|except(?: for)?)\s+(?:de\s+|het\s+|the\s+)?(?:${ACTORS.map(([, re]) => re.source.replace(/^\\b|\\b$/g, '')).join('|')})(?:\s+(?:zelf|itself|themselves))?`,
  'giu',
);
/** The text without the actors it sets aside ("wie steunt dat nog meer, naast de SER zelf?"): they are not the ones asked. Pure. */
export const withoutSetAside = (text: string): string => text.replace(SET_ASIDE, ' ');

// words that point back to the previous turn
// (`dat`/`that` only where they stand for a thing: at the end or after a
// preposition, not as a conjunction: "Vindt de SER dat …", "Does it say that …")
const POINTER_NL = /\b(?:hebben|hadden)\s+we\s+het\s+(?:dan\s+|hier\s+)?over\b|\bgaat\s+het\s+(?:dan\s+|hier\s+)?om\b|^\s*(?:en\s+|maar\s+)?(?:waarom|hoe|wanneer|waar|wat)\s+(?:is|was|zijn|wordt|werd|zou|kan|moet|maakt|komt|helpt|geldt|betekent)\s+(?:dat|dit|die|deze)\b|\b(daar\w*|hier\w*|ervan|erin|eraan|erbij|ervoor|zo'n|zulke|hetzelfde|dezelfde|hun|zij|ze)\b|\b(?:aan|over|van|voor|met|bij|in|op|tegen|door|dan|om)\s+(?:dat|dit|die|deze)\b|\b(?:laat|laten|toont|tonen|bewijst|onderbouwt|onderbouwen|staaft|ondersteunt)\s+(?:dat|dit)\s+(?:zien|aan|mee)?\s*\??\s*$|\b(?:dat|dit|die|deze)\s*\??\s*$/i;
const POINTER_EN = /\b(?:are|were)\s+we\s+talking\s+about\b|\bwe(?:'re|’re)\s+talking\s+about\b|\b(it|its|they|them|their|such)\b|\b(?:does|did|is|was|would|could|should|will|can|do)(?:n[’']t)?\s+(?:that|this)\b|\b(?:that|this)[’']s\b|\b(?:won|can)[’']t\s+(?:that|this)\b|\b(?:to|about|for|with|of|on|in|into|at|by|than|behind|from|after|over|under|against|through|towards?)\s+(?:that|this|those|these)\b|\b(?:that|this|those|these)\s*\??\s*$|\b(?:this|these|those)\s+(?!is\b|are\b|was\b|were\b)\p{L}+|\bthat\s+\p{L}+\s*\??\s*$|(?<!\b(?:is|are|was|were)\s)\bthere\s*\??\s*$|\b(?:\p{L}+ing|play|plays|played|take|takes|took|do|does|did|fill|fills|filled|hold|holds|held)\s+that\s+(?!(?:is|was|are|were|it|they|the|a|an|there|this|we|he|she)\b)\p{L}+/iu;
// "dat"/"dit" as the subject after the verb, closing the question ("op basis van hoeveel regio's is dat onderzocht?", "hoe wordt dit gemeten?"):
// a pronoun, not the conjunction that opens a clause ("Vindt de SER dat het kabinet moet investeren?")
const SUBJECT_POINTER_NL = /\b(?:is|was|wordt|werd|zijn|waren|worden|werden)\s+(?:dat|dit)\s+(?:\p{L}+\s+){0,2}\p{L}+\s*\??\s*$/iu;
// "dat"/"dit" right after the verb that opens the question ("Gaat dat de goede kant op?", "Klopt dat?", "Helpt dit ook het mkb?"): the subject, pointing back
const VERB_FIRST_POINTER_NL = /^\s*(?:en\s+|maar\s+)?(?:gaat|gaan|klopt|kloppen|helpt|helpen|werkt|werken|geldt|gelden|levert|leveren|lukt|speelt|komt|kost|kan|kunnen|moet|moeten|zal|zou|heeft|hebben)\s+(?:dat|dit)\b/i;
// "dat"/"dit" as the object before the verbs that close the question ("zodat werkenden dat ook echt kunnen toepassen?",
// "hoe kunnen bedrijven dat bereiken?"): a pronoun; the conjunction is followed by its clause's subject ("dat het kabinet …")
const OBJECT_POINTER_NL =
  /\b(?:dat|dit)\s+(?:(?:ook|echt|wel|dan|nog|zelf|goed|beter|gewoon|eigenlijk|allemaal|daadwerkelijk|straks|precies|zo|snel|sneller)\s+)*(?:(?:kunnen|kan|moeten|moet|gaan|gaat|willen|wil|zullen|zal|zouden|zou|mogen|mag)\s+)?(?:te\s+)?\p{L}+e?n\s*\??\s*$/iu;
const OPENER = /^\s*(en|maar|ook|dus|oké?|ok|and|but|also|so|what about|how about|hoe zit het|en hoe zit het)\b/i;
// an opener and a phrase of at most six words, with no question word: a fragment of a question ("En mensen met een laag inkomen?")
const FRAGMENT = /^\s*(?:en|and|maar|but|ook|also)\s+(?![^?]*\b(?:wat|welke?|hoe|waarom|wie|wanneer|waar|hoeveel|what|which|how|why|who|when|where|is|zijn|are|does|do|did|kan|kun|can|moet|moeten|should|must)\b)(?:[\p{L}\d'’&-]+\s*){1,6}\?\s*$/iu;

// who a term means ("wie vallen er onder kwetsbare groepen?", "who counts as a vulnerable group?"): a definition, not a body
const WHO_IS_MEANT =
  /\b(?:wie (?:vallen|valt|bedoel\w*|horen|hoort|behoren|behoort|tellen|telt)\b.*\b(?:onder|met|tot|mee)\b|who (?:counts? as|(?:do|does) (?:they|it|the \w+) mean by|(?:is|are) meant by|belongs? to|falls? under|(?:is|are) included in))/i;

function asksOf(text: string, language: Language, asksQuantity: boolean): Asks {
  if (REASON.test(text)) return 'reason';
  // ("wanneer" after another question word is a conjunction: "Welk risico ziet de SER wanneer de lonen harder oplopen …?")
  if (DATE.test(WHEN_AS_IF.test(text) ? text.replace(/\bwanneer\b/gi, ' ') : text)) return 'date';
  if (asksQuantity) return 'quantity';
  if (WHO_IS_MEANT.test(text)) return 'definition';
  if (WHO.test(text)) return 'who';
  if (DEFINITION.test(text) && !ASKS_A_POINT.test(text)) return 'definition';
  if ((language === 'nl' ? YESNO_NL : YESNO_EN).test(text) && /\?\s*$/.test(text)) return 'yesno';
  if (LIST.test(text) || ACTION.test(text)) return 'list';
  return 'fact';
}

/** Content terms of a question that are not its verbs: what it is about. */
function topicTerms(text: string, language: Language): number {
  return queryTerms(text, language, glossaryPhrases(text, language)).filter((t) => !t.verb).length;
}

/**
 * Reads a question, with the earlier turns of its conversation (oldest first).
 * A follow-up — it opens like one ("en …", "and …", "what about …"), points
 * back ("daaraan", "that"), or names too little to stand alone ("waarom?") —
 * is read after the conversation's topic; a self-contained question starts a
 * new topic, so an earlier one never leaks into it.
 */
export function analyseQuestion(asked: string, conversation: readonly ConversationTurn[] = [], opts: ReadOptions = {}): Question {
  const q = readQuestion(asked, conversation, opts);
  const indicator = q.asks === 'reason' ? null : indicatorIntent(q.matchText);
  return indicator ? { ...q, indicator } : q;
}

/** A message typed without a question mark ("wat moet het kabinet doen", "any numbers on that") read as the question it is. Pure. */
export const asQuestion = (text: string): string => {
  // (chat's lower-case "vs" between two things is "versus", "lonen vs productiviteit"; "de VS", "the vs" is the United States)
  const t = text.replace(VERSUS, 'versus');
  return !t.includes('?') && /\p{L}/u.test(t) ? `${t.replace(/[\s.!…]+$/u, '')}?` : t;
};
const VERSUS = /(?<![\p{L}])(?<!\b(?:de|the|in|met|naar|dan|than|en|and|uit|van|of|bij|at|tegen|against|from|to|voor|for|with|over|about|als|like|na|after)\s+)vs\.?(?![\p{L}])/gu;

function readQuestion(asked: string, conversation: readonly ConversationTurn[], opts: ReadOptions): Question {
  asked = asQuestion(asked);
  // a request for the reply's language ("… answer in English pls", "graag in het Nederlands") sets it and is not part of the question
  const reply = REPLY_LANGUAGE.exec(asked);
  if (reply) asked = asked.slice(0, reply.index).trim() || asked;
  const language: Language = reply ? (/^(?:english|engels)$/i.test(reply[1] ?? reply[2]!) ? 'en' : 'nl') : detectLanguage(asked);
  const corrected = opts.speller?.correct(asked, language) ?? { text: asked, corrections: [] };
  // a bare "why?" with the asker's comment after it ("why? thats a pretty big ask from employers", "waarom eigenlijk?
  // loonmatiging is toch juist goed …") asks why of what was just said: the comment is no part of the question
  const bareWhy = conversation.length ? BARE_WHY.exec(corrected.text) : null;
  // ("the rationale behind that", "the figure behind it": "behind" says of what, it is no "lagging behind")
  const text = (bareWhy ? bareWhy[1]! : withoutPreamble(corrected.text)).replace(BEHIND_POINTER, 'of ');
  const corrections = corrected.corrections;
  const asksQuantity = asksFigure(text);
  const asks = asksOf(text, language, asksQuantity);
  // (not "welke instelling …?", "which organisation …?": one body asked for)
  const asker = WHO.exec(text)?.[1] ?? '';
  const oneBody = asks === 'who' && /^(?:welke|which)\s+\p{L}+$/iu.test(asker) && !/(?:en|s)$/i.test(asker);
  // ("welke datum …?", "in welk jaar …?" ask a date, not a list)
  const asksList = (LIST.test(text) || ACTION.test(text)) && !oneBody && asks !== 'date';
  // (an actor named as the one set aside, "wie steunt dat nog meer, naast de SER zelf?", "besides the government", is not asked)
  const actor = ACTORS.find(([, re]) => re.test(withoutSetAside(text)))?.[0];
  const figure = asksQuantity ? figureAsked(text, language) : undefined;
  const asksTarget = asksQuantity && TARGET.test(text);
  // a figure asked of the topic just named, in a question of its own after it ("Wat zegt het advies over gezondheid? Staat daar
  // een cijfer bij?"): asked as of what was just said
  const last = /\?\s+([^?]+\?)\s*$/.exec(text)?.[1];
  const figureAfterTopic = asksQuantity && last !== undefined && asksFigure(last) && !asksFigure(text.slice(0, text.lastIndexOf(last)));
  const counted = figure === 'count' ? COUNTED_WORDS.exec(text)?.[1] : undefined;
  const asksEffect = EFFECT.test(text);
  const asksCertainty = CERTAINTY.test(text);
  const asksState = STATE.test(text);
  const asksSeveral = asks === 'who' && SEVERAL.test(text);
  const measure = MEASURES.find(([re]) => re.test(text))?.[1];
  const asksRanking = (ASKS_TOP.test(text) && /\b(?:welke|welk|which)\b/i.test(text)) || ASKS_RANK.test(text);
  const asksPerson = PERSON.test(text);
  // (of the question asked first: "wat is de oplossing? wie moet dat betalen?" is answered by the solution)
  const payer = asksPayer(firstQuestion(text));
  const asksResponseToIt = RESPONSE_TO_IT.test(text);
  const secondPart = secondQuestion(text);
  const year = asksQuantity ? (/\b(?:in|for|voor|over|van|tot|until|to|by|tegen)\s+((?:19|20)\d{2})\b/i.exec(text)?.[1] ?? (RELATIVE_YEAR.test(text) ? 'recent' : undefined)) : undefined;
  const perYear = asksQuantity && PER_YEAR.test(text);
  // (not "is er een quick fix?": whether there is one is asked, not what it is)
  const asksProposal = asks !== 'yesno' && (REMEDY.test(text) || CHANGE.test(text));
  const base: Question = {
    text: withoutPreamble(corrected.text), language, searchText: text, matchText: text, followUp: false, asks, asksList, asksQuantity, corrections,
    ...(actor ? { actor } : {}), ...(figure ? { figure } : {}), ...(counted ? { counted } : {}), ...(asksEffect ? { asksEffect } : {}), ...(asksCertainty ? { asksCertainty } : {}), ...(asksState ? { asksState } : {}), ...(asksSeveral ? { asksSeveral } : {}), ...(asksProposal ? { asksProposal } : {}), ...(measure ? { measure } : {}), ...(asksRanking ? { asksRanking } : {}), ...(asksPerson ? { asksPerson } : {}), ...(payer ? { asksPayer: payer } : {}), ...(asksResponseToIt ? { asksResponseToIt } : {}), ...(year ? { year } : {}), ...(perYear ? { perYear } : {}), ...(secondPart ? { secondPart } : {}), ...(asksTarget ? { asksTarget } : {}), ...(figureAfterTopic ? { figureAfterTopic } : {}),
  };

  // the topic of the conversation so far: each earlier user turn read in turn
  let topic: string | undefined;
  let remarks: string[] = [];
  let previousAnswer: string | undefined;
  const turns = conversation.filter((t) => t.text.trim());
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.role === 'assistant') {
      previousAnswer = t.text;
      continue;
    }
    // (an earlier turn's typos are corrected as its own reading corrected them: "concurentiebeding")
    const lang = detectLanguage(t.text);
    const said = asQuestion(opts.speller?.correct(t.text, lang).text ?? t.text);
    const goesOn = topic !== undefined && isFollowUp(said, lang);
    topic = goesOn ? `${topic} ${said}` : said;
    const remark = AFTER_QUESTION.exec(said)?.[1];
    remarks = [...(goesOn ? remarks : []), ...(remark ? [remark] : [])];
    previousAnswer = undefined;
  }
  // "die eerste", "the last one": an item of the list the previous answer gave, which the question is about
  // (or the latest answer before it that gave a list: "wat betekent die laatste?", then "en bij die eerste?")
  const answers = turns.filter((t) => t.role === 'assistant').map((t) => t.text).reverse();
  const item = previousAnswer !== undefined ? answers.map((a) => listItemPointedAt(text, a)).find((x) => x !== undefined) : undefined;
  // (all the previous answer quoted first, for what the conversation has said; its opening, what a short pointer to
  // the answer reads: "waarom?", "who says so?")
  const said = quotedIn(previousAnswer) ?? '';
  const quoted = said ? said.slice(0, QUOTED_CHARS) : undefined;
  if (topic === undefined) return base;
  if (!isFollowUp(text, language) && item === undefined && !namesBack(text, topic, language) && !withinAnswer(text, language, `${topic} ${said}`)) return base;
  if (item !== undefined) {
    // (the ordinal and the noun after it name the list, not the topic: "welke knelpunten bij die eerste dimensie?" asks about the item)
    const rest = text.replace(ORDINAL_NOUN[language], ' ');
    return { ...base, searchText: `${item} ${rest}`, matchText: `${item} ${rest}`, followUp: true, previousAnswer: previousAnswer! };
  }
  // a short pointer to the answer ("waarom?", "who says so?", "wat betekent dat?") also reads the answer's own words
  // (a noun it points back with is the answer's: "wat gebeurt er met die bedrijven als ze dat geld niet vinden?")
  // (an actor asked to act on a topic the turn names itself, "en wat moet het kabinet doen voor de arbeidsmarktinfrastructuur?",
  // points at the actor's recommendations on it, not at the answer before)
  const actsOnOwnTopic = actor !== undefined && ACTION.test(text) && topicTerms(withoutActors(text), language) === 1;
  const pointsAtAnswer = topicTerms(withoutAnaphora(text, language), language) <= 1 && quoted !== undefined && !actsOnOwnTopic;
  // an actor asked to act on it ("wat moet het kabinet daartegen doen?") names no topic but the answer's:
  // its words find the actor's recommendations on it, though the answer is not beside the previous one
  const actsOnAnswer = !pointsAtAnswer && !actsOnOwnTopic && actor !== undefined && ACTION.test(text) && quoted !== undefined && topicTerms(withoutActors(text), language) <= 1;
  // the fix of the problem the answer named ("wat is de oplossing?"): it is put in the answer's words, though not beside it
  // (a follow-up may narrow it: "wat stelt de SER voor om dat omlaag te krijgen?", "wat wil de SER daar in de publieke sector aan doen?")
  const asksRemedy = quoted !== undefined && REMEDY.test(text) && topicTerms(withoutActors(text).replace(REMEDY_ALL, ' '), language) <= 2;
  // where it comes from: the claim is the answer's, the source named with it or near it
  const asksSource = quoted !== undefined && !asksRemedy && (SOURCE.test(text) || OTHERS_BACK.test(text));
  // "en de sociale partners?" asks the same topic of another actor: the topic's own actor gives way
  // (when the turn names only the actor, or asks it to act; in "hoe kunnen de sociale partners daarbij betrokken worden?" after a
  // question on the NPB, the NPB is the topic)
  const topicOf = actor && (ACTION.test(text) || topicTerms(withoutActors(text), language) === 0) ? withoutActors(topic) : topic;
  return {
    ...base,
    searchText: [topicOf, pointsAtAnswer || actsOnAnswer || asksRemedy || asksSource ? quoted : '', text].filter(Boolean).join(' '),
    // the answer's words find its passage; the sentence that answers is matched without them (it is not the answer again),
    // but for the fix of the problem it named: the sentence that proposes it names the problem
    matchText: asksRemedy || asksSource ? `${topicOf} ${quoted} ${text}` : `${topicOf} ${text}`,
    followUp: true,
    ...(pointsAtAnswer ? { pointer: true } : {}),
    ...(asksRemedy ? { asksRemedy: true } : {}),
    ...(asksSource ? { asksSource: true } : {}),
    ...(previousAnswer ? { previousAnswer } : {}),
    ...(remarks.length ? { remarks } : {}),
  };
}

const BEHIND_POINTER = /(?<=\b\p{L}+(?<!\b(?:lag|lags|lagging|fall|falls|falling|fell|fallen|trail|trails|trailing|stay|stays|left|is|are|was|were|lies|what's|what’s|whats)) )behind\s+(?=(?:that|this|it|these|those)\b)/iu;
const BARE_WHY = /^\s*((?:(?:en|and|but|maar|ok|oké|oke)[,]?\s+)?(?:waarom|why|hoezo|how come)(?:\s+(?:eigenlijk|dan|precies|so|then|exactly))?\s*\?)\s+\S/i;

// "… answer in English pls", "reply in Dutch please", "graag in het Engels", "in het Nederlands aub" at the end
const REPLY_LANGUAGE =
  /[,;.]?\s*(?:(?:please|pls|plz)\s+)?(?:(?:answer|reply|respond)\s+in\s+(english|dutch)|(?:graag\s+|aub\s+)?(?:antwoord\s+)?in\s+het\s+(engels|nederlands))(?:\s+(?:please|pls|plz|graag|aub|a\.u\.b\.|alsjeblieft|alstublieft|svp))?\s*[.!]*\s*$/i;

// the question word that opens a second question ("…, en welke …?", "… ? Who …?")
const SECOND_QUESTION_WORD = String.raw`(?:welke?|wat|hoe|waarom|wie|waar|via welk\w*|what|which|how|why|who|where)\b`;
const SECOND_AFTER_COMMA = new RegExp(String.raw`^(.{15,}?)[,;]\s*(?:en|and)\s+(${SECOND_QUESTION_WORD}[^?]*\??)\s*$`, 'i');
const SECOND_AFTER_QUESTION = new RegExp(String.raw`^(.{15,}?\?)\s+(?:(?:en|and)\s+)?(${SECOND_QUESTION_WORD}[^?]*\?)\s*$`, 'i');

/** The second question of a question in two, or undefined (its first part is a question of its own too). Pure. */
export function secondQuestion(text: string): string | undefined {
  const m = SECOND_AFTER_QUESTION.exec(text.trim()) ?? SECOND_AFTER_COMMA.exec(text.trim());
  return m && /\b(?:welke?|wat|hoe|waarom|wie|waar|welk|what|which|how|why|who|where|is|are|does|do|did|kan|heeft|hebben|zijn)\b/i.test(m[1]!) ? m[2]! : undefined;
}

// a preamble that says why or how a question is asked, not what about: first person ("Ik bereid een debat voor:",
// "I need a quotable line:"), a purpose ("Voor het bezoek van de minister:") or haste ("ff snel:", "Nieuwe collega hier:")
const CONTEXT_PREAMBLE = /^(?:(?:voor|for|ten behoeve van|even|ff|effe|snel|kort|quick(?:ly)?|nieuwe collega|new colleague)\b|.*\b(?:ik|we|wij|mijn|onze|i|i'm|i’m|we're|we’re|my|our|me)\b)/i;

/**
 * The question without such a preamble before a colon; a topic before a colon
 * ("Werkkostenregeling: wat wil de SER?") stays. Pure.
 */
export function withoutPreamble(text: string): string {
  // a word that only moves the chat on ("Verder, wat zegt …", "Tot slot: …", "Next question: …") says nothing of the question
  text = text.replace(MOVES_ON, '');
  // (nor does the document it is asked of, put first: "According to SER 25/04, which institution …?", "Volgens het advies, wie …?")
  text = text.replace(SOURCE_FIRST, '');
  // "this SER letter advice", "the advisory letter": English for "briefadvies", the document itself, not a letter it discusses
  text = text.replace(LETTER_ADVICE, 'advice');
  // the advisory named by its subject ("volgens het SER-briefadvies over arbeidsproductiviteitsgroei", "the SER advice on labour
  // productivity") is the document, not the question's topic (but "het advies over de productiviteit van de EU" names one)
  text = text.replace(THIS_ADVISORY_ON_PRODUCTIVITY, '$1');
  // who passes the question on is no part of it ("Mijn directeur vraagt welke …", "My manager asks: …")
  const reported = REPORTED_BY.exec(text.trim());
  if (reported) text = text.trim().slice(reported[0].length);
  // (or after it: "Staat er iets in over regeldruk? Wethouder vraagt ernaar.", "… ? My manager asked.")
  text = text.replace(REPORTED_AFTER, '?');
  const m = /^([^:?]{3,80}):\s+(\S[^]*)$/.exec(text.trim());
  return m && CONTEXT_PREAMBLE.test(m[1]!) && /\?\s*$/.test(m[2]!) ? m[2]! : text;
}
const LETTER_ADVICE = /(?<![\p{L}])(?:letter[\s-]+advice|advi(?:ce|sory)\s+letter|letter\s+of\s+advice)(?![\p{L}])/giu;
const THIS_ADVISORY_ON_PRODUCTIVITY =
  /((?<![\p{L}])(?:ser[-\s]|ser['’]s\s+)(?:brief)?(?:advies|advice|advisory|briefadvies|letter|paper|document|stuk)|(?<![\p{L}])(?:brief)?advies|briefadvies)\s+(?:over|on|about)\s+(?:de\s+|het\s+|the\s+)?(?:labou?r\s+)?(?:arbeids)?productivit\p{L}*(?:\s+(?:growth|groei))?(?![\p{L}])(?!\s+(?:van|of|in|bij)\b)/giu;
const SOURCE_FIRST = /^\s*(?:according to|volgens|in|per)\s+(?:the\s+|this\s+|het\s+|dit\s+|de\s+)?(?:ser|advies|advisory|advice|briefadvies|letter|document|stuk|text|tekst)\b[^,?]{0,30},\s*(?=\S)/i;
const MOVES_ON = /^\s*(?:verder|daarnaast|tot slot|ten slotte|nog (?:een|iets|één) (?:vraag|ding|iets)|andere vraag|volgende vraag|also|furthermore|finally|next(?: question)?|another (?:question|thing)|one more (?:question|thing))\s*[,:]\s*(?=\S)/i;
const ASKER_ROLE =
  'directeur|baas|manager|chef|leidinggevende|collega|teamleider|bestuurder|voorzitter|wethouder|burgemeester|minister|staatssecretaris|kamerlid|raadslid|gedeputeerde|boss|director|colleague|team lead|line manager|chair|alderman|mayor|mp|councillor';
const REPORTED_BY = new RegExp(
  String.raw`^(?:mijn|onze|een|my|our|a)\s+(?:${ASKER_ROLE})\s+(?:vraagt|vroeg|wil weten|wilde weten|asks|asked|wants to know|wanted to know)(?:\s+(?:me|mij|us|ons))?\s*:?\s+(?=\S)`,
  'i',
);
const REPORTED_AFTER = new RegExp(
  String.raw`\?\s+(?:(?:mijn|onze|de|een|my|our|the|a)\s+)?(?:${ASKER_ROLE})\s+(?:vraagt|vroeg|wil het weten|wilde het weten|asks|asked|wants to know|wanted to know)(?:\s+(?:ernaar|erom|dit|dat|het|it|this|that))?\s*[.!]*\s*$`,
  'i',
);

const ORDINAL =
  /\b(?:die|de|het|dat|deze|the|that|this)\s+(eerste|tweede|derde|vierde|vijfde|laatste|laatstgenoemde|first|second|third|fourth|fifth|last|latter|former)\b/i;
const ORDINAL_INDEX: Record<string, number> = { eerste: 0, first: 0, former: 0, tweede: 1, second: 1, derde: 2, third: 2, vierde: 3, fourth: 3, vijfde: 4, fifth: 4 };

/**
 * The item of the previous answer's list that "die eerste", "the second one",
 * "de laatste" points at: its heading (before a colon) or its opening words.
 * The list is the quote's numbered items ("1. Kapitaalverdieping: …") or the
 * answer's bulleted lines. Undefined when the question names no ordinal or the
 * answer holds no such item. Pure.
 */
export function listItemPointedAt(text: string, previousAnswer: string): string | undefined {
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  const bullets = previousAnswer.split('\n').filter((l) => /^\s*[•*-]\s+\S/.test(l)).map((l) => l.replace(/^\s*[•*-]\s+/, ''));
  const quote = /“([^”]+)”/.exec(previousAnswer)?.[1] ?? '';
  const numbered = quote.split(/(?:^|\s)\d\.\s+(?=\p{Lu})/u).slice(1);
  const inline = quote.split(/\s•\s+/).slice(1);
  const items = numbered.length >= 2 ? numbered : bullets.length >= 2 ? bullets : inline.length >= 2 ? inline : [];
  if (!items.length) return undefined;
  const word = m[1]!.toLowerCase();
  const chosen = /^(?:laatste|laatstgenoemde|last|latter)$/.test(word) ? items[items.length - 1] : items[ORDINAL_INDEX[word]!];
  if (chosen === undefined) return undefined;
  const head = /^([^:.]{3,120}):/.exec(chosen)?.[1];
  return (head ?? chosen.split(/\s+/).slice(0, 12).join(' ')).trim();
}

// a noun a demonstrative points back with ("die bedrijven", "dat geld", "those firms", "that estimate"): the answer's thing, not a topic of the turn's own
// (not "dat" opening a clause: "vinden ze dat de lonen …", "says that employers …"; a pronoun or article follows it there)
// the words after a demonstrative or an ordinal that are no noun it points with (an article, a pronoun, a verb, an adverb)
const NOT_A_NOUN: Record<Language, string> = {
  nl: 'de|het|een|ze|zij|we|wij|je|jij|hij|er|men|die|dat|dit|deze|is|zijn|was|waren|wordt|worden|werd|kan|kunnen|moet|moeten|zou|zouden|heeft|hebben|niet|ook|nog|al|dan|zo|wel|precies',
  en: 'the|a|an|it|they|we|you|he|she|there|is|are|was|were|will|would|can|could|should|has|have|had|does|do|did|not|also|so|much|many',
};
const ANAPHORA: Record<Language, RegExp> = {
  nl: new RegExp(`\\b(?:die|deze|dat|dit|zulke|dezelfde|diezelfde)\\s+(?!(?:${NOT_A_NOUN.nl})\\b)(\\p{L}+)`, 'giu'),
  en: new RegExp(`\\b(?:those|these|that|this|such)\\s+(?!(?:${NOT_A_NOUN.en})\\b)(\\p{L}+)`, 'giu'),
};
/** An ordinal with the noun it may name the list's items by ("die eerste dimensie", "the second track"). */
const ORDINAL_NOUN: Record<Language, RegExp> = {
  nl: new RegExp(`${ORDINAL.source}(?:\\s+(?!(?:${NOT_A_NOUN.nl}|en|of|in|op|van|voor|bij|met|aan|over|uit)\\b)\\p{L}+)?`, 'giu'),
  en: new RegExp(`${ORDINAL.source}(?:\\s+(?!(?:${NOT_A_NOUN.en}|and|or|in|on|of|for|at|with|to|about|mean|means)\\b)\\p{L}+)?`, 'giu'),
};
// the kind of answer asked for, with a word that says how it should be ("een sprekend cijfer", "a striking figure",
// "een concreet voorbeeld", "any hard numbers"): what is asked, no topic
const ASKED_KIND =
  /\b(?:(?:een|geen|a|an|any|some|no)\s+)?(?:(?:sprekend|treffend|concreet|concrete|goed|goede|hard|harde|duidelijk|duidelijke|recent|recente|striking|telling|good|hard|clear|specific|recent|real|actual)\s+)?(?:cijfers?|getallen|getal|bedragen|bedrag|schattingen|schatting|voorbeelden|voorbeeld|figures?|numbers?|amounts?|sums?|estimates?|examples?)\b/giu;
// and the degree a number question asks ("how big an effect?", "hoe groot is het effect?"): what is asked, no topic
const DEGREE_ASKED = /\b(?:how|hoe)\s+(?:big|large|high|great|strong|groot|grote|hoog|hoge|sterk)\b/giu;
/** The question without the nouns it points back with, and without the kind of answer it asks for. Pure. */
const withoutAnaphora = (text: string, language: Language) => text.replace(ANAPHORA[language], ' ').replace(ASKED_KIND, ' ').replace(DEGREE_ASKED, ' ');

/** Whether the turn points back, with a demonstrative, at a word the conversation used ("how that board works" after a question on the National Productivity Board). Pure. */
function namesBack(text: string, topic: string, language: Language): boolean {
  const said = new Set(topic.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  return [...text.matchAll(ANAPHORA[language])].some((m) => said.has(m[1]!.toLowerCase()));
}

/**
 * Whether every topic word of the turn was already said in the conversation (its topic or the answer's quote):
 * "Why is the Netherlands behind?" after a quote on Dutch R&D lagging, "Is er een voorbeeld uit de publieke
 * sector?" after a quote that names the public sectors. Such a turn names nothing new, so it asks on about what was said. Pure.
 */
function withinAnswer(text: string, language: Language, said: string): boolean {
  // (the kind of answer asked for is no word said: "Is er een voorbeeld uit de publieke sector?")
  const asked = withoutActors(text).replace(ASKED_KIND, ' ');
  const terms = queryTerms(asked, language, glossaryPhrases(asked, language)).filter((t) => !t.verb);
  if (terms.length < 2 || terms.length > 4) return false;
  const stems = textStems(said, 'nl');
  const own = language === 'en' ? textStems(said, 'en') : stems;
  return terms.every((t) => t.stems.some((s) => textMatches(stems, s)) || (t.en ?? []).some((s) => textMatches(own, s)));
}

/** The text with the actors it names taken out. */
const withoutActors = (text: string) =>
  ACTORS.reduce((t, [, re]) => t.replace(new RegExp(re.source, 'gi'), ' '), text)
    .replace(/\s+/g, ' ')
    .trim();

// what was just said set against something else ("Staat dat niet op gespannen voet met …?", "bijt dat niet met …?",
// "Isn't that at odds with …?", "how does that square with …?"): asked of the conversation's topic, whatever it names besides
const RELATES_BACK =
  /\b(?:staat|staan)\s+(?:dat|dit)\s+(?:\p{L}+\s+){0,2}(?:op\s+gespannen\s+voet|haaks)\b|\b(?:bijt|botst|strookt|rijmt|schuurt|wringt)\s+(?:dat|dit)\s+(?:\p{L}+\s+){0,2}met\b|\b(?:is|isn[’']t|does|doesn[’']t|would|wouldn[’']t)\s+(?:that|this|it)\s+(?:\p{L}+\s+){0,2}(?:at odds|in conflict|conflict|clash|square|compatible|in tension|contradict)\b|\bhow\s+does\s+(?:that|this|it)\s+square\b/iu;

// a choice between the government and business or the social partners, either way round ("who needs to step up, companies or the
// government?", "is dat iets voor het kabinet of ligt die bal bij werkgevers?"): who is to act on the conversation's topic
// (the actors' own words, and business in any form: "companies", "bedrijven")
const actorWords = (name: Actor) => ACTORS.find(([a]) => a === name)![1].source.replace(/^\\b|\\b$/g, '');
const GOVERNMENT = actorWords('kabinet');
const BUSINESS = String.raw`(?:${actorWords('sociale partners')}|bonden|bedrijven|business|businesses|companies|firms|ondernemers|industry|industrie)`;
const choiceBetween = (or: string) =>
  new RegExp(String.raw`\b${GOVERNMENT}\b.{0,40}\b${or}\b.{0,40}\b${BUSINESS}\b|\b${BUSINESS}\b.{0,40}\b${or}\b.{0,40}\b${GOVERNMENT}\b`, 'i');
const ACTOR_CHOICE: Record<Language, RegExp> = { nl: choiceBetween('of'), en: choiceBetween('or') };
/** Whether the turn asks which of the government and business (or the social partners) is to act. Pure. */
export const asksActorChoice = (text: string, language: Language): boolean => ACTOR_CHOICE[language].test(text);

/** The words askers name themselves with ("ons O&O-fonds", "our members", "ik hoorde"). */
export const ASKER_WORDS = 'our|my|us|me|i|ons|onze|mijn|mij|wij|we|ik';
/** A remark after the question (group 1), with one of `words` in it, or any remark when none are given: "En het kabinet? Ik hoorde iets over defensiegeld". */
export const remarkAfter = (words?: string): RegExp =>
  new RegExp(String.raw`\?\s+([^?]*${words === undefined ? String.raw`\p{L}` : String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])`}[^?]*?)\s*[.!]*\s*$`, 'iu');
const REMARK_AFTER = remarkAfter(ASKER_WORDS);
/** Any remark after the question ("… ? Big topic in the UK too."): where the asker stands, not what is asked. */
export const AFTER_QUESTION = remarkAfter();
/** The first quote of an answer (“…”, 20 characters or more), or undefined. Pure. */
export const quotedIn = (answer: string | undefined): string | undefined => (answer === undefined ? undefined : /“([^”]{20,})”/.exec(answer)?.[1]);
/** How much of the previous answer's quote a follow-up's search text carries. */
export const QUOTED_CHARS = 400;
/** The question a message asks first, without what follows it ("wat is de oplossing? wie moet dat betalen?" → its first part). */
export const firstQuestion = (text: string): string => text.replace(/\?.*$/s, '?');

// what a text says about a subject: "wat zeggen/vinden/schrijven ze (…) over X", "what do they say/think/write (…) about X"
// (or proposes: "what do they propose on social innovation?", "wat adviseren ze over …")
const SAID_ABOUT =
  /\b(?:zeggen|zegt|vinden|vindt|schrijven|schrijft|staat er|adviseren|adviseert|say|says|think|thinks|write|writes|propose|proposes|recommend|recommends|suggest|suggests|advise|advises)\b(?:\s+[\p{L}-]+){0,5}?\s+(?:over|about|regarding|on)\s+(?:de\s+|het\s+|een\s+|the\s+|a\s+|an\s+)?(?!dat\b|dit\b|die\b|deze\b|that\b|this\b|it\b|those\b|these\b|them\b|hen\b|hun\b)[\p{L}-]{4,}/iu;

// the authors as the subject of what is said: "zeggen ze", "vinden zij", "do they say", "what they think"
const SAYER = /\b(?:zeggen|vinden|schrijven|adviseren)\s+(?:ze|zij)\b|\b(?:ze|zij)\s+(?:zeggen|vinden|schrijven|adviseren)\b|\b(?:do|did|does)\s+they\s+(?:say|think|write|propose|recommend|suggest|advise)\b|\bthey\s+(?:say|think|write|propose|recommend|suggest|advise)\b/giu;

/** Does the text point back to the previous turn (a pronoun, "daarover", "that …")? Pure. */
function pointsBack(text: string, language: Language): boolean {
  return (language === 'nl' ? POINTER_NL : POINTER_EN).test(text) || (language === 'nl' && (SUBJECT_POINTER_NL.test(text) || VERB_FIRST_POINTER_NL.test(text) || OBJECT_POINTER_NL.test(text)));
}

function isFollowUp(asked: string, language: Language): boolean {
  // (is the question itself one: the remark after it says why it is asked)
  const text = asked.replace(REMARK_AFTER, '?');
  if (RELATES_BACK.test(text)) return true;
  if (asksActorChoice(text, language)) return true;
  // (who else holds it: "Is het alleen de SER die dat wil of staan er nog anderen achter?")
  if (OTHERS_BACK.test(text)) return true;
  // what is said about a subject the turn names ("En wat zeggen ze tegen sociale partners over het concurrentiebeding?",
  // "and what do they say about non-competes?") starts anew, unless it points back ("… over de financiering daarvan?")
  // (the authors it asks about are no pointer: "wat zeggen ze", "what do they say")
  if (SAID_ABOUT.test(text) && !pointsBack(text.replace(SAYER, ' '), language)) return false;
  // (a noun it points back with names no topic of its own: "en waar halen die bedrijven dat geld dan vandaan?")
  const n = topicTerms(withoutAnaphora(text, language), language);
  if (n <= 1) return true;
  // "en …"/"and …" with a topic of its own ("and what should the cabinet do to help SMEs grow?") starts anew
  if (OPENER.test(text) && n <= 2) return true;
  // but "en" with a phrase and no question of its own ("En mensen met een laag inkomen?", "and for small firms that want to scale?")
  // asks the question just asked again, of what it names
  if (FRAGMENT.test(text)) return true;
  // (the actors a pointing turn names are whom it asks, no topic: "Is that also part of what they ask from unions and employers?")
  return pointsBack(text, language) && topicTerms(withoutActors(withoutAnaphora(text, language)), language) <= 3;
}
