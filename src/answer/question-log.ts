// Opens the store's question log for the CLI when POLDERBOT_LOG_QUESTIONS is on.
// A store that cannot be opened never stops an answer: it is reported and skipped.
import type { Config } from '../config.ts';
import type { QuestionLog } from '../store/types.ts';

export async function openQuestionLog(
  config: Config,
  log: (line: string) => void,
): Promise<{ log: QuestionLog; close(): void } | undefined> {
  if (!config.logQuestions) return undefined;
  try {
    const { openStore } = await import('../store/index.ts');
    const store = openStore(config);
    return { log: store, close: () => store.close() };
  } catch (err) {
    log(`question log unavailable (${(err as Error).message.split('\n')[0]}); answering without it`);
    return undefined;
  }
}
