import { analyseQuestion } from '../src/language/question.ts';
const h = [{ role: 'user' as const, text: 'Wat zegt het advies over de registratielast bij verpleegkundigen?' }, { role: 'assistant' as const, text: 'Het advies zegt (p. 7): “Verpleegkundigen besteden 40 procent van hun tijd aan registratie.” [1]' }];
for (const q of process.argv.slice(2)) { const r = analyseQuestion(q, h); console.log(q, r.followUp, r.asksSource, r.asksRemedy, r.pointer); }
