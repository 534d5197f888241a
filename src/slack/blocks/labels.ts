// The few fixed words of the Slack messages, in the answer's language.
export type Lang = 'nl' | 'en';

export const LABELS = {
  nl: {
    sources: 'Bronnen',
    figures: 'Cijfers',
    source: 'Bron',
    retrieved: 'opgehaald',
    page: 'p.',
    pages: 'pp.',
    mode: { local: 'lokaal antwoord (extractief, zonder taalmodel)', llm: 'antwoord met taalmodel, gebaseerd op de bronnen' },
    uncited: '⚠️ *Zonder bronvermelding*: dit antwoord verwijst naar geen enkele bron. Controleer het zelf voor je het gebruikt.',
    abstained: 'De documenten geven hier geen antwoord op.',
    helpful: '👍 Nuttig',
    notHelpful: '👎 Niet nuttig',
    share: 'Deel in kanaal',
    continued: '(vervolg)',
    method: 'Methode',
    moreFigures: (n: number) => `_Nog ${n} cijfer${n === 1 ? '' : 's'} in de hele reeks (knop hieronder)._`,
    fullSeries: 'Hele reeks en grafiek',
    steps: { search: 'zoekt in het advies', indicator: 'berekent indicator', verify: 'controleert bronnen' },
    found: (n: number) => (n ? `${n} bron${n === 1 ? '' : 'nen'} gevonden` : 'geen passende passage gevonden'),
    feedbackPositive: 'Nuttig',
    feedbackNegative: 'Niet nuttig',
  },
  en: {
    sources: 'Sources',
    figures: 'Figures',
    source: 'Source',
    retrieved: 'retrieved',
    page: 'p.',
    pages: 'pp.',
    mode: { local: 'local answer (extractive, no language model)', llm: 'answer by a language model, grounded in the sources' },
    uncited: '⚠️ *Uncited*: this answer does not point to any source. Check it yourself before using it.',
    abstained: 'The documents do not answer this.',
    helpful: '👍 Helpful',
    notHelpful: '👎 Not helpful',
    share: 'Share in channel',
    continued: '(continued)',
    method: 'Method',
    moreFigures: (n: number) => `_${n} more figure${n === 1 ? '' : 's'} in the full series (button below)._`,
    fullSeries: 'Full series and chart',
    steps: { search: 'searching the advisory', indicator: 'computing indicator', verify: 'checking sources' },
    found: (n: number) => (n ? `${n} source${n === 1 ? '' : 's'} found` : 'no matching passage found'),
    feedbackPositive: 'Helpful',
    feedbackNegative: 'Not helpful',
  },
} as const;

export function labels(lang: Lang | undefined) {
  return LABELS[lang === 'en' ? 'en' : 'nl'];
}
