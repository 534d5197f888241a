// A question → what each retriever searches for. Pure.
// Question words and stop words are dropped (they would dominate BM25 on a
// corpus that is all about "het advies" of "de SER"); English questions are
// expanded with the Dutch terms of the glossary; Dutch ones with synonyms.
import { contentWords } from './analyze.ts';
import { englishFor, expandQuery, GLOSSARY } from './glossary.ts';

const EN_HINTS = new Set(
  'the what does do is are how why which who should would could about of for on in to and with their they it this that be can from by an a has have was were will according'.split(' '),
);
const NL_HINTS = new Set(
  'de het een wat hoe waarom welke wie moet moeten zou kunnen over van voor op in te en met hun zij dit dat is zijn wordt worden kan aan bij door volgens welk'.split(' '),
);

// words of the glossary's two sides, as a second language signal (`Is Europe
// falling behind America?` has no English-only function word)
const EN_WORDS = new Set(GLOSSARY.flatMap((g) => g.en.flatMap((p) => p.toLowerCase().match(/\p{L}+/gu) ?? [])));
const NL_WORDS = new Set(GLOSSARY.flatMap((g) => g.nl.flatMap((p) => p.toLowerCase().match(/\p{L}+/gu) ?? [])));

/** 'en' when a question reads as English, else 'nl' (the corpus language). */
export function detectLanguage(text: string): 'nl' | 'en' {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let en = 0;
  let nl = 0;
  for (const w of words) {
    const enHint = EN_HINTS.has(w);
    const nlHint = NL_HINTS.has(w);
    if (enHint && !nlHint) en += 2;
    if (nlHint && !enHint) nl += 2;
    if (!enHint && !nlHint) {
      if (EN_WORDS.has(w) && !NL_WORDS.has(w)) en++;
      if (NL_WORDS.has(w) && !EN_WORDS.has(w)) nl++;
    }
  }
  return en > nl ? 'en' : 'nl';
}

export interface AnalysedQuery {
  language: 'nl' | 'en';
  /** content words of the question (stop words removed) */
  words: string[];
  /** glossary / synonym terms added */
  expansions: string[];
  /** what the lexical index is asked */
  lexicalText: string;
  /** what is embedded for the vector search */
  vectorText: string;
}

export function analyseQuery(question: string): AnalysedQuery {
  const language = detectLanguage(question);
  const words = contentWords(question);
  const { terms } = expandQuery(question, language);
  const expansions = terms.filter((t) => !words.includes(t.toLowerCase()));
  // a Dutch question also asks the lexical index for the glossary's English,
  // so English documents in the corpus are found (words absent from the index
  // score nothing, so a Dutch-only corpus ranks as before)
  const english = language === 'nl' ? englishFor(question).flatMap((e) => e.en) : [];
  const lexicalText = [...words, ...expansions, ...english].join(' ');
  // English words of the question mostly do not occur in the Dutch corpus;
  // for the vector they are kept once, the Dutch expansions carry the meaning
  const vectorText = language === 'en' ? [...expansions, ...expansions, ...words].join(' ') : [...words, ...expansions].join(' ');
  return { language, words, expansions, lexicalText, vectorText };
}
