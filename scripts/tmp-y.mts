import { tokenize } from '../src/language/analyze.ts';
for (const q of process.argv.slice(2)) console.log(JSON.stringify(tokenize(q)));
