// Bilingual glossary of the field (labour productivity, innovation, labour
// market, social dialogue, EU policy) used to expand queries: English
// questions get the Dutch terms of the corpus; Dutch questions get their
// synonyms and abbreviations (NPB ↔ National Productivity Board). General
// terms of the field, not phrases of particular questions.
//
// Each line: English phrases | Dutch terms (comma-separated on both sides).
// English phrases match whole words, case-insensitively, plural/-ing forms
// included by a light suffix rule (see expandQuery).
import { STOP_WORDS } from './analyze.ts';

const GLOSSARY_TEXT = `
productivity | productiviteit
labour productivity, labor productivity, worker productivity, output per hour, productivity per hour | arbeidsproductiviteit
productivity growth, growth in productivity, productivity gains | productiviteitsgroei, arbeidsproductiviteitsgroei
labour productivity growth, labor productivity growth | arbeidsproductiviteitsgroei
productivity slowdown, productivity gap, lagging productivity | achterblijven, productiviteitsgroei, achterstand
productivity agenda | productiviteitsagenda
productivity board, national productivity board, productivity council | National Productivity Board, NPB, CPB
npb | National Productivity Board, NPB
cpb, netherlands bureau for economic policy analysis, central planning bureau | CPB, Centraal Planbureau
capital deepening, capital intensity, capital per worker | kapitaalverdieping, machines, kapitaal
capital | kapitaal
machines, machinery, equipment | machines, ICT
underinvest, underinvestment, invest too little, investing too little | investeringen, blijven achter, achterwege
investment, investments, invest | investeringen, investeren, investeer
public investment | publieke investeringen
private investment, business investment | private investeringen, bedrijven investeren
total factor productivity, tfp, multifactor productivity | Total Factor Productivity, TFP, TFP-innovatie, TFP-allocatie, procesinnovatie
allocation, allocative efficiency, reallocation | allocatie, TFP-allocatie, efficiënter inzetten
process innovation | procesinnovatie
technological innovation | technologische innovatie
innovation, innovations, innovate | innovatie, innovaties, vernieuwing
social innovation | sociale innovatie
technology, technologies | technologie
new technology | nieuwe technologie
technology adoption, adopting technology, diffusion of technology | adoptie, technologie-adoptie, adoptievermogen, diffusie
digital transformation, digitalisation, digitalization | digitale transformatie, digitale transitie
digital infrastructure | digitale infrastructuur, mainport
digital economy | digitale economie
digital skills, computer skills | digitale vaardigheden, digitale basisvaardigheden
basic digital skills | digitale basisvaardigheden
skills, competences | vaardigheden, kennis
ai, artificial intelligence | AI, kunstmatige intelligentie
ict, information technology | ICT
research and development, r&d, research & development, rnd | R&D, R&D-uitgaven, onderzoek en ontwikkeling
r&d spending, r&d expenditure, research spending, r&d intensity | R&D-uitgaven, R&D-intensieve
research, study, studies | onderzoek, studies
researchers | onderzoekers, kenniswerkers
knowledge | kennis
knowledge institutions, universities | kennisinstellingen
valorisation, valorization, commercialisation of research, knowledge transfer | valorisatie, valoriseer, tot de markt gebracht
spillovers, spillover effects | spillovers
experimentation, experiments | experimenteerruimte, experimenten
sme, smes, small and medium-sized enterprises, small and medium-sized businesses, small and medium-sized companies, small and medium-sized firms, medium-sized businesses, medium-sized companies, small businesses, small firms, small companies | mkb, MKB, mkb-bedrijven
sme financing, sme finance, financing for small businesses | mkb-financiering, MKB-Financiering, financiering
scale-ups, scaleups, scale-up, scale up | scale-ups, doorgroei, scale up
startups, start-ups, start-up | startups, start up
venture capital, venture funding, risk capital, vc | durfkapitaal, risicofinanciering
risk financing, risk finance | risicofinanciering
financing, funding, finance | financiering, financiële infrastructuur
financial infrastructure | financiële infrastructuur
market failure | marktfalen
institutional investors | institutionele beleggers
pension funds, pension fund | pensioenfondsen
capital markets union, capital market union | kapitaalmarktunie
capital markets, capital market | kapitaalmarkt, financiële markten
brussels | Brussel
eu, european union | EU, Europese
european commission, commission | Europese Commissie
european semester | Europees Semester
internal market, single market | interne markt
fragmentation | fragmentatie
barriers, obstacles, bottlenecks | barrières, knelpunten, belemmeringen
internationalisation, internationalization, exports, exporting, world market, global market | internationalisering, exporteert, wereldmarkt
global value chains, value chains | waardeketens
competitiveness, competitive | concurrentievermogen, verdienvermogen
earning capacity, earning power | verdienvermogen
business models | verdienmodellen
entrepreneurship, entrepreneurs, innovative entrepreneurship | ondernemerschap, ondernemers, vernieuwend ondernemerschap
challengers, new entrants | uitdagers, nieuwe koplopers
frontrunners, leading firms | koplopers
business dynamics, business dynamism, firm entry and exit, entry and exit, firms entering and leaving, entering and leaving the market, market entry and exit, creative destruction | bedrijvendynamiek, creatieve destructie, toe- en uittreden
sector structure, sectoral composition | sectorstructuur, sectorsamenstelling
sectors, sectoral | sectoren, sectoraal
industry, manufacturing | industrie
top sectors | topsectoren
sector policy, industrial policy | sectorbeleid
regulation, regulations, regulatory, rules, legislation | regelgeving, wet- en regelgeving
blockages, blockage, blocks, roadblocks, hurdles | blokkades, belemmeringen
map out, map, chart, identify | in kaart
regulatory burden, red tape, compliance burden | regeldruk, administratieve lasten, compliance
administrative burden, administrative burdens, paperwork | administratieve lasten, lastendruk, registratielast
reporting requirements | rapportage-eisen
nurses | verpleegkundigen
public sector, public sectors | publieke sector, publieke sectoren
tax system, taxation, taxes | belastingsysteem, fiscaal
tax policy, fiscal policy | fiscaal beleid
defence, defense, dual use | Defensie, dual use
hydrogen, electricity, carbon capture, co2 | waterstof, elektriciteit, CO2
complementary infrastructure | complementaire infrastructuren
transition policy, transitions, green transition | transitiebeleid, transities, groene
launching customer | launching customer
ecosystem, ecosystems | ecosysteem, ecosystemen
coaching | coaching
knowledge centres | kenniscentra
policy goals, policy objectives | beleidsdoelen
policy cycle, annual policy cycle, policy process | beleidscyclus, jaarlijkse beleidscyclus
monitoring, monitor | monitoren
evaluation, evaluate | evalueren
policy recommendations | beleidsaanbevelingen
policy agenda | beleidsagenda
research questions | onderzoeksvragen
budget | budget
multi-year agenda | meerjaren-agenda
government, state | overheid, kabinet
cabinet, dutch government | kabinet
minister, ministers | minister
parliament, house of representatives, lower house | Tweede Kamer
caretaker, caretaker status, outgoing government | demissionaire status
letter to parliament, parliamentary letter | Kamerbrief
social partners | sociale partners
unions, trade unions, labour unions, labor unions, employees' organisations | vakbonden, sociale partners, werknemers
employers, employers' organisations, companies, firms, businesses | werkgevers, bedrijven, ondernemers
employees, workers, staff | werkenden, werknemers, personeel
collective labour agreements, collective labor agreements, collective agreements, collective bargaining, cla | cao, cao-afspraken, afspraken
agreements | afspraken
wages, wage, pay | lonen, loon, beloning
wage growth, real wage growth, pay rises | loongroei, reële loongroei, reële lonen
real wages | reële lonen, reële loonontwikkeling
wage formation, wage setting | loonvorming
labour market institutions | arbeidsmarktinstituties
labour market, labor market, job market | arbeidsmarkt
labour shortages, labor shortages, tight labour market, staff shortages | arbeidsmarktkrapte, tekortsectoren, vacatures
vacancies | vacatures
labour market infrastructure | arbeidsmarktinfrastructuur, Werkcentrum
work centre, work center, job centre | Werkcentrum, arbeidsmarktregio
labour market region | arbeidsmarktregio
mobility, job mobility, labour mobility | mobiliteit
more productive work, more productive jobs | productiever werk
quality of work, job quality, work quality | kwaliteit van werk
working smarter, smarter work, smart working | slimmer werken, slimmer organiseren
workload, work pressure | werkdruk
working conditions | werkomstandigheden
unnecessary work | overbodig werk
valuable work | Waardevol werk
human capital | menselijk kapitaal
firm-specific knowledge, firm-specific know-how, company-specific knowledge, know-how | bedrijfsspecifieke kennis, kennis
hold on to, retain, keep | behouden
institutions, bodies | instellingen
worries, concerns, worry | zorgen, onder druk
actions, steps | maatregelen, acties, stappen
track, tracks, strand, strands | spoor, sporen
quality of labour, labour quality | kwaliteit van arbeid
training, upskilling, reskilling, retraining, further training | scholing, om- en bijscholing, upskilling, reskilling
lifelong learning, life-long learning, lifelong development | leven lang ontwikkelen, LLO
learning rights, individual learning accounts, training rights | leerrechten
education, schooling | onderwijs
education cuts, cuts to education, education budget | bezuinigingen op onderwijs
primary and secondary education, primary and secondary schooling, primary schooling, secondary schooling, basic education, foundational education | funderend onderwijs
vocational education, vocational training | beroepsonderwijs
pisa, pisa scores, test scores | PISA-scores
education council | Onderwijsraad
oecd | OESO
equal opportunities, equality of opportunity | kansengelijkheid
inequality, income inequality | inkomensongelijkheid
inclusion, inclusive | inclusie, inclusieve
diversity | diversiteit
discrimination | discriminatie
vulnerable groups, disadvantaged groups | kwetsbare groepen
untapped labour potential, labour potential | arbeidspotentieel
participation, labour participation, labour force participation, people into work, more people working, more people in work | participatie, arbeidsdeelname
dampen, dampens, pull down, pulls down, drag down, drags down, depress, depresses | dempend, drukken
flexible workers, flex workers, temporary workers, flexible contracts | flexibele werkenden, flexibele deel van de arbeidsmarkt
labour migrants, migrant workers, foreign workers | arbeidsmigranten
health, healthy | gezondheid, gezonde
healthier | gezondere
life expectancy | levensverwachting
prevention, prevention policy | preventiebeleid
sick leave, absenteeism | ziekteverzuim
chronic diseases, chronic illness | chronische ziektes
vitality | vitaliteit
green environment, greening | vergroening, groener
greener workplace, green workplace | groener, werkomgeving
work-related costs scheme | werkkostenregeling
gdp, gross domestic product | bbp
per capita | per capita
regions, regional | regio's, regionaal
ageing, aging, ageing population, older workers, elderly | vergrijzing, ouderen
demographics, demographic | vergrijzing
care demand, healthcare demand | zorgvraag
replacement demand | vervangingsvraag
expansion demand | uitbreidingsvraag
broad prosperity, well-being, wellbeing, welfare | brede welvaart
prosperity | welvaart
inclusive economy | inclusieve economie
long-term vision | langetermijnvisie
efficiency, efficient | efficiënter, efficiëntie
workforce, labour force | beroepsbevolking
working population | beroepsbevolking, bevolking
average age | gemiddelde leeftijd
average, mean | gemiddelde, gemiddeld
draghi, draghi report | Draghi, Draghi-rapport
letta, letta report | Letta, Letta-rapport
united states, us, usa, america, american | VS, Amerikaans
china | China
europe, european | Europa, Europese
geopolitics, geopolitical | geopolitieke
cooperation, collaboration, working together | samenwerking, samenwerken
social-economic council, social and economic council | SER
tno | TNO
non-compete clause, non-compete clauses, non-compete, noncompete | concurrentiebeding
clause, clauses, contract clause, contractual clause | beding, concurrentiebeding, clausule
competitor, competitors | concurrent
firm-specific knowledge, job-specific skills | bedrijfsspecifieke kennis
general skills, generic knowledge | generieke kennis en vaardigheden
small employers | kleinere werkgevers
incentives | prikkels
stable employment relationships, long-term employment | stabiele arbeidsrelaties, langdurige
work experience | werkervaring
target, targets, ambition, goal, objective | doelstelling, ambitie, ambities
2030 target, eu target | EU-doelstelling
percent, percentage point, percentage points | procent, procentpunt
annually, yearly, annual, every year | jaarlijks, jaarlijkse
report annually, annual report | jaarlijks rapporteren, jaarlijkse analyse
reports, reporting, publications | rapportages, rapportage
independent | onafhankelijke
advise, advice, advising | adviseert, adviseren
analyse, analyze, analysis | analyseert, analyse
visibility | zichtbaarheid
effectiveness | effectiviteit
impact | impact
involvement, engagement, involved, engaged, involve | betrokkenheid, betrokken, betrekken
verdict, judgement, judgment, appraisal | oordeel, signaleert
sectoral development paths | sectorale ontwikkelpaden
stimulus scheme, subsidy scheme | stimuleringsregeling
platform | platform
covenant | Convenant
financing landscape | financieringslandschap
financial sector | financiële sector
financial regulation | financiële regelgeving
pay in line with productivity | loongroei in lijn met
keep pace, keep pace with, keep up with, go hand in hand, in step with, in line with | gelijk opgaan, in lijn met
point to, points to, pointed to, point out, points out, highlights | wijst op, wijst, signaleert
speed up, accelerate, acceleration, faster | versnel, versnellen, sneller
price out, priced out | uit de markt prijst
balance between capital and labour | balans tussen kapitaal en arbeid
efficiency of capital | efficiënter kapitaal
added value, value added | toegevoegde waarde
growth path | groeipad
learning effects | leereffecten
flywheel effects | vliegwieleffecten
mainport | mainport
physical space | fysieke ruimte
cuts, budget cuts, austerity | bezuinigingen
recommendations to the government, recommendations to the cabinet | aanbevelingen aan het kabinet
contribution of social partners, what social partners can do | bijdrage van sociale partners
solutions, ways forward | oplossingsrichtingen
no time to lose, urgency, urgent | geen tijd te verliezen, urgent
delay | vertraging
why | waarom
growth | groei
economy, economic | economie
companies grow, firm growth | doorgroei
matching, match | match
organisation of work, work organisation | organiseren van werk
technology-driven, productivity-enhancing technology | productiviteitsverhogende technologie

# general vocabulary of the field (verbs, nouns, adjectives)
increase, raise, boost, lift, higher | verhogen, verhoging, hogere, stijging, vergroten
increases, rises, rising, growing, widening | stijgt, stijging, stijgende, groeiende, toenemende
decrease, reduce, lower, cut down, cutting | verlagen, verminderen, beperken, terugdringen
improve, improvement, strengthen, strengthening, enhance | verbeteren, versterken, versterking, verbeter, versterk
stimulate, encourage, promote, foster, incentivise, incentivize | stimuleren, bevorderen, stimuleer, bevorder, prikkels
support, help, assist | ondersteunen, ondersteun, helpen, steun
invest more, investing more | investeren, investeer, investeert
spend, spending, expenditure, expenditures | uitgaven, besteden, bestedingen
too little, not enough, insufficient, lack, lacking, shortage, shortfall, falls short, fall short | te weinig, onvoldoende, gebrek, tekort, schieten tekort
too fast, too quickly | te snel
too slow, too slowly | te langzaam
quick fix, silver bullet, magic bullet, simple measures, easy solution | wondermiddel, eenvoudige maatregelen, korte termijn
long run, long term, long-term | lange termijn, langetermijnvisie, lange adem
short term, short-term, quickly | korte termijn
measures, policies, policy | maatregelen, beleid
problem, problems, bottleneck, issue, issues | knelpunt, knelpunten, problemen, belemmeringen, barrières
cause, causes, reason, reasons, underlying causes | oorzaken, onderliggende oorzaken, reden
consequence, consequences, effect, effects, impact on | gevolgen, effect, effecten
risk, risks, danger, dangers, threat | risico
racing ahead, too fast, outpacing | te snel
lagging behind, too slow | te langzaam, achterblijven
opportunity, opportunities, chance, chances | kansen, mogelijkheden
important, importance, crucial, essential, key | belangrijk, belang, belangrijke, voorwaardelijk
necessary, needed, need, required | nodig, noodzaak, vraagt om
role, part | rol, spelen
responsibility, task | taak, verantwoordelijkheid
goal, aim, purpose, end in itself, goal in itself, in its own right | doel, doel op zich
quality | kwaliteit
level | niveau
compare, compared, comparison | vergeleken, vergelijking, ten opzichte van
behind, lag, lags, lagging, falls behind, trails, trail, trailing | achterblijven, achterblijft, achter, achterstand
gap, difference | verschil, kloof, achterstand
trend, decline, declining, falling | trend, dalende, daling
schools, school, pupils, students, teachers | onderwijs, scholen, funderend onderwijs, leerlingen
education quality, quality of education | kwaliteit van funderend onderwijs, onderwijs
reading and writing, literacy | lezen en schrijven
outdated, out of date, up to date | up to date, lang geleden
older, old, age | leeftijd, ouderen, vergrijzing
young, youth | jongeren
people, citizens, population | mensen, bevolking, burgers
workers, working people, employees | werkenden, werknemers
jobs, job, work, employment | werk, banen, werkgelegenheid
tasks, job tasks | werktaken
working hours, hours worked, per hour | gewerkt uur, per uur, werktijd
time | tijd, werktijd
money, amount, amounts, million, euros | bedragen, miljoen euro, middelen
income, incomes, low income, lower incomes | inkomen, lager inkomen, inkomensongelijkheid
cost, costs, expensive | kosten
price, prices | prijzen
market, markets | markt, markten
companies, company, firms, firm, enterprises, businesses, business | bedrijven, bedrijfsleven, ondernemingen
large companies, big firms | grote bedrijven
foreign, abroad, international | buitenlands, internationaal, internationalisering
domestic, national | nationaal, nationale
regional, region | regionaal, regio
country, countries, member states | landen, lidstaten, EU-lidstaten
netherlands, dutch | Nederland, Nederlandse
government policy, public policy | beleid, overheid
public, private | publieke, private
science, scientific | wetenschap, onderzoek
development | ontwikkeling
progress, monitor progress | voortgang, monitoren
evaluate, assess, assessment, review | evalueren, onderzocht, beoordelen
formulate, draft | formuleren
implement, implementation, carry out | uitvoeren, implementeren, uitvoering
recommend, recommendations, proposes, propose, proposal, calls for, urges | aanbevelingen, pleit, adviseert, voorstel
conclude, concluded, found, finds, shows | signaleert, blijkt, toont aan, concludeert
estimate, estimates, estimated | schat, schattingen
per year, a year, each year, every year | per jaar, jaarlijks, jaarlijkse
decades, years | decennia, jaren
twenty years | twintig jaar
future | toekomst
welfare state, society | samenleving
resilient, resilience | weerbare
economies of scale, scale advantages | schaalvoordelen
complete, completing, completion | voltooien
exports, export | exporteert, export
industrial | industriële
demand | vraag
supply | aanbod
space, room | ruimte
experiment, experiments, experimentation | experimenteerruimte, experimenten
scale up, scaled up | opgeschaald, opschalen
bring to market, commercialise, commercialize | tot de markt gebracht, commercialisatie, valorisatie
attract, retain, motivate | aantrekken, behouden, motiveren
talent, talents | talent, kenniswerkers
guidance, counselling, support for job seekers | begeleiding
information | informatie
visible, visibility | zichtbaarheid
reaction, response | reactie
mandatory, compulsory, obligatory | verplichte
subject, topics, topic choice | onderwerpkeuze, onderwerpen
publication, publish, published | publicatie
capacity | capaciteit
commitment | commitment
actors, stakeholders, parties | actoren, betrokken partijen
meeting, consult, consultation | overleg, ophalen
tax, taxes | belasting, belastingsysteem, fiscaal
rules for companies, regulations for firms | regelgeving
contradictory, conflicting | tegenstrijdige
complicated, complex | gecompliceerde
burden, burdens | lasten, lastendruk, druk
registration, record keeping, administration | registratielast, administratieve
hospitals, healthcare, care | zorg, zorgvraag, verpleegkundigen
sick, illness, disease, diseases | ziekte, ziektes, gezondheidsproblemen
clean, cleaner | schoon, schone
environment, living environment, workplace, work environment, working environment | omgeving, werkomgeving, werkmilieu, leefmilieu
green, greener | groene, groener, vergroening
digital | digitale
physical | fysieke
infrastructure | infrastructuur
energy | energie, elektriciteit, waterstof
transition, transitions | transitie, transities
climate | klimaat
strategy, approach, integrated approach | aanpak, integrale aanpak, strategie
coherent approach | samenhangende aanpak
vision | visie
plan, plans | plannen, agenda
announced | aangekondigde
agenda | agenda
urgent, pressing | urgent, urgenter
delay, delayed | vertraging
threat, threatening, under pressure | bedreigend, onder druk
economic growth | economische groei, groei
lose, losing | verliezen
win, gain, gains | winnen, winst
contribute, contribution | bijdragen, bijdrage
benefit, benefits, benefit from | profiteren, gebaat, voordelen
fair share, share in, equitably | evenredig meedelen
reward, remuneration | beloning
balance | balans
restructure, restructuring | herstructureren
efficient allocation | efficiëntere allocatie
jobs mobility, moving to more productive jobs, switching jobs | mobiliteit naar productiever werk
leave, leaving, departure, staff turnover | vertrek van personeel
learning, learn | leren, leerrechten, leerrijker
train, trained, better educated, well educated, highly educated | opgeleide, beter opgeleide, geschoold
apprentices, vocational | beroepsonderwijs
match, fit between skills and jobs | match
adapt, adapting, changing circumstances | inspringen op veranderende omstandigheden
organise work, organize work, work organization | organiseren van werk, slimmer organiseren
productive, more productive, less productive | productief, productiever, productieve, minder productieve
unproductive | onproductief
inclusive labour market, inclusive labor market | inclusieve en productieve arbeidsmarkt
people with disabilities, disability | gezondheidsaandoeningen, beperking
below their level, underemployment, overqualified | onder hun niveau werken
gender, women | vrouwen
integration | integreren
structure | structuur, sectorstructuur
dimensions, factors, components, drivers, sources, sources of growth, determinants, pillars, channels, levers, avenues | dimensies, factoren, onderdelen
# policy topics near the field that the advisory does not treat: their Dutch
# terms, so that an English question about them is recognised as absent
# instead of being matched word by word (pension age → leeftijd)
minimum wage, statutory minimum wage | minimumloon, wettelijk minimumloon
state pension, state pension age, pension age, retirement age | AOW, pensioenleeftijd, AOW-uitkering
housing, housing market, housing shortage, house prices | woningmarkt, woningtekort, huizenprijzen, woningbouw
nitrogen, nitrogen emissions, nitrogen deposition | stikstof, stikstofuitstoot, stikstofdepositie
childcare, child care | kinderopvang
energy prices, energy costs, energy bills | energieprijzen, energiekosten
energy tax, energy taxes | energiebelasting
non-compete clause, non-compete clauses, non-compete, non-competes | concurrentiebeding
four-day week, four-day working week, working week, shorter working week | vierdaagse werkweek, werkweek, arbeidsduurverkorting
self-employed, freelancers, freelance workers | zzp'ers, zelfstandigen
mortgage, mortgages, mortgage interest deduction | hypotheek, hypotheekrenteaftrek
immigration, asylum, asylum seekers | immigratie, asiel, asielzoekers
corporate tax, corporate income tax | vennootschapsbelasting
inflation | inflatie
budget deficit, government debt, public debt, national debt | begrotingstekort, staatsschuld
unemployment benefits, social security, welfare benefits | WW-uitkering, uitkeringen, sociale zekerheid
nuclear energy, nuclear power | kernenergie
forecast, forecasts, projection, projections | raming, ramingen, prognose
billion, billions | miljard
main message, key message, key messages, main points, key points, summary, in a nutshell, gist, main conclusions | hoofdlijnen
`;

export interface GlossaryEntry {
  en: string[];
  nl: string[];
}

export const GLOSSARY: GlossaryEntry[] = GLOSSARY_TEXT.split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#') && l.includes('|'))
  .map((l) => {
    const [en, nl] = l.split('|');
    const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
    return { en: list(en), nl: list(nl) };
  });

/** Dutch synonyms and abbreviations (both directions). */
const NL_SYNONYMS_TEXT = `
NPB, National Productivity Board, nationale productiviteitsraad, productiviteitsraad
mkb, midden- en kleinbedrijf, kleine bedrijven, mkb-bedrijven
cao, collectieve arbeidsovereenkomst, cao-afspraken
bbp, bruto binnenlands product
R&D, onderzoek en ontwikkeling, research
LLO, leven lang ontwikkelen, leven lang leren
OESO, OECD
vakbonden, vakbeweging, werknemersorganisaties, sociale partners
werkgeversorganisaties, werkgevers, sociale partners
kabinet, regering, overheid
Tweede Kamer, parlement
durfkapitaal, risicokapitaal, risicofinanciering, venture capital
scale-ups, scale up, doorgroei, doorgroeien, opschalen, opschaling, opschalen van kleine bedrijven
scholing, opleiding, bijscholing, omscholing, om- en bijscholing
lonen, salarissen, loon, beloning, loongroei
vergrijzing, ouderen, ageing
regeldruk, administratieve lasten, bureaucratie, lastendruk
gezondheid, vitaliteit, preventie
arbeidsmigranten, migranten
TFP, Total Factor Productivity, totale factorproductiviteit
AI, kunstmatige intelligentie
kapitaalverdieping, kapitaalintensiteit
concurrentiebeding, non-concurrentiebeding, non-competebeding, non-competebedingen, non-compete, concurrentiebedingen
pensioenfondsen, pensioenfonds
flexwerkers, flexwerker, flexkrachten, flexibele werkenden, flexibele contracten, flexibele deel van de arbeidsmarkt
versnellen, versnel, sneller, versnelling
oordeelt, oordeel, beoordeelt, beoordeling, signaleert
groeiende, toenemende, stijgende
productiviteitskloof, productiviteitsverschil, verschil in productiviteit, productivity gap
belastingstelsel, belastingsysteem, fiscaal beleid, fiscale
digitalisering, digitale transformatie, digitale transitie
in kaart brengen, inventariseren, inventarisatie, breng in kaart
beleidscyclus, beleidsronde, beleidsproces, beleidsjaar
CPB, Centraal Planbureau, planbureau
rapportages, productiviteitsanalyses, productiviteitsrapporten, analyses, jaarlijkse analyse
Den Haag, nationale, nationaal, rijksoverheid
Brussel, Europese, Europa
simpele maatregelen, eenvoudige maatregelen, snelle maatregelen, wondermiddel, snelle oplossing
omhoog krijgen, omhoog brengen, opkrikken, verhogen
dimensies, factoren, bronnen, onderdelen, pijlers, componenten, drijvers, routes, hoofdroutes, kanalen
zorgsector, gezondheidszorg, zorgvraag, verpleegkundigen
hoofdlijnen, kernboodschap, hoofdboodschap, kern van het advies, samenvatting, hoofdpunten, in het kort
`;

export const NL_SYNONYMS: string[][] = NL_SYNONYMS_TEXT.split('\n')
  .map((l) => l.split(',').map((x) => x.trim()).filter(Boolean))
  .filter((g) => g.length > 1);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A glossary phrase to find in a lower-cased query. Matching runs for every
 * question over ~1,500 phrases: a plain substring test comes first (the phrase
 * must occur as written) and the word-boundary regex is compiled only for the
 * few phrases that pass it.
 */
class Matcher {
  private re?: RegExp;
  constructor(
    readonly phrase: string,
    readonly terms: string[],
    private readonly english: boolean,
  ) {}

  exec(q: string): RegExpExecArray | null {
    if (!q.includes(this.phrase)) return null;
    // light inflection: plural -s/-es, -ing/-ed forms of the last word (English only)
    this.re ??= new RegExp(`(?<![\\p{L}\\p{N}])${escape(this.phrase)}${this.english ? "(?:s|es|'s|ing|ed)?" : ''}(?![\\p{L}\\p{N}])`, 'u');
    return this.re.exec(q);
  }
}

const matchers = (pairs: [string, string[]][], english: boolean): Matcher[] =>
  pairs.map(([p, terms]) => new Matcher(p.toLowerCase(), terms, english));

// longest phrases first: `venture capital` is consumed before `capital` can match
// a phrase made only of question words (`recommend`, `why`) is not expanded
const onlyStopWords = (p: string) => (p.toLowerCase().match(/[\p{L}&]+/gu) ?? []).every((w) => STOP_WORDS.has(w));
const longestFirst = (pairs: [string, string[]][]) => pairs.sort((a, b) => b[0].length - a[0].length);
const EN_MATCHERS = matchers(longestFirst(GLOSSARY.flatMap((e) => e.en.filter((p) => !onlyStopWords(p)).map((p): [string, string[]] => [p, e.nl]))), true);
const EN_HYPHENATED = GLOSSARY.flatMap((e) => e.en).filter((p) => p.includes('-')).map((p) => p.toLowerCase());

/** "human-capital" → "human capital", except inside glossary phrases written with a hyphen (`scale-ups`). */
function unhyphenate(q: string): string {
  const keep = EN_HYPHENATED.filter((h) => q.includes(h));
  return q.replace(/(\p{L})-(?=\p{L})/gu, (m, a: string, at: number) => (keep.some((h) => q.startsWith(h, at + 1 - h.indexOf('-'))) ? m : `${a} `));
}
const NL_MATCHERS = matchers(NL_SYNONYMS.flatMap((g) => g.map((p): [string, string[]] => [p, g.filter((x) => x !== p)])), false);

// Dutch corpus terms → the English phrases that stand for them, for reading
// an English document with a Dutch question (`energieprijzen` → energy prices)
const NL_TO_EN = matchers(longestFirst(GLOSSARY.flatMap((e) => e.nl.map((t): [string, string[]] => [t, e.en]))), false);

/** English phrases for the glossary's Dutch terms found in a Dutch query: the Dutch words as written, and their English. */
export function englishFor(query: string): { phrase: string; en: string[] }[] {
  const q = query.toLowerCase();
  const out: { phrase: string; en: string[] }[] = [];
  for (const m of NL_TO_EN) {
    const hit = m.exec(q);
    if (!hit) continue;
    const prev = out.find((o) => o.phrase === hit[0]);
    if (prev) prev.en.push(...m.terms.filter((t) => !prev.en.includes(t)));
    else out.push({ phrase: hit[0], en: [...m.terms] });
  }
  return out;
}

export interface Expansion {
  /** Dutch terms added to the query */
  terms: string[];
  /** the phrases of the query that matched */
  matched: string[];
}

/** Expands a query with glossary terms: English phrases → Dutch, Dutch terms → synonyms. */
export function expandQuery(query: string, language: 'nl' | 'en'): Expansion {
  // "(working) population" reads as "working population"
  const original = query.toLowerCase().replace(/[’]/g, "'").replace(/[()]/g, '');
  const terms = new Set<string>();
  const matched: string[] = [];
  if (language === 'en') {
    let q = unhyphenate(original);
    for (const m of EN_MATCHERS) {
      const hit = m.exec(q);
      if (!hit) continue;
      matched.push(hit[0]);
      for (const t of m.terms) terms.add(t);
      q = q.slice(0, hit.index) + ' '.repeat(hit[0].length) + q.slice(hit.index + hit[0].length);
    }
  }
  for (const m of NL_MATCHERS) {
    const hit = m.exec(original);
    if (!hit) continue;
    matched.push(hit[0]);
    for (const t of m.terms) terms.add(t);
  }
  return { terms: [...terms], matched };
}
