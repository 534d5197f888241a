// The bot as the terminal commands open it: one store for the question log and
// the recommendation tracker, then createBot. Closing closes both.
import type { Config } from '../config.ts';
import { createBot, type Bot } from '../answer/bot.ts';
import { openMemory } from './memory.ts';

export const stderrLog = (line: string) => process.stderr.write(`${line}\n`);

export async function openCliBot(config: Config, build: 'ensure' | 'if-missing', opts: { warmUp?: boolean } = {}): Promise<Bot> {
  const memory = await openMemory(config, stderrLog);
  let bot: Bot;
  try {
    bot = await createBot(config, {
      surface: 'cli',
      build,
      ...(opts.warmUp === false ? { warmUp: false } : {}),
      log: stderrLog,
      questionLog: memory?.questionLog,
      recommendationRoute: memory?.recommendationRoute,
    });
  } catch (err) {
    memory?.close();
    throw err;
  }
  return {
    ...bot,
    async close() {
      await bot.close();
      memory?.close();
    },
  };
}
