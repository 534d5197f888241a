// A question → what each retriever searches for. Pure.
// Question words and stop words are dropped (they would dominate BM25 on a
// corpus that is all about "het advies" of "de SER"); English questions are
// expanded with the Dutch terms of the glossary; Dutch ones with synonyms.
import { contentWords } from '../language/analyze.ts';
import { detectLanguage } from '../language/detect.ts';
import { englishFor, expandQuery } from '../language/glossary.ts';

export { detectLanguage };

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

/** `language`: as the question was read (analyseQuestion); detected from the text only when not given. */
export function analyseQuery(question: string, language: 'nl' | 'en' = detectLanguage(question)): AnalysedQuery {
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
