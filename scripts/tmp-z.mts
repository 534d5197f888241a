import { stemNl } from '../src/language/analyze.ts';
console.log(process.argv.slice(2).map((w) => `${w}→${stemNl(w)}`).join(' '));
