// The bot as the terminal commands open it: the composition root
// (src/root.ts) with the terminal's settings, progress and problems on stderr.
// Closing closes the bot and its store.
import type { Config } from '../config.ts';
import { openPolderbot, type Polderbot } from '../root.ts';

export const stderrLog = (line: string) => process.stderr.write(`${line}\n`);

export function openCliBot(config: Config, build: 'ensure' | 'if-missing', opts: { warmUp?: boolean } = {}): Promise<Polderbot> {
  return openPolderbot(config, { surface: 'cli', build, log: stderrLog, ...(opts.warmUp === false ? { warmUp: false } : {}) });
}
