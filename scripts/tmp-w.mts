import { isDutchWord, dutchWordList } from '../src/language/spelling.ts';
const d = dutchWordList();
console.log(process.argv.slice(2).map((w) => `${w}:${isDutchWord(w)}/${d.has(w)}/${d.has(w[0].toUpperCase()+w.slice(1))}/${d.has(w.toUpperCase())}`).join(' '));
