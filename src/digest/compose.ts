// Composing the weekly digest from what the store and the sources hold (pure:
// no I/O, no clock; the caller passes everything in).
import { seriesLabelNl, unitNl } from '../metrics/dutch.ts';
import type { StatusChange, StoredQuestion } from '../store/index.ts';
import type { Recommendation } from './recommendations.ts';
import { diffCorpus, diffIndicators, type CorpusChange, type DigestView, type IndicatorUpdate } from './state.ts';
import { topQuestions, type AskedQuestion } from './questions.ts';
import { formatAmsterdam, shorten } from './format.ts';

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
}

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const DEFAULT_FOCUS = ['NL', 'EU27', 'EA20', 'DE', 'BE', 'FR', 'US', 'OECD'];
const MAX_INDICATOR_LINES = 8;

function indicatorLine(u: IndicatorUpdate): string {
  const p = u.point;
  const unit = p.unit ? ` ${unitNl(p.unit)}` : ''; // the digest is Dutch; the points in its data stay English
  const was = u.previous ? ` (was ${u.previous.year}: ${nf.format(u.previous.value)})` : '';
  const kind = u.kind === 'revised' ? 'herzien' : u.kind === 'new-series' ? 'nieuwe reeks' : 'nieuw datapunt';
  const s = p.source;
  return `${p.area}, ${seriesLabelNl(p.label)}: ${p.year} = ${nf.format(p.value)}${unit}${was}, ${kind}. Bron: ${s.publisher}, ${s.dataset}, ${s.table}, opgehaald ${s.retrieved}`;
}

function indicatorSection(input: DigestInput): DigestSection {
  const title = 'Nieuwe cijfers';
  const tracked = input.view.indicators.length;
  if (!input.previousView) {
    return {
      id: 'indicators',
      title,
      lines: [`Eerste overzicht: ${tracked} reeksen vastgelegd als beginpunt; vanaf het volgende overzicht staan hier de nieuwe datapunten.`],
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
    lines.push(`… en ${updates.length - MAX_INDICATOR_LINES} andere updates (${areas.size} gebieden); zie \`polderbot digest --preview --json\`.`);
  }
  return { id: 'indicators', title, lines, data: { baseline: false, tracked, updates } };
}

function recommendationSection(input: DigestInput): DigestSection {
  const byId = new Map(input.recommendations.map((r) => [r.id, r]));
  const changes: RecommendationChangeItem[] = input.statusChanges.map((c) => {
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
  const lines = changes.map(
    (c) =>
      `${c.id} (p. ${c.page}) ${c.from} → ${c.to}, ${formatAmsterdam(new Date(c.at))} door ${c.by}${c.note ? `: “${shorten(c.note, 160)}”` : ''}. ${shorten(c.text, 100)}`,
  );
  return { id: 'recommendations', title: 'Aanbevelingen: statuswijzigingen', lines, data: { changes } };
}

function corpusSection(input: DigestInput): DigestSection {
  const documents = input.view.corpus.length;
  const indexBuiltAt = input.view.indexBuiltAt;
  const idx = indexBuiltAt ? { indexBuiltAt } : {};
  if (!input.previousView) {
    return {
      id: 'corpus',
      title: 'Documenten',
      lines: [`Eerste overzicht: ${documents} documenten in corpus/sources.yml vastgelegd als beginpunt.`],
      data: { baseline: true, documents, changes: [], ...idx },
    };
  }
  const changes = diffCorpus(input.previousView.corpus, input.view.corpus);
  const label = { added: 'nieuw', updated: 'bijgewerkt', removed: 'verwijderd' } as const;
  const lines = changes.map((c) => `${label[c.kind]}: ${c.title} (${c.id}; ${c.detail})`);
  if (lines.length && indexBuiltAt) lines.push(`Index laatst gebouwd: ${indexBuiltAt}.`);
  return { id: 'corpus', title: 'Documenten', lines, data: { baseline: false, documents, changes, ...idx } };
}

function questionSections(input: DigestInput): DigestSection[] {
  const total = input.questions.length;
  const answered = input.questions.filter((q) => q.answered).length;
  const top = topQuestions(input.questions, 5);
  const open = input.questions.filter((q) => !q.answered);
  const topOpen = topQuestions(open, 5);
  return [
    {
      id: 'questions',
      title: 'Meest gestelde vragen',
      lines: total
        ? [`${total} vragen, waarvan ${answered} beantwoord (bron: polderbot-vragenlog).`, ...top.map((q) => `${q.count}× “${shorten(q.question, 140)}”`)]
        : [],
      data: { total, answered, top },
    },
    {
      id: 'unanswered',
      title: 'Onbeantwoorde vragen (gaten in het corpus)',
      lines: topOpen.map((q) => `${q.count}× “${shorten(q.question, 140)}”`),
      data: { total: open.length, top: topOpen },
    },
  ];
}

function feedbackSection(input: DigestInput): DigestSection {
  const { up, down } = input.feedback;
  return { id: 'feedback', title: 'Feedback', lines: up + down ? [`👍 ${up}  👎 ${down}`] : [], data: { up, down } };
}

/** The digest of one week. Sections with nothing to say keep `lines: []`. */
export function composeDigest(input: DigestInput): Digest {
  const sections = [indicatorSection(input), recommendationSection(input), corpusSection(input), ...questionSections(input), feedbackSection(input)];
  const baseline = !input.previousView;
  const empty = !baseline && sections.every((s) => s.lines.length === 0);
  const from = formatAmsterdam(input.period.from).slice(0, 10);
  const to = formatAmsterdam(input.period.to).slice(0, 10);
  return {
    week: input.week,
    period: { from: input.period.from.toISOString(), to: input.period.to.toISOString() },
    empty,
    title: `polderbot weekoverzicht ${input.week}`,
    summary: empty
      ? `Rustige week (${from} t/m ${to}): geen nieuwe cijfers, statuswijzigingen, documenten, vragen of feedback.`
      : `Periode ${from} t/m ${to}.`,
    sections,
  };
}
