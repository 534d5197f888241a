import { loadConfig } from '../src/config.ts';
import { openCliBot } from '../src/cli/bot.ts';
const config = loadConfig({ ...process.env, OPENAI_API_KEY: '', POLDERBOT_DB: ':memory:', POLDERBOT_LOG_QUESTIONS: '' });
const bot = await openCliBot(config, 'if-missing');
const q = process.argv[2]!;
await bot.ask(q, { onCandidates: (c) => { for (const x of c.slice(0, 6)) console.log(x.page, JSON.stringify(Object.fromEntries(Object.entries(x.features).filter(([, v]) => v))), '\n   ', x.text.slice(0, 160).replace(/\n/g, ' ')); } });
await bot.close();
