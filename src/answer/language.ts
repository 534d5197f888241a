// Question language (nl/en) from function-word counts: small, pure, no model.
// Dutch and English share many content words in this field (innovatie,
// productiviteit vs productivity, R&D, AI), so only frequent closed-class words
// and a few spelling cues count.

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

/** Detects whether a question is Dutch or English. Ties go to Dutch (the corpus language). */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? [];
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (BOTH.has(w)) continue;
    if (NL.has(w)) nl++;
    if (EN.has(w)) en++;
    // spelling cues: Dutch digraphs and suffixes, English -tion/-ing/-ity
    if (/ij|oe[^s]|aa|uu|sch/.test(w) && !EN.has(w)) nl += 0.25;
    if (/(tion|ing|ity|ness|th)$/.test(w) || /^th|w[hr]/.test(w)) en += 0.25;
  }
  return en > nl ? 'en' : 'nl';
}
