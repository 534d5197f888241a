// One area resolver for the whole bot: ISO2/ISO3 codes, Eurostat/OECD/World
// Bank aggregate codes, and Dutch or English names all map to the area codes
// used in the snapshot (ISO2 for countries, EU27, EA20, EA19, OECD, G7).
// Finding areas in a question's text is the question reading's (language/area-mentions.ts).

export interface Area {
  code: string; // snapshot code: NL, US, EU27, EA20, ...
  iso3?: string;
  en: string;
  nl: string;
  /** extra spellings and codes that mean this area (lower-cased on use) */
  aliases?: string[];
}

export const AREAS: Area[] = [
  { code: 'NL', iso3: 'NLD', en: 'the Netherlands', nl: 'Nederland', aliases: ['netherlands', 'holland', 'nederlandse', 'dutch'] },
  { code: 'EU27', en: 'the EU27', nl: 'de EU27', aliases: ['european union (27)', 'europese unie (27)', 'eu', 'eu27', 'eu-27', 'eu27_2020', 'euu', 'european union', 'europese unie', 'european union (27)', 'de eu', 'the eu'] },
  { code: 'EA20', en: 'the euro area', nl: 'de eurozone', aliases: ['euro area (20)', 'eurozone (20)', 'ea', 'ea20', 'ea-20', 'emu', 'euro area', 'eurozone', 'euro zone', 'eurogebied', 'het eurogebied', 'eurolanden', 'xc'] },
  { code: 'EA19', en: 'the euro area (19)', nl: 'de eurozone (19)', aliases: ['euro area (19)', 'eurozone (19)', 'ea19', 'ea-19'] },
  { code: 'OECD', en: 'OECD', nl: 'OESO', aliases: ['oecd', 'oeso', 'oed', 'oecd members', 'oecd countries', 'oeso-landen', 'oeso-gemiddelde', 'oecd average', 'oe'] },
  { code: 'G7', en: 'G7', nl: 'G7', aliases: ['g-7', 'g7'] },
  { code: 'US', iso3: 'USA', en: 'the United States', nl: 'de Verenigde Staten', aliases: ['united states', 'verenigde staten', 'usa', 'us', 'vs', 'u.s.', 'the us', 'the united states', 'america', 'amerika', 'de vs'] },
  { code: 'DE', iso3: 'DEU', en: 'Germany', nl: 'Duitsland' },
  { code: 'BE', iso3: 'BEL', en: 'Belgium', nl: 'België', aliases: ['belgie'] },
  { code: 'FR', iso3: 'FRA', en: 'France', nl: 'Frankrijk' },
  { code: 'DK', iso3: 'DNK', en: 'Denmark', nl: 'Denemarken' },
  { code: 'AT', iso3: 'AUT', en: 'Austria', nl: 'Oostenrijk' },
  { code: 'AU', iso3: 'AUS', en: 'Australia', nl: 'Australië', aliases: ['australie'] },
  { code: 'BG', iso3: 'BGR', en: 'Bulgaria', nl: 'Bulgarije' },
  { code: 'CA', iso3: 'CAN', en: 'Canada', nl: 'Canada' },
  { code: 'CH', iso3: 'CHE', en: 'Switzerland', nl: 'Zwitserland' },
  { code: 'CL', iso3: 'CHL', en: 'Chile', nl: 'Chili' },
  { code: 'CO', iso3: 'COL', en: 'Colombia', nl: 'Colombia' },
  { code: 'CR', iso3: 'CRI', en: 'Costa Rica', nl: 'Costa Rica' },
  { code: 'CY', iso3: 'CYP', en: 'Cyprus', nl: 'Cyprus' },
  { code: 'CZ', iso3: 'CZE', en: 'Czechia', nl: 'Tsjechië', aliases: ['czech republic', 'tsjechie'] },
  { code: 'EE', iso3: 'EST', en: 'Estonia', nl: 'Estland' },
  { code: 'ES', iso3: 'ESP', en: 'Spain', nl: 'Spanje' },
  { code: 'FI', iso3: 'FIN', en: 'Finland', nl: 'Finland' },
  { code: 'GB', iso3: 'GBR', en: 'the United Kingdom', nl: 'het Verenigd Koninkrijk', aliases: ['united kingdom', 'verenigd koninkrijk', 'uk', 'britain', 'great britain', 'vk'] },
  { code: 'GR', iso3: 'GRC', en: 'Greece', nl: 'Griekenland', aliases: ['el'] },
  { code: 'HR', iso3: 'HRV', en: 'Croatia', nl: 'Kroatië', aliases: ['kroatie'] },
  { code: 'HU', iso3: 'HUN', en: 'Hungary', nl: 'Hongarije' },
  { code: 'IE', iso3: 'IRL', en: 'Ireland', nl: 'Ierland' },
  { code: 'IL', iso3: 'ISR', en: 'Israel', nl: 'Israël', aliases: ['israel'] },
  { code: 'IS', iso3: 'ISL', en: 'Iceland', nl: 'IJsland' },
  { code: 'IT', iso3: 'ITA', en: 'Italy', nl: 'Italië', aliases: ['italie'] },
  { code: 'JP', iso3: 'JPN', en: 'Japan', nl: 'Japan' },
  { code: 'KR', iso3: 'KOR', en: 'Korea', nl: 'Zuid-Korea', aliases: ['south korea', 'korea, rep.'] },
  { code: 'LT', iso3: 'LTU', en: 'Lithuania', nl: 'Litouwen' },
  { code: 'LU', iso3: 'LUX', en: 'Luxembourg', nl: 'Luxemburg' },
  { code: 'LV', iso3: 'LVA', en: 'Latvia', nl: 'Letland' },
  { code: 'MT', iso3: 'MLT', en: 'Malta', nl: 'Malta' },
  { code: 'MX', iso3: 'MEX', en: 'Mexico', nl: 'Mexico' },
  { code: 'NO', iso3: 'NOR', en: 'Norway', nl: 'Noorwegen' },
  { code: 'NZ', iso3: 'NZL', en: 'New Zealand', nl: 'Nieuw-Zeeland' },
  { code: 'PL', iso3: 'POL', en: 'Poland', nl: 'Polen' },
  { code: 'PT', iso3: 'PRT', en: 'Portugal', nl: 'Portugal' },
  { code: 'RO', iso3: 'ROU', en: 'Romania', nl: 'Roemenië', aliases: ['roemenie'] },
  { code: 'SE', iso3: 'SWE', en: 'Sweden', nl: 'Zweden' },
  { code: 'SI', iso3: 'SVN', en: 'Slovenia', nl: 'Slovenië', aliases: ['slovenie'] },
  { code: 'SK', iso3: 'SVK', en: 'Slovakia', nl: 'Slowakije', aliases: ['slovak republic'] },
  { code: 'TR', iso3: 'TUR', en: 'Türkiye', nl: 'Turkije', aliases: ['turkey'] },
];

const BY_KEY = new Map<string, string>();
for (const a of AREAS) {
  for (const k of [a.code, a.iso3, a.en, a.nl, ...(a.aliases ?? [])]) {
    if (k) BY_KEY.set(normaliseAreaName(k), a.code);
  }
}

/** Every spelling and code that names an area (normalised) → its snapshot code; for readers of free text. */
export function areaSpellings(): ReadonlyMap<string, string> {
  return BY_KEY;
}

/** An area name as it is looked up: no accents, lower case, single spaces. */
export function normaliseAreaName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The snapshot code for a code or name ("NLD", "Nederland", "EU27_2020", "VS"), or null. */
export function resolveArea(name: string): string | null {
  if (typeof name !== 'string') return null;
  return BY_KEY.get(normaliseAreaName(name)) ?? null;
}

/** Area details for a snapshot code. */
export function areaInfo(code: string): Area | undefined {
  return AREAS.find((a) => a.code === code);
}

/** The area's name in a language ("the Netherlands", "de VS" style articles included), or the code when unknown. */
export function areaName(code: string, lang: 'nl' | 'en' = 'en'): string {
  const a = areaInfo(code);
  return a ? a[lang] : code;
}

/** The name with a capital first letter, for the start of a sentence or title. */
export function areaTitle(code: string, lang: 'nl' | 'en' = 'en'): string {
  const n = areaName(code, lang);
  return n.charAt(0).toUpperCase() + n.slice(1);
}

/** Snapshot code for a statistical-source code (ISO3, WDI aggregate, Eurostat geo, OECD REF_AREA). */
export function areaFromSourceCode(code: string): string | null {
  const special: Record<string, string> = {
    EUU: 'EU27', EU27_2020: 'EU27', EMU: 'EA20', EA20: 'EA20', EA19: 'EA19', OED: 'OECD', OECD: 'OECD', 'G-7': 'G7', EL: 'GR', UK: 'GB',
  };
  if (special[code]) return special[code];
  const a = AREAS.find((x) => x.iso3 === code || x.code === code);
  return a ? a.code : null;
}
