// Frequent words that are not topics (corpus/lexicon/common-*.txt): when such
// a word of a question is found nowhere in the corpus, that says nothing about
// whether the topic is there (`rise`, `goes`, `ligt`, `denkt`).
import { lexicon } from './lexicon.ts';

/** Common English word, inflections included (`raising` → raise, `needs` → need). */
export function isCommonEnglish(w: string): boolean {
  const common = lexicon().commonEn;
  if (common.has(w)) return true;
  for (const [suffix, repl] of [['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['ly', ''], ['er', ''], ['est', '']] as const) {
    if (w.endsWith(suffix) && common.has(w.slice(0, -suffix.length) + repl)) return true;
  }
  return false;
}

/** Common Dutch word (`laten`, `ligt`, `weinig`): how a question is put, not what it is about. */
export function isCommonDutch(w: string): boolean {
  return lexicon().commonNl.has(w);
}
