// `/aanbeveling` and `polderbot recommendations`: parsing and rendering (pure
// over a Tracker), so Slack and the terminal say the same thing.
import { ACTORS, TRACKS, TRACK_LABELS, ACTOR_LABELS } from './catalogue.ts';
import { formatAmsterdam, shorten } from './format.ts';
import { REC_STATUSES, TrackerInputError, isActor, isStatus, isTrack, type Tracker, type TrackerFilter, type TrackedRecommendation } from './tracker.ts';
import type { StatusChange } from '../store/index.ts';

export type AanbevelingCommand =
  | { kind: 'help' }
  | { kind: 'list'; filter: TrackerFilter }
  | { kind: 'show'; id: string }
  | { kind: 'set'; id: string; status: string; note: string };

export function aanbevelingUsage(ids: readonly string[]): string {
  return [
    'Gebruik:',
    '  /aanbeveling lijst [actor|spoor|status]   de aanbevelingen, eventueel gefilterd',
    '  /aanbeveling <id>                         één aanbeveling met haar geschiedenis',
    '  /aanbeveling <id> <status> [notitie]      status wijzigen (wie en wanneer worden bewaard)',
    `Actoren: ${ACTORS.join(', ')}`,
    `Sporen: ${TRACKS.join(', ')}`,
    `Statussen: ${REC_STATUSES.join(', ')}`,
    `Ids: ${ids.join(', ')}`,
  ].join('\n');
}

/** Parses a filter word (an actor, track or status); throws TrackerInputError otherwise. */
export function parseFilterWord(word: string | undefined): TrackerFilter {
  if (!word) return {};
  const w = word.trim().toLowerCase();
  if (isActor(w)) return { actor: w };
  if (isTrack(w)) return { track: w };
  if (isStatus(w)) return { status: w };
  throw new TrackerInputError(
    `Onbekend filter "${word}". Kies een actor (${ACTORS.join(', ')}), spoor (${TRACKS.join(', ')}) of status (${REC_STATUSES.join(', ')}).`,
  );
}

/** Parses the text after `/aanbeveling`. Throws TrackerInputError (with usage) for bad input. */
export function parseAanbeveling(text: string, ids: readonly string[]): AanbevelingCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [first, second, ...rest] = words;
  if (!first || ['help', 'hulp', '?'].includes(first.toLowerCase())) return { kind: 'help' };
  if (['lijst', 'list'].includes(first.toLowerCase())) {
    if (words.length > 2) throw new TrackerInputError(`Eén filter tegelijk.\n${aanbevelingUsage(ids)}`);
    try {
      return { kind: 'list', filter: parseFilterWord(second) };
    } catch (err) {
      throw new TrackerInputError(`${(err as Error).message}\n${aanbevelingUsage(ids)}`);
    }
  }
  const id = first.toLowerCase();
  if (!ids.includes(id)) throw new TrackerInputError(`Onbekende aanbeveling "${first}".\n${aanbevelingUsage(ids)}`);
  if (!second) return { kind: 'show', id };
  if (!isStatus(second.toLowerCase())) throw new TrackerInputError(`Onbekende status "${second}".\n${aanbevelingUsage(ids)}`);
  return { kind: 'set', id, status: second.toLowerCase(), note: rest.join(' ') };
}

const statusLine = (r: TrackedRecommendation): string =>
  r.lastChange ? `${r.status} (sinds ${formatAmsterdam(r.lastChange.at)}, ${r.lastChange.by})` : 'open (nog niet gewijzigd)';

export function formatList(recs: TrackedRecommendation[], filter: TrackerFilter = {}): string {
  const what = [filter.actor, filter.track, filter.status].filter(Boolean).join(', ');
  if (!recs.length) return `Geen aanbevelingen${what ? ` met ${what}` : ''}.`;
  const head = `${recs.length} aanbeveling${recs.length === 1 ? '' : 'en'}${what ? ` (${what})` : ''} uit SER Briefadvies 25/04:`;
  const lines = recs.map((r) => `• ${r.id} [${r.status}] ${shorten(r.text, 90)} (p. ${r.page})`);
  return [head, ...lines].join('\n');
}

export function formatChange(c: StatusChange): string {
  return `${formatAmsterdam(c.at)}: ${c.previous} → ${c.status} door ${c.by}${c.note ? `: “${c.note}”` : ''}`;
}

export function formatDetail(r: TrackedRecommendation, history: StatusChange[]): string {
  return [
    `${r.id}: ${ACTOR_LABELS[r.actor].nl}${r.actors.length > 1 ? ` (betrokken: ${r.actors.map((a) => ACTOR_LABELS[a].nl).join(', ')})` : ''}, ${TRACK_LABELS[r.track].toLowerCase()}`,
    ...(r.due ? [`Termijn volgens het advies: ${r.due}${r.dueNote ? ` (${r.dueNote})` : ''}`] : []),
    `“${r.text}” (SER Briefadvies 25/04, p. ${r.page})`,
    `Status: ${statusLine(r)}`,
    history.length ? `Geschiedenis:\n${history.map((c) => `  ${formatChange(c)}`).join('\n')}` : 'Geschiedenis: nog geen wijzigingen.',
  ].join('\n');
}

/** Runs a parsed command against the tracker; returns the reply text. */
export function runAanbeveling(tracker: Tracker, cmd: AanbevelingCommand, who: string): string {
  const ids = tracker.recommendations.map((r) => r.id);
  switch (cmd.kind) {
    case 'help':
      return aanbevelingUsage(ids);
    case 'list':
      return formatList(tracker.list(cmd.filter), cmd.filter);
    case 'show':
      return formatDetail(tracker.get(cmd.id), tracker.history(cmd.id));
    case 'set': {
      const change = tracker.setStatus(cmd.id, cmd.status, who, cmd.note);
      return `Status van ${cmd.id} gewijzigd: ${formatChange(change)}`;
    }
  }
}
