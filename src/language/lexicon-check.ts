// Which lexicon entries the corpus has no use for: a glossary entry whose
// Dutch terms occur nowhere in the corpus, a synonym group none of whose
// words does. `polderbot ingest` lists them, so the lexicon stays a lexicon
// of this corpus (the glossary's block of absent topics is expected there:
// those entries let an English question about them be recognised as absent).
import { stem, textStems, tokenize } from './terms.ts';
import type { Lexicon } from './lexicon.ts';

export interface UnusedEntry {
  file: 'glossary.txt' | 'synonyms-nl.txt';
  entry: string;
}

export function unusedLexiconEntries(lexicon: Pick<Lexicon, 'glossary' | 'synonyms'> & Partial<Pick<Lexicon, 'narrower'>>, texts: Iterable<string>): UnusedEntry[] {
  const stems = new Set<string>();
  const words = new Set<string>();
  for (const t of texts) {
    for (const s of textStems(t, 'nl')) stems.add(s);
    for (const w of tokenize(t)) words.add(w);
  }
  const allWords = `\n${[...words].join('\n')}\n`;
  // a term occurs when each of its words does (by stem, or inside a compound: `durfkapitaal` in `durfkapitaalmarkt`)
  const occurs = (term: string) => {
    const ws = tokenize(term).filter((w) => !w.includes('-'));
    return ws.length > 0 && ws.every((w) => stems.has(stem(w, 'nl')) || (w.length >= 5 && allWords.includes(w)));
  };
  const out: UnusedEntry[] = [];
  for (const e of lexicon.glossary) if (!e.nl.some(occurs)) out.push({ file: 'glossary.txt', entry: `${e.en.join(', ')} | ${e.nl.join(', ')}` });
  for (const g of lexicon.synonyms) if (!g.some(occurs)) out.push({ file: 'synonyms-nl.txt', entry: g.join(', ') });
  // (a one-way entry is of use when its narrower terms occur: they are what it finds)
  for (const e of lexicon.narrower ?? []) if (!e.terms.some(occurs)) out.push({ file: 'synonyms-nl.txt', entry: `${e.words.join(', ')} > ${e.terms.join(', ')}` });
  return out;
}
