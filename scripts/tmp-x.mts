import { expandQuery } from '../src/language/glossary.ts';
for (const q of process.argv.slice(2)) console.log(q, '=>', JSON.stringify(expandQuery(q, /\b(the|what|and|do)\b/.test(q) ? 'en' : 'nl').terms));
