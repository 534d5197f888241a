import { describe, expect, it } from 'vitest';
import { listItemPointedAt, analyseQuestion, asksActorChoice, asQuestion } from '../../src/language/question.ts';
import { comparativeBases, createSpeller, editDistance, inflected, isDutchVerbForm, isDutchVerbStem, isDutchWord } from '../../src/language/spelling.ts';

const thread = (...texts: string[]) => texts.map((text, i) => ({ role: i % 2 ? ('assistant' as const) : ('user' as const), text }));

describe('analyseQuestion: what a question asks', () => {
  it.each([
    ['Waarom blijft de R&D-intensiteit achter?', 'nl', 'reason'],
    ['Why does productivity growth lag in Europe?', 'en', 'reason'],
    ['Waardoor blijven de investeringen achter?', 'nl', 'reason'],
    ['Weten ze waar dat door komt?', 'nl', 'reason'],
    ['How come investment lags?', 'en', 'reason'],
    ["According to Draghi, what's behind the productivity gap with the US?", 'en', 'reason'],
    ['What is driving the gap?', 'en', 'reason'],
    ['Wat zit er achter die achterstand?', 'nl', 'reason'],
    ['In welke maand en welk jaar is het advies verschenen?', 'nl', 'date'],
    ['Hoeveel procent van het mkb exporteert?', 'nl', 'quantity'],
    ['How much could AI add to productivity growth?', 'en', 'quantity'],
    // a figure asked for in so many words
    ['Is er een bedrag aan die aanpak verbonden?', 'nl', 'quantity'],
    ['Does the letter give a cost estimate for the Werkcentra?', 'en', 'quantity'],
    ['What was Dutch productivity growth in 2024, in percent?', 'en', 'quantity'],
    // the weight a text gives a subject is no figure
    ['How much weight does the advice give to employee health when it talks about productivity?', 'en', 'fact'],
    ['Hoeveel aandacht krijgt gezondheid in het advies?', 'nl', 'fact'],
    // a measure asked for a period
    ['What was average real wage growth in the Netherlands last year?', 'en', 'quantity'],
    ['Wat was de loongroei in 2024?', 'nl', 'quantity'],
    ['Welke economische groei voorspelt het CPB voor 2026?', 'nl', 'quantity'],
    ['What productivity growth % did the CPB report in its latest analysis?', 'en', 'quantity'],
    ['And what concrete wage increase percentage do they recommend for the next cao round?', 'en', 'quantity'],
    ['Wanneer stuurde het kabinet de brief?', 'nl', 'date'],
    // a year asked for with "by what year", and a cost named as "the (estimated annual) cost of"
    ['By what year should the Werkcentra in every labour market region be fully operational?', 'en', 'date'],
    ['What is the estimated annual cost of setting up a Werkcentrum in every region?', 'en', 'quantity'],
    ['When was the cabinet letter sent?', 'en', 'date'],
    // the idiom "when it comes to" asks no date
    ['Which countries should Europe avoid relying on when it comes to AI?', 'en', 'list'],
    // nor "when" as a conjunction; "since when?" does
    ['Roughly what size of funding round is meant when the SER says scale-ups struggle?', 'en', 'fact'],
    ['and since when?', 'en', 'date'],
    ['Van welke datum was die brief aan de Kamer?', 'nl', 'date'],
    ['Wie vervult de rol van National Productivity Board?', 'nl', 'who'],
    ['en van wie wordt verwacht dat die dat oppakt?', 'nl', 'who'],
    ['Welke instantie is aangewezen als National Productivity Board?', 'nl', 'who'],
    ['Which agency acts as the productivity board?', 'en', 'who'],
    ['Which organisation currently fulfils the role of productivity board?', 'en', 'who'],
    ['Whose research shows that doing business abroad helps Dutch companies?', 'en', 'who'],
    ['Which Dutch institution currently fulfils the National Productivity Board role?', 'en', 'who'],
    ['Welke Nederlandse instelling vervult de rol van NPB?', 'nl', 'who'],
    ['Welk budget in euro trekt het advies uit voor de onderzoeksvragen?', 'nl', 'quantity'],
    ['Wat is kapitaalverdieping?', 'nl', 'definition'],
    // who a term means is a definition, not a body; "wat is er …" asks what is the matter
    ['Wie vallen er onder kwetsbare groepen?', 'nl', 'definition'],
    ['Who counts as a vulnerable group here?', 'en', 'definition'],
    ['Wat is er mis met de interne markt?', 'nl', 'fact'],
    ['Vindt de SER dat lonen moeten stijgen?', 'nl', 'yesno'],
    // ("klopt het dat …?" asks whether a claim holds: "Nee. … geen doel op zich")
    ['Klopt het dat de SER productiviteitsgroei als doel op zich ziet?', 'nl', 'yesno'],
    ['Does the SER support a national productivity board?', 'en', 'yesno'],
    ['Welke aanbevelingen doet de SER aan sociale partners?', 'nl', 'list'],
    // what something is made up of ("what would go into that cycle?", "wat houdt … concreet in?", however long the subject)
    ['SER is pushing for some yearly policy cycle on productivity. what would go into that cycle concretely?', 'en', 'list'],
    ['The SER wants a yearly policy cycle on productivity – what should be in it?', 'en', 'list'],
    ['Wat houdt die jaarlijkse beleidscyclus voor productiviteit waar de SER om vraagt concreet in?', 'nl', 'list'],
    // a plural asked for: "wat … allemaal", "what <nouns> does …"
    ['Wat moet het mkb allemaal regelen?', 'nl', 'list'],
    ['What obstacles does the council see for start-ups?', 'en', 'list'],
    ['What does the council say about start-ups?', 'en', 'fact'],
    ['Wat zegt het advies over durfkapitaal?', 'nl', 'fact'],
  ] as const)('%s → %s, %s', (q, language, asks) => {
    const r = analyseQuestion(q);
    expect(r.language).toBe(language);
    expect(r.asks).toBe(asks);
  });

  it('reads "hoeveel" in a clause another question word asks about as no figure asked', () => {
    // ("Welke factor … effect op hoeveel werkenden per uur produceren?" had answered "Het advies noemt hier geen cijfer voor")
    expect(analyseQuestion('Welke factor heeft het duidelijkste effect op hoeveel werkenden per uur produceren?').asksQuantity).toBe(false);
    expect(analyseQuestion('Which policy has the most effect on how much people earn?').asksQuantity).toBe(false);
    expect(analyseQuestion('Hoeveel werkenden volgen scholing?').asksQuantity).toBe(true);
  });

  it('reads a question for how someone responded to this advisory, which it cannot say', () => {
    expect(analyseQuestion('Hoe heeft het kabinet formeel gereageerd op dit briefadvies van de SER?').asksResponseToIt).toBe(true);
    expect(analyseQuestion('has the cabinet already responded to that proposal?').asksResponseToIt).toBe(true);
    // (not the letter the advisory responds to, nor the minister's response it proposes)
    expect(analyseQuestion('Op welke Kamerbrief reageert de SER met dit advies?').asksResponseToIt).toBeUndefined();
    expect(analyseQuestion("Should the minister have to respond to the productivity board's reports?").asksResponseToIt).toBeUndefined();
  });

  it('reads the advisory named by its subject as the document, not as the topic', () => {
    // ("volgens het SER-briefadvies over arbeidsproductiviteitsgroei" had sent the R&D question away from its page)
    expect(analyseQuestion('Hoe hoog zijn de R&D-uitgaven volgens het SER-briefadvies over arbeidsproductiviteitsgroei?').searchText).toBe('Hoe hoog zijn de R&D-uitgaven volgens het SER-briefadvies?');
    expect(analyseQuestion("In the SER's advice on labour productivity growth, what share of industrial SMEs exports?").searchText).toBe("In the SER's advice, what share of industrial SMEs exports?");
    // (an advice on the productivity of someone names a topic)
    expect(analyseQuestion('Wat concludeert Draghi volgens het advies over de productiviteit van de EU?').searchText).toContain('productiviteit van de EU');
  });

  it('reads past a preamble that says why the question is asked, not one that names its topic', () => {
    for (const q of ['Voor het bezoek van de minister: langs welke hoofdlijnen wil de SER de groei aanjagen?', 'Ik bereid een debat voor: langs welke hoofdlijnen wil de SER de groei aanjagen?', 'ff snel: langs welke hoofdlijnen wil de SER de groei aanjagen?']) {
      const r = analyseQuestion(q);
      expect(r.searchText, q).toBe('langs welke hoofdlijnen wil de SER de groei aanjagen?');
      expect(r.text, q).toBe(r.searchText);
    }
    expect(analyseQuestion('I need a quotable line: what does the SER say about cuts?').searchText).toBe('what does the SER say about cuts?');
    for (const q of ['Werkkostenregeling: wat wil de SER?', 'R&D-ambitie NL en Europa: hoeveel procent?', 'Let op: dit is geen vraag.']) expect(analyseQuestion(q).searchText).toBe(asQuestion(q));
    // who passes the question on is no part of it
    expect(analyseQuestion('Mijn directeur vraagt welke sporen de SER voorstelt. Welke zijn dat?').searchText).toBe('welke sporen de SER voorstelt. Welke zijn dat?');
    expect(analyseQuestion('My manager asks: does the SER want one desk per region?').searchText).toBe('does the SER want one desk per region?');
    // (or after it: "wethouder" was read as an absent topic, and the question abstained)
    expect(analyseQuestion('Staat er iets in over regeldruk? Wethouder vraagt ernaar').searchText).toBe('Staat er iets in over regeldruk?');
    expect(analyseQuestion('Does it say anything about red tape? My alderman asked.').searchText).toBe('Does it say anything about red tape?');
    // a word that only moves the chat on is no part of it ("verder" is not the text's "verdere ontwikkeling")
    expect(analyseQuestion('Verder, wat zegt het advies over de digitale infrastructuur?').searchText).toBe('wat zegt het advies over de digitale infrastructuur?');
    expect(analyseQuestion('Next question: what about the digital infrastructure?').searchText).toBe('what about the digital infrastructure?');
    expect(analyseQuestion('Wat moet er verder gebeuren met de digitale infrastructuur?').searchText).toContain('verder');
    // a minister asking is an actor of the question, not a messenger
    expect(analyseQuestion('De minister vraagt wat sociale partners kunnen doen.').searchText).toContain('minister');
  });

  it('reads chat\'s lower-case "vs" between two things as "versus", and "de VS" as the United States', () => {
    expect(analyseQuestion('wat zegt de SER over lonen vs productiviteit?').searchText).toBe('wat zegt de SER over lonen versus productiviteit?');
    expect(analyseQuestion('real wages vs. labour productivity: should they move together?').searchText).toMatch(/^real wages versus labour productivity/);
    for (const q of ['en in de vs?', 'Hoe doet de EU het tegenover de VS?', 'EU vs VS: wie groeit sneller?', 'how far behind the vs is the EU?']) expect(analyseQuestion(q).searchText, q).toMatch(/\bV[Ss]\b|\bvs\b/);
  });

  it('asks for one body with "welke instelling", for a list with "welke instellingen"', () => {
    expect(analyseQuestion('Which organisation currently fulfils the role of productivity board?').asksList).toBe(false);
    expect(analyseQuestion('Welke instelling vervult de rol van NPB?').asksList).toBe(false);
    expect(analyseQuestion('Welke instanties noemt de SER?').asksList).toBe(true);
    expect(analyseQuestion('Which bodies does the advisory cite?').asksList).toBe(true);
    // what something should cover or include is its parts
    for (const q of ['what should the annual policy cycle for productivity cover, per the SER?', 'Wat moet de beleidscyclus omvatten?']) expect(analyseQuestion(q).asksList, q).toBe(true);
    // what an actor is expected to do is a list of what it should do
    for (const q of ['Wat verwacht de SER van vakbonden en werkgevers als het gaat om beter werk?', 'Wat moeten werkgevers en bonden zelf oppakken op het vlak van kwaliteit van werk?', 'What is expected of employers on training?']) expect(analyseQuestion(q).asksList, q).toBe(true);
  });

  it('reads the actor the question is about, in both languages', () => {
    expect(analyseQuestion('Wat moeten werkgevers en vakbonden doen?').actor).toBe('sociale partners');
    expect(analyseQuestion('Wat verwacht het advies van het bedrijfsleven?').actor).toBe('sociale partners');
    expect(analyseQuestion('Wat betekent dat voor werknemers?').actor).toBeUndefined();
    // (the seat of government for the government, as the press writes it)
    expect(analyseQuestion('so what are they asking The Hague to do about it?').actor).toBe('kabinet');
    expect(analyseQuestion('Wat moet Den Haag daaraan doen?').actor).toBe('kabinet');
    expect(analyseQuestion('Wat vragen ze van werknemersorganisaties?').actor).toBe('sociale partners');
    expect(analyseQuestion('What should the government do about venture capital?').actor).toBe('kabinet');
    // (the chat spelling, and the body asked to act rather than the SER that asks it)
    expect(analyseQuestion('what does the SER want the govt to do about it?').actor).toBe('kabinet');
    expect(analyseQuestion('Welke rol krijgt de Tweede Kamer?').actor).toBe('Tweede Kamer');
    expect(analyseQuestion('Wat zegt het advies over durfkapitaal?').actor).toBeUndefined();
    // (an actor set aside is not the one asked: "who else, besides …?")
    expect(analyseQuestion('wie steunt dat idee nog meer, naast de SER zelf?').actor).toBeUndefined();
    expect(analyseQuestion('Who else backs that, besides the government?').actor).toBeUndefined();
    expect(analyseQuestion('Wat moet het kabinet doen, naast de sociale partners?').actor).toBe('kabinet');
  });
});

describe('analyseQuestion: conversations', () => {
  const history = thread('Wat zegt het advies over de registratielast bij verpleegkundigen?', 'Het advies zegt (p. 7): “Verpleegkundigen besteden 40 procent van hun tijd aan registratie.” [1]');

  it('reads a follow-up after the conversation’s topic', () => {
    for (const q of ['en waarom?', 'Wat moet het kabinet daaraan doen?', 'and what about the social partners?', 'en voor het mkb?', 'Waarom is dat voor Nederland extra van belang?', 'Why does that matter for the Netherlands in particular?', 'how would the SER itself plug into that work?', 'En als ze juist te hard stijgen?', 'Who has raised that concern?', 'are these figures reliable?', "op basis van hoeveel regio's is dat onderzocht?", 'hoe wordt dit precies gemeten?', 'Gaat dat de goede kant op in Nederland?', 'En het kabinet? Ik hoorde iets over defensiegeld', 'En mensen met een laag inkomen?', 'and for small firms that want to scale?', "Who's actually doing that job in NL right now?", 'who is funding that research?']) {
      const r = analyseQuestion(q, history);
      expect(r.followUp, q).toBe(true);
      expect(r.searchText, q).toContain('registratielast');
      expect(r.searchText, q).toContain(q);
    }
  });

  it('reads "dat" as the object the closing verbs act on as pointing back, not the conjunction that opens a clause', () => {
    for (const q of ['Wat is er nodig zodat werkenden dat ook echt kunnen toepassen?', 'Hoe kunnen verpleegkundigen dat voorkomen?']) {
      const r = analyseQuestion(q, history);
      expect(r.followUp, q).toBe(true);
      expect(r.searchText, q).toContain('registratielast');
    }
    expect(analyseQuestion('Vindt de SER dat werkgevers meer moeten investeren in scholing van personeel?', history).followUp).toBe(false);
  });

  it("keeps the remarks after the earlier turns' questions apart: where the asker stands, not the conversation's topic", () => {
    const h = thread(
      'staat er iets in over concurrentiebedingen? die dingen zitten bij ons in elk contract zelfs bij orderpickers',
      'Het advies zegt (p. 10): “Beperk het beroep op het concurrentiebeding tot de weinige situaties waarin dat echt nodig is.” [1]',
    );
    const r = analyseQuestion('how does that help productivity?', h);
    expect(r.followUp).toBe(true);
    expect(r.remarks).toEqual(['die dingen zitten bij ons in elk contract zelfs bij orderpickers']);
    // (a new question in the thread starts without them)
    expect(analyseQuestion('What does the advisory say about pension funds and venture capital?', h).remarks).toBeUndefined();
  });

  it('reads a turn that names only what the conversation already said as a follow-up, and a turn with a word of its own as a new question', () => {
    const rd = thread(
      'How does Dutch spending on research and development stack up internationally?',
      'According to the advisory (p. 8): “Nederlandse R&D-uitgaven (2,2 procent) blijven al jaren achter bij het gemiddelde van de OESO-landen. Er is ook een hoge lastendruk in de publieke sectoren.” [1]',
    );
    for (const q of ['Why is the Netherlands behind?', 'Hoe zit het met de lastendruk in de publieke sectoren?', 'Is er een voorbeeld uit de publieke sector?']) {
      const r = analyseQuestion(q, rd);
      expect(r.followUp, q).toBe(true);
      expect(r.searchText, q).toContain('research and development');
    }
    expect(analyseQuestion('Why is the Netherlands behind on digital skills?', rd).followUp).toBe(false);
    // (the verb after "bij wie" is no topic word: "ligt" was read as one, and the turn as a new question)
    const npb = thread('Wat zegt het advies over de National Productivity Board?', 'Het advies zegt (p. 11): “Nederland heeft de rol van NPB bij het CPB neergelegd.” [1]');
    expect(analyseQuestion('Bij wie ligt die rol nu in Nederland?', npb).followUp).toBe(true);
    // what was just said set against something else is asked of the conversation's topic, however much else it names
    for (const q of ['Staat dat niet op gespannen voet met het aan het werk helpen van kwetsbare groepen?', 'bijt dat niet met het aan het werk helpen van kwetsbare groepen?', "Isn't that at odds with getting vulnerable groups into work?"]) {
      const r = analyseQuestion(q, rd);
      expect(r.followUp, q).toBe(true);
      expect(r.searchText, q).toContain('research and development');
    }
    // a choice between the government and business asks who is to act on the topic at hand; English "of" is no "or"
    expect(analyseQuestion('So who needs to step up, companies or the government?', rd).followUp).toBe(true);
    expect(analyseQuestion('Is dat iets voor het kabinet of ligt die bal bij werkgevers en bonden?', rd).followUp).toBe(true);
    expect(asksActorChoice('How should the cabinet support the development of new business models?', 'en')).toBe(false);
    // ("de politiek", the politicians, is the government's side)
    expect(asksActorChoice('is dat iets voor werkgevers en bonden of voor de politiek?', 'nl')).toBe(true);
    expect(asksActorChoice('Is dat een politieke keuze of een keuze van de bonden?', 'nl')).toBe(false);
    // the rationale behind what was said asks why; "behind that" says of what, it is no lagging behind
    const why = analyseQuestion("What's the rationale behind that?", rd);
    expect(why.asks).toBe('reason');
    expect(why.searchText).not.toMatch(/behind/);
    expect(analyseQuestion('Why does Europe lag behind it?').searchText).toMatch(/lag behind it/);
    // ("hen" is a pronoun, no topic word: the turn names only the solution it asks for)
    expect(analyseQuestion('wat is dan de oplossing volgens hen?', npb).followUp).toBe(true);
    // the actors a pointing turn names are whom it asks about, not a topic of its own
    expect(analyseQuestion('Is that also part of what they ask from unions and employers?', rd).followUp).toBe(true);
    expect(analyseQuestion('Is that also what they ask from unions on pensions, training and housing?', rd).followUp).toBe(false);
  });

  it('reads a bare "why?" with the asker’s comment after it as why of what was just said', () => {
    for (const q of ['why? thats a pretty big ask from employers', 'waarom eigenlijk? loonmatiging is toch juist goed voor de concurrentiepositie']) {
      const r = analyseQuestion(q, history);
      expect(r.asks, q).toBe('reason');
      expect(r.pointer, q).toBe(true);
      expect(r.searchText, q).toContain('40 procent van hun tijd');
    }
    // a first question keeps its words
    expect(analyseQuestion('Waarom? Loonmatiging is toch goed voor de concurrentiepositie').searchText).toContain('concurrentiepositie');
  });

  it('reads "dat" after the question’s opening verb as the subject pointing back, not the conjunction after a subject', () => {
    expect(analyseQuestion('Gaat dat de goede kant op in Nederland?', history).followUp).toBe(true);
    expect(analyseQuestion('Vindt de SER dat het kabinet meer moet investeren in digitale infrastructuur?', history).followUp).toBe(false);
  });

  it('reads a request for the reply’s language as that, not as words of the question', () => {
    const en = analyseQuestion('and what should unions and employers do on that? answer in English pls', history);
    expect(en.language).toBe('en');
    expect(en.followUp).toBe(true);
    expect(en.text).toBe('and what should unions and employers do on that?');
    const nl = analyseQuestion('What does the SER want from the cabinet on red tape? Graag in het Nederlands.');
    expect(nl.language).toBe('nl');
    expect(nl.searchText).not.toMatch(/Nederlands/);
    // a language named as the topic stays ("Dutch" here is what is asked about)
    expect(analyseQuestion('How does Dutch productivity compare with the EU?').text).toContain('Dutch');
  });

  it('reads a question where the answer’s claim comes from, in either language', () => {
    for (const q of ['wie zegt dat?', 'waar baseren ze dat op?', 'welk onderzoek laat dat zien?', 'is daar ook bewijs voor?', 'en hoe hebben ze dat uitgezocht?', 'whose figure is that?', "who's the source they cite for that?", 'what evidence is there for that?', 'how did they work that out?']) {
      const r = analyseQuestion(q, history);
      expect(r.asksSource, q).toBe(true);
      expect(r.searchText, q).toContain('40 procent van hun tijd');
    }
    expect(analyseQuestion('en waarom?', history).asksSource).toBeUndefined();
    // (who else holds it is asked of the answer's claim too)
    for (const q of ['Is het alleen de SER die dat wil of staan er nog anderen achter?', 'Staan ze daar alleen in of steunt nog iemand dat idee?', 'who else backs that idea besides the SER?', 'Is the SER alone with this idea or do others support it?']) {
      const r = analyseQuestion(q, history);
      expect([r.followUp, r.asksSource], q).toEqual([true, true]);
    }
    // a first question is no follow-up
    expect(analyseQuestion('Welk onderzoek noemt het advies over internationalisering?').asksSource).toBeUndefined();
  });

  it('reads a pointer to the answer with the answer’s own words', () => {
    expect(analyseQuestion('waarom?', history).searchText).toContain('40 procent van hun tijd');
    // the nouns it points back with are the answer's, not topics of its own
    const money = thread('Om wat voor bedragen gaat het bij scale-ups?', 'Het advies zegt (p. 6): “Het gaat hierbij typisch om bedragen vanaf circa 50 miljoen euro.” [1]');
    expect(analyseQuestion('En wat gebeurt er met die bedrijven als ze dat geld hier niet vinden?', money).pointer).toBe(true);
    expect(analyseQuestion('And what happens to those firms then?', money).pointer).toBe(true);
    // and a turn that names nothing but what it points back to is a follow-up, however many of those it names
    const where = analyseQuestion('En waar halen die bedrijven dat geld dan vandaan als het hier niet lukt?', money);
    expect(where.followUp).toBe(true);
    // the kind of answer asked for, and how it should be, is no topic of the turn's own ("een sprekend cijfer", "a concrete example")
    for (const q of ['Is daar een sprekend cijfer bij dat ik kan gebruiken?', 'Any concrete example from that?']) expect(analyseQuestion(q, money).pointer, q).toBe(true);
    // (an amount asked for too: "hoeveel geld is daarvoor nodig, noemen ze een bedrag?" goes on about what was said)
    expect(analyseQuestion('Hoeveel geld is daarvoor nodig, noemen ze een bedrag?', money).followUp).toBe(true);
    // a negated auxiliary points back as well: "isn't that …?"
    expect(analyseQuestion("Isn't that a lot of money?", money).followUp).toBe(true);
    // so does a demonstrative before a word the conversation used ("how that board works" after a question on the board)
    const board = thread('Who plays the role of National Productivity Board in the Netherlands?', 'According to the advisory (p. 11): “Nederland heeft de rol van NPB bij het CPB neergelegd.” [1]');
    expect(analyseQuestion('What should change about how that board works, according to the SER?', board).followUp).toBe(true);
    expect(analyseQuestion('What should change about how that system works, according to the SER?', board).followUp).toBe(false);
    // a preposition and a participle of asking name no topic ("what fix is proposed for that, and who backs it besides the SER?")
    const training = thread('Waarom investeren kleinere werkgevers te weinig in scholing?', 'Het advies zegt (p. 6): “Vooral kleinere werkgevers hebben te weinig prikkels om te investeren in scholing.” [1]');
    expect(analyseQuestion('So what fix is proposed for that, and who backs it besides the SER?', training).followUp).toBe(true);
    // "there" closing a question points back at the topic ("why is the Netherlands lagging behind there?"); "is there?" asks whether
    const rd = thread('How much does the Netherlands spend on R&D?', 'According to the advisory (p. 8): “Nederlandse R&D-uitgaven (2,2 procent) blijven al jaren achter.” [1]');
    expect(analyseQuestion('Why is the Netherlands lagging behind there?', rd).followUp).toBe(true);
    expect(analyseQuestion('Is there a quick fix for the housing market at all?', rd).followUp).toBe(false);
    // nor do the fillers of chat ("roughly how much money … are we talking about there?")
    expect(analyseQuestion('Roughly how much money per round are we talking about there?', money).followUp).toBe(true);
    // (not the conjunction "dat" before an article the conversation also used: "Vindt de SER dat het kabinet …?" starts anew)
    const cabinet = thread('Wat vindt de SER van het kabinet?', 'Het advies zegt (p. 3): “Het kabinet moet investeren in onderwijs en scholing.” [1]');
    expect(analyseQuestion('Vindt de SER dat het kabinet meer moet investeren in scholing van flexwerkers?', cabinet).followUp).toBe(false);
    // so do "that's" and "how do we know" (the evidence for what was said)
    const know = analyseQuestion("how do we know that's going the wrong way?", money);
    expect(know.followUp).toBe(true);
    expect(know.asksSource).toBe(true);
    expect(analyseQuestion('waar is dat op onderbouwd?', money).asksSource).toBe(true);
    // (a topic of its own still makes a new question: "dat" opening a clause points at nothing)
    expect(analyseQuestion('En wat gebeurt er met bedrijven die geen durfkapitaal vinden?', money).pointer).toBeUndefined();
  });

  it('keeps what a follow-up asks from its own words, not the topic’s', () => {
    const r = analyseQuestion('waarom?', thread('Welke aanbevelingen doet de SER over regeldruk?', 'Het advies …'));
    expect(r.asks).toBe('reason');
    // the cause asked for in so many words, singular or plural
    expect(analyseQuestion('Wat zijn daar de onderliggende oorzaken van?').asks).toBe('reason');
    expect(analyseQuestion('Wat is de oorzaak van de achterstand?').asks).toBe('reason');
  });

  it('does not mix a self-contained new question with the old topic', () => {
    const r = analyseQuestion('Wat vindt de SER van het concurrentiebeding bij nieuwe bedrijven?', history);
    expect(r.followUp).toBe(false);
    expect(r.searchText).not.toContain('registratielast');
    // "and …" with a topic of its own starts anew
    expect(analyseQuestion('and what should the cabinet do to help small firms grow?', history).followUp).toBe(false);
    // a conjunction 'dat' is no pointer back
    expect(analyseQuestion('Vindt de SER dat werkgevers meer in scholing van flexwerkers moeten investeren?', history).followUp).toBe(false);
    expect(analyseQuestion('Is het zo dat werkgevers te weinig investeren in scholing van flexwerkers?', history).followUp).toBe(false);
    // what they say about a subject the turn names starts anew ("ze"/"they" are the authors, no pointer back) …
    expect(analyseQuestion('En wat zeggen ze tegen sociale partners over het concurrentiebeding?', history).followUp).toBe(false);
    expect(analyseQuestion('and what do they say about non-compete clauses?', history).followUp).toBe(false);
    // … unless it points back
    expect(analyseQuestion('en wat zeggen ze over de financiering daarvan?', history).followUp).toBe(true);
  });

  it('asks the same topic of another actor: the topic\'s own actor gives way', () => {
    const r = analyseQuestion('en de sociale partners?', thread('Wat moet het kabinet doen aan leven lang ontwikkelen?', 'Aanbevelingen aan het kabinet …'));
    expect(r.followUp).toBe(true);
    expect(r.actor).toBe('sociale partners');
    expect(r.searchText).toContain('leven lang ontwikkelen');
    expect(r.searchText).not.toContain('kabinet');
    // an actor asked about its part in the topic leaves the topic whole: there the body asked about is the topic
    const npb = thread('Welke rol speelt de National Productivity Board in het advies?', 'Het advies zegt (p. 11): “Nederland heeft de rol van NPB bij het CPB neergelegd.” [1]');
    expect(analyseQuestion('Hoe kunnen de sociale partners daarbij betrokken worden?', npb).searchText).toContain('National Productivity Board');
  });

  it('reads an actor asked to act on the answer ("wat moet het kabinet daartegen doen?") with the answer’s words, not beside it', () => {
    const r = analyseQuestion('wat moet het kabinet daartegen doen?', history);
    expect(r.searchText).toContain('40 procent van hun tijd');
    expect(r.pointer).toBeUndefined();
    // (asked what the SER asks of it, too: a list of what it should do; and "doen" left out, "daar … mee" apart or not)
    for (const q of ['Wat vraagt de SER het kabinet daaraan te doen?', 'en wat moet het kabinet daarmee?', 'En wat moet het kabinet daar concreet mee?'])
      expect(analyseQuestion(q, history).asksList, q).toBe(true);
    // an actor with a topic of its own is not read with the answer
    expect(analyseQuestion('wat moet het kabinet doen aan de financiering van scale-ups?', history).searchText).not.toContain('40 procent van hun tijd');
    // nor is one that names a single topic of its own ("… voor de arbeidsmarktinfrastructuur?"): the actor's recommendations on it are meant
    const cao = thread('Over welke onderwerpen moeten sociale partners cao-afspraken maken?', 'Het advies zegt (p. 9): “Maak (cao-)afspraken over productiviteit en de kwaliteit van werk.” [1]');
    const own = analyseQuestion('en wat moet het kabinet doen voor de arbeidsmarktinfrastructuur?', cao);
    expect(own.followUp).toBe(true);
    expect(own.pointer).toBeUndefined();
    expect(own.searchText).not.toContain('kwaliteit van werk');
  });

  it('reads a request for the fix of what the answer said, in either language, with the answer’s words', () => {
    for (const q of ['wat is dan de oplossing?', 'So what’s the proposed fix?', 'wat wil de SER daartegen doen?', 'en voor het mkb, wat stellen ze daar voor?', 'How do they want to tackle it?', 'wat moet er dan gebeuren?', 'so what’s needed then?', 'wat wil de SER daar in de publieke sector aan doen?', 'wat stelt de SER voor om dat omlaag te krijgen?', 'en wat stelt de SER daar tegenover?', 'wat stellen ze daarvoor in de plaats?', 'what do they propose instead?', 'Hoe wil de SER dat oplossen?', 'Hmm. And what is their answer to that problem?', 'Wat is hun antwoord op dat probleem?']) {
      const r = analyseQuestion(q, history);
      expect(r.asksRemedy, q).toBe(true);
      expect(r.searchText, q).toContain('40 procent van hun tijd');
      // the sentence that proposes the fix names the problem: it is matched with the answer's words too
      expect(r.matchText, q).toContain('40 procent van hun tijd');
    }
    // a question of its own on another subject asks no fix of this answer
    expect(analyseQuestion('Welke oplossing ziet de SER voor de financiering van scale-ups?', history).asksRemedy).toBeUndefined();
    expect(analyseQuestion('waarom?', history).asksRemedy).toBeUndefined();
  });

  it('carries the topic through a chain of follow-ups', () => {
    const chain = [...history, ...thread('en waarom?', 'Het advies zegt …')];
    expect(analyseQuestion('wie moet dat doen?', chain).searchText).toContain('registratielast');
  });

  it('reads a first question on its own', () => {
    expect(analyseQuestion('en waarom?').followUp).toBe(false);
  });
});

describe('comparativeBases', () => {
  it('finds the adjective of a Dutch comparative or superlative in the word list', () => {
    expect(comparativeBases('zichtbaarder')).toContain('zichtbaar');
    expect(comparativeBases('sneller')).toContain('snel');
    expect(comparativeBases('groter')).toContain('groot');
    expect(comparativeBases('effectiever')).toContain('effectief');
    expect(comparativeBases('gezondere')).toContain('gezond');
    expect(comparativeBases('duidelijkste')).toContain('duidelijk');
    // (a word that only ends like one has no base the list knows)
    expect(comparativeBases('kabinet')).toEqual([]);
  });
});

describe('typo correction', () => {
  const speller = createSpeller(['arbeidsmarkt', 'productiviteit', 'kapitaalverdieping', 'werkdruk', 'groeien', 'bezuinigingen', 'werkkostenregeling', 'technologie', 'adoptie']);

  it('corrects a misspelt Dutch word to the corpus word within a small edit distance', () => {
    const r = speller.correct('Wat zegt het advies over de arbeidsmrakt en de produktiviteit?', 'nl');
    expect(r.text).toBe('Wat zegt het advies over de arbeidsmarkt en de productiviteit?');
    expect(r.corrections).toEqual([
      { from: 'arbeidsmrakt', to: 'arbeidsmarkt' },
      { from: 'produktiviteit', to: 'productiviteit' },
    ]);
  });

  it('corrects a typo near the end of a long word, which is no inflection', () => {
    expect(inflected('groeiende', 'groeien')).toBe(true);
    expect(inflected('werkkostenregelng', 'werkkostenregeling')).toBe(false);
    expect(speller.correct('wat zegt het advies over de werkkostenregelng', 'nl').corrections).toEqual([{ from: 'werkkostenregelng', to: 'werkkostenregeling' }]);
  });

  it('corrects each part of a hyphenated word', () => {
    expect(speller.correct('Moeten pensioenfondsen iets met mkb-bezuinigngen?', 'nl').text).toBe('Moeten pensioenfondsen iets met mkb-bezuinigingen?');
  });

  it('corrects the earlier turns a follow-up is read with, as their own reading did', () => {
    const r = analyseQuestion('waarom?', [{ role: 'user', text: 'Wat vindt de SER van de arbeidsmrakt?' }, { role: 'assistant', text: 'Het advies zegt (p. 4): “De arbeidsmarkt is krap.” [1]' }], { speller });
    expect(r.searchText).toContain('arbeidsmarkt?');
    expect(r.searchText).not.toContain('arbeidsmrakt');
  });

  it('leaves Dutch words alone, and inflections, and English', () => {
    // a real word the corpus does not use is a paraphrase, not a typo
    expect(speller.correct('Wordt er gesneden in het onderwijs?', 'nl').corrections).toEqual([]);
    expect(speller.correct('Blijft de groeiende werkdruk?', 'nl').corrections).toEqual([]);
    // (an English word in a Dutch question is code-switching, read by the glossary: not "technologie" misspelt)
    expect(speller.correct('en wat zeggen ze over technology adoption in het mkb?', 'nl').corrections).toEqual([]);
    expect(speller.correct('What about capital deepning?', 'en').corrections).toEqual([]);
  });

  it('reads the question with its corrections', () => {
    const r = analyseQuestion('Wat zegt het advies over de arbeidsmrakt?', [], { speller });
    // (the turn itself is read corrected too: what it asks of its own, and the routes, meet the corpus's words)
    expect(r.text).toBe('Wat zegt het advies over de arbeidsmarkt?');
    expect(r.corrections).toEqual([{ from: 'arbeidsmrakt', to: 'arbeidsmarkt' }]);
    expect(r.searchText).toBe('Wat zegt het advies over de arbeidsmarkt?');
  });

  it('knows Dutch words, plurals and inflections through the OpenTaal list', () => {
    for (const w of ['arbeidsmarkt', 'universiteiten', 'gesneden', 'banken', 'lonen']) expect(isDutchWord(w), w).toBe(true);
    for (const w of ['arbeidsmrakt', 'produktiviteit']) expect(isDutchWord(w), w).toBe(false);
  });

  it('tells a Dutch verb form (a paraphrase) from an absent topic noun', () => {
    for (const w of ['weggelegd', 'investeert', 'gevraagd', 'opgelost', 'verbeterd', 'uitgekomen', 'gebeuren', 'parkeren', 'achteruitgaat', 'afneemt', 'bijdraagt', 'achterloopt', 'losmaakt', 'rondgaat', 'samenwerken', 'ondersteunen']) expect(isDutchVerbForm(w), w).toBe(true);
    for (const w of ['kinderopvang', 'stikstof', 'hypotheekrenteaftrek', 'vennootschapsbelasting', 'pensioenleeftijd', 'asielzoekers', 'aandacht', 'afdracht', 'overheid', 'thuiswerken', 'deeltijdwerken']) expect(isDutchVerbForm(w), w).toBe(false);
    // the imperative that opens a recommendation is a verb's stem; `Geen` is not (`geenen` is no infinitive)
    for (const w of ['Investeer', 'Zet', 'Bevorder', 'Veranker', 'Versnel']) expect(isDutchVerbStem(w), w).toBe(true);
    for (const w of ['Geen', 'Kapitaalverdieping', 'Advies']) expect(isDutchVerbStem(w), w).toBe(false);
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('markt', 'mrakt')).toBe(1);
    expect(editDistance('kapitaal', 'kapitaal')).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

it('"wat levert X op?", "what would X bring?" ask what it yields', () => {
  expect(analyseQuestion('Wat levert een gezondere bevolking economisch op?').asksEffect).toBe(true);
  expect(analyseQuestion('What would a healthier workforce bring the economy?').asksEffect).toBe(true);
  expect(analyseQuestion("What's the payoff of more R&D?").asksEffect).toBe(true);
  expect(analyseQuestion('Wat stelt de SER voor over gezondheid?').asksEffect).toBeUndefined();
  // and what happens then ("en als ze dat geld hier niet vinden, wat dan?", "what happens to them then?"): the consequence
  for (const q of ['En als ze dat geld hier niet vinden, wat dan?', 'Wat gebeurt er dan?', 'Wat gebeurt er met bedrijven?', 'What happens to those firms then?', 'What happens to the firms then?', 'and what then?'])
    expect(analyseQuestion(q).asksEffect, q).toBe(true);
  // (not the result under a condition the question names: "what happens if you leave tech out of it?")
  expect(analyseQuestion('What happens to the comparison if you leave tech out of it?').asksEffect).toBeUndefined();
});

it('"hoe staat het met …?", "how is NL doing on it?" ask how something stands', () => {
  for (const q of ['Hoe staat het met de kwaliteit van het funderend onderwijs?', 'Hoe staat Nederland ervoor qua R&D-uitgaven?', 'Hoe is het gesteld met de scholing van flexwerkers?', 'And how is the Netherlands doing on it?', 'Where does Dutch R&D spending stand?'])
    expect(analyseQuestion(q).asksState, q).toBe(true);
  expect(analyseQuestion('Wat moet het kabinet doen aan het funderend onderwijs?').asksState).toBeUndefined();
});

it('"wat moet er veranderen aan …?", "what should change …?" ask for a proposal; "is er een quick fix?" asks whether there is one', () => {
  expect(analyseQuestion('Wat wil de raad aan die rol veranderen?').asksProposal).toBe(true);
  expect(analyseQuestion("What does the SER want to change about the NPB's role?").asksProposal).toBe(true);
  expect(analyseQuestion('Wat stelt de SER voor om de doorgroei van het mkb te bevorderen?').asksProposal).toBe(true);
  expect(analyseQuestion('Is er volgens de SER een quick fix om de productiviteit op te krikken?').asksProposal).toBeUndefined();
  expect(analyseQuestion('Wat zegt het advies over de rol van de NPB?').asksProposal).toBeUndefined();
  // (a comparison is no call for change; nor is "weet je wat …")
  expect(analyseQuestion('Wat doet Nederland anders dan Duitsland aan R&D?').asksProposal).toBeUndefined();
  expect(analyseQuestion('Weet je wat het advies aan de sociale partners vraagt?').asks).not.toBe('reason');
});

it('reads the things a count asks for, and what something would cost as money asked', () => {
  expect(analyseQuestion('how many small industrial firms actually sell to other EU countries?').counted).toBe('small industrial firms');
  expect(analyseQuestion('Any price tag on widening that werkkostenregeling?').figure).toBe('money');
  expect(analyseQuestion('Do they estimate what broadening the werkkostenregeling would cost the treasury?').figure).toBe('money');
});

it('reads "wanneer" after another question word as a conjunction, not a date asked', () => {
  expect(analyseQuestion('Welk risico ziet de SER wanneer de reële lonen harder oplopen dan de productiviteit?').asks).not.toBe('date');
  // (after a lead-in of the asker's: "En omgekeerd: welk gevaar …")
  expect(analyseQuestion('En omgekeerd: welk gevaar ziet de Raad wanneer de lonen juist te hard oplopen?').asks).not.toBe('date');
  expect(analyseQuestion('Voor de minister: wanneer komt de reactie?').asks).toBe('date');
  expect(analyseQuestion('Wanneer verscheen het advies?').asks).toBe('date');
  // (a second question still asks one)
  expect(analyseQuestion('Welk nummer heeft dit briefadvies eigenlijk en wanneer is het uitgekomen?').asks).toBe('date');
});

it('reads a question on how certain a figure is', () => {
  for (const q of ['How solid is that number?', 'is that number sure or just a guess?', 'hoe hard is die schatting?', 'is dat een beetje betrouwbaar?', 'Is dat een beetje zeker, dat cijfer?', 'is dat wel hard?']) expect(analyseQuestion(q).asksCertainty, q).toBe(true);
  // a doubt of the claim just made asks the same ("klopt dat wel?", "is that really true?")
  for (const q of ['klopt dat wel?', 'Klopt dat cijfer eigenlijk?', 'is dat bewezen?', 'is that really true?', 'Is that proven?', 'can we trust that?']) expect(analyseQuestion(q).asksCertainty, q).toBe(true);
  for (const q of ['How big is that number?', 'Wat is de schatting van de OESO?', 'Is dat zeker een probleem voor het mkb?', 'Klopt het dat de SER een platform wil?', 'Is it true that wages lag behind?']) expect(analyseQuestion(q).asksCertainty, q).toBeUndefined();
});

it('reads a message typed without a question mark as the question it is', () => {
  expect(analyseQuestion('vindt de SER het concurrentiebeding een goed idee').asks).toBe('yesno');
  expect(analyseQuestion('does the SER want real wages to follow productivity').asks).toBe('yesno');
  const history = [
    { role: 'user' as const, text: 'wat zegt de ser over ai' },
    { role: 'assistant' as const, text: 'Het advies zegt (p. 8): “De OESO schat dat AI de arbeidsproductiviteitsgroei met 0,4 à 0,9 procent per jaar kan verhogen.” [1]' },
  ];
  expect(analyseQuestion('en hoe zeker is dat', history).asks).toBe(analyseQuestion('en hoe zeker is dat?', history).asks);
  expect(analyseQuestion('en hoe zeker is dat', history).searchText).toBe(analyseQuestion('en hoe zeker is dat?', history).searchText);
});

it('"wat verstaan ze onder …?", "how does the letter define …?" ask a definition', () => {
  expect(analyseQuestion('Wat verstaan ze in het stuk onder valorisatie?').asks).toBe('definition');
  expect(analyseQuestion('Wat wordt er in het advies verstaan onder een scale-up?').asks).toBe('definition');
  expect(analyseQuestion("How does the letter define a 'scale-up'?").asks).toBe('definition');
  expect(analyseQuestion('What do they mean by business dynamics?').asks).toBe('definition');
  // the problem (the aim, the risk) asked for is no word to define
  expect(analyseQuestion('Wat is volgens het advies het probleem met financiering voor het mkb?').asks).toBe('fact');
  expect(analyseQuestion("What's the main risk of focusing on productivity alone?").asks).toBe('fact');
  // (also with a possessive: "wat is hun oplossing?", "what's their solution?")
  expect(analyseQuestion('Wat is dan hun oplossing daarvoor?').asks).toBe('fact');
  expect(analyseQuestion("what's their solution?").asks).toBe('fact');
  expect(analyseQuestion('Wat is het Nationaal Groeifonds?').asks).toBe('definition');
  // what an abbreviation stands for is what it means
  expect(analyseQuestion('What does TFP stand for?').asks).toBe('definition');
  expect(analyseQuestion('Waar staat de afkorting NPB voor?').asks).toBe('definition');
  expect(analyseQuestion("The paper used the abbreviation TFP. What's that short for?").asks).toBe('definition');
});

it('"what bottlenecks to …", "what steps for …" ask a list; "what does …", "what kinds of …" do not by that alone', () => {
  expect(analyseQuestion('What bottlenecks to capital deepening in the Netherlands does the letter point to?').asksList).toBe(true);
  expect(analyseQuestion('What steps for the policy cycle does it name?').asksList).toBe(true);
  // "wat houdt … in?" asks what something comprises
  expect(analyseQuestion('Waaruit moet de jaarlijkse productiviteitscyclus volgens de SER bestaan?').asksList).toBe(true);
  expect(analyseQuestion('Wat moet die beleidscyclus concreet inhouden?').asksList).toBe(true);
  expect(analyseQuestion('Wat houdt die jaarlijkse beleidscyclus in die de SER voorstelt?').asksList).toBe(true);
  expect(analyseQuestion('Wat houdt de cyclus in?').asksList).toBe(true);
  expect(analyseQuestion('Wat houdt de SER tegen in Brussel?').asksList).toBe(false);
  expect(analyseQuestion('What does the SER say about the NPB?').asksList).toBe(false);
  expect(analyseQuestion('What kinds of innovation does it mean?').asks).not.toBe('list');
});

it('"en van wie wordt verwacht dat die dat oppakt?" is a follow-up: "wordt" is an auxiliary, no topic', () => {
  const history = [
    { role: 'user' as const, text: 'mag je als werkgever nog gewoon een concurrentiebeding opnemen volgens de SER?' },
    { role: 'assistant' as const, text: 'Het advies zegt (p. 10): “Beperk het beroep op het concurrentiebeding tot de weinige situaties waarin dat echt nodig is.” [1]' },
  ];
  const q = analyseQuestion('en van wie wordt verwacht dat die dat oppakt?', history);
  expect(q.followUp).toBe(true);
  expect(q.searchText).toContain('concurrentiebeding');
});

it('"noemt het advies een concreet percentage …?" asks a number, as "een cijfer" does', () => {
  expect(analyseQuestion('Noemt het advies een concreet percentage loonstijging voor volgend jaar?').asks).toBe('quantity');
  expect(analyseQuestion('Does the advisory give a percentage for the wage rise?').asksQuantity).toBe(true);
  // so does what something costs ("wat gaat die regeling de schatkist kosten?", "what would it cost?")
  expect(analyseQuestion('Wat gaat de voorgestelde stimuleringsregeling voor sociale innovatie in het mkb de schatkist kosten?').asks).toBe('quantity');
  expect(analyseQuestion('What would the proposed learning rights cost the government?').asksQuantity).toBe(true);
  // and figures asked for "too" or "more" ("zijn daar ook cijfers van?", "any more figures?"), with or without an answer before
  for (const q of ['zijn daar ook cijfers van?', 'Hebben ze daar ook cijfers bij?', 'Noemen ze nog cijfers?', 'Are there more figures on that?', 'any hard numbers?'])
    expect(analyseQuestion(q).asksQuantity, q).toBe(true);
  expect(analyseQuestion('Zegt het advies ook iets over cijfermatige onderbouwing van beleid?').asksQuantity).toBe(false);
  // a compound that names its kind of figure ("een concreet loonpercentage") and an amount in a currency ("a specific euro amount")
  expect(analyseQuestion('Noemen ze een concreet loonpercentage voor de komende cao-ronde?').figure).toBe('percent');
  expect(analyseQuestion('Is there a specific euro amount proposed for the stimulus scheme?').figure).toBe('money');
  // and with up to three words between ("a concrete pay rise percentage", "what kind of amounts")
  expect(analyseQuestion('do they give a concrete pay rise percentage for next year?').figure).toBe('percent');
  expect(analyseQuestion('What kind of amounts are we talking about for those scale-ups?').asksQuantity).toBe(true);
  // (a figure named as what the question is not about is no figure asked: "meer dan alleen cijfers analyseren")
  expect(analyseQuestion('wat moet er anders aan de rol van de NPB volgens het advies? meer dan alleen cijfers analyseren?').asksQuantity).toBe(false);
});

it('reads "since what year" as a date, a singular subject of "hoeveel" as an amount, and "vorig jaar" as a recent year', () => {
  expect(analyseQuestion('Since what year has the CPB been the Dutch NPB?').asks).toBe('date');
  expect(analyseQuestion('and the advisory itself, when was it published?').asks).toBe('date');
  // (the document named first is no part of the question: "According to SER 25/04, which institution …?" asks who)
  expect(analyseQuestion('According to SER 25/04, which institution fulfils the National Productivity Board role in the Netherlands?').asks).toBe('who');
  // (not "when" opening a clause: "what size … when the SER says …")
  expect(analyseQuestion('What should the cabinet do when the SER says wages lag?').asks).not.toBe('date');
  // ("what's Draghi's explanation for the gap?" asks a reason, as "what explains the gap?" does)
  expect(analyseQuestion("and what's Draghi's explanation for the gap with the US?").asks).toBe('reason');
  // "hoeveel banen gaan er verloren" counts jobs; "hoeveel AI kan bijdragen" asks how much, any figure; money when the word names it
  expect(analyseQuestion('Hoeveel banen gaan er verloren door AI?').figure).toBe('count');
  expect(analyseQuestion('hoeveel AI kan bijdragen aan de productiviteitsgroei?').figure).toBeUndefined();
  expect(analyseQuestion('Hoeveel durfkapitaal is er in scale-ups gestoken?').figure).toBe('money');
  // (capital is money: "how much pension capital would that free up?")
  expect(analyseQuestion('Do they estimate how much pension capital that would free up for SMEs?').figure).toBe('money');
  expect(analyseQuestion('Hoeveel durfkapitaal is er vorig jaar in scale-ups gestoken?').year).toBe('recent');
  expect(analyseQuestion('How much venture capital went into scale-ups in 2023?').year).toBe('2023');
});

it('reads "how big an effect?" after an answer as a follow-up: the degree asked is no topic of its own', () => {
  const history = [
    { role: 'user' as const, text: 'Does the SER see employee health as a productivity issue?' },
    { role: 'assistant' as const, text: 'Yes. According to the advisory (p. 7): “Ook is de arbeidsdeelname van gezondere mensen hoger dan van mensen met gezondheidsproblemen.” [1]' },
  ];
  for (const q of ['how big an effect?', 'hoe groot is het effect?']) {
    const r = analyseQuestion(q, history);
    expect(r.followUp, q).toBe(true);
    expect(r.pointer, q).toBe(true);
  }
});

it('reads "hoeveel tijd", "how much of their working time" as a span of time or a share of it', () => {
  for (const q of ['en hoeveel tijd zijn industriële bedrijven daar gemiddeld aan kwijt?', "How much of a nurse's working time is eaten up by record-keeping?", 'how much time do nurses lose to admin?'])
    expect(analyseQuestion(q).figure, q).toBe('duration');
  // (a share of the time is one: "40 procent van de werktijd" answers "hoeveel van hun werktijd …?")
  expect(analyseQuestion('Hoeveel van hun werktijd zijn verpleegkundigen kwijt?').figure).toBe('duration');
});

it('reads a figure asked as a target: a level to reach or a cut to make', () => {
  for (const q of ['En met hoeveel procent moet die registratielast dan omlaag?', 'Noemen ze ook een streefcijfer voor de registratielast?', 'do they set a hard target for it, like 25% less admin burden by 2027?', 'Noemen ze ook een concreet reductiedoel?', 'What numerical target for productivity growth does the SER propose?'])
    expect(analyseQuestion(q).asksTarget, q).toBe(true);
  // (which target is referred to asks its name, not a figure; a level asked is no target)
  expect(analyseQuestion('Which EU target do they refer to for business R&D investment?').asksQuantity).toBe(false);
  // and a change the advisory should propose ("by how much should … be widened?")
  expect(analyseQuestion('By how much should the werkkostenregeling be widened, do they give a concrete amount or percentage?').asksTarget).toBe(true);
  // (a target year is a date: "is there any target year / deadline mentioned …?")
  expect(analyseQuestion('is there any target year / deadline mentioned for more business R&D investment?').asksQuantity).toBe(false);
  expect(analyseQuestion('Hoeveel procent van hun werktijd besteden verpleegkundigen aan registratie?').asksTarget).toBeUndefined();
});

it('reads a figure asked after the question that names its topic as asked of that topic', () => {
  expect(analyseQuestion('Wat zegt het advies over gezondheid en productiviteit? noemen ze ook cijfers?').figureAfterTopic).toBe(true);
  expect(analyseQuestion('What does it say about the internal market? Any hard numbers?').figureAfterTopic).toBe(true);
  // (not a figure asked in the first question, nor in a question of one part)
  expect(analyseQuestion('Hoeveel geeft Nederland uit aan R&D? Is dat genoeg?').figureAfterTopic).toBeUndefined();
  expect(analyseQuestion('Noemen ze cijfers over gezondheid?').figureAfterTopic).toBeUndefined();
});

it('"welke datum …?" asks a date, not a list', () => {
  expect(analyseQuestion('Van welke datum was die brief aan de Kamer?').asksList).toBe(false);
});

describe('a ranking asked for', () => {
  it('reads the top of a ranking of several, or a place in one, in either language', () => {
    expect(analyseQuestion('Welke sectoren hebben de hoogste arbeidsproductiviteit?').asksRanking).toBe(true);
    expect(analyseQuestion('Where does the Netherlands rank among EU member states on productivity?').asksRanking).toBe(true);
    // (not "waar valt het meest te winnen?": where, not which of several)
    expect(analyseQuestion('Waar valt volgens de SER het meest te winnen?').asksRanking).toBeUndefined();
  });
});

it('reads "what figure …?" as a figure asked for, and the year it is asked for', () => {
  const r = analyseQuestion('What figure does the letter give for Dutch labour productivity growth in 2024?');
  expect(r.asks).toBe('quantity');
  expect(r.year).toBe('2024');
  expect(analyseQuestion('What percentage of current jobs does the council expect AI to take over by 2030?').year).toBe('2030');
  expect(analyseQuestion('Welk cijfer noemt het advies voor de R&D-uitgaven?').asks).toBe('quantity');
  // a year that is no figure's period is no year asked ("het advies van juni 2025")
  expect(analyseQuestion('Wat zegt het advies van juni 2025 over scholing?').year).toBeUndefined();
});

it('reads the second question of a question in two', async () => {
  const { secondQuestion } = await import('../../src/language/question.ts');
  expect(secondQuestion('Waarom steken kleine werkgevers weinig geld in scholing, en welke oplossing ondersteunt de SER?')).toBe('welke oplossing ondersteunt de SER?');
  expect(secondQuestion('Who fills the National Productivity Board role in NL, and what should change about that role?')).toBe('what should change about that role?');
  expect(secondQuestion('Is there evidence that going international helps? Who found that?')).toBe('Who found that?');
  // one question with two subjects, or a clause that asks nothing of its own, is no question in two
  expect(secondQuestion('Welke rol geeft het advies aan het kabinet en de sociale partners?')).toBeUndefined();
  expect(secondQuestion('De SER wil scholing verbeteren, en hoe dan?')).toBeUndefined();
});

describe('a figure asked per year', () => {
  it('reads "per jaar", "jaarlijks", "each year", "annual" with a figure asked', () => {
    for (const q of ['How large is the Dutch venture capital market in euros per year?', 'Hoeveel geld moet er jaarlijks naar leerrechten?', 'How much does NL invest each year?', 'How big is the annual budget of the NPB?'])
      expect(analyseQuestion(q).perYear, q).toBe(true);
    // (not without a figure asked, nor a figure of no period)
    expect(analyseQuestion('Wat moet het kabinet jaarlijks rapporteren?').perYear).toBeUndefined();
    expect(analyseQuestion('Hoeveel geven bedrijven uit aan R&D?').perYear).toBeUndefined();
  });
});

describe('a person asked for', () => {
  it('reads a question for a person by office or deed, in either language', () => {
    expect(analyseQuestion('welke minister heeft die kamerbrief over de productiviteitsagenda ondertekend?').asksPerson).toBe(true);
    expect(analyseQuestion('Wie was de voorzitter van de commissie die dit advies heeft voorbereid?').asksPerson).toBe(true);
    expect(analyseQuestion('Who chaired the SER committee that prepared this advice?').asksPerson).toBe(true);
    // and who sat on or chaired a committee: its members are persons
    for (const q of ['wie zaten er eigenlijk allemaal in de commissie die dit heeft opgesteld? namen?', 'en wie zit die commissie voor?', 'Wie zat de commissie SEA voor?', 'who was on that committee, does it list the members?', 'Can you give the names of the members of the SER committee?'])
      expect(analyseQuestion(q).asksPerson, q).toBe(true);
    // (not a body: "welke instantie …?", "wie moet dat doen?", "wie zit daarachter?")
    expect(analyseQuestion('En dat platform sociale innovatie, wie zit daarachter?').asksPerson).toBeUndefined();
    expect(analyseQuestion('Welke instantie vervult de rol van National Productivity Board?').asksPerson).toBeUndefined();
    expect(analyseQuestion('Wie moet de werkkostenregeling verruimen?').asksPerson).toBeUndefined();
  });
});

describe('who pays asked for', () => {
  it('reads a question for who pays or finances, in either language', () => {
    for (const q of ['wie betaalt die leerrechten dan, de werkgever of de overheid?', 'wie moet die leerrechten betalen?', 'who is supposed to pay for that?', 'and who pays for those learning rights?', 'Wie gaat dat financieren?'])
      expect(analyseQuestion(q).asksPayer, q).toBe(true);
    // (not who is to act, nor what it costs)
    for (const q of ['Wie moet de werkkostenregeling verruimen?', 'who is supposed to do that?', 'Wat kost dat?']) expect(analyseQuestion(q).asksPayer, q).toBeUndefined();
    // (a question asked before it is what is answered: "en wat is dan de oplossing? wie moet dat betalen eigenlijk?")
    expect(analyseQuestion('en wat is dan de oplossing? wie moet dat betalen eigenlijk?').asksPayer).toBeUndefined();
  });
});

describe('the statistical measure a question asks for', () => {
  it('reads it in either language, with the Dutch words a text gives it in', () => {
    expect(analyseQuestion('Welke correlatie tussen loongroei en productiviteitsgroei rapporteert de SER?').measure).toContain('correlatie');
    expect(analyseQuestion('What confidence interval does the OECD report around its AI estimate?').measure).toContain('betrouwbaarheidsinterval');
    expect(analyseQuestion('Hoeveel procent van de werktijd gaat naar registratie?').measure).toBeUndefined();
  });
});

describe('listItemPointedAt: "die eerste", "the last one" in a follow-up', () => {
  const numbered = 'Het advies zegt (p. 5): “Globaal gaat het om de volgende dimensies: 1. Kapitaalverdieping: o.a. door machines. 2. Hogere kwaliteit van arbeid: o.a. door scholing. 3. Groei van technologische en procesinnovatie (Total Factor Productivity): door nieuwe technologie.” [1]';
  it('takes the numbered item of the previous quote, its heading before the colon', () => {
    expect(listItemPointedAt('en waar loopt het bij die eerste route vast?', numbered)).toBe('Kapitaalverdieping');
    expect(listItemPointedAt('wat houdt die laatste in?', numbered)).toBe('Groei van technologische en procesinnovatie (Total Factor Productivity)');
    expect(listItemPointedAt('and the second one?', numbered)).toBe('Hogere kwaliteit van arbeid');
  });
  it('takes a bulleted line of the answer', () => {
    const bullets = 'Aanbevelingen aan het kabinet (p. 10):\n• Werk aan een faciliterend ecosysteem voor mkb-ondernemers door concrete afspraken over coaching.\n• Draag zorg voor een faciliterende financiële infrastructuur.';
    expect(listItemPointedAt('wat betekent dat tweede?', bullets)).toBe('Draag zorg voor een faciliterende financiële infrastructuur.');
  });
  it('is undefined without an ordinal, without a list, or past its end', () => {
    expect(listItemPointedAt('waarom?', numbered)).toBeUndefined();
    expect(listItemPointedAt('en de eerste?', 'Het advies zegt (p. 4): “Een zin zonder lijst.” [1]')).toBeUndefined();
    expect(listItemPointedAt('en de vijfde?', numbered)).toBeUndefined();
  });
  it('reads the follow-up as about that item', () => {
    const q = analyseQuestion('en waar loopt het bij die eerste route vast?', [
      { role: 'user', text: 'Langs welke routes kan de productiviteit omhoog?' },
      { role: 'assistant', text: numbered },
    ]);
    expect(q.followUp).toBe(true);
    expect(q.searchText).toMatch(/^Kapitaalverdieping /);
    expect(q.matchText).not.toMatch(/routes kan/);
    // the ordinal and its noun name the list, not the topic ("die eerste route" is no route to match)
    expect(q.searchText).not.toMatch(/route\b/);
    expect(analyseQuestion('and what does the second one mean?', [{ role: 'user', text: 'Which dimensions?' }, { role: 'assistant', text: numbered }]).searchText).not.toMatch(/\bone\b/);
    // also after a turn that gave no list: the latest answer that did
    const later = analyseQuestion('en welke knelpunten zijn er bij die eerste?', [
      { role: 'user', text: 'Langs welke routes kan de productiviteit omhoog?' },
      { role: 'assistant', text: numbered },
      { role: 'user', text: 'wat wordt met die laatste bedoeld?' },
      { role: 'assistant', text: 'Het advies zegt (p. 5): “Innovatie gaat over nieuwe technologie.” [1]' },
    ]);
    expect(later.searchText).toMatch(/^Kapitaalverdieping /);
  });
});

describe('the indicator intent, read with the question', () => {
  it('names the indicator a figure is asked of, none for a why-question or a corpus question', () => {
    expect(analyseQuestion('Hoe snel groeide de arbeidsproductiviteit in Nederland sinds 2015?').indicator).toMatchObject({ id: 'productivity-growth', params: { from: 2015 } });
    expect(analyseQuestion('How much does the Netherlands spend on R&D as a percentage of GDP?').indicator?.id).toBe('rd-intensity');
    expect(analyseQuestion('Hoe hoog was de arbeidsproductiviteitsgroei in Nederland in 2024 precies?').indicator?.id).toBe('productivity-growth');
    expect(analyseQuestion('Waarom blijven de R&D-uitgaven in Nederland achter?').indicator).toBeUndefined();
    expect(analyseQuestion('Wat vindt de SER van het concurrentiebeding?').indicator).toBeUndefined();
  });

  it('reads a follow-up with the conversation: "en in de VS?" after a growth figure asks it for the US', () => {
    const history = [
      { role: 'user' as const, text: 'Hoe snel groeide de arbeidsproductiviteit per uur in Nederland sinds 2014?' },
      { role: 'assistant' as const, text: 'De arbeidsproductiviteit per gewerkt uur in Nederland groeide over 2014-2024 gemiddeld 0,24 procent per jaar.' },
    ];
    const q = analyseQuestion('en in de VS?', history);
    expect(q.indicator?.id).toBe('productivity-growth');
    expect(JSON.stringify(q.indicator?.params)).toMatch(/US/);
  });
});

describe('the kind of figure a number question asks for', () => {
  it('reads money, a percentage, a count of things or a span of time, and none when any figure answers', () => {
    const figure = (q: string) => analyseQuestion(q).figure;
    // amounts asked for by their kind, in the plural too, ask a figure
    for (const q of ['what kind of amounts are we talking about for those scale-ups?', 'Om wat voor bedragen gaat het dan?', 'Welke bedragen noemt het advies?']) expect(analyseQuestion(q).asks, q).toBe('quantity');
    expect(figure('Hoeveel budget is er nodig voor de onderzoeksvragen?')).toBe('money');
    expect(figure('How many euros does the SER want set aside?')).toBe('money');
    expect(figure('Hoeveel procentpunt lager moet de registratielast worden?')).toBe('percent');
    expect(figure('What percentage of industrial SMEs exports?')).toBe('percent');
    // a share asked for is a percentage, whatever it is a share of (not money for "pension funds")
    expect(figure('What share of Dutch venture capital currently comes from pension funds?')).toBe('percent');
    for (const q of ['Hoeveel Werkcentra zijn er al open?', 'hoeveel mensen werken onder hun niveau?', 'how many European regions did the study look at?', 'How many of the regions grew?'])
      expect(figure(q), q).toBe('count');
    // (a word that is a Dutch verb too, "banen", is counted when a verb follows it: its subject)
    expect(figure('Hoeveel banen gaan er volgens de SER verloren door AI?')).toBe('count');
    // a span of time asked in its unit
    for (const q of ['hoeveel uur werken we?', 'How many hours a week does the average Dutch worker put in, per the SER?', 'Hoeveel jaar duurt dat?']) expect(figure(q), q).toBe('duration');
    // a verb, a comparison or a rate ("per regio") is not counted (a share of the time, "hoeveel van hun werktijd", is a span of time: below)
    for (const q of ['hoeveel geeft Nederland uit aan onderzoek?', 'Hoeveel kan AI de groei verhogen?', 'hoeveel hoger is het bbp?', 'Hoeveel Werkcentra wil de SER per arbeidsmarktregio?'])
      expect(figure(q), q).toBeUndefined();
    // a question that asks for no number asks for no kind of figure
    expect(figure('Wat zegt het advies over het budget?')).toBeUndefined();
  });
});

describe('a who-question in the plural', () => {
  it('asks for several: "wie moeten … allemaal", "who are involved", "welke partijen"', () => {
    for (const q of ['wie moeten daar allemaal aan meedoen', 'Who are supposed to be involved in it?', 'Welke partijen moeten aan tafel?']) expect(analyseQuestion(q).asksSeveral, q).toBe(true);
    for (const q of ['wie zegt dat?', 'Who runs the NPB?', 'Welke rol heeft de SER?']) expect(analyseQuestion(q).asksSeveral, q).toBeUndefined();
  });
});

describe('"are we talking about" points back', () => {
  it('reads "how much … are we talking about?" and "om welke bedragen gaat het dan?" with the conversation', () => {
    const history = [
      { role: 'user' as const, text: 'Does the advisory talk about AI at all?' },
      { role: 'assistant' as const, text: 'Yes. According to the advisory (p. 8): “De OESO schat dat AI de arbeidsproductiviteitsgroei met 0,4 à 0,9 procent per jaar kan verhogen.” [1]' },
    ];
    expect(analyseQuestion('How much extra productivity growth are we talking about?', history).followUp).toBe(true);
    const nl = [
      { role: 'user' as const, text: 'Waarom hebben scale-ups moeite om geld op te halen?' },
      { role: 'assistant' as const, text: 'Het advies zegt (p. 6): “Innovatieve scale-ups … komen moeilijker aan voldoende durfkapitaal.” [1]' },
    ];
    expect(analyseQuestion('over welke bedragen hebben we het dan?', nl).followUp).toBe(true);
  });
});
