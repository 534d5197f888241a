// Figures quoted in SER Briefadvies 25/04 itself, with their pages (checked in
// corpus/ser-briefadvies-25-04.txt, pages separated by form feeds).
import type { Figure, FigureSource } from './types.ts';

export const ADVISORY_DOC = 'ser-briefadvies-25-04';

export function advisorySource(page: number): FigureSource {
  return {
    dataset: 'SER Briefadvies 25/04 "Samenwerken voor arbeidsproductiviteitsgroei"',
    table: `p. ${page}`,
    publisher: 'Sociaal-Economische Raad',
    url: '',
    retrieved: '2025-06',
    doc: ADVISORY_DOC,
    page,
  };
}

const fig = (label: string, value: number, unit: string, period: string, country: string, page: number): Figure => ({
  label, value, unit, period, country, source: advisorySource(page),
});

/** R&D spending NL 2.2 % of GDP, OECD average 2.7 %, Dutch and European ambition 3 % (p. 8). */
export const ADVISORY_RD = {
  nl: fig('R&D expenditure, % of GDP (as quoted in the advisory)', 2.2, '% of GDP', 'as quoted (2025)', 'NL', 8),
  oecd: fig('R&D expenditure, OECD average, % of GDP (as quoted in the advisory)', 2.7, '% of GDP', 'as quoted (2025)', 'OECD', 8),
  ambition: fig('R&D ambition (Dutch and European), % of GDP', 3, '% of GDP', 'target', 'NL', 8),
};

/** OECD estimate quoted on p. 8: AI can raise labour productivity growth by 0.4 to 0.9 percentage points a year. */
export const ADVISORY_AI = {
  low: fig('AI: extra labour productivity growth, low estimate (OECD, as quoted in the advisory)', 0.4, 'pp a year', 'per year', 'OECD', 8),
  high: fig('AI: extra labour productivity growth, high estimate (OECD, as quoted in the advisory)', 0.9, 'pp a year', 'per year', 'OECD', 8),
};

/** Letta report as quoted on p. 6: only 17 % of industrial SMEs export to other EU member states. */
export const ADVISORY_SME_EXPORT = fig('Industrial SMEs exporting to other EU member states (Letta, as quoted in the advisory)', 17, '%', 'as quoted (2024)', 'EU27', 6);

export const ADVISORY_FIGURES: Figure[] = [ADVISORY_RD.nl, ADVISORY_RD.oecd, ADVISORY_RD.ambition, ADVISORY_AI.low, ADVISORY_AI.high, ADVISORY_SME_EXPORT];
