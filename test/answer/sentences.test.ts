import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/answer/sentences.ts';

describe('splitSentences', () => {
  it('keeps every sentence a verbatim substring at its offset', () => {
    const text = 'Dit vraagt vooral om slimmer werken. Arbeidsmarktkrapte door vergrijzing vergroot de noodzaak hiertoe: het aantal ouderen stijgt.\nHet CPB (2025) zegt o.a. dat dit klopt. Wat is hier precies aan de hand?';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'Dit vraagt vooral om slimmer werken.',
      'Arbeidsmarktkrapte door vergrijzing vergroot de noodzaak hiertoe: het aantal ouderen stijgt.',
      'Het CPB (2025) zegt o.a. dat dit klopt.',
      'Wat is hier precies aan de hand?',
    ]);
    for (const x of s) expect(text.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });

  it('splits bullets and list numbers, not abbreviations', () => {
    const text = 'Globaal gaat het om de volgende dimensies: 1. Kapitaalverdieping: o.a. door het inzetten van machines. • Zet in op reële loongroei in lijn met de groei. • Maak (cao-)afspraken over productiviteit.';
    const s = splitSentences(text).map((x) => x.text);
    expect(s).toContain('1. Kapitaalverdieping: o.a. door het inzetten van machines.');
    expect(s).toContain('• Zet in op reële loongroei in lijn met de groei.');
    expect(s).toContain('• Maak (cao-)afspraken over productiviteit.');
  });

  it('keeps endnote numbers with their sentence and merges short fragments', () => {
    const text = 'Er is meer ruimte nodig voor nieuwe koplopers.9 Een derde knelpunt is dat het MKB weinig doorgroei vertoont.10';
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      'Er is meer ruimte nodig voor nieuwe koplopers.9',
      'Een derde knelpunt is dat het MKB weinig doorgroei vertoont.10',
    ]);
    expect(splitSentences('Ja. Dat is zo, zegt de SER in dit advies.').map((x) => x.text)).toEqual(['Ja. Dat is zo, zegt de SER in dit advies.']);
  });

  it('does not split a sentence across a column break that continues in lower case', () => {
    const text = 'De basis moet op orde zijn, maar ook de\ndigitale basisvaardigheden beheersen. Zonder dat is verdere ontwikkeling moeilijk.';
    expect(splitSentences(text)[0]!.text).toBe('De basis moet op orde zijn, maar ook de\ndigitale basisvaardigheden beheersen.');
  });
});
