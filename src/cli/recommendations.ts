// `polderbot recommendations list|show|set`: the recommendation tracker in the terminal.
import { userInfo } from 'node:os';
import { loadConfig } from '../config.ts';
import { openStore } from '../store/index.ts';
import { loadRecommendations } from '../recommendations/catalogue.ts';
import { createTracker, TrackerInputError, type TrackerFilter } from '../recommendations/tracker.ts';
import { formatChange, formatDetail, formatList, parseFilterWord } from '../recommendations/command.ts';
import { ACTORS, TRACKS } from '../recommendations/catalogue.ts';
import { REC_STATUSES } from '../store/index.ts';
import { parseOptions, UsageError } from './usage.ts';

export const RECOMMENDATIONS_USAGE = `Usage:
  polderbot recommendations list [actor|track|status] [--actor A] [--track T] [--status S] [--json]
  polderbot recommendations show <id> [--json]
  polderbot recommendations set <id> <status> [--note "..."] [--by name] [--json]
Actors: ${ACTORS.join(', ')}
Tracks: ${TRACKS.join(', ')}
Statuses: ${REC_STATUSES.join(', ')}`;

function defaultWho(): string {
  try {
    return userInfo().username || 'cli';
  } catch {
    return 'cli';
  }
}

export async function runRecommendations(args: string[]): Promise<number> {
  const parsed = parseOptions({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      actor: { type: 'string' },
      track: { type: 'string' },
      status: { type: 'string' },
      note: { type: 'string' },
      by: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }, RECOMMENDATIONS_USAGE);
  const { values: o, positionals } = parsed;
  const [sub, ...rest] = positionals;
  if (o.help || !sub) {
    (o.help ? process.stdout : process.stderr).write(`${RECOMMENDATIONS_USAGE}\n`);
    return o.help ? 0 : 2;
  }
  if (!['list', 'show', 'set'].includes(sub)) throw new UsageError(`Unknown subcommand "${sub}".\n${RECOMMENDATIONS_USAGE}`);

  const config = loadConfig();
  const recs = loadRecommendations(config.corpusDir);
  const store = openStore(config); // a StoreError's message says what to do (printed by the dispatcher)
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const ids = recs.map((r) => r.id);
  try {
    const tracker = createTracker(store, recs);
    if (sub === 'list') {
      if (rest.length > 1) throw new UsageError(`One filter word at most.\n${RECOMMENDATIONS_USAGE}`);
      const filter: TrackerFilter = { ...parseFilterWord(rest[0]) };
      for (const [k, v] of [['actor', o.actor], ['track', o.track], ['status', o.status]] as const) {
        if (v === undefined) continue;
        const f = parseFilterWord(v);
        if (!(k in f)) throw new TrackerInputError(`"${v}" is not a valid --${k}.`);
        Object.assign(filter, f);
      }
      const list = tracker.list(filter);
      out(o.json ? JSON.stringify(list, null, 2) : formatList(list, filter));
      return 0;
    }
    const [id, status, ...extra] = rest;
    if (!id) throw new UsageError(`Which recommendation? Ids: ${ids.join(', ')}\n${RECOMMENDATIONS_USAGE}`);
    if (sub === 'show') {
      const rec = tracker.get(id);
      const history = tracker.history(id);
      out(o.json ? JSON.stringify({ ...rec, history }, null, 2) : formatDetail(rec, history));
      return 0;
    }
    if (!status) throw new UsageError(`Which status? Statuses: ${REC_STATUSES.join(', ')}\n${RECOMMENDATIONS_USAGE}`);
    const note = [o.note ?? '', ...extra].join(' ').trim();
    const change = tracker.setStatus(id, status, o.by ?? defaultWho(), note);
    out(o.json ? JSON.stringify(change, null, 2) : `${change.recId}: ${formatChange(change)}`);
    return 0;
  } catch (err) {
    if (err instanceof TrackerInputError) throw new UsageError(`${err.message}\n${RECOMMENDATIONS_USAGE}`);
    throw err;
  } finally {
    store.close();
  }
}
