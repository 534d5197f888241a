// The search module's bilingual glossary, as phrases for the composer: each
// glossary phrase found in the question with the corpus terms it stands for.
import { englishFor, expandQuery } from '../search/glossary.ts';
import type { Language } from './language.ts';
import type { Phrase } from './terms.ts';

export function glossaryPhrases(question: string, language: Language): Phrase[] {
  const { matched } = expandQuery(question, language);
  const phrases: Phrase[] = matched.map((phrase) => ({ phrase, terms: expandQuery(phrase, language).terms }));
  // a Dutch question reads English documents through the glossary's English
  if (language === 'nl') for (const { phrase, en } of englishFor(question)) phrases.push({ phrase, terms: [], en, englishOnly: true });
  return phrases;
}
