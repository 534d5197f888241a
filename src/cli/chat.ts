// `polderbot` with no arguments: the terminal chat. Interactive on a TTY
// (banner, /help, /quit, follow-ups carry the session's earlier turns);
// with questions piped on stdin it answers each line and exits at end of input.
// A missing, stale or mismatched index is (re)built first, saying so on stderr.
import { createInterface } from 'node:readline';
import { loadConfig } from '../config.ts';
import { UsageError } from './usage.ts';
import { renderAnswerText } from '../answer/render-text.ts';
import { openCliBot, stderrLog } from './bot.ts';
import type { Turn } from '../answer/types.ts';
import { MAX_QUESTION_CHARS, questionTooLongMessage } from '../limits.ts';

const HELP = `Ask a question about SER Briefadvies 25/04 "Samenwerken voor arbeidsproductiviteitsgroei"
and the reports in corpus/ (in Dutch or English), for example:
  Wat zegt het advies over digitale basisvaardigheden?
  Hoe snel groeide de productiviteit per uur sinds 2014, vergeleken met de EU?
  How far is R&D spending from the 3 % target?
  Welke aanbevelingen doet de SER aan het kabinet?
Answers quote the document with its page; figures name their source.
Follow-up questions use the earlier ones in this session.
  /help   this text
  /new    forget the conversation so far
  /quit   leave (or Ctrl-D)`;


/** Keeps the last few turns: enough for a follow-up, not a growing prompt. */
const MAX_TURNS = 6;

export async function runChat(args: string[]): Promise<number> {
  if (args.length) throw new UsageError(`polderbot (chat) takes no arguments; got: ${args.join(' ')}. See \`polderbot help\`.`);
  const config = loadConfig();
  const bot = await openCliBot(config, 'ensure');
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const history: Turn[] = [];
  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });

  if (interactive) {
    const docs = bot.index.manifest.documents.filter((d) => d.chunks > 0).length;
    process.stdout.write(
      `polderbot · ${bot.mode === 'llm' ? `LLM mode (${config.openai.model})` : 'local mode (extractive answers, no API key)'} · ` +
        `index: ${bot.index.chunkCount} passages from ${docs} document${docs === 1 ? '' : 's'}\n` +
        `Type a question, /help for help, /quit to leave.\n`,
    );
    rl.setPrompt('> ');
    rl.prompt();
  }

  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (!line) {
        if (interactive) rl.prompt();
        continue;
      }
      if (line.startsWith('/')) {
        const cmd = line.toLowerCase();
        if (cmd === '/quit' || cmd === '/exit' || cmd === '/q') break;
        if (cmd === '/help' || cmd === '/?') process.stdout.write(`${HELP}\n`);
        else if (cmd === '/new') {
          history.length = 0;
          process.stdout.write('(conversation cleared)\n');
        } else process.stdout.write(`Unknown command ${line}. /help lists the commands.\n`);
        if (interactive) rl.prompt();
        continue;
      }
      if (line.length > MAX_QUESTION_CHARS) {
        process.stdout.write(`Sorry, ${questionTooLongMessage(line.length)}.\n\n`);
        if (interactive) rl.prompt();
        continue;
      }
      try {
        // LLM mode streams: checked sentences are printed as they come; sources and notes follow the answer
        let streamed = '';
        const onText = bot.mode === 'llm' ? (delta: string) => void ((streamed += delta), process.stdout.write(delta)) : undefined;
        const answer = await bot.ask(line, { history: [...history], onText });
        if (streamed && answer.mode === 'llm' && answer.text === streamed.trim()) {
          const rest = renderAnswerText({ ...answer, text: '' }).replace(/^\n+/, '');
          process.stdout.write(`\n${rest ? `${rest}\n` : ''}\n`);
        } else {
          // nothing streamed (local mode), or the streamed text was not the answer (a fallback to the local answer)
          if (streamed) process.stdout.write(`\n\n${answer.language === 'en' ? '(replaced by:)' : '(vervangen door:)'}\n`);
          process.stdout.write(`${renderAnswerText(answer)}\n\n`);
        }
        history.push({ role: 'user', text: line }, { role: 'assistant', text: answer.text });
        if (history.length > MAX_TURNS) history.splice(0, history.length - MAX_TURNS);
      } catch (err) {
        process.stdout.write(`Sorry, that question failed: ${(err as Error).message}\n\n`);
        stderrLog((err as Error).stack ?? String(err));
      }
      if (interactive) rl.prompt();
    }
  } finally {
    rl.close();
    await bot.close();
  }
  return 0;
}
