// The recommendation tracker: the catalogue joined with statuses from the store.
import { REC_STATUSES, type RecStatus, type StatusChange, type Store } from '../store/index.ts';
import { ACTORS, TRACKS, type Actor, type Recommendation, type Track } from './catalogue.ts';

export { REC_STATUSES, type RecStatus };

export interface TrackedRecommendation extends Recommendation {
  status: RecStatus;
  /** the latest change, absent while never changed (status open) */
  lastChange?: StatusChange;
}

/** Past its due date by the advisory's own cycle and not yet carried out (open or in preparation). */
export function isOverdue(r: TrackedRecommendation, now: Date): boolean {
  return !!r.due && (r.status === 'open' || r.status === 'in-voorbereiding') && new Date(`${r.due}T23:59:59Z`).getTime() < now.getTime();
}

export interface TrackerFilter {
  actor?: Actor;
  track?: Track;
  status?: RecStatus;
}

/** A bad id, status or filter; `message` lists the valid values. */
export class TrackerInputError extends Error {}

export const isStatus = (s: string): s is RecStatus => (REC_STATUSES as readonly string[]).includes(s);
export const isActor = (s: string): s is Actor => (ACTORS as readonly string[]).includes(s);
export const isTrack = (s: string): s is Track => (TRACKS as readonly string[]).includes(s);

export interface Tracker {
  readonly recommendations: readonly Recommendation[];
  list(filter?: TrackerFilter): TrackedRecommendation[];
  /** throws TrackerInputError for an unknown id */
  get(id: string): TrackedRecommendation;
  history(id: string): StatusChange[];
  /** records a change (who, when, note); throws TrackerInputError for a bad id or status */
  setStatus(id: string, status: string, by: string, note?: string, at?: Date): StatusChange;
}

export function createTracker(store: Pick<Store, 'addStatusChange' | 'statusHistory' | 'currentStatuses'>, recommendations: readonly Recommendation[]): Tracker {
  const byId = new Map(recommendations.map((r) => [r.id, r]));
  const requireRec = (id: string): Recommendation => {
    const rec = byId.get(id.trim().toLowerCase());
    if (!rec) throw new TrackerInputError(`Onbekende aanbeveling "${id}". Geldige ids: ${[...byId.keys()].join(', ')}`);
    return rec;
  };
  const track = (rec: Recommendation, current: Map<string, StatusChange>): TrackedRecommendation => {
    const last = current.get(rec.id);
    return { ...rec, status: last?.status ?? 'open', ...(last ? { lastChange: last } : {}) };
  };
  return {
    recommendations,
    list(filter = {}) {
      const current = store.currentStatuses();
      return recommendations
        .map((r) => track(r, current))
        .filter((r) => (!filter.actor || r.actors.includes(filter.actor)) && (!filter.track || r.track === filter.track) && (!filter.status || r.status === filter.status));
    },
    get(id) {
      return track(requireRec(id), store.currentStatuses());
    },
    history(id) {
      return store.statusHistory(requireRec(id).id);
    },
    setStatus(id, status, by, note = '', at = new Date()) {
      const rec = requireRec(id);
      const s = status.trim().toLowerCase();
      if (!isStatus(s)) throw new TrackerInputError(`Onbekende status "${status}". Geldige statussen: ${REC_STATUSES.join(', ')}`);
      const who = by.trim();
      if (!who) throw new TrackerInputError('Wie wijzigt de status? Geef een naam (--by).');
      return store.addStatusChange({ recId: rec.id, status: s, by: who, note: note.trim(), at });
    },
  };
}
