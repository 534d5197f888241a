// The advisory's recommendations: the catalogue (corpus/recommendations.yml),
// the tracker over the store, `/aanbeveling` and `polderbot recommendations`,
// and the status questions the answerer routes here. The entry points others use.
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
