// usage: npx tsx scripts/tmp-read.mts SET THREAD -> reading + answer per turn
import { readFileSync } from 'node:fs';
import { analyseQuestion } from '../src/language/question.ts';
import { openCliBot } from '../src/cli/bot.ts';
import { loadConfig } from '../src/config.ts';
const [set, thread] = process.argv.slice(2);
const qs = readFileSync(set, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((q) => q.thread === thread || q.id === thread);
const bot = await openCliBot(loadConfig({ ...process.env, OPENAI_API_KEY: '', POLDERBOT_DB: ':memory:', POLDERBOT_LOG_QUESTIONS: '' }), 'if-missing');
const history: { role: 'user' | 'assistant'; text: string }[] = [];
for (const q of qs) {
  const r = analyseQuestion(q.q, history);
  console.log(`## ${q.id} ${q.q}\n  want p${q.pages} ${JSON.stringify(q.must)}\n  asks=${r.asks} search=${JSON.stringify(r.searchText)} match=${JSON.stringify(r.matchText)} followUp=${JSON.stringify((r as any).followUp ?? null)}`);
  let cands: any[] = [];
  const a = await bot.ask(q.q, { history, onCandidates: (c: any[]) => (cands = c) });
  if (process.env.CANDS && (q.id === process.env.CANDS || process.env.CANDS === 'all'))
    for (const c of cands.slice(0, +(process.env.N ?? 6))) {
      const f = c.features; const sc = Object.entries(f).filter(([, v]) => v).map(([k, v]) => `${k}=${(v as number).toFixed(2)}`).join(' ');
      console.log(`    · p${c.page} ${sc}\n      ${c.text.slice(0, 140).replace(/\n/g, ' ')}`);
    }
  if (process.env.EV) { const e: any = (a as any).evidence; if (e) console.log('  EV', JSON.stringify({ ...e, terms: e.terms.map((t: any) => `${t.word}:${t.weight}:${t.df}${t.topical ? '' : '(nt)'}`).join(' ') })); }
  console.log(`  A(${a.citations.map((c) => c.page)}): ${a.text.slice(0, +(process.env.W ?? 400)).replace(/\n/g, ' ⏎ ')}`);
  history.push({ role: 'user', text: q.q }, { role: 'assistant', text: a.text });
}
process.exit(0);
