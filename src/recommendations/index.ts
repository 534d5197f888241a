// The advisory's recommendations: the catalogue (corpus/recommendations.yml),
// the tracker over the store, `/aanbeveling` and `polderbot recommendations`,
// and the status questions the answerer routes here. The entry points others use.
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Store } from '../store/index.ts';
import { loadRecommendations } from './catalogue.ts';
import { createTracker, type Tracker } from './tracker.ts';

export { loadRecommendations, parseRecommendations, ACTORS, TRACKS, type Recommendation, type Actor, type Track } from './catalogue.ts';
export { createTracker, TrackerInputError, type Tracker, type TrackedRecommendation, type TrackerFilter } from './tracker.ts';
export { parseAanbeveling, runAanbeveling, aanbevelingUsage } from './command.ts';
export { answerRecommendationQuestion, recommendationRoute } from './status-questions.ts';

/** The tracker over corpus/recommendations.yml and the store. */
export function createTrackerFor(config: Pick<Config, 'corpusDir'>, store: Store): Tracker {
  return createTracker(store, loadRecommendations(config.corpusDir));
}

/**
 * The same tracker with the catalogue read and validated at its first use (the
 * terminal: most questions never ask it, and parsing it was a sixth of a cold
 * `polderbot ask`). A catalogue that cannot be opened throws now, as
 * createTrackerFor does; an invalid one throws at the first use.
 */
export function createLazyTrackerFor(config: Pick<Config, 'corpusDir'>, store: Store): Tracker {
  closeSync(openSync(join(config.corpusDir, 'recommendations.yml'), 'r'));
  let tracker: Tracker | undefined;
  const open = () => (tracker ??= createTrackerFor(config, store));
  return {
    get recommendations() {
      return open().recommendations;
    },
    list: (filter) => open().list(filter),
    get: (id) => open().get(id),
    history: (id) => open().history(id),
    setStatus: (id, status, by, note, at) => open().setStatus(id, status, by, note, at),
  };
}
