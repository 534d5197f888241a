import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.ts';

describe('detectLanguage', () => {
  it.each([
    ['Wat verstaat het advies onder kapitaalverdieping?', 'nl'],
    ['Waarom maakt de vergrijzing slimmer werken noodzakelijker?', 'nl'],
    ['Hoeveel procentpunt ligt de R&D-ambitie van 3 procent boven het OESO-gemiddelde?', 'nl'],
    ['Welke instelling vervult in Nederland de rol van National Productivity Board?', 'nl'],
    ['en voor het mkb?', 'nl'],
    ['What does the SER say about venture capital for scale-ups?', 'en'],
    ['How does the advisory describe total factor productivity?', 'en'],
    ['Do employers invest in training for labour migrants?', 'en'],
    ['Why is health important for productivity?', 'en'],
    ['Is the Dutch tax system geared to productive investment?', 'en'],
  ] as const)('%s → %s', (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });

  it('defaults to Dutch (the corpus language) when there is nothing to go on', () => {
    expect(detectLanguage('R&D 2030?')).toBe('nl');
    expect(detectLanguage('')).toBe('nl');
  });
});

describe('one detector for every reader', () => {
  it('reads a short English question without function words through the glossary', () => {
    // the two detectors that once disagreed here are one now
    expect(detectLanguage('Digital skills gap?')).toBe('en');
    expect(detectLanguage('Digitale vaardigheden?')).toBe('nl');
  });
});
