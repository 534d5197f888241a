import { describe, expect, it } from 'vitest';
import { englishSynonyms } from '../../src/language/wordnet.ts';
import { expandQuery } from '../../src/language/glossary.ts';

describe('englishSynonyms (WordNet)', () => {
  it('gives the synonyms of the most frequent senses, through inflections', () => {
    expect(englishSynonyms('pay')).toEqual(expect.arrayContaining(['wage', 'salary']));
    // morphy: an inflected form finds its lemma
    expect(englishSynonyms('cutting')).toEqual(expect.arrayContaining(['reduce']));
    expect(englishSynonyms('pay')).not.toContain('pay');
  });

  it('gives nothing for a word WordNet does not know', () => {
    expect(englishSynonyms('qzxv')).toEqual([]);
  });
});

describe('expandQuery through WordNet', () => {
  it('an English word the glossary lacks reaches the Dutch terms of a synonym it has', () => {
    const { terms, matched } = expandQuery('What should employers do about salaries?', 'en');
    expect(matched).toContain('salaries');
    expect(terms).toContain('lonen');
  });

  it('leaves function and common words alone', () => {
    expect(expandQuery('What does it say about this?', 'en').matched).toEqual([]);
  });
});
