// The CLI's memory: one store for the question log and the recommendation
// tracker behind status questions. A store that cannot be opened never stops
// an answer: it is reported and the bot answers without it.
import type { Config } from '../config.ts';
import type { QuestionLog } from '../store/types.ts';
import type { RecommendationRoute } from '../answer/local.ts';

export interface Memory {
  questionLog: QuestionLog;
  recommendationRoute?: RecommendationRoute;
  close(): void;
}

export async function openMemory(config: Config, log: (line: string) => void): Promise<Memory | undefined> {
  let store;
  try {
    const { openStore } = await import('../store/index.ts');
    store = openStore(config); // records nothing when POLDERBOT_LOG_QUESTIONS is off
  } catch (err) {
    log(`memory unavailable (${(err as Error).message.split('\n')[0]}); answering without question log and recommendation tracker`);
    return undefined;
  }
  const opened = store;
  let recommendationRoute: RecommendationRoute | undefined;
  try {
    const [{ loadRecommendations }, { createTracker }, route] = await Promise.all([
      import('../recommendations/catalogue.ts'),
      import('../recommendations/tracker.ts'),
      import('../recommendations/status-questions.ts'),
    ]);
    recommendationRoute = route.recommendationRoute(createTracker(opened, loadRecommendations(config.corpusDir)));
  } catch (err) {
    log(`recommendation tracker unavailable (${(err as Error).message.split('\n')[0]}); status questions go to retrieval`);
  }
  return { questionLog: opened, recommendationRoute, close: () => opened.close() };
}
