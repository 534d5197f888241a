// The command line. Each command lives in src/cli/<command>.ts and is loaded
// only when used, so `polderbot ask` does not pay for Slack or charts.
import { ConfigError } from './config.ts';
import { polderbotVersion, UsageError } from './cli/usage.ts';

const USAGE = `polderbot: answers about SER Briefadvies 25/04 and productivity indicators

Usage:
  polderbot                         interactive chat in the terminal (or answers questions piped on stdin);
                                    with Slack tokens set, the same as \`polderbot serve\`
  polderbot ask "vraag" [--json]    answer one question
  polderbot ask --jsonl             read {"id","q"} lines on stdin, write one JSON answer per line
  polderbot ingest [--force]        build or update the index in index/
  polderbot indicator <id> [opts]   compute an indicator (polderbot indicator --list)
  polderbot data refresh [--source eurostat|oecd|cbs]
  polderbot recommendations ...     the advisory's recommendations and their status
  polderbot digest --preview|--post the weekly digest
  polderbot serve [--port N] [--host ADDR]
                                    serve Slack (needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN or SLACK_SIGNING_SECRET)
  polderbot manifest [--http https://host]
                                    print the Slack app manifest (Socket Mode, or HTTP with every URL filled in)
  polderbot feedback export --jsonl the questions that got a 👎 in Slack, as eval question lines
  polderbot help                    this text
  polderbot --version               the version
`;

type Command = (args: string[]) => Promise<number>;

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/** Errors whose message tells the user what to do (matched by name, so the dispatcher loads neither module). */
const ACTIONABLE = new Set(['IndexError', 'StoreError', 'SourcesError']);

const commands: Record<string, () => Promise<Command>> = {
  chat: async () => (await import('./cli/chat.ts')).runChat,
  ask: async () => (await import('./cli/ask.ts')).runAsk,
  ingest: async () => (await import('./cli/ingest.ts')).runIngest,
  indicator: async () => (await import('./cli/indicator.ts')).runIndicator,
  data: async () => (await import('./cli/data.ts')).runData,
  recommendations: async () => (await import('./cli/recommendations.ts')).runRecommendations,
  digest: async () => (await import('./cli/digest.ts')).runDigest,
  serve: async () => (await import('./cli/serve.ts')).runServe,
  manifest: async () => (await import('./cli/manifest.ts')).runManifest,
  feedback: async () => (await import('./cli/feedback.ts')).runFeedback,
};

/** With Slack tokens the bare command serves Slack; without any, it is the terminal chat. */
function defaultCommand(env: NodeJS.ProcessEnv): string {
  const slack = env.SLACK_BOT_TOKEN && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET);
  return slack ? 'serve' : 'chat';
}

export async function main(argv: string[]): Promise<number> {
  const [name = defaultCommand(process.env), ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`polderbot ${polderbotVersion()}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`${name.startsWith('-') ? `Unknown option "${name}"` : `Unknown command "${name}"`}.\n\n${USAGE}`);
    return 2;
  }
  try {
    const run = await load();
    return await run(rest);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    // an index or database the user must rebuild or move: the message says how
    if (err instanceof Error && ACTIONABLE.has(err.name)) {
      process.stderr.write(`polderbot: ${err.message}\n`);
      return 1;
    }
    // a file that cannot be read or written: one line, no stack
    const fsErr = err as NodeJS.ErrnoException;
    if (fsErr && typeof fsErr.code === 'string' && FILE_ERRORS[fsErr.code] && fsErr.path) {
      process.stderr.write(`Cannot ${fsErr.syscall === 'open' || !fsErr.syscall ? 'use' : fsErr.syscall} ${fsErr.path}: ${FILE_ERRORS[fsErr.code]}.\n`);
      return 1;
    }
    throw err;
  }
}
