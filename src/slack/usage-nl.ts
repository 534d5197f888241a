// /indicator usage in Dutch (pure): the CLI's usage text is generated in
// English from the zod schemas; in Slack, whose interface is Dutch, the same
// options are listed with Dutch explanations and defaults. An option this
// file does not know keeps its flag and placeholder, without the English text.
const PLACEHOLDER: Record<string, string> = { AREA: 'GEBIED', AREAS: 'GEBIEDEN', NUMBER: 'GETAL', NUMBERS: 'GETALLEN', STRING: 'TEKST', BOOLEAN: '' };

const OPTION_NL: Record<string, string> = {
  '--country': 'land of gebied: een code (NL, NLD), EU27, EA20, OECD of een naam (Nederland, Duitsland)',
  '--vs': 'vergelijken met (gebieden, gescheiden door komma’s)',
  '--from': 'eerste jaar van de periode',
  '--to': 'laatste jaar van de periode',
  '--year': 'jaar',
  '--target': 'doel voor de R&D-uitgaven in % van het bbp',
  '--extra-pp': 'extra groei in procentpunt per jaar (één of meer waarden, gescheiden door komma’s)',
  '--years': 'aantal jaren',
  '--period': 'own: elk gebied over zijn eigen periode (standaard); common: alle gebieden over de periode die ze gemeen hebben',
  '--gap': 'te dichten niveauverschil in % (optioneel)',
};
/** options whose meaning differs per indicator */
const OPTION_NL_BY_ID: Record<string, Record<string, string>> = {
  'productivity-level': { '--base': 'basisgebied dat op 100 staat: US of EU27' },
  scenario: { '--base': 'basisgroei in % per jaar', '--vs': 'gebied waarvan het productiviteitsniveau het te dichten verschil bepaalt, bijvoorbeeld US (optioneel)' },
};

const DEFAULT_NL: [RegExp, string][] = [
  [/^the latest year all areas have$/, 'het laatste jaar waarvoor alle gebieden cijfers hebben'],
  [/^the latest year with data$/, 'het laatste jaar met cijfers'],
  [/^(\d{4}) \(the last PWT ([\d.]+) year\)$/, '$1 (het laatste jaar van PWT $2)'],
  [/^([\d.]+) and ([\d.]+), the OECD AI estimate$/, '$1 en $2 (de OESO-schatting voor AI)'],
  [/^the country's average growth .*$/, 'de gemiddelde groei van het land over de laatste 10 jaar met cijfers'],
  [/^[A-Z0-9]{2,5}(, [A-Z0-9]{2,5})*$/, '$&'],
  [/^[\d.]+$/, '$&'],
];

function defaultNl(description: string): string | undefined {
  const m = /\(default ([^)]*)\)|default (.+?)(?: comma-separated (?:list|numbers))?$/.exec(description);
  const raw = (m?.[1] ?? m?.[2])?.trim();
  if (!raw) return undefined;
  const comma = (x: string) => x.replace(/\b(\d+)\.(\d+)\b/g, '$1,$2');
  for (const [re, nl] of DEFAULT_NL) if (re.test(raw)) return /PWT/.test(raw) ? raw.replace(re, nl) : comma(raw.replace(re, nl));
  return undefined;
}

/** The Dutch usage of one indicator from its English usage text and its Dutch title. */
export function usageNl(id: string, english: string, titleNl: string): string {
  const lines = english.split('\n');
  const usage = lines.find((l) => l.startsWith('Usage:'));
  const out = [`${id}: ${titleNl}`, ''];
  if (usage) {
    out.push(
      usage
        .replace(/^Usage:/, 'Gebruik:')
        .replace(/\[(--[a-z-]+) ([A-Z]+)\]/g, (_, flag: string, type: string) => {
          const ph = type === 'INTEGER' ? (/year|from|to/.test(flag) && flag !== '--years' ? 'JAAR' : 'AANTAL') : (PLACEHOLDER[type] ?? type);
          return ph ? `[${flag} ${ph}]` : `[${flag}]`;
        }),
      '',
    );
  }
  const options = lines.filter((l) => /^ {2}--[a-z-]+ /.test(l));
  const w = Math.max(0, ...options.map((l) => l.trim().split(/\s+/)[0]!.length));
  for (const l of options) {
    const [flag, ...rest] = l.trim().split(/\s+/);
    const description = rest.join(' ');
    const nl = OPTION_NL_BY_ID[id]?.[flag!] ?? OPTION_NL[flag!];
    const d = defaultNl(description);
    out.push(`  ${flag!.padEnd(w)}  ${nl ?? ''}${d ? `${nl ? '; ' : ''}standaard ${d}` : ''}`.trimEnd());
  }
  return out.join('\n');
}

/** The list of indicators, in Dutch. */
export function indicatorListNl(list: { id: string; title: string }[]): string {
  const w = Math.max(...list.map((i) => i.id.length));
  return ['Indicatoren (/indicator <id> [opties]; `/indicator help <id>` toont de opties van één indicator):', ...list.map((i) => `  ${i.id.padEnd(w)}  ${i.title}`)].join('\n');
}
