import { openCliBot } from '../src/cli/bot.ts';
import { loadConfig } from '../src/config.ts';
import { answerProbability } from '../src/answer/abstain.ts';
const cfg = loadConfig({ ...process.env, OPENAI_API_KEY: '', POLDERBOT_DB: ':memory:', POLDERBOT_LOG_QUESTIONS: '' } as any);
const bot = await openCliBot(cfg, 'if-missing' as any);
for (const q of process.argv.slice(2)) {
  const a: any = await bot.ask(q);
  const e = a.evidence;
  console.log('Q:', q, '| answered', a.answered, e ? `P=${answerProbability(e).toFixed(3)} pc=${e.passageCoverage.toFixed(2)} sc=${e.sentenceCoverage.toFixed(2)} abT=${e.absentTopicShare.toFixed(2)} ab=${e.absentShare.toFixed(2)} mm=${e.missingMaxShare.toFixed(2)} n=${e.contentTerms}` : '');
  if (e) console.log('  terms:', e.terms.map((t: any) => `${t.word}:${t.weight.toFixed(2)}/${t.df}${t.topical ? '*' : ''}`).join(' '));
  console.log('  ', a.text.slice(0, 160).replace(/\n/g, ' '));
}
await bot.close();
