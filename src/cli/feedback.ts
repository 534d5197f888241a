// `polderbot feedback export --jsonl [--since YYYY-MM-DD]`: the questions that
// got a 👎 in Slack, with the answer given and the reason, as lines in the
// question format of ../shared/tools/eval.mjs (id, lang, kind, q, pages, must,
// numbers, thread). What a person must still decide is left empty and said so:
// `pages` (the gold pages) and `must` (key phrases), `numbers` for a figure.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { UsageError } from './usage.ts';
import type { NegativeFeedback } from '../store/types.ts';

const USAGE = `Usage: polderbot feedback export --jsonl [--since YYYY-MM-DD]

Writes the questions that got a 👎 in Slack (POLDERBOT_DB) to stdout, one JSON
line each in the question format of ../shared/tools/eval.mjs, with the answer
given and the asker's reason under "feedback". "pages" and "must" (and
"numbers" for a figure question) are left empty for a person to fill in before
the lines join a test set. Earlier questions of the same Slack conversation
come first, with the same "thread" (score them with --turns later).`;

export interface EvalLine {
  id: string;
  lang: 'nl' | 'en';
  kind: 'fact' | 'numeric' | 'unanswerable';
  q: string;
  pages: number[];
  must: string[];
  numbers?: number[];
  thread?: string;
  feedback?: { at: string; reason: string | null; answer_given: string | null; answered: boolean | null; cited: string[]; todo: string };
}

const TODO = 'fill in pages (gold pages) and must (key phrases), numbers for a figure; check kind';

/** The eval lines of the 👎 votes (pure). */
export function feedbackToEvalLines(rows: NegativeFeedback[]): EvalLine[] {
  const out: EvalLine[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const day = r.at.toISOString().slice(0, 10).replace(/-/g, '');
    const id = `fb-${day}-${r.answerId.slice(0, 8)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const a = r.answer;
    const lang = a?.language ?? (/\b(the|what|how|does|which|why)\b/i.test(r.question) ? 'en' : 'nl');
    const numeric = !!a && a.figures > 0;
    const thread = a?.earlier?.length ? id : undefined;
    (a?.earlier ?? []).forEach((q, i) => out.push({ id: `${id}-t${i + 1}`, lang, kind: 'fact', q, pages: [], must: [], thread }));
    out.push({
      id,
      lang,
      kind: numeric ? 'numeric' : 'fact',
      q: r.question,
      pages: [],
      must: [],
      ...(numeric ? { numbers: [] } : {}),
      ...(thread ? { thread } : {}),
      feedback: {
        at: r.at.toISOString(),
        reason: r.reason ?? null,
        answer_given: a?.text ?? null,
        answered: a ? a.answered : null,
        cited: (a?.citations ?? []).map((c) => `${c.doc} p. ${c.page}`),
        todo: TODO,
      },
    });
  }
  return out;
}

export async function runFeedback(args: string[]): Promise<number> {
  let parsed: { values: { jsonl?: boolean; since?: string; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { jsonl: { type: 'boolean' }, since: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals[0] !== 'export' || positionals.length !== 1 || !values.jsonl) throw new UsageError(USAGE);
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = new Date(`${values.since}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(since.getTime())) throw new UsageError(`--since takes a date like 2026-11-01.\n\n${USAGE}`);
  }
  const config = loadConfig();
  const { openStore } = await import('../store/index.ts');
  const store = openStore(config);
  try {
    const lines = feedbackToEvalLines(store.negativeFeedback(since));
    for (const l of lines) process.stdout.write(`${JSON.stringify(l)}\n`);
    const n = lines.filter((l) => l.feedback).length;
    process.stderr.write(
      `${n} question${n === 1 ? '' : 's'} with a 👎 written${config.logQuestions ? '' : ' (POLDERBOT_LOG_QUESTIONS is off: no question texts are kept)'}. ` +
        'Before adding them to a test set, fill in "pages" and "must" (and "numbers" for figures) by hand; the answer given and the reason are under "feedback".\n',
    );
    return 0;
  } finally {
    store.close();
  }
}
