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
  redacted: (lang: Lang) => (lang === 'en' ? 'Confidential data removed from the answer' : 'Vertrouwelijke gegevens uit het antwoord verwijderd'),
  rejectedTool: (lang: Lang, n: number) =>
    lang === 'en' ? `${n} tool call(s) with invalid arguments refused` : `${n} toolaanroep(en) met ongeldige argumenten geweigerd`,
};
