// Splits cleaned passage text into sentences (and bullet items), keeping the
// exact substrings so a quote stays verbatim. Pure.

export interface Sentence {
  text: string; // verbatim substring of the input
  start: number; // offset in the input
}

// Abbreviations common in Dutch policy text after which a period does not end a sentence.
const ABBREV = /(?:\b(?:o\.a|c\.q|d\.w\.z|m\.a\.w|e\.d|i\.p\.v|z\.g\.a\.n|bijv|bv|nr|p|pp|blz|vgl|etc|e\.g|i\.e|ca|resp|incl|excl|mln|mld|dhr|mw|prof|dr)\.)$/i;

/**
 * Sentence boundaries: `.`, `?`, `!` or `:` followed by white space and a capital,
 * digit, bullet or opening quote; bullets (•) always start a new one, and so does a
 * line break before a capital (the cleaned text puts headings and blocks on their
 * own lines; a break before a lower-case word is a column break inside a sentence).
 * Fragments under `minLength` characters (a list number, a stray heading word)
 * are merged into the following sentence.
 */
export function splitSentences(text: string, minLength = 25): Sentence[] {
  const cuts: number[] = [0];
  const re = /([.!?])(["'’”)]?\d{0,2})(\s+)(?=[\p{Lu}\d•(‘'"“])|\s*(•)|\n\s*(?=[\p{Lu}\d(‘'"“])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let cut: number;
    if (m[4] !== undefined) cut = m.index + m[0].length - 1; // before the bullet
    else if (m[1] !== undefined) {
      const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
      if (ABBREV.test(before)) continue;
      const listNumber = /(?:^|\s)(\d{1,2})$/.exec(text.slice(Math.max(0, m.index - 4), m.index));
      if (m[1] === '.' && listNumber) cut = m.index - listNumber[1]!.length; // "dimensies: 1. Kapitaal…": cut before "1."
      else cut = m.index + m[1].length + m[2]!.length + m[3]!.length;
    } else cut = m.index + m[0].length;
    if (cut > cuts[cuts.length - 1]! && cut < text.length) cuts.push(cut);
  }
  cuts.push(text.length);
  const raw: Sentence[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const slice = text.slice(cuts[i], cuts[i + 1]);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body) raw.push({ text: body, start: cuts[i]! + lead });
  }
  // merge short fragments forward
  const out: Sentence[] = [];
  let pending: Sentence | undefined;
  for (const [i, s] of raw.entries()) {
    // the tail of a sentence begun on the previous page ("aan de concurrent.")
    // stays on its own, not glued to the next sentence
    if (i === 0 && /^\p{Ll}/u.test(s.text) && /[.?!]\d{0,2}$/.test(s.text)) {
      out.push(s);
      continue;
    }
    if (pending) {
      const merged = text.slice(pending.start, s.start + s.text.length);
      pending = { text: merged, start: pending.start };
    } else pending = s;
    if (pending.text.length >= minLength) {
      out.push(pending);
      pending = undefined;
    }
  }
  if (pending) {
    const last = out[out.length - 1];
    if (last) out[out.length - 1] = { text: text.slice(last.start, pending.start + pending.text.length), start: last.start };
    else out.push(pending);
  }
  return out;
}
