import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PROJECT_ROOT } from '../config.ts';

/** Thrown by CLI commands for bad arguments: printed as is, exit code 2. */
export class UsageError extends Error {}

/** polderbot's version, from package.json. */
export function polderbotVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** The closest known option to a mistyped one (edit distance ≤ 2), for "did you mean". */
function closest(word: string, known: string[]): string | undefined {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const best = known.map((k) => ({ k, d: dist(word, k) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? best.k : undefined;
}

/**
 * Node's parseArgs with messages a user understands: an unknown option is named
 * with a suggestion and the usage, a missing value says which option needs one.
 * Never Node's own text (which suggests "-- --jsn" with an unbalanced quote).
 */
export function parseOptions<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    const e = err as Error & { code?: string };
    const names = Object.keys(config.options ?? {});
    const flags = names.map((n) => `--${n}`);
    let msg: string;
    const opt = /'(-{1,2}[\w-]+)/.exec(e.message)?.[1];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && opt) {
      const near = closest(opt, flags);
      msg = `Unknown option ${opt}.${near ? ` Did you mean ${near}?` : ''} Options: ${flags.join(', ')}.`;
    } else if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && opt) {
      const base = opt.replace(/^-+/, '');
      const type = config.options?.[base]?.type;
      msg = type === 'boolean' ? `Option ${opt} takes no value.` : `Option ${opt} needs a value (${opt} VALUE or ${opt}=VALUE).`;
    } else if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const word = /'([^']*)'/.exec(e.message)?.[1];
      msg = `Unexpected argument${word ? ` "${word}"` : ''}: options are written --name VALUE.`;
    } else {
      msg = e.message.split('\n')[0];
    }
    throw new UsageError(`${msg}\n${usage}`);
  }
}
