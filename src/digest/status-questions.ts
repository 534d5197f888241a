// Questions about the STATUS of the advisory's recommendations are answered
// from the tracker, citing the advisory's page. Conservative: a question is
// taken only when it asks about status/progress AND about recommendations (or
// names an id); "Wat zegt het advies over …?" stays a corpus question (null).
import type { Citation } from '../answer/types.ts';
import type { Tracker, TrackedRecommendation } from './tracker.ts';
import { ADVISORY_DOC, ADVISORY_TITLE, ACTOR_LABELS, TRACK_LABELS, type Actor } from './recommendations.ts';
import { REC_STATUSES, type RecStatus } from '../store/index.ts';
import { formatAmsterdam, shorten } from './format.ts';

export interface RecommendationRouteDeps {
  tracker: Tracker;
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

const ID_RE = /\b(?:kw|vo|bc)-(?:sp|kab)-(?:\d+|npb)\b/g;
const STATUS_INTENT =
  /\b(status|stand van zaken|voortgang|uitgevoerd|in uitvoering|opgevolgd|gerealiseerd|afgewezen|in voorbereiding|overgenomen|terechtgekomen|progress|carried out|implemented|being implemented|realised|realized|rejected|followed up|been done|put into practice|acted on|taken up)\b/;
const REC_OBJECT = /\b(aanbeveling(en)?|recommendations?)\b/;
const CORPUS_QUESTION = /\b(wat (zegt|staat|schrijft)|volgens het advies|wat adviseert|what does the (advisory|ser|advice) say|according to the advisory)\b/;

const STATUS_WORDS: [RegExp, RecStatus][] = [
  [/\b(in uitvoering|being implemented|underway)\b/, 'in-uitvoering'],
  [/\b(in voorbereiding|being prepared|in preparation)\b/, 'in-voorbereiding'],
  [/\b(afgewezen|rejected|declined)\b/, 'afgewezen'],
  [/\b(gerealiseerd|uitgevoerd|carried out|implemented|realised|realized|done|completed|afgerond)\b/, 'gerealiseerd'],
  [/\b(nog open|still open|not yet started|niet gestart)\b/, 'open'],
];
const ACTOR_WORDS: [RegExp, Actor][] = [
  [/\b(kabinet|regering|overheid|cabinet|government|minister)/, 'kabinet'],
  [/\b(sociale partners|social partners|werkgevers|vakbonden|employers|unions|cao)/, 'sociale-partners'],
];
const STOP = new Set(
  (
    'aanbeveling aanbevelingen recommendation recommendations status stand zaken voortgang welke wat is de het een van over met voor aan al nog zijn worden wordt hoe staat ' +
    'the of to a an on about which what are is has have been already still how with from for does kabinet cabinet sociale partners social government overheid ' +
    'uitgevoerd gerealiseerd carried implemented progress daarmee gebeurd gedaan'
  ).split(' '),
);

function topicScore(rec: TrackedRecommendation, q: string, words: string[]): number {
  let score = 0;
  for (const k of rec.keywords) if (q.includes(fold(k))) score += 3;
  const text = fold(rec.text);
  for (const w of words) if (w.length >= 5 && text.includes(w)) score += 1;
  return score;
}

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

/**
 * Answers a question about the status of a recommendation from the tracker,
 * or returns null when the question is not about status (leave it to retrieval).
 */
export async function answerRecommendationQuestion(
  question: string,
  language: 'nl' | 'en',
  deps: RecommendationRouteDeps,
): Promise<{ text: string; citations: Citation[] } | null> {
  const q = fold(question);
  const ids = [...new Set(q.match(ID_RE) ?? [])];
  const all = deps.tracker.list();
  const known = ids.filter((id) => all.some((r) => r.id === id));
  if (known.length) return answerOne(all.filter((r) => known.includes(r.id)), language);
  if (!STATUS_INTENT.test(q) || !REC_OBJECT.test(q) || CORPUS_QUESTION.test(q)) return null;

  const status = STATUS_WORDS.find(([re]) => re.test(q))?.[1];
  const actor = ACTOR_WORDS.find(([re]) => re.test(q))?.[1];
  const words = q.split(/[^\p{L}\p{N}&-]+/u).filter((w) => w && !STOP.has(w));
  const scored = all
    .filter((r) => !actor || r.actor === actor)
    .map((r) => ({ r, s: topicScore(r, q, words) }))
    .filter((x) => x.s >= 2)
    .sort((a, b) => b.s - a.s);
  if (scored.length) {
    const best = scored[0].s;
    return answerOne(scored.filter((x) => x.s >= best - 1 && x.s >= best * 0.7).slice(0, 3).map((x) => x.r), language);
  }
  return answerList(all, actor, status, language);
}

/** The route in the shape createBot's `recommendationRoute` option takes. */
export function recommendationRoute(tracker: Tracker) {
  return (question: string, language: 'nl' | 'en') => answerRecommendationQuestion(question, language, { tracker });
}
