// The search module's bilingual glossary, as phrases for the composer: each
// glossary phrase found in the question with the corpus terms it stands for.
import { expandQuery } from '../search/glossary.ts';
import type { Language } from './language.ts';
import type { Phrase } from './terms.ts';

export function glossaryPhrases(question: string, language: Language): Phrase[] {
  const { matched } = expandQuery(question, language);
  return matched.map((phrase) => ({ phrase, terms: expandQuery(phrase, language).terms }));
}
