// Splits text into pieces of at most `max` characters, cutting at the most
// natural boundary available: paragraph, line, sentence, word, character.
import { SECTION_TEXT_MAX } from './limits.ts';

const BOUNDARIES: RegExp[] = [/\n\s*\n/g, /\n/g, /(?<=[.!?;:])\s+/g, /\s+/g];

export function splitText(text: string, max = SECTION_TEXT_MAX): string[] {
  if (max < 1) throw new RangeError('max must be at least 1');
  const trimmed = text.trim();
  if (!trimmed) return [];
  const out: string[] = [];
  let rest = trimmed;
  while (rest.length > max) {
    const cut = bestCut(rest, max);
    const head = rest.slice(0, cut).trimEnd();
    if (head) out.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/** The position to cut `s` at so that the head fits in `max` characters. */
function bestCut(s: string, max: number): number {
  const window = s.slice(0, max + 1);
  for (const re of BOUNDARIES) {
    let best = -1;
    re.lastIndex = 0;
    for (const m of window.matchAll(re)) {
      if (m.index! > 0 && m.index! <= max) best = m.index!;
    }
    // do not accept a cut that leaves a tiny head (under a third of the limit)
    if (best >= max / 3) return best;
  }
  let cut = max;
  // never cut inside a mrkdwn entity (&amp;) or a surrogate pair
  const amp = s.lastIndexOf('&', cut - 1);
  if (amp >= 0 && cut - amp < 6 && /^&(amp|lt|gt);/.test(s.slice(amp, amp + 5)) && amp > 0) cut = amp;
  const code = s.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}
