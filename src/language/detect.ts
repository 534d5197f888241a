// Question language (nl/en): the one detector. Frequent closed-class words
// count most; words that only one side of the glossary has count next
// (`Digital skills gap?` has no English function word); spelling cues break
// the rest. Dutch and English share many words of this field (R&D, AI), which
// count for neither. Ties go to Dutch, the corpus language.
import { lexicon } from './lexicon.ts';

export type Language = 'nl' | 'en';

const NL = new Set(
  (
    'de het een en van in op te dat die dit is zijn was wat wie waar waarom hoe welke welk wanneer ' +
    'hoeveel niet geen ook maar of om voor met aan bij naar door over uit als dan er wordt worden ' +
    'kan kunnen moet moeten zou zouden heeft hebben we wij ze zij je jij u hij ik mijn ons onze hun ' +
    'deze meer zegt vindt noemt advies adviseert volgens tussen wel nog al zo heel veel'
  ).split(' '),
);
const EN = new Set(
  (
    'the a an and of in on to that this these those is are was were what who where why how which when ' +
    'not no also but or for with at by from about as than there be been being can could must should would ' +
    'has have had we they you he she it i my our their does do did say says said advisory recommend ' +
    'recommends according between more much many any some into its'
  ).split(' '),
);
// Words present in both lists above are ambiguous and count for neither.
const BOTH = new Set([...NL].filter((w) => EN.has(w)));

let glossaryWords: { en: Set<string>; nl: Set<string> } | undefined;
function sideOnly(): { en: Set<string>; nl: Set<string> } {
  if (!glossaryWords) {
    const { glossary } = lexicon();
    const of = (phrases: string[]) => phrases.flatMap((p) => p.toLowerCase().match(/\p{L}+/gu) ?? []);
    const en = new Set(glossary.flatMap((g) => of(g.en)));
    const nl = new Set(glossary.flatMap((g) => of(g.nl)));
    glossaryWords = { en: new Set([...en].filter((w) => !nl.has(w))), nl: new Set([...nl].filter((w) => !en.has(w))) };
  }
  return glossaryWords;
}

/** Detects whether a question is Dutch or English. Ties go to Dutch (the corpus language). */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? [];
  const glossary = sideOnly();
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (BOTH.has(w)) continue;
    if (NL.has(w)) nl++;
    if (EN.has(w)) en++;
    if (!NL.has(w) && !EN.has(w)) {
      if (glossary.en.has(w)) en += 0.5;
      if (glossary.nl.has(w)) nl += 0.5;
    }
    // spelling cues: Dutch digraphs and suffixes, English -tion/-ing/-ity
    if (/ij|oe[^s]|aa|uu|sch/.test(w) && !EN.has(w)) nl += 0.25;
    if (/(tion|ing|ity|ness|th)$/.test(w) || /^th|w[hr]/.test(w)) en += 0.25;
  }
  return en > nl ? 'en' : 'nl';
}
