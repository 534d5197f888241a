// Questions about the advisory's recommendations answered from the tracker,
// citing the advisory's page: their STATUS ("Wat is de status van …?",
// "Which recommendations to the cabinet are carried out?") and WHICH ones go to
// an actor or track ("Welke aanbevelingen doet de SER aan sociale partners?").
// Conservative: other questions, and "Wat zegt het advies over …?", stay with
// retrieval (null).
import type { Tracker, TrackedRecommendation } from './tracker.ts';
import { ADVISORY_DOC, ADVISORY_TITLE, ACTOR_LABELS, TRACK_LABELS, type Actor, type Track } from './catalogue.ts';
import { REC_STATUSES, type RecStatus } from '../store/index.ts';
import { formatAmsterdam, shorten } from './format.ts';
import { expandQuery } from '../language/glossary.ts';
import { STOP_WORDS, tokenize } from '../language/analyze.ts';
import { ACTION, asksActorChoice, asksPayer, firstQuestion, quotedIn, QUOTED_CHARS, withoutSetAside, type RouteQuestion } from '../language/question.ts';

/**
 * A page of the advisory an answer cites: the fields of the answer's `Citation`
 * this module fills (declared here so recommendations/ does not import answer/,
 * which sits above it; the answerer takes it as its own Citation).
 */
export interface Citation {
  n: number;
  doc: string;
  title: string;
  page: number;
  section: string;
  quote: string;
}

export interface RecommendationRouteDeps {
  tracker: Tracker;
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** The question's text without the previous answer's first quote, which a follow-up's search text carries. */
function withoutQuote(q: string, previousAnswer: string | undefined): string {
  const quote = quotedIn(previousAnswer);
  return quote === undefined ? q : q.replace(fold(quote.slice(0, QUOTED_CHARS)), ' ');
}

const ID_RE = /\b(?:kw|vo|bc)-(?:sp|kab|ser)-(?:\d+|npb)\b/g;
const STATUS_INTENT =
  /\b(status|stand van zaken|voortgang|uitgevoerd|in uitvoering|opgevolgd|gerealiseerd|afgewezen|in voorbereiding|overgenomen|terechtgekomen|progress|carried out|implemented|being implemented|realised|realized|rejected|followed up|been done|put into practice|acted on|taken up)\b/;
const REC_OBJECT = /\b(aanbeveling(en)?|recommendations?)\b/;
/**
 * Asks for the list itself ("Welke aanbevelingen …?", "Which recommendations …?"). "What does the
 * SER recommend on X?" stays with retrieval, which also finds the advice in the running text.
 */
const LIST_INTENT = /\b(welke aanbeveling(?:en)?|which recommendations?|what recommendations?|what are the recommendations)\b/;
/** Asks what is recommended to an actor ("What does the SER recommend to employers and unions?", "Wat adviseert de SER aan het kabinet?", "Wat beveelt de SER de sociale partners aan?"): that actor's list. */
// (its own list of addressees, not ACTOR_WORDS: "adviseert … voor de cao's" names an instrument, and asks a wage figure the advisory does not give)
const RECOMMENDS_TO =
  /\b(?:recommend\w*|advis\w*|aanbevel\w*|beveelt|bevelen|adviseert|adviseren|raadt|raden)\b[^?]*?\b(?:to|aan|for|voor)\s+(?:the\s+|de\s+|het\s+)?(?:kabinet|regering|overheid|cabinet|government|sociale partners|social partners|werkgevers|employers|unions|trade unions|vakbonden|bonden)\b|\b(?:beveelt|bevelen|raadt|raden)\b[^?]*?\b(?:kabinet|regering|overheid|sociale partners|werkgevers|vakbonden|bonden)\b[^?]*\baan\b|\b(?:adviseert|adviseren|advise|advises)\s+(?:\S+\s+){0,2}?(?:het\s+|de\s+|the\s+)?(?:kabinet|regering|overheid|cabinet|government|sociale partners|social partners|werkgevers|employers|unions|vakbonden|bonden)\b/;
const TRACK_WORDS: [RegExp, Track][] = [
  // ("slimmer werken" in its forms: "work smarter", "het werk slimmer maken", "make work better and smarter")
  [/\b(kwaliteit van (?:het )?werk|slimmer werken|quality of work|working smarter|(?:werk|werken)\b[^?.]{0,25}\bslimmer|(?:work|working)\b[^?.]{0,25}\bsmarter|smarter (?:work|working))\b/, 'kwaliteit-van-werk'],
  [/\b(vernieuwend ondernemerschap|ondernemerschap|innovative entrepreneurship|entrepreneurship)\b/, 'vernieuwend-ondernemerschap'],
  [/\b(beleidscyclus|policy cycle)\b/, 'beleidscyclus'],
];
const CORPUS_QUESTION = /\b(wat (zegt|staat|schrijft)|wat adviseert|what does the (advisory|ser|advice) say)\b/;

const STATUS_WORDS: [RegExp, RecStatus][] = [
  [/\b(in uitvoering|being implemented|underway)\b/, 'in-uitvoering'],
  [/\b(in voorbereiding|being prepared|in preparation)\b/, 'in-voorbereiding'],
  [/\b(afgewezen|rejected|declined)\b/, 'afgewezen'],
  [/\b(gerealiseerd|uitgevoerd|carried out|implemented|realised|realized|done|completed|afgerond)\b/, 'gerealiseerd'],
  [/\b(nog open|still open|not yet started|niet gestart)\b/, 'open'],
];
const ACTOR_WORDS: [RegExp, Actor][] = [
  [/\b(kabinet|regering|overheid|cabinet|government|minister|den haag|the hague|de politiek|politici|politicians)/, 'kabinet'],
  [/\b(sociale partners|social partners|bedrijfsleven|business community|werkgevers|(?:vak)?bonden|employers|unions|cao)/, 'sociale-partners'],
];
const STOP = new Set(
  (
    'aanbeveling aanbevelingen recommendation recommendations status stand zaken voortgang welke wat is de het een van over met voor aan al nog zijn worden wordt hoe staat ' +
    'the of to a an on about which what are is has have been already still how with from for does kabinet cabinet sociale partners social government overheid ' +
    'uitgevoerd gerealiseerd carried implemented progress daarmee gebeurd gedaan'
  ).split(' '),
);

function topicScore(rec: TrackedRecommendation, tokens: readonly string[], words: string[], language: 'nl' | 'en'): number {
  let score = 0;
  // a keyword counts when all its words are in the question (`doorgroei mkb` in
  // "de doorgroei van het mkb"); a question word when the text has it, or its
  // imperative (`stimuleren` ~ `Stimuleer`)
  // (a word that opens a question word: itself, inflected or as a compound's first part, `loon` in
  // `loonontwikkeling`; not the end of one, `infrastructuur` in `arbeidsmarktinfrastructuur`, another thing)
  // (or, in a Dutch question, a word of the same stem in another form: `gezonder` ~ `gezondheid`, `productiever` ~ `productiviteit`;
  // an English one would meet Dutch words by accident: `financing` ~ `financieringslandschap`)
  const has = (w: string) => tokens.some((t) => t.startsWith(w) || (language === 'nl' && sameStem(t, w)));
  for (const k of rec.keywords) if (fold(k).split(/\s+/).every(has)) score += 3;
  const text = fold(rec.text);
  for (const w of words) if (w.length >= 5 && (text.includes(w) || (w.length >= 8 && w.endsWith('eren') && text.includes(w.slice(0, -3))))) score += 1;
  return score;
}

/** Two words that share an opening of at least six letters and three quarters of the shorter. */
function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 6 && n >= 0.75 * Math.min(a.length, b.length);
}

/** The words of a question and of its glossary terms that can name a recommendation's topic. */
// (not the language's function words: "zodat", "kunnen" and "hebben" name no topic)
const wordsOf = (text: string, terms: readonly string[]) =>
  [...tokenize(text), ...terms.flatMap((t) => t.split(/\s+/))].filter((w) => w && !STOP.has(w) && !TRACK_STOP.has(w) && !STOP_WORDS.has(w));

/** The text with the actors it names taken out. */
const withoutActorWords = (text: string) => ACTOR_WORDS.reduce((x, [re]) => x.replace(new RegExp(re.source, 'g'), ' '), text);

/** A turn that names an actor and nothing else ("en de sociale partners?", "and the cabinet?", "what about employers?") */
// (what follows its question mark is a remark: "En het kabinet? Ik hoorde iets over defensiegeld")
const namesOnlyAnActor = (whole: string): boolean => {
  const turn = firstQuestion(whole);
  return (
    ACTOR_WORDS.some(([re]) => re.test(turn)) &&
    /^\s*(?:(?:en|and|maar|but|what about|how about|and what about|en hoe zit het met|en wat met)\s+)?(?:(?:van|voor|aan|bij|from|for|of)\s+)?(?:de |het |the )?[\s,]*(?:en|and)?[\s,]*(?:dan|then)?\s*\??\s*$/.test(withoutActorWords(turn))
  );
};

/** The question's words a keyword is matched against: each, and the parts of a hyphenated one. */
const keywordTokens = (q: string) => tokenize(q).flatMap((t) => [t, ...t.split('-')]);

const citationOf = (r: TrackedRecommendation, n: number): Citation => ({
  n,
  doc: ADVISORY_DOC,
  title: ADVISORY_TITLE,
  page: r.page,
  section: TRACK_LABELS[r.track],
  quote: r.text,
});

function statusPhrase(r: TrackedRecommendation, lang: 'nl' | 'en'): string {
  if (!r.lastChange) return lang === 'nl' ? 'open (nog geen wijziging vastgelegd)' : 'open (no change recorded yet)';
  const c = r.lastChange;
  const when = formatAmsterdam(c.at).slice(0, 10);
  const note = c.note ? `: “${shorten(c.note, 200)}”` : '';
  return lang === 'nl' ? `${r.status} (sinds ${when}, vastgelegd door ${c.by}${note})` : `${r.status} (since ${when}, recorded by ${c.by}${note})`;
}

function answerOne(recs: TrackedRecommendation[], lang: 'nl' | 'en'): { text: string; citations: Citation[] } {
  const citations = recs.map((r, i) => citationOf(r, i + 1));
  const lines = recs.map((r, i) =>
    lang === 'nl'
      ? `Aanbeveling ${r.id} aan ${ACTOR_LABELS[r.actor].nl} (p. ${r.page}) [${i + 1}]: “${shorten(r.text, 160)}” Status in de tracker: ${statusPhrase(r, lang)}.`
      : `Recommendation ${r.id} to ${ACTOR_LABELS[r.actor].en} (p. ${r.page}) [${i + 1}]: “${shorten(r.text, 160)}” Status in the tracker: ${statusPhrase(r, lang)}.`,
  );
  return { text: lines.join('\n'), citations };
}

function answerList(all: TrackedRecommendation[], actor: Actor | undefined, status: RecStatus | undefined, lang: 'nl' | 'en'): { text: string; citations: Citation[] } {
  const scope = all.filter((r) => !actor || r.actor === actor);
  const who = actor ? (lang === 'nl' ? ` aan ${ACTOR_LABELS[actor].nl}` : ` to ${ACTOR_LABELS[actor].en}`) : '';
  const counts = REC_STATUSES.map((s) => `${s} ${scope.filter((r) => r.status === s).length}`).join(', ');
  const pages = [...new Set(scope.map((r) => r.page))].sort((a, b) => a - b).join(', ');
  // listed: the matches of the asked status, or (no status asked) the ones that changed
  const listed = status ? scope.filter((r) => r.status === status) : scope.filter((r) => r.lastChange);
  const shown = listed.slice(0, 8);
  const cited = shown.length ? shown : scope.slice(0, 3);
  const citations = cited.map((r, i) => citationOf(r, i + 1));
  const marks = citations.map((c) => `[${c.n}]`).join('');
  let head: string;
  if (!status) {
    head =
      lang === 'nl'
        ? `Stand van de ${scope.length} aanbevelingen${who} (pp. ${pages}) volgens de tracker: ${counts}.${shown.length ? ' Gewijzigd:' : ` ${marks}`}`
        : `Status of the ${scope.length} recommendations${who} (pp. ${pages}) in the tracker: ${counts}.${shown.length ? ' Changed:' : ` ${marks}`}`;
  } else if (!listed.length) {
    head =
      lang === 'nl'
        ? `Geen van de ${scope.length} aanbevelingen${who} (pp. ${pages}) staat in de tracker op ${status} ${marks}. Stand: ${counts}.`
        : `None of the ${scope.length} recommendations${who} (pp. ${pages}) has status ${status} in the tracker ${marks}. Current count: ${counts}.`;
  } else {
    head =
      lang === 'nl'
        ? `${listed.length} van de ${scope.length} aanbevelingen${who} staan in de tracker op ${status}:`
        : `${listed.length} of the ${scope.length} recommendations${who} have status ${status} in the tracker:`;
  }
  const lines = shown.map((r, i) => `• ${r.id} (p. ${r.page}) [${i + 1}]: ${shorten(r.text, 120)} ${statusPhrase(r, lang)}`);
  if (listed.length > shown.length) {
    const more = listed.length - shown.length;
    const cmd = `/aanbeveling lijst${status ? ` ${status}` : ''}`;
    lines.push(lang === 'nl' ? `… en ${more} meer (${cmd}).` : `… and ${more} more (${cmd}).`);
  }
  return { text: [head, ...lines].join('\n'), citations };
}

/** Which recommendations go to an actor / in a track (or on a topic): short texts with their pages, in page order. */
function answerWhich(
  recs: TrackedRecommendation[],
  actor: Actor | undefined,
  track: Track | undefined,
  lang: 'nl' | 'en',
  onTopic: boolean,
): { text: string; citations: Citation[] } {
  const MAX = 6;
  // ("… and 1 more" would take the line the one would: it is shown)
  const shown = recs.slice(0, recs.length === MAX + 1 ? MAX + 1 : MAX);
  const citations = shown.map((r, i) => citationOf(r, i + 1));
  const pages = [...new Set(recs.map((r) => r.page))].sort((a, b) => a - b);
  const where = pages.length > 1 ? `pp. ${pages[0]}-${pages[pages.length - 1]}` : `p. ${pages[0]}`;
  // (none asked: the recommendations' own addressees, so a "who is to act?" is answered too)
  const to = (a: Actor) => (lang === 'nl' ? (a === 'kabinet' ? 'het kabinet' : ACTOR_LABELS[a].nl) : ACTOR_LABELS[a].en);
  const addressees = actor ? [actor] : onTopic ? [...new Set(shown.map((r) => r.actor))] : [];
  const who = addressees.length ? (lang === 'nl' ? ` aan ${addressees.map(to).join(' en ')}` : ` to ${addressees.map(to).join(' and ')}`) : '';
  const how = track ? (lang === 'nl' ? ` in het spoor “${TRACK_LABELS[track]}”` : ` in the track “${TRACK_LABELS[track]}”`) : '';
  const head = onTopic
    ? lang === 'nl'
      ? `Aanbevelingen${who}${how} hierover (${where}):`
      : `Recommendations${who}${how} on this (${where}):`
    : lang === 'nl'
      ? `Het advies doet ${recs.length} aanbeveling${recs.length === 1 ? '' : 'en'}${who}${how} (${where}):`
      : `The advisory makes ${recs.length} recommendation${recs.length === 1 ? '' : 's'}${who}${how} (${where}):`;
  // a few recommendations on the asked topic are the answer itself: shown whole; a longer list is an overview
  const width = onTopic && shown.length <= 3 ? 420 : shown.length <= 4 ? 300 : 110;
  const lines = shown.map((r, i) => `• ${shorten(r.text, width)} (p. ${r.page}) [${i + 1}]`);
  if (recs.length > shown.length) {
    const more = recs.length - shown.length;
    lines.push(lang === 'nl' ? `… en ${more} meer: /aanbeveling lijst${actor ? ` ${actor}` : ''}` : `… and ${more} more: /aanbeveling lijst${actor ? ` ${actor}` : ''}`);
  }
  return { text: [head, ...lines].join('\n'), citations };
}

/**
 * Answers a question about the status of a recommendation from the tracker,
 * or returns null when the question is not about status (leave it to retrieval).
 */
export async function answerRecommendationQuestion(read: RouteQuestion, deps: RecommendationRouteDeps): Promise<{ text: string; citations: Citation[] } | null> {
  const { language } = read;
  const q = fold(read.searchText);
  // what is asked for is read from the turn as asked: a follow-up's topic ("What does the advisory say
  // about financing?") must not turn "And the government, what should it do?" into a corpus question
  const turn = fold(read.text);
  const previousAnswer = read.followUp ? read.previousAnswer : undefined;
  const ids = [...new Set(q.match(ID_RE) ?? [])];
  // the tracker is read only for a question that can be about recommendations
  let listed: TrackedRecommendation[] | undefined;
  const tracked = () => (listed ??= deps.tracker.list());
  // "wie moet dat oppakken?", "who is supposed to do that?", and a choice, "who needs to step up, companies or the government?",
  // "is dat iets voor het kabinet of voor werkgevers?", after an answer that quoted a recommendation: its addressee
  const choice = asksActorChoice(turn, language);
  // (not who pays: "who is supposed to pay for that?" is for a sentence that says so)
  const whoActs = WHO_ACTS.test(turn) && !WHO_SAYS.test(turn) && !asksPayer(turn);
  if (previousAnswer !== undefined && (choice || whoActs)) {
    const quoted = recommendationQuoted(tracked(), previousAnswer);
    // (a cycle step that involves several actors is for the text to answer: it names them all)
    if (quoted && quoted.actors.length === 1) return answerAddressee(quoted, language);
    // (else the choice is answered with the recommendations on the topic to either)
    const recs = choice ? answerWhichQuestion(tracked(), withoutActorWords(q), language, withoutActorWords(turn)) : null;
    if (recs) return recs;
    // (after a problem, "wie moet dat oplossen?": who the advisory's recommendations on it go to)
    // (an actor the turn names is the asker's guess, "wie moet dat regelen, de overheid?": who is asked, not that actor's list)
    if (whoActs && !quoted && FIXES.test(turn)) {
      const fixes = answerWhichQuestion(tracked(), withoutActorWords(q), language, withoutActorWords(turn));
      if (fixes) return fixes;
    }
  }
  const known = ids.length ? ids.filter((id) => tracked().some((r) => r.id === id)) : [];
  if (known.length) return answerOne(tracked().filter((r) => known.includes(r.id)), language);
  // (also "wat adviseert de SER aan het kabinet …?", which names whom: not a question about what the text says)
  if (!STATUS_INTENT.test(turn) && RECOMMENDS_TO.test(turn)) return answerWhichQuestion(tracked(), q, language, turn);
  if (!STATUS_INTENT.test(turn) && !CORPUS_QUESTION.test(turn)) {
    // "welke rol ziet de SER voor zichzelf?", "how would the SER itself plug into that work?": its own part, on the topic
    if (SELF_ROLE.test(withoutSetAside(turn))) return answerSelfRole(tracked(), q, language);
    if (LIST_INTENT.test(turn)) return answerWhichQuestion(tracked(), q, language, turn);
    // "Wat moeten sociale partners doen om …?", "What should the government do to …?":
    // the recommendations to that actor are the answer
    // (an actor the previous answer's quote names is not the one asked: "Wat willen ze daar dan aan doen?" after "Vooral kleinere
    // werkgevers hebben … te weinig prikkels …" asks the fix, not the employers' recommendations)
    if (ACTION.test(turn) && ACTOR_WORDS.some(([re]) => re.test(withoutQuote(q, previousAnswer)))) return answerWhichQuestion(tracked(), q, language, turn);
    // "en de sociale partners?" after "wat moet het kabinet daaraan doen?": the same question of the other actor;
    // after an answer on a topic ("Wat zegt het advies over leven lang ontwikkelen?"): that actor's part in it
    if (namesOnlyAnActor(turn) && (ACTION.test(q) || previousAnswer !== undefined)) return answerWhichQuestion(tracked(), q, language, turn);
  }
  if (!STATUS_INTENT.test(turn) || !REC_OBJECT.test(q) || CORPUS_QUESTION.test(turn)) return null;

  const status = STATUS_WORDS.find(([re]) => re.test(q))?.[1];
  const actor = ACTOR_WORDS.find(([re]) => re.test(q))?.[1];
  const words = tokenize(q).filter((w) => !STOP.has(w));
  const tokens = keywordTokens(q);
  const all = tracked();
  const scored = all
    .filter((r) => !actor || r.actor === actor)
    .map((r) => ({ r, s: topicScore(r, tokens, words, language) }))
    .filter((x) => x.s >= 2)
    .sort((a, b) => b.s - a.s);
  if (scored.length) {
    const best = scored[0].s;
    return answerOne(scored.filter((x) => x.s >= best - 1 && x.s >= best * 0.7).slice(0, 3).map((x) => x.r), language);
  }
  return answerList(all, actor, status, language);
}

// the fix of a problem asked for ("wie moet dat oplossen?", "who is supposed to fix that?"), or who is to see to it, lead it or do it
// ("wie moet daarvoor zorgen?", "wie moet dat trekken?", "wie moet dat doen?", "who is responsible for that?")
const FIXES = /\b(?:oplossen|oplost|aanpakken|aanpakt|verhelpen|verhelpt|fix|fixing|solve|solving|tackle|tackling|sort(?:ing)? (?:it|that|this) out|(?:iets\s+)?aan\s+(?:doen|moet doen|moeten doen)|aan zet|werk van maken|werk maken van|aan de slag|oppakken|oppakt|deliver|delivering|pick up|picks up|take up|takes up|step up|steps up|regelen|regelt|(?:op|daarop|hierop)\s+inzetten|act on|acts on|act upon|take action|make (?:that|this|it) happen|push for|pushes for|pushing for|push (?:that|this|it)|aandringen op|bepleiten|zorgen|trekken|trekt|uitvoeren|uitvoert|realiseren|verantwoordelijk|responsible|in charge|carry (?:it|that|this) out|implement|implementing|(?:moet|moeten|zou|zouden|gaat|gaan)\s+(?:\p{L}+\s+){0,2}doen(?=\s*\??\s*$)|(?:should|must|supposed to|meant to|going to|has to|have to|needs? to)\s+do\s+(?:it|that|this)(?=\s*\??\s*$))\b/u;
// who is to act ("wie moet …", "van wie wordt verwacht …", "who is supposed to …"), or whom it is addressed to ("aan wie is die
// aanbeveling gericht?", "who is that recommendation addressed to?"), not who says or thinks so
const WHO_ACTS =
  /^\s*(?:en |and |maar |but |ok,? |oke,? )?(?:wie|who|van wie|aan wie|door wie|by whom|whose (?:job|task|role))\b.{0,60}\b(?:moet|moeten|zou|zouden|gaat|verwacht|verwachten|oppakken|oppakt|trekken|doen|regelen|zorgen|aansporen|should|must|supposed|meant|expected|responsible|verantwoordelijk|has to|have to|needs? to|going to|aan zet|step up|steps up|gericht|bedoeld|addressed|aimed|directed|intended)\b/;
const WHO_SAYS = /\b(?:zegt|zeggen|zei|says?|said|schat|schatten|estimates?|berekend|calculated|bron|source|vindt|vinden|thinks?)\b/;

/** The recommendation the answer quoted first (in its first quote, or its first bullet), or none. */
function recommendationQuoted(all: TrackedRecommendation[], answer: string): TrackedRecommendation | undefined {
  const said = fold(answer).replace(/\s+/g, ' ');
  const texts = all.map((r) => ({ r, text: fold(r.text).replace(/\s+/g, ' ') }));
  // (only within the answer's first quote, or its first bullet: a recommendation the answer adds later is not what "that" is)
  const end = said.indexOf('”');
  for (const m of said.matchAll(/[“•]\s*([^”•\n]{25,})/g)) {
    if (end >= 0 && m.index > end) break;
    const quote = m[1]!.replace(/\s*\[\d+\]\s*$/, '').trim();
    const found = texts.find(({ text }) => text.includes(quote.slice(0, 60)) || quote.includes(text.slice(0, 60)));
    if (found || end < 0) return found?.r;
  }
  return undefined;
}

function answerAddressee(rec: TrackedRecommendation, language: 'nl' | 'en'): { text: string; citations: Citation[] } {
  const label = ACTOR_LABELS[rec.actor];
  const lead = language === 'nl' ? `Het advies vraagt dat van ${label.nl === 'kabinet' ? 'het kabinet' : `de ${label.nl}`}` : `The advisory asks this of ${label.en}`;
  // (the heading it stands under, as every quote of the advisory names it: "(p. 10, onder ‘Bijdrage van sociale partners’)")
  const under = rec.heading ? (language === 'nl' ? `, onder ‘${rec.heading}’` : `, under ‘${rec.heading}’`) : '';
  return { text: `${lead} (p. ${rec.page}${under}): “${rec.text}” [1]`, citations: [citationOf(rec, 1)] };
}

/** "Welke aanbevelingen doet de SER aan …?": needs an actor, a track or a topic that matches recommendations. */
function answerWhichQuestion(all: TrackedRecommendation[], q: string, language: 'nl' | 'en', turn = q): { text: string; citations: Citation[] } | null {
  // English (and Dutch synonyms) through the search glossary, so "SME financing" meets "mkb-financiering"
  // and "smarter work" names the track "slimmer werken"
  const expanded = expandQuery(q, language).terms.map(fold);
  // (the actor the turn names, before one the conversation named)
  const actor = (ACTOR_WORDS.find(([re]) => re.test(turn)) ?? ACTOR_WORDS.find(([re]) => re.test(q)))?.[1];
  const track = TRACK_WORDS.find(([re]) => re.test(q) || expanded.some((t) => re.test(t)))?.[1];
  const scope = all.filter((r) => (!actor || r.actor === actor) && (!track || r.track === track));
  const words = wordsOf(q, expanded);
  const tokens = keywordTokens(q);
  // a follow-up's own words ("and the government, what should it do about financing?") count twice:
  // the conversation's words find the topic, the turn's say which part of it is asked
  const own = turn === q ? undefined : { tokens: keywordTokens(turn), words: wordsOf(turn, expandQuery(turn, language).terms.map(fold)) };
  const score = (r: TrackedRecommendation) => topicScore(r, tokens, words, language) + (own ? topicScore(r, own.tokens, own.words, language) : 0);
  const scores = scope.map((r) => ({ r, s: score(r) }));
  const scored = scores.filter((x) => x.s >= 2);
  const byPage = (a: TrackedRecommendation, b: TrackedRecommendation) => a.page - b.page;
  if (scored.length) {
    const best = Math.max(...scored.map((x) => x.s));
    return answerWhich(scored.filter((x) => x.s >= best - 1 || x.s >= best * 0.75).map((x) => x.r).sort(byPage), actor, track, language, true);
  }
  if (!actor && !track) return null; // a topic the recommendations do not cover: retrieval may still find it
  const withoutActor = withoutActorWords(q);
  const topical = tokenize(withoutActor).filter((w) => w.length >= 5 && !STOP.has(w) && !TRACK_STOP.has(w) && !LIST_WORDS.test(w));
  // a topic of one word ("Welke aanbeveling doet de SER aan het kabinet over de arbeidsmarktinfrastructuur?") scores at most
  // one: the actor's recommendations that have it
  if (actor && !track && topical.length === 1) {
    const one = scores.filter((x) => x.s >= 1).map((x) => x.r);
    if (one.length) return answerWhich(one.sort(byPage), actor, track, language, true);
  }
  // a topic the actor has no recommendation on ("Wat moet het kabinet doen aan het concurrentiebeding?"):
  // say so, and who does have one; not the actor's whole list
  if (actor && !track && topical.length) {
    // (by the topic's own words: the advisory's subject, "productiviteit", opens keywords of every kind, `productiviteitsraad`)
    const topicTokens = tokens.filter((t) => !TRACK_STOP.has(t));
    const others = all.filter((r) => r.actor !== actor).map((r) => ({ r, s: topicScore(r, topicTokens, words, language) })).filter((x) => x.s >= 2);
    if (!others.length) return null; // nobody's recommendation: retrieval answers or abstains
    const best = Math.max(...others.map((x) => x.s));
    // (saying the actor has none needs a clear topic in the others': a keyword of theirs, not two loose words)
    if (best < 3) return null;
    // (and none of the actor's own recommendations shares a word with the topic)
    // (with no track asked, `scores` are the actor's own)
    if (scores.some((x) => x.s >= 1)) return null;
    const recs = others.filter((x) => x.s >= best - 1).map((x) => x.r).sort(byPage);
    const names = [...new Set(recs.map((r) => (language === 'nl' ? ACTOR_LABELS[r.actor].nl : ACTOR_LABELS[r.actor].en)))].join(language === 'nl' ? ' en ' : ' and ');
    const who = language === 'nl' ? (actor === 'kabinet' ? 'het kabinet' : ACTOR_LABELS[actor].nl) : ACTOR_LABELS[actor].en;
    const found = answerWhich(recs, undefined, undefined, language, true);
    const lead = language === 'nl' ? `Het advies doet hierover geen aanbeveling aan ${who}, wel aan ${names}.` : `The advisory makes no recommendation to ${who} on this, but it does to ${names}.`;
    return { text: `${lead}\n${found.text}`, citations: found.citations };
  }
  return scope.length ? answerWhich(scope.sort(byPage), actor, track, language, false) : null;
}

// the SER asked about its own part ("de SER zelf", "voor zichzelf", "the SER itself", "the council's own role")
// (read without an actor set aside: "wie steunt dat nog meer, naast de SER zelf?" asks who else)
const SELF_ROLE = /\b(?:ser|raad)\b[^?]*\b(?:zelf|zichzelf)\b|\b(?:ser|council)(?:'s|’s)?\s+(?:itself|own)\b/;

/** What the SER itself could do on the topic (its own recommendations), or null when it has none on it. */
function answerSelfRole(all: TrackedRecommendation[], q: string, language: 'nl' | 'en'): { text: string; citations: Citation[] } | null {
  const words = wordsOf(q, expandQuery(q, language).terms.map(fold)).filter((w) => w !== 'ser');
  const tokens = keywordTokens(q);
  const hit = all.find((r) => r.actor === 'ser' && topicScore(r, tokens, words, language) >= 2);
  if (!hit) return null;
  // (its part in that track whole: the three steps around the NPB's reports go together)
  const own = all.filter((r) => r.actor === 'ser' && r.track === hit.track).sort((a, b) => a.page - b.page);
  const where = [...new Set(own.map((r) => r.page))].join(', ');
  const head = language === 'nl' ? `Wat de SER hierbij zelf kan doen (p. ${where}):` : `What the SER itself could do on this (p. ${where}):`;
  const citations = own.map((r, i) => citationOf(r, i + 1));
  return { text: [head, ...own.map((r, i) => `• ${shorten(r.text, 420)} (p. ${r.page}) [${i + 1}]`)].join('\n'), citations };
}

// the words of a list or action question, which name no topic ("Welke aanbevelingen doet de SER …")
const LIST_WORDS = /^(?:aanbeveling(?:en)?|recommendations?|welke|which|moet(?:en)?|should|doen|zouden|kunnen|could|expected|verwacht|advies|advisory|maatregelen|measures|actions?|acties|stappen|steps|partners|organisaties|organisations|organizations)$/;

/** Words of the list intent and the tracks that say nothing about a recommendation's topic. */
const TRACK_STOP = new Set(
  (
    'doet geeft doen beveelt adviseert advies briefadvies advisory advice ser recommend recommends recommendation make makes give gives kwaliteit werk slimmer werken quality work working smarter vernieuwend ondernemerschap innovative entrepreneurship beleidscyclus policy cycle ' +
    // the advisory's subject itself, and the verbs of raising it: every recommendation is about them
    'productiviteit arbeidsproductiviteit arbeidsproductiviteitsgroei productiviteitsgroei productivity verhogen verhoging hogere stijging vergroten ' +
    'krikken opkrikken opschroeven opvoeren raise raising increase increasing boost boosting lift lifting ' +
    // and the verbs recommendations open with, which say how to act, not on what ("help …", "Ondersteun …", "Stimuleer …")
    'help helpen helps support supports ondersteun ondersteunen ondersteunt stimuleer stimuleren stimuleert stimulate bevorder bevorderen promote'
  ).split(' '),
);

/** The route in the shape createBot's `recommendationRoute` option takes. */
export function recommendationRoute(tracker: Tracker) {
  return (read: RouteQuestion) => answerRecommendationQuestion(read, { tracker });
}
