// Composing the weekly digest from what the store and the sources hold (pure:
// no I/O, no clock; the caller passes everything in).
import { say } from '../metrics/messages.ts';
import type { StatusChange, StoredQuestion } from '../store/index.ts';
import type { Recommendation } from '../recommendations/catalogue.ts';
import type { DigestContext } from './context.ts';
import type { Headline } from './headlines.ts';
import { REC_STATUSES } from '../store/index.ts';
import { diffCorpus, diffIndicators, type CorpusChange, type DigestView, type IndicatorPoint, type IndicatorUpdate } from './state.ts';
import { topQuestions, type AskedQuestion } from './questions.ts';
import { formatAmsterdam, shorten } from '../recommendations/format.ts';

export interface DigestInput {
  week: string; // ISO week, e.g. 2026-W48
  period: { from: Date; to: Date };
  questions: StoredQuestion[];
  feedback: { up: number; down: number };
  statusChanges: StatusChange[];
  recommendations: readonly Recommendation[];
  view: DigestView;
  /** what the last posted digest saw; absent for the first digest (baseline) */
  previousView?: DigestView;
  /** areas listed first among indicator updates */
  focusAreas?: string[];
  /** the current status of every recommendation that changed ever (store.currentStatuses()) */
  statuses?: Map<string, StatusChange>;
  /** the week's 👎 votes, with their questions */
  downvotes?: { question?: string; reason?: string }[];
  /** headline figures, the last refresh and the chart (absent: the digest has no headlines) */
  context?: DigestContext;
}

export interface RecommendationChangeItem {
  id: string;
  page: number;
  text: string;
  from: string;
  to: string;
  by: string;
  at: string;
  note: string;
}

export type DigestSection =
  | { id: 'headlines'; title: string; lines: string[]; data: { headlines: Headline[]; missing: string[] } }
  | { id: 'tracker'; title: string; lines: string[]; data: { counts: Record<string, number>; overdue: { id: string; due: string; status: string }[]; changes: RecommendationChangeItem[] } }
  | { id: 'indicators'; title: string; lines: string[]; data: { baseline: boolean; tracked: number; updates: IndicatorUpdate[] } }
  | { id: 'recommendations'; title: string; lines: string[]; data: { changes: RecommendationChangeItem[] } }
  | { id: 'corpus'; title: string; lines: string[]; data: { baseline: boolean; documents: number; changes: CorpusChange[]; indexBuiltAt?: string } }
  | { id: 'questions'; title: string; lines: string[]; data: { total: number; answered: number; top: AskedQuestion[] } }
  | { id: 'unanswered'; title: string; lines: string[]; data: { total: number; top: AskedQuestion[] } }
  | { id: 'feedback'; title: string; lines: string[]; data: { up: number; down: number } };

export interface Digest {
  week: string;
  period: { from: string; to: string };
  /** nothing happened this week: the digest says so in one line */
  empty: boolean;
  title: string;
  summary: string;
  sections: DigestSection[];
  /** the one chart posted with the digest (rendered by the poster) */
  chart?: { title: string; alt: string };
}

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const DEFAULT_FOCUS = ['NL', 'EU27', 'EA20', 'DE', 'BE', 'FR', 'US', 'OECD'];
/** the digest is read in Slack: a few lines per section, the rest one command away */
const MAX_INDICATOR_LINES = 3;
const MAX_QUESTIONS = 3;
/** surfaces whose questions are staff asking in Slack (not the terminal, not tests) */
const SLACK_SURFACES = new Set(['slack', 'slash']);
/** a question that is a test of the bot rather than a question ("test", "ping", "hallo?") */
const TEST_QUESTION = /^\s*(test(je|ing)?|ping|hallo|hoi|hello|hi|hey|asdf|foo|bar|\.+|\?+)\s*[.!?]*\s*$/i;

const STATUS_NL: Record<string, string> = {
  open: 'open',
  'in-voorbereiding': 'in voorbereiding',
  'in-uitvoering': 'in uitvoering',
  gerealiseerd: 'gerealiseerd',
  afgewezen: 'afgewezen',
};

/** A series' name in Dutch, mid-sentence (a leading "Bbp" is written "bbp"); the dataset after it stays as published. */
function seriesLabelNl(p: IndicatorPoint): string {
  if (!p.text) return p.label;
  const en = say(p.text.label, 'en');
  if (!p.label.startsWith(en)) return p.label;
  const nl = say(p.text.label, 'nl');
  return (/^[A-Z][a-z]/.test(nl) ? nl.charAt(0).toLowerCase() + nl.slice(1) : nl) + p.label.slice(en.length);
}

function indicatorLine(u: IndicatorUpdate): string {
  const p = u.point;
  // the digest is Dutch; the points in its data stay English, with their catalogue messages
  const unitText = p.text?.unit ? say(p.text.unit, 'nl') : p.unit;
  const unit = unitText ? ` ${unitText}` : '';
  const was = u.previous ? ` (was ${u.previous.year}: ${nf.format(u.previous.value)})` : '';
  const kind = u.kind === 'revised' ? 'herzien' : u.kind === 'new-series' ? 'nieuwe reeks' : 'nieuw';
  const s = p.source;
  return `${p.area}, ${seriesLabelNl(p)}: ${p.year} = ${nf.format(p.value)}${unit}${was}, ${kind}. Bron: ${s.publisher}, ${s.table}, opgehaald ${s.retrieved}`;
}

function headlineSection(input: DigestInput): DigestSection {
  const headlines = input.context?.headlines ?? [];
  const missing = input.context?.missing ?? [];
  return {
    id: 'headlines',
    title: 'Kerncijfers',
    lines: [...headlines.map((h) => `${h.text} _${h.source}._`), ...(missing.length && input.context ? [`Niet te berekenen: ${missing.join('; ')}.`] : [])],
    data: { headlines, missing },
  };
}

function refreshLine(input: DigestInput): string | undefined {
  const r = input.context?.refresh;
  const built = input.context?.snapshotBuilt;
  if (!r) return input.context ? `Nog geen verversing vastgelegd; cijfers uit de snapshot van ${built ?? 'onbekende datum'}.` : undefined;
  const at = new Date(r.at);
  const recent = at.getTime() >= input.period.from.getTime() - 86_400_000;
  const head = `Verversing ${formatAmsterdam(at)}${recent ? '' : ' (niet deze week)'}`;
  const ok = r.ok.length ? `: ${r.ok.join(', ')} bijgewerkt (${r.newPoints} nieuwe, ${r.revisedPoints} herziene datapunten)` : ': niets bijgewerkt';
  const failed = r.failures.length ? `; mislukt: ${r.failures.map((f) => `${f.source} (${shorten(f.error, 80)})`).join(', ')}, vorige cijfers behouden` : '';
  return `${head}${ok}${failed}.`;
}

function indicatorSection(input: DigestInput): DigestSection {
  const title = 'Nieuwe cijfers';
  const tracked = input.view.indicators.length;
  const refresh = refreshLine(input);
  const head = refresh ? [refresh] : [];
  if (!input.previousView) {
    return {
      id: 'indicators',
      title,
      lines: [...head, `${tracked} reeksen vastgelegd als beginpunt; nieuwe datapunten vanaf volgende week.`],
      data: { baseline: true, tracked, updates: [] },
    };
  }
  const focus = input.focusAreas ?? DEFAULT_FOCUS;
  const rank = (a: string) => (focus.includes(a) ? focus.indexOf(a) : focus.length);
  const updates = diffIndicators(input.previousView.indicators, input.view.indicators).sort(
    (a, b) => rank(a.point.area) - rank(b.point.area) || a.point.series.localeCompare(b.point.series),
  );
  const lines = updates.slice(0, MAX_INDICATOR_LINES).map(indicatorLine);
  if (updates.length > MAX_INDICATOR_LINES) {
    const areas = new Set(updates.slice(MAX_INDICATOR_LINES).map((u) => u.point.area));
    lines.push(`… en ${updates.length - MAX_INDICATOR_LINES} andere (${areas.size} gebieden): \`polderbot digest --preview --json\`.`);
  }
  // a refresh line alone (nothing new) is no news
  return { id: 'indicators', title, lines: lines.length ? [...head, ...lines] : input.context?.refresh?.failures.length ? head : [], data: { baseline: false, tracked, updates } };
}

function changeItems(input: DigestInput): RecommendationChangeItem[] {
  const byId = new Map(input.recommendations.map((r) => [r.id, r]));
  return input.statusChanges.map((c) => {
    const r = byId.get(c.recId);
    return {
      id: c.recId,
      page: r?.page ?? 0,
      text: r?.text ?? '(niet meer in recommendations.yml)',
      from: c.previous,
      to: c.status,
      by: c.by,
      at: c.at.toISOString(),
      note: c.note,
    };
  });
}

/** "bc-kab-1, bc-kab-2, bc-kab-3" → "bc-kab-1…3" (ids in page order, runs of one prefix joined). */
export function compressIds(ids: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < ids.length) {
    const m = /^(.*-)(\d+)$/.exec(ids[i]);
    let j = i;
    while (m && j + 1 < ids.length) {
      const n = /^(.*-)(\d+)$/.exec(ids[j + 1]);
      if (!n || n[1] !== m[1] || Number(n[2]) !== Number(m[2]) + (j + 1 - i)) break;
      j++;
    }
    out.push(j > i + 1 ? `${ids[i]}…${/(\d+)$/.exec(ids[j])![1]}` : ids.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return out.join(', ');
}

/** Tracker progress: counts per status, this week's changes, and what is overdue by the advisory's own cycle. */
function trackerSection(input: DigestInput): DigestSection {
  const statuses = input.statuses ?? new Map<string, StatusChange>();
  const now = input.period.to;
  const statusOf = (id: string) => statuses.get(id)?.status ?? 'open';
  const counts: Record<string, number> = Object.fromEntries(REC_STATUSES.map((st) => [st, 0]));
  for (const r of input.recommendations) counts[statusOf(r.id)] = (counts[statusOf(r.id)] ?? 0) + 1;
  const overdue = input.recommendations
    .filter((r) => r.due && ['open', 'in-voorbereiding'].includes(statusOf(r.id)) && new Date(`${r.due}T23:59:59Z`) < now)
    .map((r) => ({ id: r.id, due: r.due!, status: statusOf(r.id) }));
  const changes = changeItems(input);
  const countText = REC_STATUSES.filter((st) => counts[st]).map((st) => `${STATUS_NL[st]} ${counts[st]}`).join(', ');
  const lines = [`${input.recommendations.length} aanbevelingen (advies pp. 9-11): ${countText}; deze week ${changes.length ? `${changes.length} gewijzigd` : 'geen wijzigingen'}.`];
  for (const c of changes.slice(0, 3)) {
    lines.push(`${c.id} (p. ${c.page}): ${STATUS_NL[c.from] ?? c.from} → ${STATUS_NL[c.to] ?? c.to}, door ${c.by}${c.note ? `: “${shorten(c.note, 80)}”` : ''}`);
  }
  if (changes.length > 3) lines.push(`… en ${changes.length - 3} meer (/aanbeveling lijst).`);
  if (overdue.length) {
    const byDue = new Map<string, string[]>();
    for (const o of overdue) byDue.set(o.due, [...(byDue.get(o.due) ?? []), o.id]);
    const parts = [...byDue].sort((a, b) => a[0].localeCompare(b[0])).map(([due, ids]) => `${compressIds(ids)} (termijn ${due})`);
    lines.push(`Over tijd volgens de eigen cyclus van het advies (p. 10-11): ${overdue.length}, ${parts.join('; ')}.`);
  }
  return { id: 'tracker', title: 'Aanbevelingen', lines, data: { counts, overdue, changes } };
}

function corpusSection(input: DigestInput): DigestSection {
  const documents = input.view.corpus.length;
  const indexBuiltAt = input.view.indexBuiltAt;
  const idx = indexBuiltAt ? { indexBuiltAt } : {};
  if (!input.previousView) return { id: 'corpus', title: 'Documenten', lines: [], data: { baseline: true, documents, changes: [], ...idx } };
  const changes = diffCorpus(input.previousView.corpus, input.view.corpus);
  const label = { added: 'nieuw', updated: 'bijgewerkt', removed: 'verwijderd' } as const;
  const lines = changes.slice(0, 3).map((c) => `${label[c.kind]}: ${shorten(c.title, 70)} (${c.detail})`);
  if (changes.length > 3) lines.push(`… en ${changes.length - 3} meer.`);
  return { id: 'corpus', title: 'Documenten', lines, data: { baseline: false, documents, changes, ...idx } };
}

/** Questions staff asked in Slack: CLI and test questions are left out. */
export function staffQuestions(qs: StoredQuestion[]): StoredQuestion[] {
  return qs.filter((q) => SLACK_SURFACES.has(q.surface) && !TEST_QUESTION.test(q.text) && q.text.trim().length >= 4);
}

function questionSections(input: DigestInput): DigestSection[] {
  const qs = staffQuestions(input.questions);
  const total = qs.length;
  const answered = qs.filter((q) => q.answered).length;
  const top = topQuestions(qs, MAX_QUESTIONS);
  const open = qs.filter((q) => !q.answered);
  const topOpen = topQuestions(open, MAX_QUESTIONS);
  const item = (q: AskedQuestion) => `${q.count}× “${shorten(q.question, 90)}”`;
  return [
    {
      id: 'questions',
      title: 'Vragen in Slack',
      lines: total ? [`${total} vragen, ${answered} beantwoord. Meest gesteld: ${top.map(item).join('; ')}.`] : [],
      data: { total, answered, top },
    },
    {
      id: 'unanswered',
      title: 'Gaten in het corpus (onbeantwoord)',
      lines: topOpen.length ? [`${topOpen.map(item).join('; ')}.`] : [],
      data: { total: open.length, top: topOpen },
    },
  ];
}

function feedbackSection(input: DigestInput): DigestSection {
  const { up, down } = input.feedback;
  const on = (input.downvotes ?? []).map((d) => d.question).filter((q): q is string => !!q);
  // the reasons staff gave after a 👎 (Slack asks for one), most frequent first
  const reasons = new Map<string, number>();
  for (const d of input.downvotes ?? []) if (d.reason) reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
  const topReasons = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([r, n]) => `“${shorten(r, 60)}”${n > 1 ? ` ×${n}` : ''}`);
  const why = down
    ? ` (${topReasons.length ? `redenen: ${topReasons.join(', ')}` : 'geen reden opgegeven'}${on.length ? `; 👎 bij ${topQuestions(on.map((text) => ({ text, askedAt: new Date(0), answered: true, mode: '', surface: 'slack' })), 2).map((q) => `“${shorten(q.question, 80)}”`).join(', ')}` : ''})`
    : '';
  return { id: 'feedback', title: 'Feedback', lines: up + down ? [`👍 ${up}  👎 ${down}${why}`] : [], data: { up, down } };
}

/** The digest's text stays under this many characters (plus the chart), so it is read, not scrolled. */
export const TEXT_BUDGET = 1500;
/** title, summary, section titles, bullets, chart line and marker */
const OVERHEAD = 260;

/** Drops the least important lines (never a section's first line of headlines or tracker) until the text fits. */
function fitBudget(sections: DigestSection[], budget = TEXT_BUDGET - OVERHEAD): void {
  const size = () => sections.reduce((n, s) => n + s.lines.reduce((m, l) => m + l.length + 3, s.lines.length ? s.title.length + 3 : 0), 0);
  const order = ['corpus', 'indicators', 'unanswered', 'questions', 'feedback', 'tracker'];
  for (const id of order) {
    const s = sections.find((x) => x.id === id)!;
    const keep = id === 'tracker' ? 1 : 0;
    while (size() > budget && s.lines.length > keep) {
      // shorten a long last line first, then drop it
      const last = s.lines[s.lines.length - 1];
      if (last.length > 140) s.lines[s.lines.length - 1] = shorten(last, 140);
      else s.lines.pop();
    }
  }
}

/** The digest of one week. Sections with nothing to say keep `lines: []`. */
export function composeDigest(input: DigestInput): Digest {
  const sections = [headlineSection(input), trackerSection(input), indicatorSection(input), ...questionSections(input), feedbackSection(input), corpusSection(input)];
  fitBudget(sections);
  const baseline = !input.previousView;
  const news = ['indicators', 'questions', 'unanswered', 'feedback', 'corpus'] as const;
  const empty = !baseline && input.statusChanges.length === 0 && sections.filter((s) => (news as readonly string[]).includes(s.id)).every((s) => s.lines.length === 0);
  const from = formatAmsterdam(input.period.from).slice(0, 10);
  const to = formatAmsterdam(input.period.to).slice(0, 10);
  const chart = input.context?.chart;
  return {
    week: input.week,
    period: { from: input.period.from.toISOString(), to: input.period.to.toISOString() },
    empty,
    title: `polderbot weekoverzicht ${input.week}`,
    summary: empty
      ? `Rustige week (${from} t/m ${to}): geen nieuwe cijfers, statuswijzigingen, documenten, vragen of feedback.`
      : baseline
        ? `Eerste weekoverzicht (${from} t/m ${to}): de stand van nu als beginpunt.`
        : `Periode ${from} t/m ${to}.`,
    sections,
    ...(chart ? { chart: { title: chart.title, alt: chart.alt } } : {}),
  };
}
