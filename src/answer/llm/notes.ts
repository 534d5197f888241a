// The visible notes the LLM path adds to an answer, in the question's language.
type Lang = 'nl' | 'en';

export const notes = {
  fallback: (lang: Lang, reason: string) =>
    lang === 'en' ? `LLM answer unavailable; local answer (${reason})` : `LLM-antwoord niet beschikbaar; lokaal antwoord (${reason})`,
  uncited: (lang: Lang) =>
    lang === 'en' ? 'LLM answer without a supported citation; local answer' : 'LLM-antwoord zonder ondersteunde bronvermelding; lokaal antwoord',
  removedMarkers: (lang: Lang, markers: number[]) => {
    const list = markers.map((n) => `[${n}]`).join(', ');
    return lang === 'en' ? `Citation(s) without a matching source removed: ${list}` : `Bronverwijzing(en) zonder passende bron verwijderd: ${list}`;
  },
  unsupported: (lang: Lang, removed: number, total: number) =>
    lang === 'en'
      ? `LLM answer mostly not supported by its sources (${removed} of ${total} sentences removed); local answer`
      : `LLM-antwoord grotendeels niet gesteund door de bronnen (${removed} van ${total} zinnen weggelaten); lokaal antwoord`,
  removedSentences: (lang: Lang, n: number) =>
    lang === 'en' ? `${n} sentence(s) not supported by the sources removed` : `${n} zin(nen) zonder steun in de bronnen weggelaten`,
  removedOutside: (lang: Lang, items: string[]) =>
    lang === 'en'
      ? `Links, e-mail addresses or page numbers not in the sources removed: ${items.join(', ')}`
      : `Links, e-mailadressen of paginanummers die niet in de bronnen staan weggelaten: ${items.join(', ')}`,
  redacted: (lang: Lang) => (lang === 'en' ? 'Confidential data removed from the answer' : 'Vertrouwelijke gegevens uit het antwoord verwijderd'),
  rejectedTool: (lang: Lang, n: number) =>
    lang === 'en' ? `${n} tool call(s) with invalid arguments refused` : `${n} toolaanroep(en) met ongeldige argumenten geweigerd`,
};
