import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon, LexiconError, readLexicon } from '../../src/language/lexicon.ts';
import { unusedLexiconEntries } from '../../src/language/lexicon-check.ts';
import { STOP_WORDS } from '../../src/language/analyze.ts';

describe('the lexicon (corpus/lexicon/)', () => {
  it('loads and validates the shipped files', () => {
    const lex = readLexicon();
    expect(lex.glossary.length).toBeGreaterThan(300);
    expect(lex.glossary.find((e) => e.en.includes('venture capital'))?.nl).toContain('durfkapitaal');
    expect(lex.synonyms.find((g) => g.includes('NPB'))).toContain('National Productivity Board');
    expect(lex.framing.has('waarom')).toBe(true);
    expect(lex.commonEn.has('raise')).toBe(true);
  });

  it('takes the general stop words from the maintained package, the framing words from the lexicon', () => {
    expect(lexicon().functionWords.has('het')).toBe(true);
    expect(lexicon().functionWords.has('the')).toBe(true);
    expect(lexicon().functionWords.has('zegt')).toBe(false);
    for (const w of ['het', 'the', 'zegt', 'recommend', 'waarom']) expect(STOP_WORDS.has(w), w).toBe(true);
    // actors and topics are never stop words
    for (const w of ['kabinet', 'letter', 'productiviteit', 'mkb']) expect(STOP_WORDS.has(w), w).toBe(false);
  });

  it('refuses a malformed entry with its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    for (const f of ['synonyms-nl.txt', 'framing.txt', 'common-en.txt', 'common-nl.txt']) writeFileSync(join(dir, f), 'woord\n');
    writeFileSync(join(dir, 'synonyms-nl.txt'), 'mkb, midden- en kleinbedrijf\n');
    writeFileSync(join(dir, 'glossary.txt'), '# comment\nventure capital | durfkapitaal\nonly english |\n');
    expect(() => readLexicon(dir)).toThrow(LexiconError);
    expect(() => readLexicon(dir)).toThrow(/glossary\.txt:3/);
    writeFileSync(join(dir, 'glossary.txt'), 'a | b | c\n');
    expect(() => readLexicon(dir)).toThrow(/one "\|" a line/);
    writeFileSync(join(dir, 'glossary.txt'), 'venture capital | durfkapitaal\n');
    writeFileSync(join(dir, 'synonyms-nl.txt'), 'alleen\n');
    expect(() => readLexicon(dir)).toThrow(/synonyms-nl\.txt:1/);
    // a one-way line: the words before ">" also mean the narrower terms after it
    writeFileSync(join(dir, 'synonyms-nl.txt'), 'mkb, kleine bedrijven\neconomie, economisch > bbp\n');
    expect(readLexicon(dir).narrower).toEqual([{ words: ['economie', 'economisch'], terms: ['bbp'] }]);
    expect(readLexicon(dir).synonyms).toEqual([['mkb', 'kleine bedrijven']]);
    writeFileSync(join(dir, 'synonyms-nl.txt'), 'economie > bbp > groei\n');
    expect(() => readLexicon(dir)).toThrow(/synonyms-nl\.txt:1: one ">" a line/);
    writeFileSync(join(dir, 'synonyms-nl.txt'), 'economie >\n');
    expect(() => readLexicon(dir)).toThrow(/synonyms-nl\.txt:1/);
  });

  it('finds the entries whose Dutch side the corpus does not use', () => {
    const unused = unusedLexiconEntries(
      {
        glossary: [
          { en: ['venture capital'], nl: ['durfkapitaal'] },
          { en: ['minimum wage'], nl: ['minimumloon'] },
          { en: ['labour market'], nl: ['arbeidsmarkt'] },
        ],
        synonyms: [['stikstof', 'stikstofuitstoot'], ['mkb', 'midden- en kleinbedrijf']],
        narrower: [
          { words: ['economie'], terms: ['bbp'] },
          { words: ['arbeidsmarkt'], terms: ['minimumloon'] },
        ],
      },
      ['Er is te weinig durfkapitaalmarkt voor het mkb.', 'De arbeidsmarkten zijn krap.', 'Het bbp groeit.'],
    );
    // (a one-way entry is of no use when the terms it finds are absent, whatever its own words)
    expect(unused.map((u) => u.entry)).toEqual(['minimum wage | minimumloon', 'stikstof, stikstofuitstoot', 'arbeidsmarkt > minimumloon']);
  });
});

describe('an English glossary phrase in a question', () => {
  it('stands for its own Dutch terms, not for those of the Dutch words inside it (EU, AI in "the EU AI Act")', async () => {
    const { expandQuery } = await import('../../src/language/glossary.ts');
    const { terms } = expandQuery('Does it say how the EU AI Act should be implemented in Dutch law?', 'en');
    expect(terms).toContain('AI verordening');
    expect(terms).not.toContain('Europese Unie');
    expect(terms).not.toContain('kunstmatige intelligentie');
    // (a Dutch term the phrase is about stays when its translation says so: "R&D spending" is R&D)
    expect(expandQuery('How does Dutch R&D spending compare with the OECD average?', 'en').terms).toContain('onderzoek en ontwikkeling');
  });
});

describe('a Dutch synonym group in a question', () => {
  it('matches its words inflected as adjectives too (duidelijkste, duidelijkst ~ eenduidig)', async () => {
    const { expandQuery } = await import('../../src/language/glossary.ts');
    expect(expandQuery('Welke factor heeft volgens de SER het duidelijkste effect op de productiviteit?', 'nl').terms).toContain('eenduidig');
    expect(expandQuery('Welke factor is het duidelijkst?', 'nl').terms).toContain('eenduidig');
    // a verb and the phrase it stands for ("ruimer maken" ~ verruimen)
    expect(expandQuery('Welke regeling wil de SER ruimer maken?', 'nl').terms).toContain('verruimen');
    // (not another word that merely begins with it)
    expect(expandQuery('Wat zegt het advies over duidelijkheid?', 'nl').terms).not.toContain('eenduidig');
  });
});

describe('a one-way lexicon line in a question', () => {
  it('lets the broader word find the narrower term, not the other way round (economie > bbp)', async () => {
    const { expandQuery } = await import('../../src/language/glossary.ts');
    expect(expandQuery('Hoeveel levert een gezondere bevolking op voor de economie?', 'nl').terms).toContain('bbp');
    expect(expandQuery('Wat is het economische effect van gezondheid?', 'nl').terms).toContain('bbp');
    expect(expandQuery('Hoe groot is het bbp per hoofd?', 'nl').terms).not.toContain('economie');
    // (an English question reaches it through the glossary: economy → economie, bbp)
    expect(expandQuery('What is the economic payoff of better health?', 'en').terms).toContain('bbp');
    // productivity gains in Dutch words the text does not use find its productiviteitsgroei
    expect(expandQuery('Hoeveel productiviteitswinst verwachten ze van AI?', 'nl').terms).toContain('productiviteitsgroei');
    expect(expandQuery('Hoe snel was de productiviteitsgroei?', 'nl').terms).not.toContain('productiviteitswinst');
  });
});

describe('an English word translated into Dutch', () => {
  it('takes the Dutch synonyms of its translations too, as a Dutch question has them (wages → lonen → loongroei)', async () => {
    const { expandQuery, glossaryPhrases } = await import('../../src/language/glossary.ts');
    expect(expandQuery('What is the position on wages versus productivity growth?', 'en').terms).toEqual(expect.arrayContaining(['lonen', 'loongroei', 'salarissen']));
    // (in the one group of the English phrase: weighed once)
    expect(glossaryPhrases('What about wages?', 'en').find((p) => p.phrase === 'wages')!.terms).toContain('loongroei');
  });
});

describe('a glossary row in an English question', () => {
  it('translates the field term in its English variants ("earning models", "business model" → verdienmodellen)', async () => {
    const { expandQuery } = await import('../../src/language/glossary.ts');
    expect(expandQuery('Which government role supports new earning models?', 'en').terms).toContain('verdienmodellen');
    expect(expandQuery('What does the SER say about the business model of platforms?', 'en').terms).toContain('verdienmodellen');
    // "us" as the object of a verb is the pronoun, not the United States
    expect(expandQuery('Does the SER really want us to use them less?', 'en').terms).not.toContain('VS');
    // (also after "pitching to", and before who "we" are: "everyone ends up pitching to us vcs")
    expect(expandQuery('feels like everyone ends up pitching to us vcs', 'en').terms).not.toContain('VS');
    expect(expandQuery('How does the EU compare with the US?', 'en').terms).toContain('VS');
    // nor is "used", "using" or "uses" the US with an ending
    expect(expandQuery('The newspaper used the abbreviation TFP', 'en').terms).not.toContain('VS');
    expect(expandQuery('are firms using AI?', 'en').terms).not.toContain('VS');
    expect(expandQuery('eu vs us on productivity growth?', 'en').terms).toContain('VS');
    // an agreement, singular or plural, is also the Dutch "convenant" (Nationaal Convenant MKB-Financiering)
    expect(expandQuery('Which agreement on SME financing should be followed up?', 'en').terms).toContain('convenant');
    // the pension sector is its funds; the tax-free allowance is the werkkostenregeling
    expect(expandQuery('What role for the pension sector in financing SMEs?', 'en').terms).toContain('pensioenfondsen');
    expect(expandQuery('Does it suggest changing the tax-free allowance scheme?', 'en').terms).toContain('werkkostenregeling');
    expect(expandQuery('welke rol zien ze voor de pensioensector?', 'nl').terms).toContain('pensioenfondsen');
    // R&D spread or broadened to more firms is the text's "verbreden"
    expect(expandQuery('Why does the SER want R&D investment spread to smaller companies?', 'en').terms).toContain('verbreden');
    // an employment relationship, durable or not, is an arbeidsrelatie
    expect(expandQuery('Does the SER argue for durable employment relationships?', 'en').terms).toContain('arbeidsrelaties');
    // universities and research institutes are the text's knowledge institutions
    expect(expandQuery('Wat gebeurt er met de kennis van universiteiten en onderzoeksinstituten?', 'nl').terms).toContain('kennisinstellingen');
  });
});
