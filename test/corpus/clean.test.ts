import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument, dropRunningHeaders, parseToc } from '../../src/corpus/clean.ts';
import { splitFormFeedPages } from '../../src/corpus/load.ts';
import { buildVocabulary, joinLines, stripEndnotes } from '../../src/corpus/text-repair.ts';

const TXT = readFileSync(new URL('../../corpus/ser-briefadvies-25-04.txt', import.meta.url), 'utf8');
const pages = cleanDocument(splitFormFeedPages(TXT));
const page = (n: number) => pages.find((p) => p.page === n)!;
const all = pages.map((p) => p.text).join('\n');

describe('hyphenation', () => {
  const vocab = buildVocabulary(['mkb-bedrijven en het Letta-rapport en PISA-scores; Europese landen; brede welvaart']);
  it('undoes line-end hyphenation', () => {
    expect(joinLines(['de arbeidsproductiviteits-', 'groei stijgt'], vocab)).toBe('de arbeidsproductiviteitsgroei stijgt');
    expect(joinLines(['is belang-', 'rijk'], vocab)).toBe('is belangrijk');
    expect(joinLines(['de Euro-', 'pese markt'], vocab)).toBe('de Europese markt');
    expect(joinLines(['Bre-', 'de welvaart'], vocab)).toBe('Brede welvaart');
  });
  it('keeps real hyphens', () => {
    expect(joinLines(['innovatieve mkb-', 'bedrijven'], vocab)).toBe('innovatieve mkb-bedrijven');
    expect(joinLines(['het Letta- ', 'rapport wijst'], vocab)).toBe('het Letta-rapport wijst');
    expect(joinLines(['achterblijvende PISA- ', 'scores.13'], vocab)).toBe('achterblijvende PISA-scores.13');
    expect(joinLines(['hogere R&D-', 'uitgaven'], vocab)).toBe('hogere R&D-uitgaven');
    expect(joinLines(['vervangings-', 'en uitbreidingsvraag'], vocab)).toBe('vervangings- en uitbreidingsvraag');
  });
  it('in the advisory', () => {
    for (const w of ['arbeidsproductiviteitsgroei via de volgende sporen', 'belangrijk voor de toekomst', 'mkb-bedrijven', 'R&D-uitgaven', 'SER-advies', 'Letta-rapport wijst', 'PISA-scores', 'R&D-intensieve', 'OESO-landen', 'werkt dempend op'])
      expect(all).toContain(w);
    expect(all).not.toMatch(/belang- ?rijk|Letta- rapport|PISA- scores|Euro- ?pese/);
  });
});

describe('endnotes', () => {
  it('detaches endnote numbers glued to words', () => {
    expect(stripEndnotes('het realiseren van transities.1')).toBe('het realiseren van transities.');
    expect(stripEndnotes('kan verhogen30, al lopen')).toBe('kan verhogen, al lopen');
    expect(stripEndnotes('van de arbeidsproductiviteit,4 terwijl')).toBe('van de arbeidsproductiviteit, terwijl');
  });
  it('leaves numbers that are not endnotes', () => {
    for (const s of ['(CPB, 2025).', 'R&D-uitgaven (2,2 procent)', 'met 0,4 à 0,9 procent', 'opslaan van CO2).', 'ambities (3 procent)', 'van 800 Europese regio’s', 'paragraaf 3.3 komen', 'Briefadvies 25/04'])
      expect(stripEndnotes(s, { last: 40 })).toBe(s);
  });
  it('in the advisory', () => {
    expect(page(4).text).toContain('het realiseren van transities.\n');
    expect(page(8).text).toContain('kan verhogen, al lopen');
    expect(page(4).text).toContain('groei van de arbeidsproductiviteit, terwijl');
    expect(page(10).text).toContain('opslaan van CO2)');
    expect(page(8).text).toContain('(2,2 procent)');
    expect(page(7).text).toContain('800 Europese regio’s');
    expect(page(5).text).toContain('(CPB, 2025)');
    expect(all).not.toMatch(/\p{L}[.,]?\d{1,2}(\s|$)/u);
  });
});

describe('page structure', () => {
  it('drops the running header', () => {
    const lines = dropRunningHeaders(splitFormFeedPages(TXT));
    expect(lines.flat().some((l) => /Briefadvies 25\/04 \s*\|.*\d+ \/ 16/.test(l))).toBe(false);
    expect(all).not.toContain('3 / 16');
    expect(page(1).text).toContain('Briefadvies 25/04 | juni 2025');
  });
  it('reads the table of contents', () => {
    const toc = parseToc(splitFormFeedPages(TXT)[1].text.split('\n'));
    expect(toc.map((e) => e.page)).toEqual([3, 4, 5, 9, 12, 14, 16]);
    expect(toc[1].title).toBe('Waarom inzetten op hogere groei van de arbeidsproductiviteit?');
    expect(page(2).kind).toBe('toc');
    expect(page(1).kind).toBe('cover');
  });
  it('keeps bullets as list items and folds whitespace', () => {
    const items = page(9).blocks.filter((b) => b.kind === 'item').map((b) => page(9).text.slice(b.start, b.end));
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const it of items) expect(it.startsWith('• ')).toBe(true);
    expect(items[0]).toContain('in lijn met de groei van de arbeidsproductiviteit');
    expect(all).not.toMatch(/ {2}|\t/);
  });
});

describe('sections', () => {
  const sectionOf = (n: number, phrase: string) => {
    const p = page(n);
    const at = p.text.indexOf(phrase);
    expect(at, phrase).toBeGreaterThanOrEqual(0);
    return p.blocks.find((b) => b.start <= at && at < b.end)!.section;
  };
  it('chapters come from the table of contents, even where the layout moved the heading', () => {
    expect(sectionOf(4, 'staat sterk onder druk')).toBe('Waarom inzetten op hogere groei van de arbeidsproductiviteit?');
    expect(sectionOf(5, 'Versterking van de arbeidsproductiviteitsontwikkeling')).toBe('Mogelijkheden via kapitaal, arbeid en technologie');
    expect(sectionOf(9, 'Wat moeten de sociale partners')).toBe('Oplossingsrichtingen voor sociale partners en kabinet');
    expect(sectionOf(3, 'Bezuinigingen op onderwijs')).toMatch(/^Advies op hoofdlijnen › Investeer in menselijk kapitaal/);
  });
  it('sub-headings carry over pages', () => {
    expect(sectionOf(6, 'durfkapitaal')).toBe('Mogelijkheden via kapitaal, arbeid en technologie › Arbeidsproductiviteit versterken via kapitaalverdieping');
    expect(sectionOf(8, 'digitale basisvaardigheden')).toBe('Mogelijkheden via kapitaal, arbeid en technologie › Arbeidsproductiviteit via nieuwe technologie');
    expect(sectionOf(10, 'concurrentiebeding')).toBe(
      'Oplossingsrichtingen voor sociale partners en kabinet › Groei arbeidsproductiviteit via vernieuwend ondernemerschap › Bijdrage van sociale partners',
    );
    expect(sectionOf(11, 'het CPB neergelegd')).toBe('Oplossingsrichtingen voor sociale partners en kabinet › Veranker productiviteitsgroei in de jaarlijkse beleidscyclus');
  });
  it('a heading moved mid-page goes to the top and the sentence it cut is joined', () => {
    expect(page(4).text.startsWith('Waarom inzetten op hogere groei van de arbeidsproductiviteit?\n')).toBe(true);
    expect(page(5).text.startsWith('Mogelijkheden via kapitaal, arbeid en technologie\n')).toBe(true);
    expect(page(5).text.trim().endsWith('Wat is hier aan de hand?')).toBe(true);
  });
});
