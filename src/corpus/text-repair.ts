// Pure repairs of PDF-extracted Dutch text: line-end hyphenation, endnote
// numbers glued to words, whitespace. No I/O; tested in test/corpus/clean.test.ts.

/** Lower-cased words of a document (hyphenated compounds kept whole), for hyphenation decisions. */
export function buildVocabulary(texts: string[]): Set<string> {
  const vocab = new Set<string>();
  // a document repeats its tokens: each distinct one is stripped and tested once
  const done = new Set<string>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const tokens = line.trim().split(/\s+/);
      // a token ending a line with a hyphen is a fragment, not a word
      if (tokens.length && /[\p{L}]-$/u.test(tokens[tokens.length - 1])) tokens.pop();
      for (const t of tokens) {
        if (done.has(t)) continue;
        done.add(t);
        const w = stripPunctuation(t).toLowerCase();
        if (w.length >= 2 && /\p{L}/u.test(w)) vocab.add(w);
      }
    }
  }
  return vocab;
}

function stripPunctuation(token: string): string {
  return token.replace(/^[^\p{L}\p{N}&]+/u, '').replace(/[^\p{L}\p{N}&]+$/u, '').replace(/\d+$/, (d) => (d.length <= 3 ? '' : d));
}

const COORDINATION = new Set(['en', 'of', 'tot', 'and', 'or', 'to']);

/**
 * How to join `left` (a line ending in a hyphen, without the hyphen) and
 * `right` (the next line). Returns the separator: '' (undo the hyphenation),
 * '-' (a real hyphen: `mkb-bedrijven`, `Letta-rapport`) or '- ' (`vervangings- en`).
 */
export function hyphenJoin(left: string, right: string, vocab: ReadonlySet<string>): '' | '-' | '- ' {
  const leftWord = (left.match(/[\p{L}\p{N}&'’-]+$/u)?.[0] ?? '').replace(/^[-'’]+/, '');
  const rightWord = right.match(/^[\p{L}\p{N}&'’-]+/u)?.[0] ?? '';
  if (!leftWord || !/\p{L}$/u.test(leftWord)) return '-';
  if (COORDINATION.has(rightWord.toLowerCase())) return '- ';
  if (!rightWord || !/^\p{Ll}/u.test(rightWord)) return '-';
  const leftPart = leftWord.slice(leftWord.lastIndexOf('-') + 1);
  const rightClean = stripPunctuation(rightWord).toLowerCase();
  const joined = (leftPart + rightClean).toLowerCase();
  const hyphenated = `${leftPart}-${rightClean}`.toLowerCase();
  const whole = `${leftWord}${rightClean}`.toLowerCase();
  if ((vocab.has(hyphenated) || vocab.has(`${leftWord}-${rightClean}`.toLowerCase())) && !vocab.has(joined) && !vocab.has(whole)) return '-';
  if (vocab.has(joined) || vocab.has(whole)) return '';
  // an acronym before the hyphen (PISA-, R&D-, OESO-) keeps it
  if (leftPart.length >= 2 && /^[\p{Lu}\d&]+$/u.test(leftPart)) return '-';
  // a capitalised word that stands on its own in the text (Letta, Draghi) keeps it
  if (/^\p{Lu}\p{Ll}+$/u.test(leftPart) && leftPart.length >= 4 && vocab.has(leftPart.toLowerCase())) return '-';
  return '';
}

/** Joins the lines of one paragraph, undoing line-end hyphenation. */
export function joinLines(lines: string[], vocab: ReadonlySet<string>): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    const m = out.match(/(\p{L})-$/u);
    if (m) {
      const sep = hyphenJoin(out.slice(0, -1), line, vocab);
      out = out.slice(0, -1) + sep + line;
    } else {
      out += ' ' + line;
    }
  }
  return out;
}

/** Chemical formulas and names where a digit belongs to the word. */
const DIGIT_WORDS = /^(CO|NO|SO|NOx|CH|NH|H|O|N|G|PM|COVID|Windows|Web|Industrie|Horizon)$/;

export interface EndnoteState {
  /** the last endnote number removed in this document (0 = none yet) */
  last: number;
}

/**
 * Removes endnote numbers glued to words (`transities.1` → `transities.`,
 * `verhogen30` → `verhogen`, `arbeidsproductiviteit,4` → `arbeidsproductiviteit,`).
 * Endnotes run upward through a document, so a candidate is accepted only if it
 * continues the sequence (state.last < n ≤ state.last + 10); this keeps `CO2`,
 * `2,2 procent`, `(CPB, 2025)` and `800 Europese regio's` intact.
 */
export function stripEndnotes(text: string, state: EndnoteState = { last: 0 }): string {
  if (!/\d/.test(text)) return text; // nothing to remove (the pattern below backtracks over every word)
  return text.replace(
    /(\p{L}{2,}|[\p{L})’”'"][.,;:!?])(\d{1,3})(?=[\s.,;:)!?’”]|$)/gu,
    (match: string, before: string, digits: string, offset: number) => {
      const n = Number(digits);
      const word = /\p{L}$/u.test(before) ? (text.slice(0, offset).match(/[\p{L}]*$/u)?.[0] ?? '') + before : '';
      if (word && DIGIT_WORDS.test(word)) return match;
      const fits = state.last === 0 ? n >= 1 && n <= 300 : n > state.last && n <= state.last + 10;
      if (!fits) return match;
      state.last = n;
      return before;
    },
  );
}

/** Folds runs of spaces/tabs to one space and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(/[ \t\u00a0\u2009\u202f]+/g, ' ').trim();
}

/** `•<TAB>` and `•  ` bullets → `• `; `1.<TAB>` list numbers → `1. `. */
export function normaliseListMarker(line: string): string {
  return line.replace(/^\s*[•·▪●◦‣–]\s*/u, '• ').replace(/^\s*(\d{1,2}[.)])\t\s*/, '$1 ');
}
