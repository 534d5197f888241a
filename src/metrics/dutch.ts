// Dutch wording of indicator output, for renderers only. Figures, units and
// methods stay English in the data (JSON, tools); a Dutch answer, Slack view or
// digest translates them here at render time. Pure: exact phrases and ordered
// regex rewrites of the templates in indicators/*.ts; anything not recognised
// is returned unchanged (English), never thrown on.
import { AREAS } from './areas.ts';
import type { ChartSeries, Figure } from './types.ts';

type Rule = [RegExp, (...m: string[]) => string | undefined];

/** An English number ("3.0", "-0.5") with a Dutch decimal comma. */
const nlNum = (s: string) => s.replace('.', ',');
/** "+0.4" / "+-0.5" (x as the indicator writes it) → "+0,4" / "-0,5". */
const signed = (s: string) => (s.startsWith('-') ? nlNum(s) : `+${nlNum(s)}`);
const NUM = String.raw`(-?\d+(?:\.\d+)?)`;
const AREA = String.raw`([A-Z][A-Z0-9]{1,5})`; // snapshot area codes: NL, EU27, EA20, OECD
const AS_QUOTED = 'zoals genoemd in het advies';

/** English area names (as in areas.ts) → Dutch, longest first so "the euro area (19)" wins over "the euro area". */
const AREA_NAMES: [string, string][] = AREAS.map((a) => [a.en, a.nl] as [string, string]).sort((x, y) => y[0].length - x[0].length);
const areaNameNl = (en: string) => AREA_NAMES.find(([e]) => e === en)?.[1] ?? en;

const LABELS: Record<string, string> = {
  // productivity-growth, productivity-level, hours-and-employment, wages-vs-productivity
  'GDP per hour worked': 'Bbp per gewerkt uur',
  'GDP per hour worked, average annual growth': 'Bbp per gewerkt uur, gemiddelde jaarlijkse groei',
  'GDP per hour worked, level': 'Bbp per gewerkt uur, niveau',
  'GDP per hour worked, annual change': 'Bbp per gewerkt uur, jaarlijkse verandering',
  'GDP per person employed, average annual growth': 'Bbp per werkzame persoon, gemiddelde jaarlijkse groei',
  'Hours worked per person employed': 'Gewerkte uren per werkzame persoon',
  'Hours worked per person employed, change': 'Gewerkte uren per werkzame persoon, verandering',
  'Employment, average annual growth': 'Werkgelegenheid (werkzame personen), gemiddelde jaarlijkse groei',
  'Real labour compensation per hour (GDP deflator), average annual growth': 'Reële beloning per uur (bbp-deflator), gemiddelde jaarlijkse groei',
  'Gap: productivity growth minus compensation growth': 'Verschil: productiviteitsgroei min beloningsgroei',
  'Real labour compensation per hour (consumer prices, CPI), average annual growth': 'Reële beloning per uur (consumentenprijzen, CPI), gemiddelde jaarlijkse groei',
  'Gap: productivity growth minus CPI-deflated compensation growth': 'Verschil: productiviteitsgroei min CPI-gedefleerde beloningsgroei',
  'Inflation, consumer prices (annual %)': 'Inflatie, consumentenprijzen (% per jaar)',
  'consumer price inflation': 'inflatie (consumentenprijzen)',
  'GDP at current PPPs': 'bbp in lopende koopkrachtpariteiten',
  'price level of GDP': 'prijsniveau van het bbp',
  'exchange rate': 'wisselkoers',
  'Labour share of GDP, start': 'Arbeidsinkomensquote (loonaandeel in het bbp), begin',
  'Labour share of GDP, end': 'Arbeidsinkomensquote (loonaandeel in het bbp), eind',
  // growth-accounting
  'Labour productivity (GDP per hour worked), average annual growth': 'Arbeidsproductiviteit (bbp per gewerkt uur), gemiddelde jaarlijkse groei',
  'Contribution of capital deepening (capital services per hour)': 'Bijdrage van kapitaalverdieping (kapitaaldiensten per uur)',
  'Contribution of labour quality (human capital)': 'Bijdrage van kwaliteit van arbeid (menselijk kapitaal)',
  'Contribution of total factor productivity (TFP)': 'Bijdrage van totale factorproductiviteit (TFP)',
  'Average labour share of GDP': 'Gemiddelde arbeidsinkomensquote (loonaandeel in het bbp)',
  'TFP growth in PWT itself (rtfpna), for comparison': 'TFP-groei volgens de PWT zelf (rtfpna), ter vergelijking',
  // rd-intensity and the advisory's own figures (advisory.ts)
  'R&D expenditure (GERD), % of GDP': 'R&D-uitgaven (GERD) in % van het bbp',
  'Nominal GDP (OECD GDP per hour, national currency × total hours)': 'Nominaal bbp (OESO-bbp per gewerkt uur in nationale valuta × totaal gewerkte uren)',
  'R&D expenditure, % of GDP (as quoted in the advisory)': `R&D-uitgaven in % van het bbp (${AS_QUOTED})`,
  'R&D expenditure, OECD average, % of GDP (as quoted in the advisory)': `R&D-uitgaven, OESO-gemiddelde, in % van het bbp (${AS_QUOTED})`,
  'R&D ambition (Dutch and European), % of GDP': 'R&D-ambitie (Nederlands en Europees) in % van het bbp',
  'AI: extra labour productivity growth, low estimate (OECD, as quoted in the advisory)': `AI: extra groei van de arbeidsproductiviteit, lage schatting (OESO, ${AS_QUOTED})`,
  'AI: extra labour productivity growth, high estimate (OECD, as quoted in the advisory)': `AI: extra groei van de arbeidsproductiviteit, hoge schatting (OESO, ${AS_QUOTED})`,
  'Industrial SMEs exporting to other EU member states (Letta, as quoted in the advisory)': `Industriële mkb-bedrijven die naar andere EU-lidstaten exporteren (Letta, ${AS_QUOTED})`,
  // scenario
  'Baseline growth of GDP per hour worked': 'Basisgroei van het bbp per gewerkt uur',
  // series of the weekly digest (digest/sources.ts), before their " (dataset)"
  'GDP, PPP (constant prices)': 'Bbp in koopkrachtpariteiten (constante prijzen)',
  'persons employed': 'werkzame personen',
  'total hours worked': 'totaal gewerkte uren',
  'R&D expenditure': 'R&D-uitgaven',
  'GDP per hour worked (2015 prices)': 'Bbp per gewerkt uur (prijzen van 2015)',
  'GDP per hour worked relative to the US': 'Bbp per gewerkt uur ten opzichte van de VS',
  'GDP per person employed relative to the US': 'Bbp per werkzame persoon ten opzichte van de VS',
  'average hours per worker': 'gemiddeld aantal gewerkte uren per werkende',
  'TFP at constant national prices (2017=1)': 'TFP tegen constante nationale prijzen (2017=1)',
  'labour share': 'arbeidsinkomensquote',
  'human capital index': 'index van menselijk kapitaal',
};

const LABEL_RULES: Rule[] = [
  [/^(.+) \(euro area as EA19 in this dataset\)$/, (_, head) => withTail(head, ' (eurozone als EA19 in deze dataset)')],
  [new RegExp(`^GDP per hour worked relative to ${AREA} = 100$`), (_, a) => `Bbp per gewerkt uur ten opzichte van ${a} (= 100)`],
  [new RegExp(`^Gap to the ${NUM} % target$`), (_, t) => `Afstand tot de doelstelling van ${nlNum(t)} %`],
  [new RegExp(`^Extra R&D spending needed to reach ${NUM} % of GDP$`), (_, t) => `Extra R&D-uitgaven nodig om ${nlNum(t)} % van het bbp te halen`],
  [new RegExp(`^Ambition \\(${NUM} %\\) above the OECD average \\(${NUM} %\\), as quoted in the advisory$`), (_, a, o) => `Ambitie (${nlNum(a)} %) boven het OESO-gemiddelde (${nlNum(o)} %), ${AS_QUOTED}`],
  [new RegExp(`^${AREA} \\(${NUM} %\\) below the (ambition|OECD average) \\(${NUM} %\\), as quoted in the advisory$`), (_, c, v, what, w) =>
    `${c} (${nlNum(v)} %) onder ${what === 'ambition' ? 'de ambitie' : 'het OESO-gemiddelde'} (${nlNum(w)} %), ${AS_QUOTED}`],
  [/^Baseline: cumulative growth after (\d+) years$/, (_, n) => `Basispad: cumulatieve groei na ${n} jaar`],
  [new RegExp(`^Productivity level after (\\d+) years with \\+?${NUM} pp a year, relative to baseline$`), (_, n, x) =>
    `Productiviteitsniveau na ${n} jaar bij ${signed(x)} procentpunt per jaar, ten opzichte van het basispad`],
  [new RegExp(`^Cumulative growth after (\\d+) years at ${NUM} % a year$`), (_, n, g) => `Cumulatieve groei na ${n} jaar bij ${nlNum(g)} % per jaar`],
  [new RegExp(`^Level gap: ${AREA} GDP per hour above ${AREA}$`), (_, a, b) => `Niveauverschil: bbp per gewerkt uur in ${a} hoger dan in ${b}`],
  [new RegExp(`^Years to close a ${NUM} % level gap(?: \\((.+) vs (.+), GDP per hour (\\d{4})\\))? growing ${NUM} pp a year faster$`), (_, gap, lead, lag, y, x) =>
    `Jaren om een niveauachterstand van ${nlNum(gap)} % in te lopen` +
    (lead ? ` (${areaNameNl(lead)} ten opzichte van ${areaNameNl(lag)}, bbp per gewerkt uur ${y})` : '') +
    ` bij ${nlNum(x)} procentpunt per jaar snellere groei`],
];

function rewrite(text: string, exact: Record<string, string>, rules: Rule[]): string | undefined {
  if (Object.hasOwn(exact, text)) return exact[text];
  for (const [re, to] of rules) {
    const m = re.exec(text);
    if (m) {
      const out = to(...m.map((s) => s ?? ''));
      if (out !== undefined) return out;
    }
  }
  return undefined;
}

/** A translated head with a Dutch tail, or undefined when the head is unknown (so the whole label stays English). */
function withTail(head: string, tail: string): string | undefined {
  const nl = rewrite(head, LABELS, LABEL_RULES);
  return nl === undefined ? undefined : nl + tail;
}

/** The Dutch label of a figure (Figure.label); an unknown label is returned unchanged. */
export function figureLabelNl(label: string): string {
  if (typeof label !== 'string') return label;
  return rewrite(label, LABELS, LABEL_RULES) ?? label;
}

/**
 * The Dutch label of a digest series: "<series label> (<dataset>)". The
 * dataset name is a proper name and stays as published. Mid-sentence, so a
 * leading "Bbp" is written "bbp".
 */
export function seriesLabelNl(label: string): string {
  if (typeof label !== 'string') return label;
  const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  const whole = rewrite(label, LABELS, LABEL_RULES);
  if (whole !== undefined) return lower(whole);
  for (let i = label.lastIndexOf(' ('); i > 0; i = label.lastIndexOf(' (', i - 1)) {
    const head = rewrite(label.slice(0, i), LABELS, LABEL_RULES);
    if (head !== undefined) return lower(head) + label.slice(i);
  }
  return label;
}

const UNITS: Record<string, string> = {
  '%': '%',
  '% a year': '% per jaar',
  '% higher': '% hoger',
  '% lower': '% lager',
  '% change': '% verandering',
  '% of GDP': '% van het bbp',
  'pp': 'procentpunt',
  'pp a year': 'procentpunt per jaar',
  'pp of GDP': 'procentpunt van het bbp',
  'USD (constant PPP) per hour': 'USD per uur (constante koopkrachtpariteiten)',
  'USD per hour (current PPP)': 'USD per uur (lopende koopkrachtpariteiten)',
  'USD PPP (current)': 'USD in koopkrachtpariteiten (lopende prijzen)',
  'USD PPP (2015)': 'USD in koopkrachtpariteiten (prijzen van 2015)',
  'intl $ (PPP, constant)': 'internationale $ (koopkrachtpariteiten, constante prijzen)',
  'EUR bn': 'mld. euro',
  'EUR bn a year': 'mld. euro per jaar',
  'hours': 'uur',
  'hours a year': 'uur per jaar',
  'persons': 'personen',
  'years': 'jaar',
  'index': 'index',
  'log points × 100': 'logpunten × 100',
  'never (no extra growth)': 'nooit (geen extra groei)',
};
const UNIT_RULES: Rule[] = [
  [new RegExp(`^index \\(${AREA}=100\\)$`), (_, a) => `index (${a}=100)`],
  [/^index (\d{4}) = 100$/, (_, y) => `index ${y} = 100`],
];

/** The Dutch unit of a figure (Figure.unit); an unknown unit is returned unchanged. */
export function unitNl(unit: string): string {
  if (typeof unit !== 'string') return unit;
  return rewrite(unit, UNITS, UNIT_RULES) ?? unit;
}

const PERIODS: Record<string, string> = { target: 'doelstelling', 'per year': 'per jaar', assumed: 'aangenomen' };
const PERIOD_RULES: Rule[] = [
  [/^as quoted \((\d{4})\)$/, (_, y) => `zoals genoemd (${y})`],
  [/^(\d+) years?$/, (_, n) => `${n} jaar`],
];

/** The Dutch period of a figure (years and spans stay as they are: "2014-2024"). */
export function periodNl(period: string): string {
  if (typeof period !== 'string') return period;
  return rewrite(period, PERIODS, PERIOD_RULES) ?? period;
}

/** A figure as a Dutch renderer shows it: label, unit and period in Dutch; value, area and source unchanged. */
export function figureNl(f: Figure): Figure {
  return { ...f, label: figureLabelNl(f.label), unit: unitNl(f.unit), period: periodNl(f.period) };
}

const EUR_NOTE_RULES: Rule[] = [
  [/^Euro gap = gap in pp × nominal GDP, GDP from OECD GDP per hour worked \(national currency, current prices\) × total hours, (\d{4})\.$/, (_, y) =>
    `Afstand in euro = afstand in procentpunt × nominaal bbp; bbp = OESO-bbp per gewerkt uur (nationale valuta, lopende prijzen) × totaal gewerkte uren, ${y}.`],
  [/^No euro amount: nominal GDP in euros is only derived for euro-area members from the OECD levels data \((\d{4}-\d{4})\)\.$/, (_, span) =>
    `Geen bedrag in euro: nominaal bbp in euro wordt alleen voor landen van de eurozone afgeleid uit de OESO-gegevens over productiviteitsniveaus (${span}).`],
];

/** Per indicator id: the shapes of its English method line and their Dutch wording. */
const METHOD_RULES: Record<string, Rule[]> = {
  'productivity-growth': [
    [/^GDP at constant PPP \(World Bank NY\.GDP\.MKTP\.PP\.KD\) divided by total hours worked \(OECD\); average annual growth = \(level (\d{4}) \/ level (\d{4})\)\^\(1\/(\d+)\) − 1\.$/, (_, to, from, n) =>
      `Bbp in constante koopkrachtpariteiten (Wereldbank NY.GDP.MKTP.PP.KD) gedeeld door het totaal aantal gewerkte uren (OESO); gemiddelde jaarlijkse groei = (niveau ${to} / niveau ${from})^(1/${n}) − 1.`],
  ],
  'productivity-level': [
    [new RegExp(`^OECD GDP per hour worked in USD at current prices and current PPPs; relative level = area \\/ ${AREA} × 100 in the same year\\.$`), (_, b) =>
      `Bbp per gewerkt uur volgens de OESO, in USD tegen lopende prijzen en lopende koopkrachtpariteiten; relatief niveau = gebied / ${b} × 100 in hetzelfde jaar.`],
  ],
  'growth-accounting': [
    [/^Törnqvist, year by year: Δln\(Y\/H\) = \(1−s̄\)·Δln\(K\/H\) \+ s̄·Δln\(hc\) \+ Δln TFP, with Y = rgdpna, K = rkna \(capital services\), H = emp × avh, hc = human capital, s̄ = labsh averaged over the two years; annual log changes ×100 averaged over the period\.$/, () =>
      'Törnqvist, jaar op jaar: Δln(Y/H) = (1−s̄)·Δln(K/H) + s̄·Δln(hc) + Δln TFP, met Y = rgdpna (reëel bbp), K = rkna (kapitaaldiensten), H = emp × avh (totaal gewerkte uren), hc = menselijk kapitaal, s̄ = labsh (arbeidsinkomensquote) gemiddeld over de twee jaren; jaarlijkse logaritmische veranderingen ×100, gemiddeld over de periode.'],
  ],
  'wages-vs-productivity': [
    [/^Productivity = rgdpna \/ \(emp × avh\); real labour compensation per hour with two deflators: GDP deflator \(producer real wage\) = labsh × rgdpna \/ \(emp × avh\); consumer prices \(consumer real wage\) = labsh × nominal GDP \/ \(emp × avh\) \/ CPI, nominal GDP = cgdpo × pl_gdpo × xr \(national currency\), CPI an index of annual consumer price inflation; geometric average growth over (\d{4}-\d{4}); the GDP-deflated gap equals the change in the labour share\.$/, (_, period) =>
      `Productiviteit = rgdpna / (emp × avh); reële beloning per uur met twee deflatoren: bbp-deflator (producentenloon) = labsh × rgdpna / (emp × avh); consumentenprijzen (consumentenloon, de gebruikelijke reële loongroei) = labsh × nominaal bbp / (emp × avh) / CPI, nominaal bbp = cgdpo × pl_gdpo × xr (nationale valuta), CPI een index van de jaarlijkse inflatie; meetkundig gemiddelde groei over ${period}; het verschil met de bbp-deflator komt overeen met de verandering van de arbeidsinkomensquote.`],
  ],
  'rd-intensity': [
    [/^GERD as % of GDP per area \(refreshed Eurostat\/OECD data preferred over the OWID\/UNESCO extract\); gap = target − value\. (.+)$/, (_, note) => {
      const noteNl = rewrite(note, {}, EUR_NOTE_RULES);
      return noteNl === undefined
        ? undefined
        : `R&D-uitgaven (GERD) in % van het bbp per gebied (ververste gegevens van Eurostat/OESO gaan voor het OWID/UNESCO-extract); afstand = doelstelling − waarde. ${noteNl}`;
    }],
  ],
  scenario: [
    [new RegExp(`^Level effect = \\(\\(1\\+g\\+x\\)\\/\\(1\\+g\\)\\)\\^N − 1 with g = ${NUM} % a year, N = (\\d+); years to close a gap = ln\\(gap ratio\\)\\/ln\\(1\\+x\\)\\.$`), (_, g, n) =>
      `Niveau-effect = ((1+g+x)/(1+g))^N − 1 met g = ${nlNum(g)} % per jaar, N = ${n}; jaren om een achterstand in te lopen = ln(verhouding van de niveaus)/ln(1+x).`],
  ],
  'hours-and-employment': [
    [/^Hours per worker = total hours worked \/ persons employed \(OECD national accounts\); growth rates geometric over the period; GDP at constant PPP \(World Bank\)\.$/, () =>
      'Uren per werkende = totaal gewerkte uren / werkzame personen (OESO, nationale rekeningen); groeicijfers meetkundig gemiddeld over de periode; bbp in constante koopkrachtpariteiten (Wereldbank).'],
  ],
};

/** The Dutch method line of an indicator result; a shape not recognised stays English. */
export function methodNl(indicatorId: string, method: string): string {
  if (typeof method !== 'string') return method;
  const rules = Object.hasOwn(METHOD_RULES, indicatorId) ? METHOD_RULES[indicatorId] : undefined;
  return (rules && rewrite(method, {}, rules)) ?? method;
}

const TITLE_RULES: Record<string, Rule[]> = {
  'productivity-growth': [[/^GDP per hour worked, average annual growth$/, () => LABELS['GDP per hour worked, average annual growth']]],
  'productivity-level': [[new RegExp(`^GDP per hour worked relative to ${AREA} = 100$`), (_, b) => `Bbp per gewerkt uur ten opzichte van ${b} (= 100)`]],
  'growth-accounting': [[/^Growth accounting per hour worked$/, () => 'Groeiboekhouding per gewerkt uur']],
  'wages-vs-productivity': [[/^Real labour compensation and productivity per hour$/, () => 'Reële beloning en productiviteit per uur']],
  'rd-intensity': [[/^R&D expenditure as % of GDP$/, () => 'R&D-uitgaven in % van het bbp']],
  scenario: [[/^Level effect of extra productivity growth after (\d+) years$/, (_, n) => `Niveau-effect van extra productiviteitsgroei na ${n} jaar`]],
  'hours-and-employment': [[/^Hours per worker and employment$/, () => 'Uren per werkende en werkgelegenheid']],
};

/** The Dutch title of an indicator result (IndicatorResult.title); unknown titles stay English. */
export function titleNl(indicatorId: string, title: string): string {
  if (typeof title !== 'string') return title;
  const rules = Object.hasOwn(TITLE_RULES, indicatorId) ? TITLE_RULES[indicatorId] : undefined;
  return (rules && rewrite(title, {}, rules)) ?? title;
}

/** "The Netherlands" (an English area title) → "Nederland"; an unknown name stays. */
function areaTitleNl(en: string): string {
  const nl = AREA_NAMES.find(([e]) => e.toLowerCase() === en.toLowerCase())?.[1];
  return nl ? nl.charAt(0).toUpperCase() + nl.slice(1) : en;
}

const CHART_TITLE_RULES: Rule[] = [
  [/^GDP per hour worked, annual % change \((.+)\)$/, (_, p) => `Bbp per gewerkt uur, jaarlijkse verandering in % (${p})`],
  [new RegExp(`^GDP per hour worked, ${AREA} = 100(?: \\((\\d{4}-\\d{4})\\))?$`), (_, a, p) => `Bbp per gewerkt uur, ${a === 'US' ? 'VS' : a} = 100${p ? ` (${p})` : ''}`],
  [/^Hours worked per person employed(?: \((\d{4}-\d{4})\))?$/, (_, p) => `Gewerkte uren per werkzame persoon${p ? ` (${p})` : ''}`],
  [/^R&D expenditure, % of GDP(?: \((\d{4}-\d{4})\))?$/, (_, p) => `R&D-uitgaven, % van het bbp${p ? ` (${p})` : ''}`],
  [new RegExp(`^Productivity level, start = 100 \\((.+), baseline ${NUM} % a year\\)$`), (_, c, g) =>
    `Productiviteitsniveau, start = 100 (${areaTitleNl(c)}, basispad ${nlNum(g)} % per jaar)`],
  [/^(.+): productivity and real compensation per hour \((\d{4}) = 100\)$/, (_, c, y) => `${areaTitleNl(c)}: productiviteit en reële beloning per uur (${y} = 100)`],
  [/^(.+): growth accounting per hour worked, (.+) \(pp a year\)$/, (_, c, p) => `${areaTitleNl(c)}: groeiboekhouding per gewerkt uur, ${p} (procentpunt per jaar)`],
];
const CHART_LINES: Record<string, string> = {
  baseline: 'basispad',
  'capital deepening': 'kapitaalverdieping',
  'labour quality': 'kwaliteit van arbeid',
  'GDP per hour': 'bbp per uur',
  'GDP per hour (total)': 'bbp per uur (totaal)',
  'compensation per hour, CPI-deflated': 'beloning per uur, CPI-gedefleerd',
  'compensation per hour, GDP-deflated': 'beloning per uur, bbp-gedefleerd',
  'compensation per hour': 'beloning per uur',
  'compensation per hour, GDP-deflated (producer)': 'beloning per uur, bbp-gedefleerd',
};
const CHART_LINE_RULES: Rule[] = [[new RegExp(`^\\+?${NUM} pp$`), (_, x) => `${signed(x)} procentpunt`]];

/** A chart series as a Dutch renderer draws it: title, unit and line names in Dutch; points and sources unchanged. */
export function chartNl(series: ChartSeries): ChartSeries {
  const line = (name: string) => rewrite(name, CHART_LINES, CHART_LINE_RULES) ?? name;
  return {
    ...series,
    title: rewrite(series.title, {}, CHART_TITLE_RULES) ?? series.title,
    unit: unitNl(series.unit),
    lines: series.lines.map((l) => ({ ...l, country: line(l.country) })),
    ...(series.total ? { total: { ...series.total, country: line(series.total.country) } } : {}),
    ...(series.rules ? { rules: series.rules.map((r) => (r.country ? { ...r, country: line(r.country) } : r)) } : {}),
  };
}
