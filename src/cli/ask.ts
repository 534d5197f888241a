// `polderbot ask "vraag" [--json]` and `polderbot ask --jsonl` (the eval's contract:
// stdin lines {"id","q"} → one JSON answer a line on stdout, nothing else on stdout).
//
// The index: a missing one (fresh clone) is built first, saying so on stderr;
// a stale, mismatched or corrupt one is refused with the message to run
// `polderbot ingest`, so vectors of different providers are never mixed and a
// changed corpus is rebuilt on purpose.
import { loadConfig } from '../config.ts';
import { parseOptions, UsageError } from './usage.ts';
import type { Bot } from '../answer/bot.ts';
import type { Turn } from '../answer/types.ts';
import { renderAnswerText } from '../answer/render-text.ts';
import { parseJsonlRequest, toJsonlAnswer } from '../answer/jsonl.ts';
import { openCliBot, stderrLog } from './bot.ts';
import { boundedLines } from './lines.ts';
import { MAX_QUESTION_CHARS, questionTooLongMessage } from '../limits.ts';

/** The longest --jsonl line read whole: a question at the limit with every character escaped (\uXXXX), plus room for the id. */
export const MAX_JSONL_LINE_BYTES = MAX_QUESTION_CHARS * 6 + 8192;

const USAGE = 'Usage: polderbot ask "vraag" [--json]   |   polderbot ask --jsonl < questions.jsonl';


export async function runAsk(args: string[]): Promise<number> {
  const parsed = parseOptions({ args, allowPositionals: true, options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }, USAGE);
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n  --json   the Answer as one JSON object\n  --jsonl  questions as {"id","q"[,"thread"]} lines on stdin (lines sharing a thread are one conversation), one JSON answer a line on stdout\n`);
    return 0;
  }
  const question = positionals.join(' ').trim();
  if (values.jsonl && (question || values.json)) throw new UsageError(`--jsonl reads questions from stdin; give no question and no --json.\n${USAGE}`);
  if (!values.jsonl && !question) throw new UsageError(USAGE);
  if (question.length > MAX_QUESTION_CHARS) throw new UsageError(`polderbot ask: ${questionTooLongMessage(question.length)}.`);

  if (values.jsonl) {
    // stdout belongs to the answers: anything a library prints goes to stderr
    console.log = console.error;
    console.info = console.error;
  }

  const config = loadConfig();
  const bot = await openCliBot(config, 'if-missing', { warmUp: Boolean(values.jsonl) });
  try {
    if (values.jsonl) return await answerJsonl(bot);
    const answer = await bot.ask(question);
    process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${renderAnswerText(answer)}\n`);
    return 0;
  } finally {
    await bot.close();
  }
}

async function answerJsonl(bot: Bot): Promise<number> {
  const write = (obj: unknown) => process.stdout.write(`${JSON.stringify(obj)}\n`);
  let failures = 0;
  // lines that share a "thread" are one conversation: each turn is read with the earlier ones
  const threads = new Map<string, Turn[]>();
  // a line is read whole only up to MAX_JSONL_LINE_BYTES: a 1 MB line costs no more memory than that
  for await (const item of boundedLines(process.stdin, MAX_JSONL_LINE_BYTES)) {
    if (item.tooLong) {
      write({ id: leadingId(item.head), error: `line too long: ${item.bytes.toLocaleString('en')} bytes (a question may have at most ${MAX_QUESTION_CHARS.toLocaleString('en')} characters)` });
      failures++;
      continue;
    }
    const { line } = item;
    if (!line.trim()) continue;
    const req = parseJsonlRequest(line);
    if (!req.ok) {
      write({ id: req.id ?? null, error: req.error });
      failures++;
      continue;
    }
    if (req.q.length > MAX_QUESTION_CHARS) {
      write({ id: req.id, error: questionTooLongMessage(req.q.length) });
      failures++;
      continue;
    }
    const started = performance.now();
    try {
      const history = req.thread === undefined ? undefined : (threads.get(req.thread) ?? []);
      const answer = await bot.ask(req.q, history ? { history: [...history] } : undefined);
      if (history && req.thread !== undefined) threads.set(req.thread, [...history, { role: 'user', text: req.q }, { role: 'assistant', text: answer.text }]);
      write(toJsonlAnswer(req.id, answer, performance.now() - started));
    } catch (err) {
      stderrLog(`question ${JSON.stringify(req.id)} failed: ${(err as Error).stack ?? String(err)}`);
      write({ id: req.id, error: `answer failed: ${(err as Error).message}` });
      failures++;
    }
  }
  if (failures) stderrLog(`${failures} line(s) could not be answered (see the "error" lines).`);
  return 0;
}

/** The "id" of a line cut short, when it stands before the question. */
function leadingId(head: string): unknown {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,20}(?:\.\d+)?)/.exec(head);
  if (!m) return null;
  try {
    return JSON.parse(m[1]!) as unknown;
  } catch {
    return null;
  }
}
