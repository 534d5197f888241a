import type { Turn } from '../../src/answer/types.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { repoConfig } from '../repo-index.ts';
import { createBot, IndexError } from '../../src/answer/bot.ts';
import { openEvalBot } from './eval-set.ts';
import type { QuestionRecord } from '../../src/store/types.ts';

let dir: string;
let config: Config;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'polderbot-bot-'));
  // the shared index of the repository corpus (built by the global setup); the terminal's 'ensure' finds it ready
  config = repoConfig();
  await (await createBot(config, { surface: 'cli', build: 'ensure' })).close();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createBot', () => {
  it('answers in local mode, measures latency and records the question', async () => {
    const records: QuestionRecord[] = [];
    const bot = await createBot(config, { surface: 'slack', questionLog: { recordQuestion: (q) => records.push(q) } });
    expect(bot.mode).toBe('local');
    expect(bot.index.chunkCount).toBeGreaterThan(10);
    const a = await bot.ask('Wat vindt de SER van het concurrentiebeding?');
    expect(a).toMatchObject({ mode: 'local', answered: true });
    expect(a.latencyMs).toBeGreaterThan(0);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ text: 'Wat vindt de SER van het concurrentiebeding?', answered: true, mode: 'local', surface: 'slack' });
    await bot.close();
  });

  it('corrects a typo to a word of the lexicon as well as of the corpus, and reads the turn corrected', async () => {
    const bot = await createBot(config, { surface: 'cli' });
    try {
      // ("concurentiebedingen" is three edits from the corpus's "concurrentiebeding", one from the lexicon's plural)
      const a = await bot.ask('staat er iets in over concurentiebedingen? daar lopen wij best vaak tegenaan');
      expect(a.answered).toBe(true);
      expect(a.citations[0]!.quote).toContain('concurrentiebeding');
      // and a slip in a word that frames the question is no absent topic ("eigelijk" had made this one "not covered")
      const slip = await bot.ask('wat zegt de SER eigelijk over lonen? moeten die mee omhoog met de productiviteit?');
      expect(slip.reading?.corrections).toContainEqual({ from: 'eigelijk', to: 'eigenlijk' });
    } finally {
      await bot.close();
    }
  });

  it("answers why after a figure with the cause beside the advisory's sentence the figure quoted", async () => {
    const bot = await openEvalBot();
    try {
      // (an indicator answer quotes "The advisory (p. 8) [1]: “…”"; the cause stands right after that long sentence)
      const history: Turn[] = [
        { role: 'user', text: 'How much does the Netherlands spend on R&D compared to the OECD average?' },
        {
          role: 'assistant',
          text: [
            'R&D expenditure in the Netherlands was 2.31 % of GDP in 2021, 0.69 percentage points below the 3.0 % target, about EUR 6.0 bn a year. The advisory (p. 8) quotes 2.2 % for the Netherlands against an OECD average of 2.7 % and an ambition of 3 %: the ambition is 0.3 percentage points above the OECD average, and the Netherlands 0.5 percentage points below that average and 0.8 below the ambition.',
            'Method: GERD as % of GDP per area; gap = target − value.',
            'The advisory (p. 8) [1]: “Nederlandse R&D-uitgaven (2,2 procent) blijven al jaren achter bij het gemiddelde van de OESO-landen (2,7 procent) en bij de Nederlandse en Europese ambities (3 procent).”',
          ].join('\n'),
        },
      ];
      expect((await bot.ask('why are we lagging behind on that?', { history })).citations[0]!.quote).toContain('sectorsamenstelling');
      // (a quote that gave its cause with "immers" is not passed over for the sentence after it)
      const q = 'Waarom zou een focus op alleen arbeidsproductiviteitsgroei problematisch zijn?';
      const focus: Turn[] = [{ role: 'user', text: q }, { role: 'assistant', text: (await bot.ask(q)).text }];
      expect((await bot.ask('Waarom drukt die hogere participatie dan op de productiviteitsgroei?', { history: focus })).citations[0]!.quote).toContain('onbenutte arbeidspotentieel');
    } finally {
      await bot.close();
    }
  });

  it('answers a list question with a paragraph of recommendations whole, and a list of headed items with its headings', async () => {
    const bot = await createBot(config, { surface: 'cli' });
    try {
      const steps = await bot.ask('Welke stappen noemt het advies om de digitale transformatie te versnellen?');
      expect(steps.text).toContain('Versnel de digitale transformatie');
      expect(steps.text).toContain('digitale infrastructuur');
      const tracks = await bot.ask('Langs welke sporen wil de SER de arbeidsproductiviteitsgroei verhogen?');
      expect(tracks.text).toContain('• Bevorder groei arbeidsproductiviteit via vernieuwend ondernemerschap');
      expect(tracks.text).not.toContain('Geen tijd te verliezen');
    } finally {
      await bot.close();
    }
  });

  it('leads with what answers: the date for "wanneer", the figure for "hoeveel", Dutch terms glossed for English askers', async () => {
    const bot = await createBot(config, { surface: 'cli' });
    try {
      const when = await bot.ask('Wanneer verscheen de Kamerbrief over de uitwerking van de productiviteitsagenda?');
      expect(when.text).toMatch(/^13 december 2024\. Het advies zegt \(p\. 3[,)]/);
      // "welke datum" asks a date, answered by the sentence that gives one (not a list introduction)
      expect((await bot.ask('Van welke datum was die brief van het kabinet aan de Kamer over het productiviteitsplan waar de SER op aanhaakt?')).text).toMatch(/^13 december 2024\. /);
      // what something yields is the sentence that states its effect, not the recommendation on it (p. 9)
      const yields = await bot.ask('Wat levert een gezondere bevolking economisch op volgens de SER?');
      expect(yields.citations[0]!.page).toBe(7);
      expect(yields.text).toContain('vier à acht procent hoger bbp');
      // the kind of answer asked for ("a figure") is no topic: it had found the AI estimate ("schat", through WordNet's figure = estimate)
      // and given its figure for the PISA scores, which the text gives none for
      const pisa = await bot.ask('is there a figure for how much the PISA scores dropped?');
      expect(pisa.text).not.toContain('0,4 à 0,9');
      // how something stands is the sentence that states it, not the recommendation to improve it (p. 9)
      const history: Turn[] = [];
      for (const q of ['Op welke Kamerbrief haakt het SER-briefadvies 25/04 aan?', 'Welke sporen stelt de SER in dat advies voor?', 'wat zeggen ze in dat kader over bezuinigingen op onderwijs?']) {
        const a = await bot.ask(q, { history: [...history] });
        history.push({ role: 'user', text: q }, { role: 'assistant', text: a.text });
      }
      const state = await bot.ask('En hoe staat het volgens hen met de kwaliteit van het funderend onderwijs?', { history });
      expect(state.citations[0]!.page).toBe(6);
      expect(state.text).toContain('onder druk');
      // a count is answered by a share only when it is a share of the things counted: the 17 procent of the industrial mkb, not AI's growth for jobs
      expect((await bot.ask('how many small industrial firms actually sell to other EU countries?')).text).toMatch(/^17 procent\./);
      expect((await bot.ask('How many workers will lose their jobs because of AI?')).answered).toBe(false);
      // what something would cost asks a sum of money, which the text gives none of for the werkkostenregeling
      expect((await bot.ask('Do they estimate what broadening the werkkostenregeling would cost the treasury?')).text).toMatch(/^The advisory gives no figure for this\./);
      // how certain a figure is: the hedge stands in the figure's own sentence, quoted again ("… al lopen de schattingen hierover sterk uiteen")
      const ai = await bot.ask('Does the SER put a figure on what AI could do for productivity?');
      expect(ai.text).toContain('sterk uiteen');
      const solid = await bot.ask('How solid is that number?', { history: [{ role: 'user', text: ai.question }, { role: 'assistant', text: ai.text }] });
      expect(solid.text).toContain('sterk uiteen');
      // and a doubt of it is not told yes: the hedge says it is uncertain ("Is dat zeker?" was answered "Ja." with it)
      const nlAi = await bot.ask('Wat kan AI volgens het advies opleveren voor de productiviteit?');
      const doubt = await bot.ask('klopt dat wel?', { history: [{ role: 'user', text: nlAi.question }, { role: 'assistant', text: nlAi.text }] });
      expect(doubt.text).toMatch(/^Niet zeker\. /);
      expect(doubt.text).toContain('sterk uiteen');
      expect(solid.text).not.toMatch(/^Yes\./);
      // what should change is answered by what the advisory proposes ("Verstevig de rol van de NPB …", p. 3), not by what the NPB does now (p. 11)
      const change = await bot.ask("What does the SER want to change about the NPB's role?");
      expect(change.text).toContain('ook adviseert');
      // a term named in brackets after what it is defines it: "… tot de markt gebracht, in nieuwe en bestaande bedrijven (valorisatie)" (p. 8)
      const term = await bot.ask('Wat verstaan ze in het stuk onder valorisatie?');
      expect(term.citations[0]!.page).toBe(8);
      expect(term.text).toContain('tot de markt gebracht');
      // a when-question the text gives no date or time frame for is not answered by the sentence on its topic; a time frame answers
      const opens = await bot.ask('Wanneer gaan de Werkcentra per arbeidsmarktregio open?');
      expect(opens.answered).toBe(false);
      expect(opens.text).toMatch(/^Het advies noemt hier geen datum of termijn voor\. Het dichtstbijzijnde fragment \(p\. 9\)/);
      expect((await bot.ask('Per wanneer moet de NPB ook gaan adviseren?')).text).toContain('op korte termijn');
      // "since when?" after a quote that gives no date is answered by the sentence beside it that does, not by the quote again
      const why = await bot.ask('According to the Draghi report cited, why is Europe falling behind the US on productivity?');
      const since = await bot.ask('since when?', { history: [{ role: 'user', text: why.question }, { role: 'assistant', text: why.text }] });
      expect(since.text).toContain('sinds de jaren negentig');
      // nor by a later sentence of that quote ("… geen vertraging oploopt vanwege zijn demissionaire status" is the quote's second)
      const worry = await bot.ask('whats the SER worried about now that the cabinet is caretaker?');
      expect(worry.text).toContain('demissionaire status');
      const sent = await bot.ask('when was that agenda sent to parliament?', { history: [{ role: 'user', text: worry.question }, { role: 'assistant', text: worry.text }] });
      expect(sent.text).toMatch(/^13 december 2024\. /);
      // a pointer is answered beside the previous quote, not by that quote again for standing nearest to itself
      const hard = await bot.ask('waarom krijgen snelgroeiende startups hier zo moeilijk geld los?');
      const before = [{ role: 'user' as const, text: hard.question }, { role: 'assistant' as const, text: hard.text }];
      const sums = await bot.ask('om wat voor bedragen gaat het dan?', { history: before });
      expect(sums.text).toContain('50 miljoen euro');
      const funds = await bot.ask('kunnen pensioenfondsen daar iets in betekenen?', { history: [...before, { role: 'user', text: sums.question }, { role: 'assistant', text: sums.text }] });
      expect(funds.reading?.pointer).toBe(true);
      expect(funds.citations[0]!.page).toBe(10);
      expect(funds.text).toContain('pensioenfondsen aan om MKB-financiering');
      // the year of a reference ("Draghi (2024)") is no date to lead with
      expect((await bot.ask('Sinds wanneer loopt Amerika technologisch voor op Europa volgens Draghi, en op welk vlak vooral?')).text).not.toMatch(/^2024\./);
      // a summary asked for: the summary section's opening and the tracks it lists, in either language
      // (with a remark about why it is asked after it, and in bullets)
      for (const q of ['Geef een korte samenvatting van het advies', 'waar gaat het advies over?', 'What is this advisory about?', 'What are the main points?', 'Can you give me the gist of this SER advice in a few bullets? Need it for our MT meeting tomorrow.']) {
        const brief = await bot.ask(q);
        expect(brief.text, q).toMatch(/^(?:In het kort|In brief) \(“Advies op hoofdlijnen”, p\. 3\) \[1\]: “Inzetten op arbeidsproductiviteitsgroei .* via de volgende sporen:”\n• Investeer in menselijk kapitaal/s);
        expect(brief.text.split('\n• ')).toHaveLength(5);
        expect(brief.citations[0], q).toMatchObject({ page: 3, section: 'Advies op hoofdlijnen' });
      }
      // "when did it come out?" after a question about the advisory: its date
      const gist = 'Can you give me the gist of this SER advice?';
      const aboutIt: Turn[] = [{ role: 'user', text: gist }, { role: 'assistant', text: (await bot.ask(gist)).text }];
      expect((await bot.ask('when did it come out?', { history: aboutIt })).text).toMatch(/^juni 2025\./);
      // a summary of a topic, or of another document, is a question about that
      expect((await bot.ask('Geef een samenvatting van wat het advies over onderwijs zegt')).text).not.toMatch(/^In het kort/);
      expect((await bot.ask('Wat is de kern van het Draghi-rapport?')).text).not.toMatch(/^In het kort/);
      // the advisory's own date, also asked in nothing but stop words (no passage is retrieved for it), with a separable verb, or naming no document
      for (const q of ['When did this advice come out?', 'wanneer kwam het advies uit?', "What's the publication date?", 'Uit welke maand en jaar is dat briefadvies eigenlijk?', 'What month is the advisory from?', 'When did the SER publish its advisory?']) {
        const cover = await bot.ask(q);
        expect(cover.text, q).toMatch(/^juni 2025\./);
        expect(cover.citations[0], q).toMatchObject({ page: 1, doc: 'ser-briefadvies-25-04' });
        // (an answer read from the cover, whatever the abstention model says: the model's fit counts it as decided)
        expect(cover.evidence?.ruled, q).toBe('answer');
      }
      const much = await bot.ask('Hoeveel procent van hun tijd besteden verpleegkundigen aan registratie?');
      expect(much.text).toMatch(/^40 procent\. Het advies zegt \(p\. 7[,)]/);
      // a number asked for that the passage does not give is not answered by it (a written number counts: "één Werkcentrum")
      const budget = await bot.ask('Hoeveel budget is er volgens de SER nodig om de onderzoeksvragen uit te zetten?');
      expect(budget.answered).toBe(false);
      expect(budget.text).toMatch(/^Het advies noemt hier geen cijfer voor\. Het dichtstbijzijnde fragment \(p\. 11\)/);
      expect((await bot.ask('Hoeveel Werkcentra wil de SER per arbeidsmarktregio?')).text).toMatch(/één Werkcentrum/);
      // … but an amount of money asked for is given only by an amount of money, not by "één Werkcentrum"
      expect((await bot.ask('How much money would one Werkcentrum per labour market region take?')).answered).toBe(false);
      expect((await bot.ask('How much funding does the SER propose per Werkcentrum in each labour market region?')).answered).toBe(false);
      // (euros, in the plural, are money too: percentages of GDP do not answer how many)
      expect((await bot.ask('How many euros does the SER want set aside so the NPB can farm out its research questions?')).answered).toBe(false);
      expect((await bot.ask('Om welke bedragen gaat het bij durfkapitaal voor scale-ups?')).text).toMatch(/50 miljoen euro/);
      // a count of things asked for is not given by an amount of money ("50 miljoen euro") or a rate ("één Werkcentrum per arbeidsmarktregio")
      expect((await bot.ask('Hoeveel scale-ups zijn de afgelopen jaren naar de VS vertrokken?')).text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
      expect((await bot.ask('Hoeveel Werkcentra zijn er inmiddels al open?')).answered).toBe(false);
      // … but by a number of them, or a share of them
      // (led by the count, the noun with it)
      expect((await bot.ask('How many European regions did the health study look at?')).text).toMatch(/^800 Europese regio’s\. According to the advisory \(p\. 7[,)]/);
      expect((await bot.ask('How many industrial SMEs export to other EU member states?')).text).toMatch(/^17 procent\./);
      // "hoeveel miljard" asks an amount of money too: percentages of GDP do not answer it
      expect((await bot.ask('Hoeveel miljard moet er bij om de R&D-ambitie van 3 procent te halen volgens het advies?')).text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
      // the figure must be in the quote that answers, not only in a second passage ("De OESO schat … 0,4 à 0,9 procent")
      const growth = await bot.ask('Met hoeveel procent per jaar groeide de productiviteit het afgelopen decennium volgens het advies?');
      expect(growth.text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
      const en = await bot.ask('What does the SER say about venture capital for scale-ups?');
      expect(en.text).toMatch(/Dutch terms: durfkapitaal \(venture capital\)\.$/);
      // common words and country names are not glossed: the reader can follow them
      const common = await bot.ask('What is needed for venture capital in the Netherlands?');
      expect(common.text).not.toMatch(/\((?:need|needed|netherlands)\)/);
    } finally {
      await bot.close();
    }
  });

  it('reads a figure asked after its topic, fillers and framing words, a committee’s members and an amount in euros', async () => {
    const bot = await createBot(config, { surface: 'cli' });
    try {
      // a figure asked in a second question is asked of the topic the first one names (it abstained: the health recommendation gives none)
      const health = await bot.ask('Wat zegt het advies over gezondheid en productiviteit? noemen ze ook cijfers?');
      expect(health.citations[0]!.page, health.text).toBe(7);
      expect(health.text).toContain('vier à acht procent hoger bbp');
      // "überhaupt" is a Dutch filler, no topic the text lacks (it abstained)
      expect((await bot.ask('waarom is mkb-financiering überhaupt een probleem volgens ze?')).answered).toBe(true);
      // so are the words that frame a question, not its topic: "naar aanleiding van", "kort samengevat", "wat is de redenering?"
      expect((await bot.ask('Naar aanleiding van welke Kamerbrief van het kabinet heeft de SER dit advies geschreven?')).text).toContain('13 december 2024');
      expect((await bot.ask('Kort samengevat, wat zijn de hoofdlijnen van dit SER advies?')).answered).toBe(true);
      expect((await bot.ask('waarom investeren werkgevers zo weinig in algemene scholing, wat is de redenering?')).text).toContain('te weinig prikkels');
      // who sat on a committee asks for persons, which the text names none of (it quoted the Europese Commissie)
      expect((await bot.ask('wie zaten er eigenlijk allemaal in de commissie die dit heeft opgesteld? namen?')).answered).toBe(false);
      // a target asked is answered by a figure the text sets as one, not the level it reports ("40 procent van de werktijd")
      const burden = await bot.ask('Hoeveel tijd zijn verpleegkundigen kwijt aan registratie?');
      expect(burden.text).toContain('40 procent');
      const cut = await bot.ask('En met hoeveel procent moet die registratielast dan omlaag?', { history: [{ role: 'user', text: burden.question }, { role: 'assistant', text: burden.text }] });
      expect(cut.text).toMatch(/^Het advies noemt hier geen cijfer voor\./);
      // "heading the wrong way" is a decline ("verkeerde tendensen", "onder druk"), and "do they give" frames the question
      const first = await bot.ask('Of all the productivity determinants they discuss, which one do they regard as the least ambiguous?');
      const evidence = await bot.ask("What evidence do they give that it's heading the wrong way in NL?", { history: [{ role: 'user', text: first.question }, { role: 'assistant', text: first.text }] });
      expect(evidence.text).toContain('funderend onderwijs');
      // "de Unie" is the EU ("lidstaten van de Unie": the Letta figure on the industrial mkb exporting to other EU member states)
      expect((await bot.ask("Welk aandeel van de industriële kmo's exporteert volgens het Letta-rapport naar andere lidstaten van de Unie?")).text).toContain('slechts 17 procent van het industriële mkb');
      // a date asked in so many words is not given by a relative time ("jaarlijks", "op korte termijn")
      expect((await bot.ask('wanneer moet die jaarlijkse beleidscyclus van start, noemen ze een datum?')).answered).toBe(false);
      // working from home is a topic near the field that the advisory does not treat (six writers asked it; it had quoted a
      // sentence on working smarter)
      expect((await bot.ask('Does working from home make employees more or less productive?')).answered).toBe(false);
      expect((await bot.ask('Zegt het advies ook iets over het effect van thuiswerken of hybride werken op de productiviteit?')).answered).toBe(false);
      // "a specific euro amount" asks an amount of money, which the recommendation does not give
      expect((await bot.ask('Is there a specific euro amount proposed for the stimulus scheme for social innovation in SMEs?')).text).toMatch(/^The advisory gives no figure for this\./);
    } finally {
      await bot.close();
    }
  });

  it('reads a start asked for, a narrowing to an absent topic, how much a thing does, a title and a committee behind a remark', async () => {
    const bot = await createBot(config, { surface: 'cli' });
    const turn = (a: { question: string; text: string }) => [
      { role: 'user' as const, text: a.question },
      { role: 'assistant' as const, text: a.text },
    ];
    try {
      // "since what year / since when" asks a start, which "onlangs" or "op korte termijn" does not give (it quoted them)
      expect((await bot.ask('Since what year has the CPB been the Dutch NPB?')).answered).toBe(false);
      const npb = await bot.ask('Who plays the role of the National Productivity Board in the Netherlands?');
      expect((await bot.ask('since when do they have that role?', { history: turn(npb) })).answered).toBe(false);
      // a follow-up that narrows to people the text never names is not answered by the nurses' figure
      const nurses = await bot.ask('How much time do nurses lose on paperwork according to the advisory?');
      expect(nurses.text).toContain('40 procent');
      expect((await bot.ask('en bij leraren of huisartsen, staat daar ook een percentage bij?', { history: turn(nurses) })).answered).toBe(false);
      // "hoeveel AI kan bijdragen" asks how much AI contributes, not how many AIs there are (it abstained: no count of AI)
      expect((await bot.ask('Staat er iets in het advies over hoeveel AI kan bijdragen aan de productiviteitsgroei?')).text).toMatch(/^0,4 à 0,9 procent\./);
      // the advisory's title, from its cover
      expect((await bot.ask('whats the full title of SER advisory 25/04?')).text).toMatch(/^‘Samenwerken voor arbeidsproductiviteitsgroei’, Briefadvies 25\/04, juni 2025\./);
      // "who to thank" in a remark after the question asks no persons: the committee is read from the contents
      expect((await bot.ask('Which SER committee is this advisory from? Council member wants to know who to thank.')).text).toContain('commissie Sociaal-Economische Aangelegenheden');
      // a typo at the end of a long word is corrected (it was taken for an inflection: "werkkostenregel" + "ng")
      expect((await bot.ask('wat zegt het advies over de werkkostenregelng')).text).toContain('werkkostenregeling te verruimen');
      // an English term in a Dutch question is read through the glossary, not "corrected" to a Dutch word (technology → technologie)
      expect((await bot.ask('en wat zeggen ze over technology adoption in het mkb?')).text).toContain('technologie-adoptie in het MKB');
      // "and Letta?" after an answer on Draghi asks what the text says of Letta: each sentence that names it (the glossary's
      // "Letta" is still a name as written; it repeated the Draghi sentence alone)
      const draghi = await bot.ask('What does the advisory take from the Draghi report? Want a one-liner on it');
      const letta = await bot.ask('and Letta?', { history: turn(draghi) });
      expect(letta.text).toContain('voltooien van de interne markt');
      expect(letta.text).toContain('17 procent');
      // "wait," opens a chat turn and names no topic (it read as "urgent": the 'geen vertraging' sentence came first)
      expect((await bot.ask('wait, 17 percent of what exactly?', { history: turn(letta) })).citations[0]!.page).toBe(6);
      // "what do they propose on social innovation?" names its own topic: a new question, not one about the previous answer
      const growth = await bot.ask('Waarom is productiviteitsgroei volgens de SER nu extra urgent?');
      expect((await bot.ask('ok. what do they propose on social innovation?', { history: turn(growth) })).text).toContain('platform sociale innovatie');
      // the EU AI Act is a topic the advisory does not treat: not the sentences on AI and the EU (five writers asked it)
      expect((await bot.ask('does it say anything about the EU AI Act and how it affects Dutch firms?')).answered).toBe(false);
      // "per jaar" is the period a figure is asked in, not its topic: the AI estimate "per jaar" does not answer for flexworkers
      expect((await bot.ask('Hebben ze een cijfer over hoeveel procent van de flexwerkers per jaar een opleiding volgt?')).answered).toBe(false);
      // (and "artificiële intelligentie" is AI)
      expect((await bot.ask('Met hoeveel procent per jaar zou artificiële intelligentie de productiviteitsgroei kunnen opkrikken?')).text).toMatch(/^0,4 à 0,9 procent\./);
      // "put out" is published: the date on the cover
      expect((await bot.ask('quick one: when did SER put out the advisory on labour productivity (25/04)?')).text).toMatch(/^juni 2025\./);
      // "who is to commission that research?" after the list of open questions: the sentence beside it that says who
      // (the list names the MKB and cites "(CPB, 2025)", neither a body that acts: it was quoted again)
      const open = await bot.ask('welke vragen moeten nog uitgezocht worden over de knelpunten bij investeren in kapitaalverdieping?');
      expect((await bot.ask('wie moet dat onderzoek dan uitzetten?', { history: turn(open) })).text).toContain('jaarlijkse beleidscyclus');
      // a year asked of a figure ("op welk jaar slaat die 2,2% eigenlijk?") is not given by "al jaren"
      const rd = await bot.ask('Hoe verhouden de Nederlandse R&D-uitgaven zich volgens het advies tot het OESO-gemiddelde?');
      expect((await bot.ask('op welk jaar slaat die 2,2% eigenlijk? staat dat erbij?', { history: turn(rd) })).answered).toBe(false);
      // "when was …" asks a date wherever it stands ("quick one - when was … published?"; it opened no question alone)
      expect((await bot.ask('quick one - when was briefadvies 25/04 published? month + year pls')).text).toMatch(/^juni 2025\./);
      // (but a question of its own after the preposition narrows nothing: "En op welk kabinetsstuk haken ze daarmee aan?")
      const tracks = await bot.ask('Langs welke sporen wil de SER de groei van de arbeidsproductiviteit verhogen?');
      expect((await bot.ask('En op welk kabinetsstuk haken ze daarmee aan?', { history: turn(tracks) })).answered).toBe(true);
      // a figure for "vorig jaar" is not a deal size the text gives without a year
      expect((await bot.ask('Hoeveel durfkapitaal is er vorig jaar in totaal in Nederlandse scale-ups gestoken?')).answered).toBe(false);
    } finally {
      await bot.close();
    }
  });

  it('still answers when the question log fails', async () => {
    const lines: string[] = [];
    const bot = await createBot(config, {
      surface: 'cli',
      log: (l) => lines.push(l),
      questionLog: {
        recordQuestion() {
          throw new Error('disk full');
        },
      },
    });
    const a = await bot.ask('Wat adviseert de SER over de hypotheekrenteaftrek?');
    expect(a.answered).toBe(false);
    expect(lines.join('\n')).toMatch(/question log failed.*disk full/);
  });

  it('answers indicator questions with figures through the metrics route', async () => {
    const bot = await createBot(config, { surface: 'cli' });
    const a = await bot.ask('Hoeveel procentpunt ligt de R&D-ambitie van 3 procent boven het OESO-gemiddelde?');
    expect(a.figures.length).toBeGreaterThan(0);
    expect(a.text).toMatch(/0,3/);
    expect(a.citations[0]?.page).toBe(8);
  });

  it('uses the recommendation hook when given', async () => {
    const bot = await createBot(config, { surface: 'cli', recommendationRoute: async () => ({ text: 'Stand van zaken: 3 van 12 in uitvoering.', citations: [] }) });
    expect((await bot.ask('Wat is de stand van zaken van de aanbevelingen?')).text).toMatch(/^Stand van zaken/);
  });

  it('refuses a missing index when told only to load (Slack), with how to build it', async () => {
    const other = { ...config, indexDir: join(dir, 'none') };
    await expect(createBot(other, { surface: 'slack' })).rejects.toBeInstanceOf(IndexError);
    await expect(createBot(other, { surface: 'slack' })).rejects.toThrow(/polderbot ingest/);
  });

  it('switches to LLM mode when an API key is set', async () => {
    const bot = await createBot({ ...config, openai: { ...config.openai, apiKey: 'sk-test' } }, { surface: 'cli' });
    expect(bot.mode).toBe('llm');
  });
});
