import { analyseQuestion } from '../../src/language/question.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { createTracker, type Tracker } from '../../src/recommendations/tracker.ts';
import { answerRecommendationQuestion, recommendationRoute } from '../../src/recommendations/status-questions.ts';
import { recommendations } from '../digest/fixture.ts';
import type { RouteQuestion } from '../../src/language/question.ts';

/** The route's reading of a question: `searchText` (a follow-up: the conversation's topic with the turn), the turn as asked, the answer before. */
const read = (searchText: string, language: 'nl' | 'en', text = searchText, previousAnswer?: string): RouteQuestion => ({
  text,
  searchText,
  language,
  followUp: text !== searchText || previousAnswer !== undefined,
  ...(previousAnswer !== undefined ? { previousAnswer } : {}),
});
import { storeConfig, tempDb } from '../store/helpers.ts';

let t: ReturnType<typeof tempDb>;
let store: Store;
let tracker: Tracker;
beforeEach(() => {
  t = tempDb();
  store = openStore(storeConfig(t.path));
  tracker = createTracker(store, recommendations);
});
afterEach(() => {
  store.close();
  t.cleanup();
});

describe('which recommendations (no status asked)', () => {
  it('lists the recommendations to an actor in page order, each cited with its page', async () => {
    const r = await answerRecommendationQuestion(read('Welke aanbevelingen doet de SER aan sociale partners?', 'nl'), { tracker });
    const mine = recommendations.filter((x) => x.actor === 'sociale-partners');
    expect(r!.text).toMatch(new RegExp(`^Het advies doet ${mine.length} aanbevelingen aan sociale partners`));
    expect(r!.citations.length).toBe(Math.min(6, mine.length));
    const pages = r!.citations.map((c) => c.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    for (const c of r!.citations) expect(mine.some((x) => x.text === c.quote && x.page === c.page)).toBe(true);
  });

  it('asked for the contribution of an actor to a track, shows all seven rather than six and "1 more"', async () => {
    const r = await answerRecommendationQuestion(read('Welke bijdrage vraagt de SER van sociale partners via vernieuwend ondernemerschap?', 'nl'), { tracker });
    const mine = recommendations.filter((x) => x.actor === 'sociale-partners' && x.track === 'vernieuwend-ondernemerschap');
    expect(mine.length).toBe(7);
    expect(r!.text).toMatch(/^Het advies doet 7 aanbevelingen aan sociale partners in het spoor/);
    expect(r!.citations.length).toBe(7);
    expect(r!.text).not.toMatch(/en 1 meer/);
  });

  it('reads "welke aanbeveling …" in the singular as the list on the topic too', async () => {
    const r = await answerRecommendationQuestion(read('Welke aanbeveling doet de SER het kabinet over leven lang ontwikkelen?', 'nl'), { tracker });
    expect(r!.text).toMatch(/^Aanbevelingen aan het kabinet hierover/);
    expect(r!.citations.some((c) => /leven lang ontwikkelen/.test(c.quote))).toBe(true);
  });

  it('narrows to a topic, in English through the glossary', async () => {
    const r = await answerRecommendationQuestion(read('Which recommendations does the SER make to the cabinet on SME financing?', 'en'), { tracker });
    expect(r!.text).toMatch(/^Recommendations to the cabinet on this/);
    expect(r!.citations.some((c) => /mkb-bedrijven/.test(c.quote))).toBe(true);
    expect(r!.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === 'kabinet')).toBe(true);
    // a few recommendations on the topic are the answer: each shown whole in the text, not cut off
    if (r!.citations.length <= 3) for (const c of r!.citations) expect(r!.text).toContain(c.quote.slice(-40));
  });

  it('says when the actor asked about has no recommendation on the topic, and who does (not the actor\'s whole list)', async () => {
    const r = await answerRecommendationQuestion(read('Wat moet het kabinet doen aan het concurrentiebeding?', 'nl'), { tracker });
    expect(r!.text).toMatch(/^Het advies doet hierover geen aanbeveling aan het kabinet, wel aan sociale partners\./);
    expect(r!.citations.map((c) => c.quote).join(' ')).toContain('concurrentiebeding');
    const en = await answerRecommendationQuestion(read('What should the government do about the non-compete clause?', 'en'), { tracker });
    expect(en!.text).toMatch(/^The advisory makes no recommendation to the cabinet on this, but it does to the social partners\./);
    // a topic nobody has a recommendation on is left to retrieval (which answers or abstains)
    expect(await answerRecommendationQuestion(read('Wat moet het kabinet doen aan de stikstofuitstoot?', 'nl'), { tracker })).toBeNull();
    // nor is it said on two loose words, or when one of the actor's own recommendations shares a word with the topic
    // (the pool's every such claim had been wrong: the social partners do have recommendations on productive work)
    const loose = await answerRecommendationQuestion(read('Wat kunnen werkgevers en vakbonden zelf doen om werk productiever te maken?', 'nl'), { tracker });
    expect(loose?.text ?? '').not.toMatch(/geen aanbeveling aan sociale partners/);
    // nor on the advisory's subject, "productiviteit", which opens another actor's keyword (`productiviteitsraad`); and "opkrikken",
    // to raise it, names no topic: the actor's whole list answers
    const raise = await answerRecommendationQuestion(read('Wat kunnen vakbonden en werkgevers zelf doen om de productiviteit op te krikken?', 'nl'), { tracker });
    expect(raise!.text).toMatch(/^Het advies doet \d+ aanbevelingen aan sociale partners/);
  });

  it("weighs a follow-up's own topic above the conversation's, and shows each recommendation close to the best", async () => {
    // the conversation was about scale-ups and funding rounds; the turn asks about financing as a whole
    const context =
      'What does the advisory say about financing for SMEs in the Netherlands? what do they mean by scale-ups? how much money exactly are we talking about for those? ' +
      'Het gaat hierbij typisch om bedragen vanaf circa 50 miljoen euro. Dit houdt in dat innovatieve mkb-bedrijven ofwel nauwelijks financiering kunnen krijgen om door te groeien, ' +
      'ofwel moeten uitwijken naar buitenlands (veelal Amerikaans) durfkapitaal. Ook het reguliere mkb (klein en groot) ervaart financieringsknelpunten om investeringen te doen.';
    const turn = 'And the government, what should it do about financing?';
    const r = await answerRecommendationQuestion(read(`${context} ${turn}`, 'en', turn), { tracker });
    const quotes = r!.citations.map((c) => c.quote).join(' ');
    expect(quotes).toContain('institutionele beleggers');
    expect(quotes).toContain('jaarlijks rapporteren');
    expect(r!.text).toContain('jaarlijks rapporteren');
  });

  it('knows each recommendation by the words of its own topic (R&D, skills, social innovation)', async () => {
    const rd = await answerRecommendationQuestion(read('Wat moet het kabinet doen aan de R&D-uitgaven?', 'nl'), { tracker });
    expect(rd!.citations.map((c) => c.quote).join(' ')).toContain('publieke R&D-uitgaven');
    // the social partners have recommendations on these: never "none to the social partners, but to the cabinet"
    for (const q of ['What should employers and unions do on skills?', 'What should unions and employers do on social innovation?']) {
      const r = await answerRecommendationQuestion(read(q, 'en'), { tracker });
      expect(r!.text, q).toMatch(/^Recommendations to the social partners on this/);
    }
  });

  it('meets a keyword in another form of the same Dutch word, and reads "volgens het advies" as no corpus question', async () => {
    // `gezonder` ~ the keyword `gezondheid`
    const r = await answerRecommendationQuestion(read('Wat moet het kabinet doen om mensen gezonder te maken, volgens het advies?', 'nl'), { tracker });
    expect(r!.citations.map((c) => c.quote).join(' ')).toContain('werkkostenregeling');
    // an English word does not meet a Dutch keyword by its opening letters (`financing` ~ `financieringslandschap`)
    const en = await answerRecommendationQuestion(read('What should the cabinet do about SME financing, is there some agreement it should follow up on?', 'en'), { tracker });
    expect(en!.citations.map((c) => c.quote).join(' ')).toContain('Convenant MKB-Financiering');
  });

  it("answers the SER's own part on a topic it has one on, in either language, and leaves other topics to retrieval", async () => {
    const context = 'Wat zegt het advies over de rapportages van de NPB? De SER signaleert evenwel dat er meer met deze rapportages kan worden gedaan.';
    for (const [turn, lang, head] of [
      ['En welke rol ziet de SER daarbij voor zichzelf?', 'nl', /^Wat de SER hierbij zelf kan doen \(p\. 11\):/],
      ['how would the SER itself plug into that work?', 'en', /^What the SER itself could do on this \(p\. 11\):/],
    ] as const) {
      const r = await answerRecommendationQuestion(read(`${context} ${turn}`, lang, turn), { tracker });
      expect(r!.text, turn).toMatch(head);
      expect(r!.text).toContain('relevante onderzoeksvragen');
      expect(r!.citations.every((c) => c.page === 11)).toBe(true);
    }
    // the SER set aside ("who else, besides the SER itself?") is not asked about its own part
    for (const turn of ['wie steunt dat idee nog meer, naast de SER zelf?', 'Who else backs that, apart from the SER itself?']) {
      const r = await answerRecommendationQuestion(read(`${context} ${turn}`, turn.startsWith('wie') ? 'nl' : 'en', turn), { tracker });
      expect(r?.text ?? '', turn).not.toMatch(/^(?:Wat de SER hierbij zelf|What the SER itself)/);
    }
    // the SER has no part of its own on health: retrieval answers
    const health = 'Welke rol ziet de SER voor zichzelf bij de gezondheid van werkenden?';
    expect(await answerRecommendationQuestion(read(health, 'nl', health), { tracker })).toBeNull();
  });

  it('matches a keyword that opens a question word (loon in loonontwikkeling), not one that ends it', async () => {
    // `infrastructuur` (a keyword of the hydrogen and electricity networks) is the end of `arbeidsmarktinfrastructuur`, another thing
    const r = await answerRecommendationQuestion(read('Wat moet het kabinet doen aan de arbeidsmarktinfrastructuur?', 'nl'), { tracker });
    expect(r?.citations.some((c) => /waterstof/.test(c.quote)) ?? false).toBe(false);
    const wages = await answerRecommendationQuestion(read('Wat kunnen werkgevers en vakbonden doen aan de loonontwikkeling?', 'nl'), { tracker });
    expect(wages!.citations.some((c) => /reële loongroei/.test(c.quote))).toBe(true);
  });

  it('answers "business or the government?" with the recommendations on the topic to either', async () => {
    const history = [
      { role: 'user' as const, text: 'Wat zegt het advies over de R&D-uitgaven in Nederland?' },
      { role: 'assistant' as const, text: 'Het advies zegt (p. 8): “Nederlandse R&D-uitgaven (2,2 procent) blijven al jaren achter bij het gemiddelde van de OESO-landen (2,7 procent) en bij de Nederlandse en Europese ambities (3 procent).” [1]' },
      { role: 'user' as const, text: 'Waarom blijft dat zo achter?' },
      { role: 'assistant' as const, text: 'Het advies zegt (p. 8): “Nederlandse R&D-uitgaven (2,2 procent) blijven al jaren achter bij het gemiddelde van de OESO-landen (2,7 procent) en bij de Nederlandse en Europese ambities (3 procent). Dat komt voor een deel door de sectorsamenstelling van Nederland met een relatief beperkt aandeel van R&D-intensieve sectoren, zoals de industrie.” [1]' },
    ];
    const r = await answerRecommendationQuestion(analyseQuestion('Who should fix it, business or the government?', history), { tracker });
    expect(r!.text).toMatch(/^Recommendations to the social partners and the cabinet on this/);
    expect(r!.citations.some((c) => /hogere publieke R&D-uitgaven/.test(c.quote))).toBe(true);
    expect(r!.citations.some((c) => /meer investeert in onderzoek/.test(c.quote))).toBe(true);
  });

  it("does not read an actor the previous answer's quote names as the one asked", async () => {
    // ("Wat willen ze daar dan aan doen?" after the employers' lack of incentives got the social partners' list, not the text's fix)
    const history = [
      { role: 'user' as const, text: 'Waarom betaalt de baas bijna nooit een cursus die je ook bij een ander bedrijf kunt gebruiken?' },
      { role: 'assistant' as const, text: 'Het advies zegt (pp. 6-7): “Vooral kleinere werkgevers hebben echter te weinig prikkels om te investeren in de generieke kennis en vaardigheden van hun werknemers.” [1]' },
    ];
    expect(await answerRecommendationQuestion(analyseQuestion('Wat willen ze daar dan aan doen?', history), { tracker })).toBeNull();
    // (an actor the turn names is asked: "en wat moet het kabinet daaraan doen?")
    const r = await answerRecommendationQuestion(analyseQuestion('En wat moet het kabinet daaraan doen?', history), { tracker });
    expect(r!.text).toMatch(/^Aanbevelingen aan het kabinet/);
    // (the turn's actor before the quote's)
    const cabinet = [
      { role: 'user' as const, text: 'Wat zegt het advies over leven lang ontwikkelen?' },
      { role: 'assistant' as const, text: 'Het advies zegt (p. 9): “Het kabinet moet de (beroeps)bevolking via eigen regie meer prikkels geven voor leven lang ontwikkelen.” [1]' },
    ];
    const partners = await answerRecommendationQuestion(analyseQuestion('En wat moeten werkgevers en vakbonden daaraan doen?', cabinet), { tracker });
    expect(partners!.text).toMatch(/^Aanbevelingen aan sociale partners/);
  });

  it("answers an actor's recommendation on a topic of one word", async () => {
    // (one word scores one: the route had given way, and retrieval quoted the social partners' list)
    const r = await answerRecommendationQuestion(analyseQuestion('Welke aanbeveling doet de SER in het briefadvies aan het kabinet over de arbeidsmarktinfrastructuur?'), { tracker });
    expect(r!.text).toMatch(/^Aanbevelingen aan het kabinet hierover/);
    expect(r!.citations.some((c) => /Werkcentrum/.test(c.quote))).toBe(true);
  });

  it("scores a recommendation on the question's topic words, not its function words", async () => {
    // (the question's function words counted for every bullet that had them, and the bullet on financing stood alone in front)
    const r = await answerRecommendationQuestion(read("wat moet de overheid doen zodat mkb'ers kunnen doorgroeien?", 'nl'), { tracker });
    expect(r!.citations.some((c) => /Breng in kaart/.test(c.quote))).toBe(true);
  });

  it('reads the business community as the social partners, whose part it is in the advisory', async () => {
    // (after a turn on the cabinet, "wat wordt er van het bedrijfsleven verwacht?" was answered with the cabinet's list)
    const r = await answerRecommendationQuestion(
      analyseQuestion('en wat wordt er van het bedrijfsleven zelf verwacht?', [
        { role: 'user', text: 'Wat moet het kabinet doen aan de R&D-uitgaven?' },
        { role: 'assistant', text: 'Aanbevelingen aan het kabinet hierover (p. 10): • Investeer in hogere publieke R&D-uitgaven en valoriseer de resultaten daarvan. (p. 10) [1]' },
      ]),
      { tracker },
    );
    expect(r!.text).toMatch(/sociale partners/);
    expect(r!.citations.some((c) => /EU-doelstelling voor 2030/.test(c.quote))).toBe(true);
  });

  it('reads asking what an actor should push for as asking for its recommendations', async () => {
    for (const q of ['What should the social partners push for in Brussels on the capital markets union?', 'Wat moeten sociale partners in Brussel bepleiten over de kapitaalmarktunie?', 'Hebben de sociale partners ook iets te doen richting Brussel voor de kapitaalmarktunie?']) {
      const r = await answerRecommendationQuestion(read(q, q.startsWith('What') ? 'en' : 'nl'), { tracker });
      expect(r!.citations.some((c) => /kapitaalmarktunie/.test(c.quote)), q).toBe(true);
    }
  });

  it('reads what a follow-up asks for from the turn itself, not from its topic', async () => {
    const topic = 'What does the advisory say about financing for SMEs?';
    const turn = 'And the government, what should it do about financing?';
    // the topic alone is a corpus question; the turn asks what the cabinet should do
    const r = await answerRecommendationQuestion(read(`${topic} ${turn}`, 'en', turn), { tracker });
    expect(r).not.toBeNull();
    expect(r!.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === 'kabinet')).toBe(true);
    expect(await answerRecommendationQuestion(read(`${topic} ${turn}`, 'en'), { tracker })).toBeNull();
  });

  it('answers "what should <actor> do" with the recommendations to that actor', async () => {
    const r = await answerRecommendationQuestion(read('Wat moeten sociale partners doen om vernieuwend ondernemerschap te stimuleren?', 'nl'), { tracker });
    const quotes = r!.citations.map((c) => c.quote).join(' ');
    expect(quotes).toMatch(/pensioenfondsen/);
    expect(quotes).toMatch(/concurrentiebeding/);
    expect(r!.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === 'sociale-partners')).toBe(true);
    // a topic within the actor's recommendations: the imperative (Stimuleer) matches the infinitive (stimuleren)
    const mkb = await answerRecommendationQuestion(read('Wat moet het kabinet doen om de doorgroei van het mkb te stimuleren?', 'nl'), { tracker });
    expect(mkb!.citations.some((c) => /ecosysteem/.test(c.quote))).toBe(true);
    // no actor named: retrieval answers
    expect(await answerRecommendationQuestion(read('Wat moet Nederland doen om de productiviteit te verhogen?', 'nl'), { tracker })).toBeNull();
    // the measures asked of an actor are its recommendations too
    const health = await answerRecommendationQuestion(read('Welke maatregelen vraagt de SER het kabinet om gezondheid te bevorderen?', 'nl'), { tracker });
    expect(health!.citations.some((c) => /werkkostenregeling/.test(c.quote))).toBe(true);
    // so is what someone wants the actor to do, in either language ("what do they want the cabinet to do about health?")
    for (const q of ['And what do they want the cabinet to do about health?', 'and what do they want the cabinet to actually do on health?', 'OK. What does the cabinet get asked to do on that front of health?', 'Wat wil de SER dat het kabinet aan gezondheid doet?']) {
      const wants = await answerRecommendationQuestion(read(q, q.startsWith('And') ? 'en' : 'nl'), { tracker });
      expect(wants?.citations.some((c) => /werkkostenregeling/.test(c.quote)), q).toBe(true);
    }
    // "wat moet het kabinet met X?" asks the same, the Dutch way
    const turn = 'en wat moet het kabinet met de arbeidsmarktinfrastructuur?';
    const infra = await answerRecommendationQuestion(read(`Wat verwacht de SER van sociale partners als het gaat om kwaliteit van werk? ${turn}`, 'nl', turn), { tracker });
    expect(infra?.citations.some((c) => /Werkcentrum/.test(c.quote))).toBe(true);
    // and what is expected of it, asked in the passive
    const expected = await answerRecommendationQuestion(read('Wat wordt er van de sociale partners verwacht rond de lonen?', 'nl'), { tracker });
    expect(expected?.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === 'sociale-partners')).toBe(true);
    // or what is asked of it ("what does it ask of the cabinet on education?", "what is asked of employers and unions?")
    const asked = await answerRecommendationQuestion(read('And what does it ask of the cabinet on education?', 'en'), { tracker });
    expect(asked?.citations.some((c) => /funderend onderwijs/.test(c.quote))).toBe(true);
    const ofThem = await answerRecommendationQuestion(read('What is asked of employers and unions on wages?', 'en'), { tracker });
    expect(ofThem?.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === 'sociale-partners')).toBe(true);
    // (not what the SER wants to change about something: that is the text's)
    expect(await answerRecommendationQuestion(read('What does the SER want to change about the NPB?', 'en'), { tracker })).toBeNull();
  });

  it('reads the track from the glossary ("smarter work") and lists it whole when only generic words ("lift productivity") match', async () => {
    const r = await answerRecommendationQuestion(read("What are unions and employers' organisations expected to do to lift productivity through better jobs and smarter work?", 'en'), { tracker });
    const expected = recommendations.filter((x) => x.actor === 'sociale-partners' && x.track === 'kwaliteit-van-werk');
    expect(r!.citations.map((c) => c.quote)).toEqual(expected.map((x) => x.text));
    // "slimmer werken" in its other forms: "make work better and smarter", "het werk slimmer maken"
    for (const [q, lang] of [
      ['What should the unions and the employers do themselves, according to the council, to make work better and smarter?', 'en'],
      ['Wat moeten werkgevers en bonden doen om het werk slimmer te maken?', 'nl'],
    ] as const) {
      const own = await answerRecommendationQuestion(read(q, lang), { tracker });
      expect(own!.citations.map((c) => c.quote)).toEqual(expected.map((x) => x.text));
    }
  });

  it('lists a track', async () => {
    const r = await answerRecommendationQuestion(read('Which recommendations concern the policy cycle?', 'en'), { tracker });
    expect(r!.citations.length).toBeGreaterThan(0);
    expect(r!.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.track === 'beleidscyclus')).toBe(true);
  });
});

describe('what is recommended to an actor', () => {
  it('lists that actor\'s recommendations, also when asked with "adviseert … aan", "adviseren … het kabinet", "beveelt … aan", "recommend to"', async () => {
    for (const [q, lang, actor] of [
      ['What does the SER recommend to employers and unions?', 'en', 'sociale-partners'],
      ['Wat beveelt de SER de sociale partners aan?', 'nl', 'sociale-partners'],
      ['Wat adviseert de SER aan het kabinet over R&D?', 'nl', 'kabinet'],
      // (the addressee without "aan", as Dutch may put it)
      ['Wat adviseren ze het kabinet over R&D?', 'nl', 'kabinet'],
    ] as const) {
      const r = await answerRecommendationQuestion(read(q, lang), { tracker });
      expect(r, q).not.toBeNull();
      expect(r!.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === actor), q).toBe(true);
    }
    // a topic recommended on, no addressee named, stays with retrieval (the running text advises too)
    expect(await answerRecommendationQuestion(read('What does the SER recommend on SME financing?', 'en'), { tracker })).toBeNull();
    expect(await answerRecommendationQuestion(read('Wat adviseert de SER over leerrechten?', 'nl'), { tracker })).toBeNull();
  });
});

describe('another actor asked the same action question', () => {
  it('"en de sociale partners?" after "wat moet het kabinet daaraan doen?" lists that actor\'s recommendations on the topic', async () => {
    // (the question's reading takes the topic's own actor out: analyseQuestion)
    const topic = 'Hoeveel geeft Nederland uit aan R&D? en wat moet het daaraan doen?';
    const r = await answerRecommendationQuestion(read(`${topic} en de sociale partners?`, 'nl', 'en de sociale partners?'), { tracker });
    expect(r).not.toBeNull();
    expect(r!.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === 'sociale-partners')).toBe(true);
    // other ways to name only the actor ("bonden" as the route's actor word: the same vocabulary as the action questions)
    expect(await answerRecommendationQuestion(read(`${topic} en de bonden?`, 'nl', 'en de bonden?'), { tracker })).not.toBeNull();
    expect(await answerRecommendationQuestion(read(`${topic} en de sociale partners dan?`, 'nl', 'en de sociale partners dan?'), { tracker })).not.toBeNull();
    // (and with the preposition the first turn asked it with: "wat vragen ze van werkgevers? … en van het kabinet?"; or with a remark after it)
    for (const turn of ['en van het kabinet?', 'en voor het kabinet?', 'and from the government?', 'En het kabinet? Ik hoorde iets over R&D']) {
      const other = await answerRecommendationQuestion(read(`${topic} ${turn}`, turn.startsWith('and') ? 'en' : 'nl', turn), { tracker });
      expect(other, turn).not.toBeNull();
      expect(other!.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === 'kabinet'), turn).toBe(true);
    }
    // without an action or an answer before, it is not the route's
    expect(await answerRecommendationQuestion(read('Wat zegt het advies over R&D? en de sociale partners?', 'nl', 'en de sociale partners?'), { tracker })).toBeNull();
    // after an answer on a topic, it asks that actor's part in it
    const after = await answerRecommendationQuestion(
      read('Wat zegt het advies over leven lang ontwikkelen? en de sociale partners?', 'nl', 'en de sociale partners?', 'Het advies zegt (p. 9): “Maak werk van arbeidsproductiviteit via leven lang ontwikkelen …” [1]'),
      { tracker },
    );
    expect(after!.text).toMatch(/^Aanbevelingen aan sociale partners hierover/);
    expect(after!.citations.every((c) => recommendations.find((x) => x.text === c.quote)!.actor === 'sociale-partners')).toBe(true);
  });
});

describe('who is to fix a problem the previous answer stated', () => {
  it('lists the recommendations on it with their addressee; who takes part or who says so stays with the text', async () => {
    const problem = 'Het advies zegt (pp. 6-7): “Vooral kleinere werkgevers hebben echter te weinig prikkels om te investeren in scholing.” [1]';
    const topic = 'Wat zegt de SER over scholing door kleine werkgevers?';
    const r = await answerRecommendationQuestion(read(`${topic} wie moet dat oplossen?`, 'nl', 'wie moet dat oplossen?', problem), { tracker });
    expect(r!.text).toMatch(/^Aanbevelingen aan (?:sociale partners|het kabinet)/);
    expect(await answerRecommendationQuestion(read(`${topic} wie moeten daarin meedoen?`, 'nl', 'wie moeten daarin meedoen?', problem), { tracker })).toBeNull();
  });

  it('reads "wie is daarvoor aan zet?" as who is to act, and names the addressees of what it lists', async () => {
    const said = 'Het advies zegt (p. 4): “Arbeidsproductiviteitsgroei en reële loongroei moeten gelijk opgaan.” [1]';
    const topic = 'Hoe moeten de lonen zich volgens de SER verhouden tot de productiviteit?';
    const r = await answerRecommendationQuestion(read(`${topic} Wie is daarvoor aan zet?`, 'nl', 'Wie is daarvoor aan zet?', said), { tracker });
    expect(r!.text).toMatch(/^Aanbevelingen aan sociale partners\b/);
    expect(r!.text).toContain('reële loongroei');
    // (who pays is not who acts: after a quoted recommendation too, the route leaves it to a sentence that says so)
    const rec = 'Het advies zegt (p. 9): “Ondersteun de ontwikkeling van een goed werkende arbeidsmarktinfrastructuur. Biedt in dit verband …” [1]';
    expect(await answerRecommendationQuestion(read(`${topic} who is supposed to do that?`, 'en', 'who is supposed to do that?', rec), { tracker })).not.toBeNull();
    expect((await answerRecommendationQuestion(read(`${topic} who's meant to do that?`, 'en', "who's meant to do that?", rec), { tracker }))?.text).toMatch(/^The advisory asks this of the cabinet/);
    expect(await answerRecommendationQuestion(read(`${topic} who is supposed to pay for that?`, 'en', 'who is supposed to pay for that?', rec), { tracker })).toBeNull();
    // ("werk van maken", to take something on, asks the same)
    const on = await answerRecommendationQuestion(read(`${topic} Wie moet daar werk van maken?`, 'nl', 'Wie moet daar werk van maken?', said), { tracker });
    expect(on!.text).toMatch(/^Aanbevelingen aan sociale partners\b/);
    const slag = await answerRecommendationQuestion(read(`${topic} Wie moet daar concreet mee aan de slag?`, 'nl', 'Wie moet daar concreet mee aan de slag?', said), { tracker });
    expect(slag!.text).toMatch(/^Aanbevelingen aan sociale partners\b/);
    // ("regelen", "act on" ask the same; an actor the turn names is the asker's guess, not the one asked about)
    // (and "push for", to press for it: "who has to push for that, us unions?")
    // (and "zorgen", "trekken", a bare "doen": to see to it, to lead it, to do it: "Wie moet daar volgens hen voor zorgen?")
    for (const turn of ['wie moet dat regelen dan', 'Wie moet dat regelen, de overheid?', 'Who is supposed to act on that?', 'who has to push for that, us unions?', 'Wie moet daar volgens hen voor zorgen?', 'wie moet dat trekken?', 'wie moet dat doen?', 'Who is responsible for that?']) {
      const r = await answerRecommendationQuestion(read(`${topic} ${turn}`, /who/i.test(turn) ? 'en' : 'nl', turn, said), { tracker });
      expect(r!.text, turn).toMatch(/^(?:Aanbevelingen aan|Recommendations to the) social(?:e)? partners\b/);
    }
  });
});

describe('who is to act on a recommendation the previous answer quoted', () => {
  const sp = recommendations.find((x) => x.actor === 'sociale-partners' && x.actors.length === 1)!;
  const kab = recommendations.find((x) => x.actor === 'kabinet' && x.actors.length === 1)!;
  const quoting = (text: string) => `Het advies zegt (p. 10): “${text.slice(0, 80)} …” [1]`;
  it('names its addressee when asked whom it is addressed to', async () => {
    for (const [turn, lang] of [['Who is that recommendation addressed to?', 'en'], ['Aan wie is die aanbeveling gericht?', 'nl']] as const) {
      const r = await answerRecommendationQuestion(read(turn, lang, turn, quoting(kab.text)), { tracker });
      expect(r!.text, turn).toMatch(/^(?:Het advies vraagt dat van het kabinet|The advisory asks this of the cabinet)/);
    }
  });

  it('names its addressee, quoting it whole', async () => {
    const r = await answerRecommendationQuestion(read('wie moet dat oppakken?', 'nl', 'wie moet dat oppakken?', quoting(sp.text)), { tracker });
    // (with the heading it stands under, as every quote names it)
    expect(r!.text).toBe(`Het advies vraagt dat van de sociale partners (p. ${sp.page}, onder ‘Bijdrage van sociale partners’): “${sp.text}” [1]`);
    const en = await answerRecommendationQuestion(read("who's supposed to do that?", 'en', "who's supposed to do that?", quoting(kab.text)), { tracker });
    expect(en!.text).toMatch(/^The advisory asks this of the cabinet \(p\. \d+, under ‘Aanbevelingen aan het kabinet’\): “/);
  });
  it('leaves who says so, and answers that quote no recommendation, to the text', async () => {
    expect(await answerRecommendationQuestion(read('wie zegt dat?', 'nl', 'wie zegt dat?', quoting(sp.text)), { tracker })).toBeNull();
    expect(await answerRecommendationQuestion(read('wie moet dat doen?', 'nl', 'wie moet dat doen?', 'Het advies zegt (p. 4): “De arbeidsproductiviteitsgroei staat onder druk.” [1]'), { tracker })).toBeNull();
    expect(await answerRecommendationQuestion(read('wie moet dat oppakken?', 'nl', 'wie moet dat oppakken?'), { tracker })).toBeNull();
    // nor does an answer whose first quote is none, though it adds one later
    const later = `Het advies zegt (p. 5): “Een derde knelpunt is dat het Nederlandse MKB weinig doorgroei vertoont.” [1] Ook (p. 10): “${kab.text.slice(0, 80)} …” [2]`;
    expect(await answerRecommendationQuestion(read('wie moet dat oppakken?', 'nl', 'wie moet dat oppakken?', later), { tracker })).toBeNull();
  });
});

describe('recommendation-status questions', () => {
  it.each([
    ['Wat zegt het advies over digitale basisvaardigheden?', 'nl'],
    ['Welke aanbevelingen doet de SER over de hypotheekrenteaftrek?', 'nl'],
    ['What does the SER recommend on non-compete agreements?', 'en'],
    ['What should employers and unions agree on in collective labour agreements?', 'en'],
    ['What does the SER want from Brussels on the capital markets union?', 'en'],
    ['Wat zegt het advies over nagaan of aanbevelingen worden uitgevoerd?', 'nl'],
    ['Welke instelling vervult in Nederland de rol van National Productivity Board?', 'nl'],
  ] as const)('leaves a corpus question to retrieval: %s', async (q, lang) => {
    expect(await answerRecommendationQuestion(read(q, lang), { tracker })).toBeNull();
  });

  it('answers the status of one recommendation by topic, with its page', async () => {
    tracker.setStatus('kw-kab-1', 'in-voorbereiding', 'ann', 'wetsvoorstel leerrechten in consultatie', new Date('2026-11-02T10:00:00Z'));
    const r = await answerRecommendationQuestion(read('Wat is de status van de aanbeveling over leerrechten?', 'nl'), { tracker });
    expect(r).not.toBeNull();
    expect(r!.text).toContain('kw-kab-1');
    expect(r!.text).toContain('in-voorbereiding');
    expect(r!.text).toContain('wetsvoorstel leerrechten in consultatie');
    expect(r!.citations[0]).toMatchObject({ n: 1, doc: 'ser-briefadvies-25-04', page: 9 });
    expect(r!.citations[0].quote).toMatch(/^Verhoog de kwaliteit van het funderend onderwijs/);
  });

  it('lists the cabinet recommendations that are carried out, in English', async () => {
    tracker.setStatus('vo-kab-6', 'gerealiseerd', 'bob', 'eerste rapportage verschenen');
    tracker.setStatus('kw-sp-1', 'gerealiseerd', 'bob'); // social partners: not listed
    const r = await answerRecommendationQuestion(read('Which recommendations to the cabinet are already carried out?', 'en'), { tracker });
    expect(r!.text).toMatch(/^1 of the 17 recommendations to the cabinet have status gerealiseerd/);
    expect(r!.text).toContain('vo-kab-6 (p. 10) [1]');
    expect(r!.text).not.toContain('kw-sp-1');
    expect(r!.citations.map((c) => c.page)).toEqual([10]);
  });

  it('says none is carried out when none is, still citing the advisory', async () => {
    const r = await answerRecommendationQuestion(read('Which recommendations to the cabinet are already carried out?', 'en'), { tracker });
    expect(r!.text).toMatch(/None of the 17 recommendations to the cabinet \(pp\. 9, 10, 11\) has status gerealiseerd/);
    expect(r!.citations.length).toBeGreaterThan(0);
    expect(r!.citations.every((c) => c.doc === 'ser-briefadvies-25-04' && [9, 10, 11].includes(c.page))).toBe(true);
  });

  it('answers a question naming an id, through the createBot route shape', async () => {
    const route = recommendationRoute(tracker);
    const r = await route(read('Hoe staat het met vo-sp-6?', 'nl'));
    expect(r!.text).toMatch(/vo-sp-6 aan sociale partners \(p\. 10\).*open/s);
  });
});

describe('openMemory (the composition root\'s store)', () => {
  it('opens the tracker from config, and answers without it when the catalogue is missing', async () => {
    const { openMemory } = await import('../../src/root.ts');
    const { loadConfig } = await import('../../src/config.ts');
    const ok = await openMemory(loadConfig({ POLDERBOT_DB: t.path }), () => {});
    expect(await ok!.recommendationRoute!(read('Wat is de status van bc-kab-npb?', 'nl'))).toMatchObject({ citations: [{ page: 11 }] });
    ok!.close();
    const lines: string[] = [];
    const missing = await openMemory(loadConfig({ POLDERBOT_DB: t.path, POLDERBOT_CORPUS_DIR: t.dir }), (l) => lines.push(l));
    expect(missing!.recommendationRoute).toBeUndefined();
    expect(missing!.store).toBeDefined();
    expect(lines[0]).toMatch(/recommendation tracker unavailable/);
    missing!.close();
  });
});
