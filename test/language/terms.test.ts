import { describe, expect, it } from 'vitest';
import { glossaryPhrases } from '../../src/language/glossary.ts';
import { dutchQuestionVerbs, queryTerms, stem, stemMatches, textMatches, textStems, tokenize } from '../../src/language/terms.ts';

describe('terms', () => {
  it('drops function words and question framing', () => {
    expect(queryTerms('Langs welke drie dimensies kan de arbeidsproductiviteit groeien?', 'nl').map((t) => t.word)).not.toContain('drie');
    expect(queryTerms('Langs welke drie dimensies kan de arbeidsproductiviteit groeien?', 'nl').map((t) => t.word)).not.toContain('langs');
    expect(queryTerms('Wat zegt het advies over de hypotheekrenteaftrek?', 'nl').map((t) => t.word)).toEqual(['hypotheekrenteaftrek']);
    expect(queryTerms("What does the SER's advisory say about Brexit?", 'en').map((t) => t.word)).toEqual(['brexit']);
    // a document asked for is the topic, though the word frames other questions
    expect(queryTerms('Welk eerder SER-advies moet het kabinet daarvoor uitvoeren?', 'nl').map((t) => t.word)).toContain('advies');
    expect(queryTerms('Which two European reports does the SER cite?', 'en').map((t) => t.word)).toContain('reports');
    // (not a document that is only the subject: "what does the paper say about …")
    expect(queryTerms('what does the paper say about non-compete clauses?', 'en').map((t) => t.word)).not.toContain('paper');
    expect(queryTerms('Wat zegt het advies over de hypotheekrenteaftrek?', 'nl').map((t) => t.word)).not.toContain('advies');
    // an English contraction is its verb, a function word, not a topic the corpus lacks
    expect(tokenize("Isn't that so? They're sure, we can't, it won’t")).toEqual(['is', 'that', 'so', 'they', 'sure', 'we', 'can', 'it', 'will']);
    // a Dutch person of an abbreviation is the abbreviation's ("mkb'ers" → mkb), as a plural 's is ("cao's" → cao)
    expect(tokenize("Wat moeten mkb'ers en zzp’ers met cao's?")).toEqual(['wat', 'moeten', 'mkb', 'en', 'zzp', 'met', 'cao']);
    expect(queryTerms("Isn't that at odds with the vulnerable groups?", 'en').map((t) => t.word)).not.toContain("isn't");
    // "acts as" frames a who-question ("letter" stays a topic: "which letter is the advisory responding to?")
    expect(queryTerms('Which body acts as the productivity board?', 'en').map((t) => t.word)).not.toContain('acts');
    // the advisory called a letter frames an English question; another letter is its topic
    const words = (q: string) => queryTerms(q, 'en').map((t) => t.word);
    expect(words('What does the SER productivity letter say is wrong with SME financing?')).not.toContain('letter');
    expect(words('How does the letter define a scale-up?')).not.toContain('letter');
    expect(words('Which letter to parliament does the advisory respond to?')).toContain('letter');
    expect(words("What's the date of the ministry letter on the productivity agenda?")).toContain('letter');
    // so does naming: the words and terms a text uses ("met welke begrippen wordt dat aangeduid?", "which buzzwords")
    expect(queryTerms('Met welke begrippen wordt mobiliteit op de arbeidsmarkt aangeduid?', 'nl').map((t) => t.word)).toEqual(['mobiliteit', 'arbeidsmarkt']);
    expect(words('Which English buzzwords does the text use for labour market mobility?')).not.toContain('buzzwords');
    // so do citing and the claim cited ("welke instanties worden aangehaald als bron voor de stelling dat …")
    expect(queryTerms('Welke instanties worden aangehaald als bron voor de stelling dat het onderwijs onder druk staat?', 'nl').map((t) => t.word)).not.toContain('stelling');
    expect(queryTerms('Which bodies are cited for the claim that education is under pressure?', 'en').map((t) => t.word)).not.toContain('claim');
    // the fillers of chat say how a question is put, in either language ("Ok, en …", "roughly how much … are we talking about")
    expect(queryTerms('Ok, en wat wil de SER aan die rol veranderen?', 'nl').map((t) => t.word)).not.toContain('ok');
    expect(queryTerms('Roughly how much money are we talking about?', 'en').map((t) => t.word)).toEqual(['money']);
  });

  it('keeps R&D and splits hyphenated compounds into their parts', () => {
    expect(tokenize('de R&D-ambitie van mkb-bedrijven')).toEqual(['de', 'r&d-ambitie', 'r&d', 'ambitie', 'van', 'mkb-bedrijven', 'mkb', 'bedrijven']);
    expect(queryTerms('de R&D-ambitie', 'nl').map((t) => t.word)).toEqual(['r&d', 'ambitie']);
  });

  it('does not stem a word to another: "overheid" is not the preposition "over", "reden" not "reeds", "slechts" not "slecht"', () => {
    expect(stem('overheid', 'nl')).not.toBe(stem('over', 'nl'));
    expect(stem('overheden', 'nl')).toBe(stem('overheid', 'nl'));
    expect(stem('reden', 'nl')).not.toBe(stem('reeds', 'nl'));
    expect(stem('redenen', 'nl')).toBe(stem('reden', 'nl'));
    // nor "kans" the verb "kan", nor an adverb in -s the adjective or noun it ends like
    expect(stem('kans', 'nl')).not.toBe(stem('kan', 'nl'));
    expect(stem('kansen', 'nl')).toBe(stem('kans', 'nl'));
    expect(stem('slechts', 'nl')).not.toBe(stem('slecht', 'nl'));
    expect(stem('middels', 'nl')).not.toBe(stem('middel', 'nl'));
    // an adjective in -ief is one word in every form ("werk wordt niet productiever" is about being productief)
    for (const w of ['productieve', 'productiever', 'productiefst']) expect(stem(w, 'nl'), w).toBe(stem('productief', 'nl'));
    expect(stem('effectieve', 'nl')).toBe(stem('effectief', 'nl'));
    // (the noun keeps its own stem: productiviteit is in nearly every sentence of the corpus)
    expect(stem('productiviteit', 'nl')).not.toBe(stem('productief', 'nl'));
    // so "the government" does not match every sentence with "over" in it
    const asked = 'What should the government do?';
    const government = queryTerms(asked, 'en', glossaryPhrases(asked, 'en'))[0]!;
    expect(government.stems.some((s) => textMatches(textStems('Maak afspraken over coaching.'), s))).toBe(false);
    expect(government.stems.some((s) => textMatches(textStems('het beleid van de nationale overheid'), s))).toBe(true);
  });

  it('matches compounds and derivations, not a compound head alone', () => {
    const q = stem('productiviteitsgroei', 'nl');
    expect(stemMatches(stem('arbeidsproductiviteitsgroei', 'nl'), q)).toBe(true);
    expect(stemMatches(stem('noodzaak', 'nl'), stem('noodzakelijker', 'nl'))).toBe(true);
    expect(stemMatches(stem('kapitaal', 'nl'), stem('kapitaalverdieping', 'nl'))).toBe(false);
    expect(stemMatches(stem('arbeidsmigranten', 'nl'), stem('arbeidsmarkt', 'nl'))).toBe(false);
    expect(stemMatches(stem('investeert', 'nl'), stem('investeren', 'nl'))).toBe(true);
    expect(stemMatches(stem('arbeidsproductiviteitsontwikkeling', 'nl'), stem('arbeidsproductiviteitsgroei', 'nl'))).toBe(false);
  });

  it('keeps parents (ouders) apart from the elderly (ouderen), which the stemmer conflates', () => {
    const parents = queryTerms('Wat zegt het advies over werkende ouders?', 'nl').find((t) => t.word === 'ouders')!;
    expect(parents.stems.some((s) => textMatches(textStems('het aantal ouderen per werkende Nederlander stijgt'), s))).toBe(false);
    expect(parents.stems.some((s) => textMatches(textStems('ouders met jonge kinderen'), s))).toBe(true);
  });

  it('matches a multi-word glossary term only as a whole', () => {
    const [t] = queryTerms('What about GDP?', 'en', [{ phrase: 'gdp', terms: ['bruto binnenlands product'] }]);
    expect(t!.stems).toEqual(['bruto binnenland product']);
    expect(textMatches(textStems('het bruto binnenlands product stijgt'), t!.stems[0]!)).toBe(true);
    expect(textMatches(textStems('de arbeidsproductiviteit stijgt'), t!.stems[0]!)).toBe(false);
  });

  it('tells English topic words from common vocabulary', () => {
    const t = Object.fromEntries(queryTerms('Which dimensions does the advisory treat next to cryptocurrency and retirement?', 'en').map((x) => [x.word, x.topical]));
    expect(t).toMatchObject({ treat: false, next: false, cryptocurrency: true, retirement: true });
    // (a preposition is no term at all: "besides")
    // nor is how a text divides a subject ("into which flavours does it divide …", "what is it called in English")
    expect(queryTerms('Into which flavours does the advisory divide total factor productivity?', 'en').map((x) => x.word)).not.toContain('divide');
    expect(queryTerms('Which dimensions besides retirement?', 'en').map((x) => x.word)).not.toContain('besides');
    // the verbs of a document's history are no topic either
    const h = Object.fromEntries(queryTerms('Which letter is this advisory responding to, and when was it sent?', 'en').map((x) => [x.word, x.topical]));
    expect(h).toMatchObject({ letter: true, responding: false, sent: false });
  });

  it('tells Dutch topic words (long compounds) from frequent long words that only put the question', () => {
    const t = Object.fromEntries(queryTerms('Wat moet er minimaal op orde zijn voor de hypotheekrenteaftrek?', 'nl').map((x) => [x.word, x.topical]));
    expect(t).toMatchObject({ minimaal: false, hypotheekrenteaftrek: true });
  });

  it('adds the acronym of a capitalised name and glossary expansions', () => {
    const terms = queryTerms('Wie is de National Productivity Board?', 'nl');
    expect(terms.find((t) => t.word === 'board')!.stems).toContain('npb');
    const en = queryTerms('What about venture capital for scale-ups?', 'en', [{ phrase: 'venture capital', terms: ['durfkapitaal'] }]);
    expect(en.map((t) => t.word)).toEqual(['venture capital', 'scale', 'ups']);
    expect(en[0]).toMatchObject({ glossary: true });
    expect(en[0]!.stems).toContain(stem('durfkapitaal', 'nl'));
  });

  it('marks compounds, names and acronyms as topical', () => {
    const t = Object.fromEntries(queryTerms('Wat vindt de SER van Brexit, de AOW en kernenergie als het ligt?', 'nl').map((x) => [x.word, x.topical]));
    expect(t).toMatchObject({ brexit: true, aow: true, kernenergie: true, ligt: false });
  });
});

describe('framing verbs in other forms', () => {
  it('drops other verb forms of Dutch framing words (voorstelt like voorstellen)', () => {
    const words = queryTerms('Welke stappen omvat de beleidscyclus die de SER voorstelt?', 'nl').map((t) => t.word);
    expect(words).toContain('beleidscyclus');
    expect(words).not.toContain('voorstelt');
  });
  it('keeps content words whose stem only resembles a framing word', () => {
    const words = queryTerms('Wat zegt het advies over investeringen en scholing?', 'nl').map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['investeringen', 'scholing']));
  });

  it("reads a Dutch question's verbs from word order: they are not its topic", () => {
    expect([...dutchQuestionVerbs('Wat betekent het rapport van Draghi voor Nederland?')]).toContain('betekent');
    expect([...dutchQuestionVerbs('Welke bronnen onderscheidt het advies?')]).toContain('onderscheidt');
    expect([...dutchQuestionVerbs('Hoe wil de SER de beleidscyclus inrichten?')]).toContain('inrichten');
    // "het verschil tussen X en Y" frames the question (and must not match "verschillende"); the difference Draghi explains is a topic
    expect([...dutchQuestionVerbs('Wat is het verschil tussen kapitaalverdieping en TFP?')]).toContain('verschil');
    expect([...dutchQuestionVerbs('Waar wijt Draghi het verschil met de VS aan?')]).not.toContain('verschil');
    expect([...dutchQuestionVerbs('Wat zegt het advies over de verhouding tussen loonontwikkeling en productiviteitsgroei?')]).toContain('verhouding');
    expect([...dutchQuestionVerbs('Wat vindt de SER van lonen in verhouding tot productiviteit?')]).toContain('verhouding');
    expect([...dutchQuestionVerbs('Hoe staat het onderwijs in relatie tot de arbeidsmarkt?')]).toContain('relatie');
    expect([...dutchQuestionVerbs('Hoeveel bedragen de R&D-uitgaven?')]).toContain('bedragen');
    // (with the indefinite article after it too: "levert … op" frames how much, the healthier population is the topic)
    expect([...dutchQuestionVerbs('Hoeveel levert een gezondere bevolking op voor de economie?')]).toContain('levert');
    // a preposition before the question word: the verb comes one word later
    expect([...dutchQuestionVerbs('Bij wie ligt die rol nu in Nederland?')]).toContain('ligt');
    expect([...dutchQuestionVerbs('Aan wie vraagt de SER dat?')]).toContain('vraagt');
    expect([...dutchQuestionVerbs('Hoeveel procent van het mkb exporteert?')]).not.toContain('procent');
    expect([...dutchQuestionVerbs('Moet het concurrentiebeding worden afgeschaft?')]).toContain('afgeschaft');
    // an infinitive with a phrase moved behind it, after a modal; not a noun after its article
    expect([...dutchQuestionVerbs('Wat wil de SER veranderen aan de National Productivity Board?')]).toContain('veranderen');
    expect([...dutchQuestionVerbs('Welke maatregelen moet het kabinet nemen om de gezondheid te verbeteren?')]).toContain('nemen');
    expect([...dutchQuestionVerbs('Hoe kan de overheid het ondernemen in Nederland stimuleren?')]).not.toContain('ondernemen');
    // a yes/no question opens with its verb
    expect([...dutchQuestionVerbs('Krijgen flexwerkers evenveel scholing als vaste werknemers?')]).toEqual(['krijgen']);
    expect([...dutchQuestionVerbs('Investeert het mkb genoeg in scholing?')]).toContain('investeert');
    expect([...dutchQuestionVerbs('Het mkb investeert te weinig, toch?')]).not.toContain('het');
    // a fragment that opens with its noun has no verb there
    expect([...dutchQuestionVerbs('Bezuinigingen op onderwijs?')]).toEqual([]);
    expect([...dutchQuestionVerbs('Productiviteit van de zorgsector?')]).toEqual([]);
    expect([...dutchQuestionVerbs('Investeringen in kapitaalverdieping, hoe staat het ermee?')]).not.toContain('investeringen');
    const terms = queryTerms('Hoe wil de SER de beleidscyclus inrichten?', 'nl');
    expect(terms.find((t) => t.word === 'inrichten')!.topical).toBe(false);
    // a long noun is still a topic
    expect(queryTerms('Wat adviseert de SER over de hypotheekrenteaftrek?', 'nl')[0]!.topical).toBe(true);
  });

  it('matches a separable verb without its particle (inrichten ~ richt … in)', () => {
    const [t] = queryTerms('de cyclus inrichten', 'nl').filter((x) => x.word === 'inrichten');
    expect(t!.stems.some((s) => textMatches(textStems('Richt de cyclus op het verbeteren'), s))).toBe(true);
    // a noun that merely starts like a particle is left alone
    const [u] = queryTerms('overuren', 'nl');
    expect(u!.stems.some((s) => textMatches(textStems('per gewerkt uur en uren'), s))).toBe(false);
  });

  it('matches a multi-word Dutch glossary phrase as a phrase, not word by word', () => {
    const [t] = queryTerms('Wat doet de National Productivity Board?', 'nl', [{ phrase: 'National Productivity Board', terms: ['NPB'] }]);
    expect(t!.stems.some((s) => textMatches(textStems('het beleid van de nationale overheid'), s))).toBe(false);
    expect(t!.stems.some((s) => textMatches(textStems('de National Productivity Board (NPB)'), s))).toBe(true);
    expect(t!.stems.some((s) => textMatches(textStems('de rol van de NPB'), s))).toBe(true);
  });

  it("drops a follow-up's pointers back (daaraan, hierover, ervan): they are not topics", () => {
    expect(queryTerms('En wat moet het kabinet daaraan doen?', 'nl').map((t) => t.word)).toEqual(['kabinet']);
    expect(queryTerms('Wat zegt het advies hierover en ervan?', 'nl')).toEqual([]);
  });
});

describe('a Dutch term in an English question', () => {
  it('keeps the Dutch term itself among its alternatives (mixing languages)', async () => {
    const { glossaryPhrases } = await import('../../src/language/glossary.ts');
    const q = 'How could the Tweede Kamer be involved?';
    const terms = queryTerms(q, 'en', glossaryPhrases(q, 'en'));
    const kamer = terms.find((t) => t.word === 'tweede kamer');
    expect(kamer?.stems).toContain(`${stem('tweede', 'nl')} ${stem('kamer', 'nl')}`);
  });
});

describe('queryTerms: English words that frame', () => {
  it('drops an English glossary word whose every translation frames a question, not one reached through a synonym', () => {
    const words = (q: string) => queryTerms(q, 'en', glossaryPhrases(q, 'en')).map((t) => t.word);
    // "mandate" → rol, spelen: it had stood as a topic the corpus lacks, and the question was "not covered"
    const mandate = words('What mandate does the SER want to give the productivity board?');
    expect(mandate).not.toContain('mandate');
    expect(mandate).toContain('productivity board');
    // "share" reaches rol only through WordNet's "part": it stays a word of the question
    expect(words('What is the share of Dutch SMEs?')).toContain('share');
  });
});

describe('a Dutch diminutive', () => {
  it('matches its base word, which the stemmer leaves the ending on ("regeltjes" ~ regels)', () => {
    const [t] = queryTerms('al die regeltjes?', 'nl');
    expect(t!.stems).toContain(stem('regels', 'nl'));
    // (a word that only ends like one keeps its own stem: "plunje" is no "plun")
    expect(queryTerms('die plunje?', 'nl')[0]!.stems).toEqual([stem('plunje', 'nl')]);
  });
});
