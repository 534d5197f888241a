// The message catalogue of the metrics module: every label, unit, period,
// title, method line and chart text an indicator produces, in English and
// Dutch. An indicator names a message by id with its values (numbers, years,
// area codes); `say` renders it in either language. The English rendering is
// what results carry as text (JSON, tools); Dutch renderers read the message.
import { areaName, areaTitle } from './areas.ts';

export type Lang = 'nl' | 'en';
export type MessageValues = Record<string, string | number>;
type Template = string | ((v: MessageValues) => string);

/** A number as the indicators write it: fixed decimals, a decimal comma in Dutch. */
const num = (v: string | number | undefined, d: number, lang: Lang) => {
  const s = Number(v).toFixed(d);
  return lang === 'nl' ? s.replace('.', ',') : s;
};
/** A number as given (no rounding), with a decimal comma in Dutch. */
const raw = (v: string | number | undefined, lang: Lang) => (lang === 'nl' ? String(v).replace('.', ',') : String(v));
/** "+0.4" / "-0.5": extra growth with its sign. */
const signed = (v: string | number | undefined, lang: Lang) => `${Number(v) < 0 ? '' : '+'}${raw(v, lang)}`;
/** An area code in Dutch text: the US is "VS". */
const areaNl = (code: string | number | undefined) => (code === 'US' ? 'VS' : String(code));
const AS_QUOTED = 'zoals genoemd in het advies';
const EA19_EN = ' (euro area as EA19 in this dataset)';
const EA19_NL = ' (eurozone als EA19 in deze dataset)';
const tail = (v: MessageValues, lang: Lang) => (v.ea19 ? (lang === 'nl' ? EA19_NL : EA19_EN) : '');

const CATALOGUE = {
  // figure labels
  'label.gdp-per-hour': { en: (v) => `GDP per hour worked${tail(v, 'en')}`, nl: (v) => `Bbp per gewerkt uur${tail(v, 'nl')}` },
  'label.gdp-per-hour.growth': { en: 'GDP per hour worked, average annual growth', nl: 'Bbp per gewerkt uur, gemiddelde jaarlijkse groei' },
  'label.gdp-per-hour.level': { en: 'GDP per hour worked, level', nl: 'Bbp per gewerkt uur, niveau' },
  'label.gdp-per-hour.change': { en: 'GDP per hour worked, annual change', nl: 'Bbp per gewerkt uur, jaarlijkse verandering' },
  'label.gdp-per-hour.relative': {
    en: (v) => `GDP per hour worked relative to ${v.base} = 100${tail(v, 'en')}`,
    nl: (v) => `Bbp per gewerkt uur ten opzichte van ${v.base} (= 100)${tail(v, 'nl')}`,
  },
  'label.gdp-per-person.growth': { en: 'GDP per person employed, average annual growth', nl: 'Bbp per werkzame persoon, gemiddelde jaarlijkse groei' },
  'label.hours-per-worker': { en: 'Hours worked per person employed', nl: 'Gewerkte uren per werkzame persoon' },
  'label.hours-per-worker.change': { en: 'Hours worked per person employed, change', nl: 'Gewerkte uren per werkzame persoon, verandering' },
  'label.employment.growth': { en: 'Employment, average annual growth', nl: 'Werkgelegenheid (werkzame personen), gemiddelde jaarlijkse groei' },
  'label.compensation.gdp-deflator': {
    en: 'Real labour compensation per hour (GDP deflator), average annual growth',
    nl: 'Reële beloning per uur (bbp-deflator), gemiddelde jaarlijkse groei',
  },
  'label.gap.compensation': { en: 'Gap: productivity growth minus compensation growth', nl: 'Verschil: productiviteitsgroei min beloningsgroei' },
  'label.compensation.cpi': {
    en: 'Real labour compensation per hour (consumer prices, CPI), average annual growth',
    nl: 'Reële beloning per uur (consumentenprijzen, CPI), gemiddelde jaarlijkse groei',
  },
  'label.gap.compensation-cpi': { en: 'Gap: productivity growth minus CPI-deflated compensation growth', nl: 'Verschil: productiviteitsgroei min CPI-gedefleerde beloningsgroei' },
  'label.labour-share.start': { en: 'Labour share of GDP, start', nl: 'Arbeidsinkomensquote (loonaandeel in het bbp), begin' },
  'label.labour-share.end': { en: 'Labour share of GDP, end', nl: 'Arbeidsinkomensquote (loonaandeel in het bbp), eind' },
  'label.labour-productivity.growth': {
    en: 'Labour productivity (GDP per hour worked), average annual growth',
    nl: 'Arbeidsproductiviteit (bbp per gewerkt uur), gemiddelde jaarlijkse groei',
  },
  'label.contribution.capital': { en: 'Contribution of capital deepening (capital services per hour)', nl: 'Bijdrage van kapitaalverdieping (kapitaaldiensten per uur)' },
  'label.contribution.labour-quality': { en: 'Contribution of labour quality (human capital)', nl: 'Bijdrage van kwaliteit van arbeid (menselijk kapitaal)' },
  'label.contribution.tfp': { en: 'Contribution of total factor productivity (TFP)', nl: 'Bijdrage van totale factorproductiviteit (TFP)' },
  'label.labour-share.average': { en: 'Average labour share of GDP', nl: 'Gemiddelde arbeidsinkomensquote (loonaandeel in het bbp)' },
  'label.tfp.pwt': { en: 'TFP growth in PWT itself (rtfpna), for comparison', nl: 'TFP-groei volgens de PWT zelf (rtfpna), ter vergelijking' },
  'label.rd': { en: 'R&D expenditure (GERD), % of GDP', nl: 'R&D-uitgaven (GERD) in % van het bbp' },
  'label.rd.gap': { en: (v) => `Gap to the ${num(v.target, 1, 'en')} % target`, nl: (v) => `Afstand tot de doelstelling van ${num(v.target, 1, 'nl')} %` },
  'label.nominal-gdp': {
    en: 'Nominal GDP (OECD GDP per hour, national currency × total hours)',
    nl: 'Nominaal bbp (OESO-bbp per gewerkt uur in nationale valuta × totaal gewerkte uren)',
  },
  'label.rd.extra-spending': {
    en: (v) => `Extra R&D spending needed to reach ${num(v.target, 1, 'en')} % of GDP`,
    nl: (v) => `Extra R&D-uitgaven nodig om ${num(v.target, 1, 'nl')} % van het bbp te halen`,
  },
  'label.rd.quoted': { en: 'R&D expenditure, % of GDP (as quoted in the advisory)', nl: `R&D-uitgaven in % van het bbp (${AS_QUOTED})` },
  'label.rd.oecd-quoted': { en: 'R&D expenditure, OECD average, % of GDP (as quoted in the advisory)', nl: `R&D-uitgaven, OESO-gemiddelde, in % van het bbp (${AS_QUOTED})` },
  'label.rd.ambition': { en: 'R&D ambition (Dutch and European), % of GDP', nl: 'R&D-ambitie (Nederlands en Europees) in % van het bbp' },
  'label.ai.low': {
    en: 'AI: extra labour productivity growth, low estimate (OECD, as quoted in the advisory)',
    nl: `AI: extra groei van de arbeidsproductiviteit, lage schatting (OESO, ${AS_QUOTED})`,
  },
  'label.ai.high': {
    en: 'AI: extra labour productivity growth, high estimate (OECD, as quoted in the advisory)',
    nl: `AI: extra groei van de arbeidsproductiviteit, hoge schatting (OESO, ${AS_QUOTED})`,
  },
  'label.sme-export': {
    en: 'Industrial SMEs exporting to other EU member states (Letta, as quoted in the advisory)',
    nl: `Industriële mkb-bedrijven die naar andere EU-lidstaten exporteren (Letta, ${AS_QUOTED})`,
  },
  'label.rd.ambition-over-oecd': {
    en: (v) => `Ambition (${num(v.ambition, 1, 'en')} %) above the OECD average (${num(v.oecd, 1, 'en')} %), as quoted in the advisory`,
    nl: (v) => `Ambitie (${num(v.ambition, 1, 'nl')} %) boven het OESO-gemiddelde (${num(v.oecd, 1, 'nl')} %), ${AS_QUOTED}`,
  },
  'label.rd.below-ambition': {
    en: (v) => `${v.area} (${num(v.value, 1, 'en')} %) below the ambition (${num(v.ambition, 1, 'en')} %), as quoted in the advisory`,
    nl: (v) => `${v.area} (${num(v.value, 1, 'nl')} %) onder de ambitie (${num(v.ambition, 1, 'nl')} %), ${AS_QUOTED}`,
  },
  'label.rd.below-oecd': {
    en: (v) => `${v.area} (${num(v.value, 1, 'en')} %) below the OECD average (${num(v.oecd, 1, 'en')} %), as quoted in the advisory`,
    nl: (v) => `${v.area} (${num(v.value, 1, 'nl')} %) onder het OESO-gemiddelde (${num(v.oecd, 1, 'nl')} %), ${AS_QUOTED}`,
  },
  'label.scenario.baseline-growth': { en: 'Baseline growth of GDP per hour worked', nl: 'Basisgroei van het bbp per gewerkt uur' },
  'label.scenario.baseline-cumulative': { en: (v) => `Baseline: cumulative growth after ${v.years} years`, nl: (v) => `Basispad: cumulatieve groei na ${v.years} jaar` },
  'label.scenario.level-effect': {
    en: (v) => `Productivity level after ${v.years} years with ${signed(v.extra, 'en')} pp a year, relative to baseline`,
    nl: (v) => `Productiviteitsniveau na ${v.years} jaar bij ${signed(v.extra, 'nl')} procentpunt per jaar, ten opzichte van het basispad`,
  },
  'label.scenario.cumulative': {
    en: (v) => `Cumulative growth after ${v.years} years at ${num(v.growth, 2, 'en')} % a year`,
    nl: (v) => `Cumulatieve groei na ${v.years} jaar bij ${num(v.growth, 2, 'nl')} % per jaar`,
  },
  'label.scenario.level-gap': {
    en: (v) => `Level gap: ${v.leader} GDP per hour above ${v.area}`,
    nl: (v) => `Niveauverschil: bbp per gewerkt uur in ${v.leader} hoger dan in ${v.area}`,
  },
  'label.scenario.years-to-close': {
    en: (v) =>
      `Years to close a ${num(v.gap, 1, 'en')} % level gap${v.leader ? ` (${areaName(String(v.leader), 'en')} vs ${areaName(String(v.area), 'en')}, GDP per hour ${v.year})` : ''} growing ${raw(v.extra, 'en')} pp a year faster`,
    nl: (v) =>
      `Jaren om een niveauachterstand van ${num(v.gap, 1, 'nl')} % in te lopen` +
      (v.leader ? ` (${areaName(String(v.leader), 'nl')} ten opzichte van ${areaName(String(v.area), 'nl')}, bbp per gewerkt uur ${v.year})` : '') +
      ` bij ${raw(v.extra, 'nl')} procentpunt per jaar snellere groei`,
  },

  // units
  'unit.%': { en: '%', nl: '%' },
  'unit.%-a-year': { en: '% a year', nl: '% per jaar' },
  'unit.%-higher': { en: '% higher', nl: '% hoger' },
  'unit.%-lower': { en: '% lower', nl: '% lager' },
  'unit.%-change': { en: '% change', nl: '% verandering' },
  'unit.%-of-gdp': { en: '% of GDP', nl: '% van het bbp' },
  'unit.pp-a-year': { en: 'pp a year', nl: 'procentpunt per jaar' },
  'unit.pp-of-gdp': { en: 'pp of GDP', nl: 'procentpunt van het bbp' },
  'unit.usd-constant-ppp-per-hour': { en: 'USD (constant PPP) per hour', nl: 'USD per uur (constante koopkrachtpariteiten)' },
  'unit.usd-per-hour-current-ppp': { en: 'USD per hour (current PPP)', nl: 'USD per uur (lopende koopkrachtpariteiten)' },
  'unit.usd-ppp-current': { en: 'USD PPP (current)', nl: 'USD in koopkrachtpariteiten (lopende prijzen)' },
  'unit.usd-ppp-2015': { en: 'USD PPP (2015)', nl: 'USD in koopkrachtpariteiten (prijzen van 2015)' },
  'unit.intl-dollar-ppp-constant': { en: 'intl $ (PPP, constant)', nl: 'internationale $ (koopkrachtpariteiten, constante prijzen)' },
  'unit.eur-bn': { en: 'EUR bn', nl: 'mld. euro' },
  'unit.eur-bn-a-year': { en: 'EUR bn a year', nl: 'mld. euro per jaar' },
  'unit.hours': { en: 'hours', nl: 'uur' },
  'unit.hours-a-year': { en: 'hours a year', nl: 'uur per jaar' },
  'unit.persons': { en: 'persons', nl: 'personen' },
  'unit.years': { en: 'years', nl: 'jaar' },
  'unit.never': { en: 'never (no extra growth)', nl: 'nooit (geen extra groei)' },
  'unit.index': { en: 'index', nl: 'index' },
  'unit.index-area': { en: (v) => `index (${v.base}=100)`, nl: (v) => `index (${v.base}=100)` },
  'unit.index-year': { en: (v) => `index ${v.year} = 100`, nl: (v) => `index ${v.year} = 100` },

  // periods other than years
  'period.as-quoted': { en: (v) => `as quoted (${v.year})`, nl: (v) => `zoals genoemd (${v.year})` },
  'period.target': { en: 'target', nl: 'doelstelling' },
  'period.per-year': { en: 'per year', nl: 'per jaar' },
  'period.assumed': { en: 'assumed', nl: 'aangenomen' },
  'period.years': { en: (v) => `${v.years} years`, nl: (v) => `${v.years} jaar` },

  // result titles
  'title.productivity-growth': { en: 'GDP per hour worked, average annual growth', nl: 'Bbp per gewerkt uur, gemiddelde jaarlijkse groei' },
  'title.productivity-level': { en: (v) => `GDP per hour worked relative to ${v.base} = 100`, nl: (v) => `Bbp per gewerkt uur ten opzichte van ${v.base} (= 100)` },
  'title.growth-accounting': { en: 'Growth accounting per hour worked', nl: 'Groeiboekhouding per gewerkt uur' },
  'title.wages-vs-productivity': { en: 'Real labour compensation and productivity per hour', nl: 'Reële beloning en productiviteit per uur' },
  'title.rd-intensity': { en: 'R&D expenditure as % of GDP', nl: 'R&D-uitgaven in % van het bbp' },
  'title.scenario': { en: (v) => `Level effect of extra productivity growth after ${v.years} years`, nl: (v) => `Niveau-effect van extra productiviteitsgroei na ${v.years} jaar` },
  'title.hours-and-employment': { en: 'Hours per worker and employment', nl: 'Uren per werkende en werkgelegenheid' },

  // method lines
  'method.productivity-growth': {
    en: (v) => `GDP at constant PPP (World Bank NY.GDP.MKTP.PP.KD) divided by total hours worked (OECD); average annual growth = (level ${v.to} / level ${v.from})^(1/${v.years}) − 1.`,
    nl: (v) =>
      `Bbp in constante koopkrachtpariteiten (Wereldbank NY.GDP.MKTP.PP.KD) gedeeld door het totaal aantal gewerkte uren (OESO); gemiddelde jaarlijkse groei = (niveau ${v.to} / niveau ${v.from})^(1/${v.years}) − 1.`,
  },
  'method.productivity-level': {
    en: (v) => `OECD GDP per hour worked in USD at current prices and current PPPs; relative level = area / ${v.base} × 100 in the same year.`,
    nl: (v) => `Bbp per gewerkt uur volgens de OESO, in USD tegen lopende prijzen en lopende koopkrachtpariteiten; relatief niveau = gebied / ${v.base} × 100 in hetzelfde jaar.`,
  },
  'method.growth-accounting': {
    en: 'Törnqvist, year by year: Δln(Y/H) = (1−s̄)·Δln(K/H) + s̄·Δln(hc) + Δln TFP, with Y = rgdpna, K = rkna (capital services), H = emp × avh, hc = human capital, s̄ = labsh averaged over the two years; annual log changes ×100 averaged over the period.',
    nl: 'Törnqvist, jaar op jaar: Δln(Y/H) = (1−s̄)·Δln(K/H) + s̄·Δln(hc) + Δln TFP, met Y = rgdpna (reëel bbp), K = rkna (kapitaaldiensten), H = emp × avh (totaal gewerkte uren), hc = menselijk kapitaal, s̄ = labsh (arbeidsinkomensquote) gemiddeld over de twee jaren; jaarlijkse logaritmische veranderingen ×100, gemiddeld over de periode.',
  },
  'method.wages-vs-productivity': {
    en: (v) =>
      `Productivity = rgdpna / (emp × avh); real labour compensation per hour with two deflators: GDP deflator (producer real wage) = labsh × rgdpna / (emp × avh); consumer prices (consumer real wage) = labsh × nominal GDP / (emp × avh) / CPI, nominal GDP = cgdpo × pl_gdpo × xr (national currency), CPI an index of annual consumer price inflation; geometric average growth over ${v.period}; the GDP-deflated gap equals the change in the labour share.`,
    nl: (v) =>
      `Productiviteit = rgdpna / (emp × avh); reële beloning per uur met twee deflatoren: bbp-deflator (producentenloon) = labsh × rgdpna / (emp × avh); consumentenprijzen (consumentenloon, de gebruikelijke reële loongroei) = labsh × nominaal bbp / (emp × avh) / CPI, nominaal bbp = cgdpo × pl_gdpo × xr (nationale valuta), CPI een index van de jaarlijkse inflatie; meetkundig gemiddelde groei over ${v.period}; het verschil met de bbp-deflator komt overeen met de verandering van de arbeidsinkomensquote.`,
  },
  'method.rd-intensity.euro': {
    en: (v) =>
      `GERD as % of GDP per area (refreshed Eurostat/OECD data preferred over the OWID/UNESCO extract); gap = target − value. Euro gap = gap in pp × nominal GDP, GDP from OECD GDP per hour worked (national currency, current prices) × total hours, ${v.year}.`,
    nl: (v) =>
      `R&D-uitgaven (GERD) in % van het bbp per gebied (ververste gegevens van Eurostat/OESO gaan voor het OWID/UNESCO-extract); afstand = doelstelling − waarde. Afstand in euro = afstand in procentpunt × nominaal bbp; bbp = OESO-bbp per gewerkt uur (nationale valuta, lopende prijzen) × totaal gewerkte uren, ${v.year}.`,
  },
  'method.rd-intensity.no-euro': {
    en: (v) =>
      `GERD as % of GDP per area (refreshed Eurostat/OECD data preferred over the OWID/UNESCO extract); gap = target − value. No euro amount: nominal GDP in euros is only derived for euro-area members from the OECD levels data (${v.span}).`,
    nl: (v) =>
      `R&D-uitgaven (GERD) in % van het bbp per gebied (ververste gegevens van Eurostat/OESO gaan voor het OWID/UNESCO-extract); afstand = doelstelling − waarde. Geen bedrag in euro: nominaal bbp in euro wordt alleen voor landen van de eurozone afgeleid uit de OESO-gegevens over productiviteitsniveaus (${v.span}).`,
  },
  'method.scenario': {
    en: (v) => `Level effect = ((1+g+x)/(1+g))^N − 1 with g = ${num(v.growth, 3, 'en')} % a year, N = ${v.years}; years to close a gap = ln(gap ratio)/ln(1+x).`,
    nl: (v) => `Niveau-effect = ((1+g+x)/(1+g))^N − 1 met g = ${num(v.growth, 3, 'nl')} % per jaar, N = ${v.years}; jaren om een achterstand in te lopen = ln(verhouding van de niveaus)/ln(1+x).`,
  },
  'method.hours-and-employment': {
    en: 'Hours per worker = total hours worked / persons employed (OECD national accounts); growth rates geometric over the period; GDP at constant PPP (World Bank).',
    nl: 'Uren per werkende = totaal gewerkte uren / werkzame personen (OESO, nationale rekeningen); groeicijfers meetkundig gemiddeld over de periode; bbp in constante koopkrachtpariteiten (Wereldbank).',
  },

  // chart titles
  'chart.productivity-growth': {
    en: (v) => `GDP per hour worked, annual % change (${v.from}-${v.to})`,
    nl: (v) => `Bbp per gewerkt uur, jaarlijkse verandering in % (${v.from}-${v.to})`,
  },
  'chart.productivity-level': {
    en: (v) => `GDP per hour worked, ${v.base} = 100 (${v.from}-${v.to})`,
    nl: (v) => `Bbp per gewerkt uur, ${areaNl(v.base)} = 100 (${v.from}-${v.to})`,
  },
  'chart.hours-and-employment': { en: (v) => `Hours worked per person employed (${v.from}-${v.to})`, nl: (v) => `Gewerkte uren per werkzame persoon (${v.from}-${v.to})` },
  'chart.rd-intensity': { en: (v) => `R&D expenditure, % of GDP (${v.from}-${v.to})`, nl: (v) => `R&D-uitgaven, % van het bbp (${v.from}-${v.to})` },
  'chart.scenario': {
    en: (v) => `Productivity level, start = 100 (${areaName(String(v.area), 'en')}, baseline ${num(v.growth, 2, 'en')} % a year)`,
    nl: (v) => `Productiviteitsniveau, start = 100 (${areaTitle(String(v.area), 'nl')}, basispad ${num(v.growth, 2, 'nl')} % per jaar)`,
  },
  'chart.wages-vs-productivity': {
    en: (v) => `${areaTitle(String(v.area), 'en')}: productivity and real compensation per hour (${v.year} = 100)`,
    nl: (v) => `${areaTitle(String(v.area), 'nl')}: productiviteit en reële beloning per uur (${v.year} = 100)`,
  },
  'chart.growth-accounting': {
    en: (v) => `${areaTitle(String(v.area), 'en')}: growth accounting per hour worked, ${v.from}-${v.to} (pp a year)`,
    nl: (v) => `${areaTitle(String(v.area), 'nl')}: groeiboekhouding per gewerkt uur, ${v.from}-${v.to} (procentpunt per jaar)`,
  },

  // chart lines that are not areas
  'line.baseline': { en: 'baseline', nl: 'basispad' },
  'line.extra-pp': { en: (v) => `${signed(v.extra, 'en')} pp`, nl: (v) => `${signed(v.extra, 'nl')} procentpunt` },
  'line.capital-deepening': { en: 'capital deepening', nl: 'kapitaalverdieping' },
  'line.labour-quality': { en: 'labour quality', nl: 'kwaliteit van arbeid' },
  'line.tfp': { en: 'TFP', nl: 'TFP' },
  'line.gdp-per-hour': { en: 'GDP per hour', nl: 'bbp per uur' },
  'line.gdp-per-hour-total': { en: 'GDP per hour (total)', nl: 'bbp per uur (totaal)' },
  'line.compensation-gdp': { en: 'compensation per hour, GDP-deflated', nl: 'beloning per uur, bbp-gedefleerd' },
  'line.compensation-cpi': { en: 'compensation per hour, CPI-deflated', nl: 'beloning per uur, CPI-gedefleerd' },

  // the snapshot's series, as the weekly digest names them (before their " (dataset)")
  'series.gdp_ppp_const': { en: 'GDP, PPP (constant prices)', nl: 'Bbp in koopkrachtpariteiten (constante prijzen)' },
  'series.employed': { en: 'persons employed', nl: 'werkzame personen' },
  'series.total_hours': { en: 'total hours worked', nl: 'totaal gewerkte uren' },
  'series.rd_pct_gdp': { en: 'R&D expenditure', nl: 'R&D-uitgaven' },
  'series.gdp_per_hour_usd_ppp_current': { en: 'GDP per hour worked', nl: 'Bbp per gewerkt uur' },
  'series.gdp_per_hour_usd_ppp_2015': { en: 'GDP per hour worked (2015 prices)', nl: 'Bbp per gewerkt uur (prijzen van 2015)' },
  'series.gdp_per_hour_pct_us': { en: 'GDP per hour worked relative to the US', nl: 'Bbp per gewerkt uur ten opzichte van de VS' },
  'series.gdp_per_worker_pct_us': { en: 'GDP per person employed relative to the US', nl: 'Bbp per werkzame persoon ten opzichte van de VS' },
  'series.hours_per_worker': { en: 'average hours per worker', nl: 'gemiddeld aantal gewerkte uren per werkende' },
  'series.rtfpna': { en: 'TFP at constant national prices (2017=1)', nl: 'TFP tegen constante nationale prijzen (2017=1)' },
  'series.labsh': { en: 'labour share', nl: 'arbeidsinkomensquote' },
  'series.hc': { en: 'human capital index', nl: 'index van menselijk kapitaal' },
  'series.cpi_inflation_pct': { en: 'consumer price inflation', nl: 'inflatie (consumentenprijzen)' },
  'series.cgdpo': { en: 'GDP at current PPPs', nl: 'bbp in lopende koopkrachtpariteiten' },
  'series.pl_gdpo': { en: 'price level of GDP', nl: 'prijsniveau van het bbp' },
  'series.xr': { en: 'exchange rate', nl: 'wisselkoers' },
} satisfies Record<string, Record<Lang, Template>>;

export type MessageId = keyof typeof CATALOGUE;

/** A message of the catalogue with the values it is filled with. */
export interface Message {
  id: MessageId;
  values?: MessageValues;
}

export const msg = (id: MessageId, values?: MessageValues): Message => (values ? { id, values } : { id });

export const isMessageId = (id: string): id is MessageId => Object.hasOwn(CATALOGUE, id);

/** The message in `lang`. */
export function say(m: Message, lang: Lang): string {
  const t: Template = CATALOGUE[m.id][lang];
  return typeof t === 'string' ? t : t(m.values ?? {});
}

/** Every message id (for tests: each has both languages). */
export const MESSAGE_IDS = Object.keys(CATALOGUE) as MessageId[];
