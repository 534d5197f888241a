import { readFileSync, writeFileSync } from 'node:fs';
import { isCommonEnglish } from '../src/language/common-words.ts';
import { STOP_WORDS } from '../src/language/analyze.ts';
import { GLOSSARY } from '../src/language/glossary.ts';
const known = new Set(GLOSSARY.flatMap((e) => e.en.map((x) => x.toLowerCase())));
const out: string[] = [];
let dropped = 0;
for (const line of readFileSync('/tmp/dictionary.txt', 'utf8').split('\n').filter(Boolean)) {
  const [en, nl] = line.split('|').map((s) => s.trim());
  if (STOP_WORDS.has(nl) || nl.length < 4) { dropped++; continue; }
  const items = en.split(',').map((s) => s.trim()).filter((p) => p && !known.has(p) && !(p.split(' ').every((w) => STOP_WORDS.has(w) || isCommonEnglish(w))) && p.length >= 4);
  if (!items.length) { dropped++; continue; }
  out.push(`${items.join(', ')} | ${nl}`);
}
writeFileSync('/tmp/dictionary-f.txt', out.join('\n') + '\n');
console.log(out.length, dropped);
