// Choosing the quote shown for a citation: the sentence of the cited passage
// that best matches the model's sentence, checked against the page text. The
// quote is always passage text, never model text.
import { tokenize } from '../../language/analyze.ts';

const MAX_QUOTE_CHARS = 400;

const STOPWORDS = new Set(
  (
    'de het een en van in op te dat die is zijn voor met aan als er om ook door bij naar uit over dan nog wel niet maar of tot wordt worden kan kunnen moet moeten deze dit wat wie hoe zo al meer veel zich hun haar hij zij ze we wij ons onze u je jij' +
    ' the a an and of in on to that this is are be for with as by at from or not but it its their they we our you which what how more also'
  ).split(' '),
);

/** Lower-cased content words (diacritics folded), for overlap scoring. */
export function contentWords(text: string): string[] {
  return tokenize(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).flatMap((t) => t.split(/[-'&]+/)).filter(Boolean).filter(
    (w) => (w.length >= 3 || /\d/.test(w)) && !STOPWORDS.has(w),
  );
}

/** Splits passage text into sentences (and list items), each verbatim. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'‘“(•\-–])|\n\s*\n|\n(?=\s*[•\-–*]\s)/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Cuts a long sentence at a word boundary (the result is still a verbatim prefix). */
function capLength(s: string): string {
  if (s.length <= MAX_QUOTE_CHARS) return s;
  const cut = s.slice(0, MAX_QUOTE_CHARS);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_QUOTE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd();
}

/**
 * The sentence of `passageText` that best matches `claim`, provided it occurs
 * verbatim (up to whitespace) in `pageText`. With no page text to check
 * against, passage text is trusted (it comes from the index, not the model).
 * Returns undefined when no sentence of the passage can be found on the page.
 */
export function bestQuote(passageText: string, claim: string, pageText: string | undefined): string | undefined {
  const claimWords = new Set(contentWords(claim));
  const page = pageText === undefined ? undefined : normalizeSpace(pageText);
  const onPage = (s: string) => page === undefined || page.includes(normalizeSpace(s));
  const scored = splitSentences(passageText)
    .map((sentence, i) => {
      const words = contentWords(sentence);
      const overlap = new Set(words.filter((w) => claimWords.has(w))).size;
      return { sentence: capLength(sentence), i, score: overlap / Math.sqrt(words.length + 1) };
    })
    .filter((s) => s.sentence.length >= 3)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  for (const s of scored) if (onPage(s.sentence)) return normalizeSpace(s.sentence);
  const whole = capLength(passageText.trim());
  return whole && onPage(whole) ? normalizeSpace(whole) : undefined;
}
