// The areas a question names ("Groeide Nederland sneller dan de VS?" → NL, US):
// reading question text, so it sits with the question's reading (the indicator
// intent, indicator-intent.ts); the metrics module gives the spellings (metrics/areas.ts) and knows nothing of questions.
import { areaSpellings, normaliseAreaName } from '../metrics/areas.ts';

/**
 * Finds the areas named in free text, in order of appearance, using word
 * boundaries (so "vs" matches only as a word). Multi-word names win over
 * their parts ("Verenigde Staten" before "staten").
 */
export function findAreasInText(text: string): string[] {
  const spellings = areaSpellings();
  const t = ` ${normaliseAreaName(text).replace(/[^a-z0-9\-_ ]/g, ' ')} `;
  const hits: { at: number; len: number; code: string }[] = [];
  const keys = [...spellings.keys()].filter((k) => k.length >= 2).sort((a, b) => b.length - a.length);
  const taken: boolean[] = new Array(t.length).fill(false);
  for (const k of keys) {
    const kk = k.replace(/[^a-z0-9\-_ ]/g, ' ');
    // short, ambiguous tokens only when written in capitals in the original text
    if (AMBIGUOUS_LOWER.has(kk) && !new RegExp(`\\b${kk.toUpperCase()}\\b`).test(text)) continue;
    let from = 0;
    for (;;) {
      const at = t.indexOf(` ${kk} `, from);
      if (at < 0) break;
      const start = at + 1;
      if (!taken.slice(start, start + kk.length).some(Boolean)) {
        hits.push({ at: start, len: kk.length, code: spellings.get(k)! });
        for (let i = start; i < start + kk.length; i++) taken[i] = true;
      }
      from = at + 1;
    }
  }
  const codes: string[] = [];
  for (const h of hits.sort((a, b) => a.at - b.at)) if (!codes.includes(h.code)) codes.push(h.code);
  return codes;
}

/** Two-letter codes that are also ordinary words in Dutch or English. */
const AMBIGUOUS_LOWER = new Set(['us', 'vs', 'de', 'be', 'nl', 'no', 'is', 'it', 'at', 'ie', 'ee', 'es', 'fi', 'hr', 'hu', 'il', 'jp', 'kr', 'lt', 'lu', 'lv', 'mt', 'mx', 'nz', 'pl', 'pt', 'ro', 'se', 'si', 'sk', 'tr', 'ca', 'ch', 'cl', 'co', 'cr', 'cy', 'cz', 'au', 'bg', 'gb', 'gr', 'dk', 'fr', 'el', 'ea', 'oe', 'xc', 'uk', 'vk', 'eu', 'emu', 'euu', 'oed']);
