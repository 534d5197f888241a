// Figures quoted in SER Briefadvies 25/04 itself, with their pages (checked in
// corpus/ser-briefadvies-25-04.txt, pages separated by form feeds).
import type { Figure, FigureSource } from './types.ts';
import { figure } from './localise.ts';
import { msg, type MessageId } from './messages.ts';

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

const fig = (label: MessageId, value: number, unit: MessageId, period: ReturnType<typeof msg>, country: string, page: number): Figure =>
  figure(msg(label), value, msg(unit), period, country, advisorySource(page));
const asQuoted = (year: number) => msg('period.as-quoted', { year });

/** R&D spending NL 2.2 % of GDP, OECD average 2.7 %, Dutch and European ambition 3 % (p. 8). */
export const ADVISORY_RD = {
  nl: fig('label.rd.quoted', 2.2, 'unit.%-of-gdp', asQuoted(2025), 'NL', 8),
  oecd: fig('label.rd.oecd-quoted', 2.7, 'unit.%-of-gdp', asQuoted(2025), 'OECD', 8),
  ambition: fig('label.rd.ambition', 3, 'unit.%-of-gdp', msg('period.target'), 'NL', 8),
};

/** OECD estimate quoted on p. 8: AI can raise labour productivity growth by 0.4 to 0.9 percentage points a year. */
export const ADVISORY_AI = {
  low: fig('label.ai.low', 0.4, 'unit.pp-a-year', msg('period.per-year'), 'OECD', 8),
  high: fig('label.ai.high', 0.9, 'unit.pp-a-year', msg('period.per-year'), 'OECD', 8),
};

/** Letta report as quoted on p. 6: only 17 % of industrial SMEs export to other EU member states. */
export const ADVISORY_SME_EXPORT = fig('label.sme-export', 17, 'unit.%', asQuoted(2024), 'EU27', 6);

export const ADVISORY_FIGURES: Figure[] = [ADVISORY_RD.nl, ADVISORY_RD.oecd, ADVISORY_RD.ambition, ADVISORY_AI.low, ADVISORY_AI.high, ADVISORY_SME_EXPORT];
