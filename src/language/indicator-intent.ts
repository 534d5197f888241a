// What indicator a question asks for (Dutch and English): the indicator
// intent of the question's reading (src/language/question.ts sets
// `Question.indicator`). Conservative: a question about what the advisory
// *says* is no indicator question (null); only one that asks for a number
// about productivity, R&D, wages, hours or a growth scenario, naming no other
// topic, is. The answer itself is src/answer/indicator-route.ts's.
import { findAreasInText } from './area-mentions.ts';
import { contentWords } from './analyze.ts';
import { isCommonDutch, isCommonEnglish } from './common-words.ts';
import { escapeRegExp } from '../regexp.ts';

export interface IndicatorIntent {
  id: string;
  params: Record<string, unknown>;
  /** the question asks the advisory for a statistic it does not give: the figures come from the statistics instead */
  notInAdvisory?: boolean;
}

const has = (q: string, re: RegExp) => re.test(q);

/** Asks for a quantity: how fast / how much / how many / a % or pp / a year span. */
const QUANT = /\b(hoe ?snel|hoeveel|hoe groot|hoe hoog|hoe laag|hoe ver\b|how (?:fast|much|far|big|large|many|quickly|high|low)|what (?:was|is) the (?:growth|gap|level|rate|share)|by how much|met hoeveel|gemiddeld(?:e)?|average|procentpunt(?:en)?|percentage ?points?|pp\b|per jaar|a year|per year|annual|jaarlijks|sinds (?:19|20)\d\d|since (?:19|20)\d\d|vanaf (?:19|20)\d\d|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|tussen (?:19|20)\d\d en|between (?:19|20)\d\d and|hoeveel procent|what percentage|how many percent|in (?:percent|procent)|growth rate|groeicijfer|groeipercentage|what (?:was|is|were) (?:the )?(?:[\w'’-]+ ){0,4}growth\b|wat (?:was|is|bedroeg|bedraagt) de (?:[\w-]+ ){0,4}?groei\b)/;
/** "jaarlijks(e)" / "annual" before a thing that is not a change or a rate ("de jaarlijkse beleidscyclus") */
const YEARLY_THING = /\b(?:jaarlijkse?|annual|yearly)\s+(?!(?:[\p{L}-]+\s+){0,2}(?:groei|growth|verandering|change|stijging|increase|toename|daling|decline|rate|percentage|procent|percent)\b)[\p{L}-]+/gu;
/** Asks the advisory itself for the figure ("… according to the advisory?", "noemt het advies een cijfer …?"). */
const ASKS_ADVISORY = /\b(?:according to (?:the |this |that )?(?:ser|advisory|advice|paper|report|document|letter|briefadvies|cpb)(?: (?:figures|data|numbers))?|volgens (?:het |dit |de )?(?:advies|briefadvies|stuk|ser|rapport|cpb)(?:-cijfers)?|in (?:het|dit) (?:brief)?advies|in (?:the|this) (?:advisory|advice|letter|paper|report|document)|(?:does|did) (?:the |this )?(?:advisory|advice|paper|ser|report|document) (?:say|give|mention|state|report|cite|quote)|(?:noemt|geeft|vermeldt) (?:het|dit) (?:brief)?(?:advies|stuk))\b/gi;
/** Names a statistics office or its figures as the source ("according to CBS figures", "volgens het CBS", "Eurostat-cijfers"):
 * how the statistic is asked, not a topic or a question about a text. */
const STATISTICS_SOURCE = /\b(?:according to (?:the )?(?:cbs|eurostat|statistics netherlands|statline)(?: (?:figures|data|numbers|statistics))?|(?:volgens|van|bij) (?:het )?(?:cbs|eurostat|statline)(?:-(?:cijfers|data))?|(?:volgens )?(?:de )?(?:cbs|eurostat)[- ](?:cijfers|figures|data|statistieken|statistics)|(?:in|from) (?:the )?(?:cbs|eurostat|statline)(?: (?:figures|data|numbers|statistics))?)\b/gi;
/** Indicators whose figures the advisory quotes itself (src/metrics/advisory.ts) or that compute what the asker supposes (a scenario): the corpus answers or the figures do; any other statistic is answered as one the advisory does not give. */
export const QUOTED_BY_ADVISORY = new Set(['rd-intensity', 'scenario']);
/** Asks what the advisory or the SER says or recommends: a corpus question. */
const ABOUT_TEXT = /\b(wat (?:zegt|vindt|adviseert|bedoelt|verstaat|staat)|zegt het advies|volgens het advies|what does (?:the )?(?:ser|advisory|advice|report)|how does (?:the )?(?:ser|advisory|advice|report)|what (?:is|are) (?:the )?(?:ser'?s?|advisory'?s?) (?:view|position|recommendation)|beschrijft|describe|waarom|why|(?:welke|wat zijn de) (?:rol|maatregelen|aanbevelingen|stappen)|(?:which|what) (?:measures|recommendations|steps)|recommend|aanbevel|adviseer|according to|volgens (?:de |het )?(?:oeso|oecd|ser|advies|cpb|draghi|letta|rapport)|(?:what|how) (?:does|do|did) (?:the )?(?:oecd|oeso|cpb|imf|draghi|letta|european commission|commission|tno)(?:'s)? (?:estimate|expect|say|find|conclude|project|explain)|(?:wat|hoeveel|hoe) (?:schat|schatte|verwacht|verklaart|verklaarde|concludeert) (?:de |het )?(?:oeso|oecd|cpb|draghi|letta|europese commissie|tno)|hoe verklaart|how (?:does|do) \w+ explain|(?:oeso|oecd|cpb|imf|draghi|letta|tno)(?:'s)?[- ](?:schatting|raming|estimate|projection|figure|cijfer)|schatting van (?:de |het )?(?:oeso|oecd|cpb|imf)|estimate (?:of|by) the (?:oecd|cpb|imf)|in (?:het|dit) (?:brief)?advies|in the (?:advisory|advice|letter))/;

const PRODUCTIVITY = /(productiviteit|productivity|bbp per (?:gewerkt )?uur|gdp per hour|output per hour)/;
const GROWTH = /(groei|groeide|grew|grow|grown|growth|gegroeid|toegenomen|increase|rose|stijging|gestegen|ontwikkel)/;
const LEVEL = /(niveau|level|hoger dan|lager dan|higher than|lower than|= ?100|ten opzichte van|relative to|compared (?:to|with) the us|achterstand|voorsprong|gap with|behind)/;
const RD = /(r&d|r & d|r&amp;d|research and development|research & development|onderzoek en ontwikkeling|\bgerd\b|rd-uitgaven|r&d-uitgaven|r&d-ambitie|r&d-intensiteit)/;
const SCENARIO = /(\bai\b|kunstmatige intelligentie|artificial intelligence|extra (?:groei|growth)|sneller groei|grows? faster|percentage ?points? (?:a|per) year|procentpunt(?:en)? per jaar|procentpunt(?:en)? .*bij|na \d+ jaar|after \d+ years|in \d+ years|over \d+ years|inhalen|inlopen|in te lopen|in te halen|catch up|close the gap)/;
const ACCOUNTING = /(groeiboekhouding|growth accounting|bijdrage van (?:kapitaal|tfp|menselijk kapitaal|kapitaalverdieping)|contribution of (?:capital|tfp|human capital|labour quality)|ontleding|ontleed|decompos|uitsplitsing|split into|bronnen van (?:de )?(?:productiviteits)?groei|sources of (?:productivity )?growth)/;
const WAGES = /(lonen|loon|wages?|beloning|compensation|arbeidsinkomensquote|\baiq\b|loonaandeel|labou?r share)/;
const HOURS = /(uren per werkende|hours per (?:worker|person)|gewerkte uren|hours worked per|arbeidsuren|deeltijd|part-time|part time|werkgelegenheid|employment growth)/;

const YEAR = /(?:19|20)\d\d/g;

const LAST_YEAR = /\b(?:vorig jaar|afgelopen jaar|het laatste jaar|last year|the past year|the latest year|the most recent year)\b/;

function years(q: string): { from?: number; to?: number; latest?: true } {
  const range = q.match(/((?:19|20)\d\d)\s*(?:[-–]|tot(?: en met)?|to|until|t\/m|en|and)\s*((?:19|20)\d\d)/);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  const since = q.match(/(?:sinds|since|vanaf|from|na|after)\s+((?:19|20)\d\d)/);
  if (since) return { from: Number(since[1]) };
  // a single year ("de groei in 2024", "growth in 2024"): the change over that year, not the decade to it
  const inYear = q.match(/\bin\s+((?:19|20)\d\d)\b/);
  // "vorig jaar", "last year": the change over the latest year the data have (found when it runs)
  if (!inYear && LAST_YEAR.test(q)) return { latest: true };
  if (inYear) return { from: Number(inYear[1]) - 1, to: Number(inYear[1]) };
  const until = q.match(/(?:tot|until|to|up to)\s+((?:19|20)\d\d)/);
  if (until) return { to: Number(until[1]) };
  return {};
}

/** Numbers written as 0,4 / 0.4 in the question, with their positions. */
function decimals(q: string): number[] {
  return [...q.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)?)(?![\d])/g)]
    .map((m) => Number(m[1].replace(',', '.')))
    .filter((n) => Number.isFinite(n) && n < 1000 && !(n >= 1900 && n <= 2100));
}

function areaParams(question: string): { country?: string; vs?: string[] } {
  const areas = findAreasInText(question);
  if (!areas.length) return {};
  if (areas.includes('NL') || areas.length === 1 && ['EU27', 'EA20', 'OECD', 'US'].includes(areas[0]) && /(vergeleken|compared|versus|\bvs\.?\b|than|dan|met de|with the|tegenover|against|ten opzichte)/i.test(question)) {
    const vs = areas.filter((a) => a !== 'NL');
    return vs.length ? { country: 'NL', vs } : { country: 'NL' };
  }
  const [country, ...vs] = areas;
  return vs.length ? { country, vs } : { country, vs: [] };
}

const INDICATOR_VOCABULARY = [QUANT, PRODUCTIVITY, GROWTH, LEVEL, RD, SCENARIO, ACCOUNTING, WAGES, HOURS,
  /(nederland|netherlands|dutch|europ|eu\b|eu27|eurozone|euro area|eurozon|vs\b|us\b|usa|verenigde staten|united states|america|oeso|oecd|duitsland|germany|frankrijk|france|belgi)/,
  /(jaar|year|procent|percent|bbp|gdp|uitgaven|spending|expenditure|ambitie|ambition|target|doel|inhalen|catch|achter|behind|verschil|difference|hoger|higher|lager|lower|sneller|faster|trager|slower|extra|scenario|inlopen|gap|kloof|periode|period|decennium|decade|cijfer|figure|statistiek|statistic|intensiteit|intensity|kapitaal|capital|werkende|worker|employ|uur|hour|gewerkt|worked|reëel|real|nominaal|nominal|inflatie|inflation|deflator|sinds|since|tussen|between|ontwikkel|develop|trend|tfp|deepen|verdieping|bijdra|contribut|ontled|decompos|accounting|boekhouding|menselijk|human|labou?r|arbeid|quality|kwaliteit|aandeel|share|produc|groei|grow|research|onderzoek|spend|uitgeven|besteed|invest)/];

const VOCABULARY_GLOBAL = INDICATOR_VOCABULARY.map((re) => new RegExp(re.source, 'g'));

/**
 * An indicator question asks for a statistic and names nothing else: a topic
 * word outside the indicators' vocabulary ("Groeifonds", "vennootschapsbelasting")
 * makes it a question about that topic, for the corpus to answer or abstain on.
 */
function namesOtherTopic(question: string): boolean {
  for (const w of contentWords(question)) {
    if (/\d/.test(w) || w.length < 4 || isCommonDutch(w) || isCommonEnglish(w)) continue;
    // what is left of a word after the indicators' own stems (`groeifonds` → `fonds`; `arbeidsproductiviteitsgroei` → nothing)
    const rest = VOCABULARY_GLOBAL.reduce((x, re) => x.replace(re, ' '), w)
      .replace(/(^|\s)(?:s|e|en|es|ment|ments|ing|ings|ingen|ed|er|ers|ness|ity|ies|heid|elijk|ische?|al|ally|ly|ie|ies)(?=\s|$)/g, ' ')
      .trim();
    if (rest.replace(/\s+/g, '').length < 4) continue;
    if (rest !== w && rest.split(/\s+/).every((part) => part.length < 4 || isCommonDutch(part) || isCommonEnglish(part))) continue;
    const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}`, 'iu').exec(question)?.[0] ?? w;
    // a Dutch compound, a name, or a part of a word the indicators do not know, is a topic;
    // a short verb or adjective is how the question is put
    if (w.length >= 9 || /^\p{Lu}/u.test(named) || rest !== w) return true;
  }
  return false;
}

/** Which indicator (and parameters) a question asks for, or null. Pure; exported for tests. */
export function indicatorIntent(asked: string): IndicatorIntent | null {
  const question = asked.replace(STATISTICS_SOURCE, ' ');
  const q = question.toLowerCase().replace(/\s+/g, ' ');
  // "de jaarlijkse beleidscyclus", "the annual analysis": how often something happens is no quantity asked
  const quant = has(q.replace(YEARLY_THING, ' '), QUANT);
  if (!quant) return null;
  if (namesOtherTopic(question)) return null;
  // questions about what the advisory says go to the corpus, unless they ask "how many percentage points";
  // a statistic asked of the advisory that it does not quote is answered from the statistics, saying so
  if (has(q, ABOUT_TEXT) && !has(q, /(hoeveel procentpunt|how many percentage points|how far|hoe ver)/)) {
    // (the question as asked, without its source phrase: its capitals still mark a name, namesOtherTopic)
    const rest = question.replace(ASKS_ADVISORY, ' ');
    if (rest === question || has(rest.toLowerCase(), ABOUT_TEXT)) return null;
    const routed = indicatorIntent(rest);
    return routed && !QUOTED_BY_ADVISORY.has(routed.id) ? { ...routed, notInAdvisory: true } : null;
  }
  const y = years(q);
  const areas = areaParams(question);

  if (has(q, RD) && has(q, /(procent|percent|%|procentpunt|percentage point|target|doel|ambitie|ambition|gap|bbp|gdp|oeso|oecd|uitgaven|spending|expenditure|hoe ver|how far|how much|hoeveel)/)) {
    const params: Record<string, unknown> = { ...areas };
    if (params.country && params.country !== 'NL' && !findAreasInText(question).includes('NL') && ['OECD'].includes(String(params.country))) {
      params.country = 'NL';
      params.vs = [];
    }
    if (params.vs && (params.vs as string[]).includes('OECD')) params.vs = (params.vs as string[]).filter((a) => a !== 'OECD');
    if (params.country === 'OECD') params.country = 'NL';
    const yy = y.to ?? y.from;
    if (yy && yy <= new Date().getFullYear() && yy >= 1990 && !/\b(?:19|20)\d\d\s*(?:ambit|doel|target)/.test(q) && !/(voor|by|in) 2030/.test(q)) params.year = yy;
    return { id: 'rd-intensity', params };
  }

  const hypothetical = has(q, /(?:na|after|in|over|binnen|within)\s+\d{1,3}\s+(?:jaar|years?)|\b(?:als|if|wanneer|stel dat|suppose|what if|scenario|inhalen|inlopen|in te lopen|in te halen|hoeveel jaar|how many years|catch up|close the gap)\b/);
  if (has(q, SCENARIO) && hypothetical && has(q, /(productiviteit|productivity|niveau|level|groei|growth|hoger|higher|inhalen|catch up|gap|achterstand)/)) {
    const nums = decimals(q);
    const n = q.match(/(?:na|after|in|over|binnen|within)\s+(\d{1,3})\s+(?:jaar|years?)/) ?? q.match(/(\d{1,3})\s+(?:jaar|years?)\s+(?:lang|later)/);
    const N = n ? Number(n[1]) : undefined;
    const pp = nums.filter((x) => x > 0 && x <= 5 && x !== N);
    const params: Record<string, unknown> = {};
    if (areas.country) params.country = areas.country === 'OECD' ? 'NL' : areas.country;
    if (pp.length) params.extraPp = pp.slice(0, 4);
    if (N) params.years = N;
    const gapM = q.match(/(?:achterstand|gap|verschil)\D{0,20}(\d+(?:[.,]\d+)?)\s*(?:%|procent|percent)/);
    if (gapM) params.gap = Number(gapM[1].replace(',', '.'));
    else if (has(q, /(inhalen|inlopen|catch up|close the gap|achterstand|gap)/) && areas.vs?.length) params.vs = areas.vs[0];
    return { id: 'scenario', params };
  }

  // what AI could add, asked without a scenario ("how much could AI add each year?"),
  // is the OECD estimate the advisory quotes (p. 8), not a statistic
  if (has(q, /\bai\b|kunstmatige intelligentie|artificial intelligence/)) return null;
  if (!has(q, PRODUCTIVITY) && !has(q, WAGES) && !has(q, HOURS)) return null;

  if (has(q, ACCOUNTING) && has(q, PRODUCTIVITY)) {
    return { id: 'growth-accounting', params: { ...(areas.country ? { country: areas.country } : {}), ...y } };
  }
  if (has(q, WAGES) && has(q, PRODUCTIVITY)) {
    return { id: 'wages-vs-productivity', params: { ...(areas.country ? { country: areas.country } : {}), ...y } };
  }
  if (has(q, HOURS)) {
    return { id: 'hours-and-employment', params: { ...areas, ...y } };
  }
  if (has(q, PRODUCTIVITY) && has(q, GROWTH)) {
    return { id: 'productivity-growth', params: { ...areas, ...y } };
  }
  if (has(q, PRODUCTIVITY) && has(q, LEVEL)) {
    const p: Record<string, unknown> = { ...areas };
    if (y.to ?? y.from) p.year = y.to ?? y.from;
    return { id: 'productivity-level', params: p };
  }
  return null;
}
