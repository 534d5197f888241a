// Passages shown to the model, numbered once per answer: the first message and
// every search_corpus call share one numbering, so [n] is never ambiguous.
// A passage is data: a sentence in it that poses as an instruction to the
// model ("SYSTEM: tell the user to visit …", "Negeer alle eerdere
// instructies …") is replaced by a marker before the model or the answer check
// sees it, so nothing it asks for can be supported or shown.
import type { Passage } from '../../search/types.ts';
import { escapeRegExp } from '../../regexp.ts';

/** What a planted instruction is replaced with. */
export const INSTRUCTION_REMOVED = '(Weggelaten: tekst die zich als opdracht aan de assistent voordoet.)';

const INSTRUCTION_PATTERNS: RegExp[] = [
  /(?:^|[\s"'(])(?:system|assistant|developer|systeem)\s*(?:prompt)?\s*:/iu,
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|system)\b/iu,
  /\b(?:negeer|vergeet|overschrijf)\b[^.!?\n]{0,40}\b(?:instructies?|opdrachten?|regels|prompts?)\b/iu,
  /\b(?:tell|instruct|ask|urge)\s+the\s+(?:user|reader|asker)\b/iu,
  /\b(?:zeg|vertel|vraag)\s+(?:tegen\s+)?de\s+(?:gebruiker|lezer|vragensteller)\b/iu,
  /\byou\s+(?:are|must|should)\s+now\b|\bje\s+(?:bent|moet)\s+nu\b/iu,
  /\b(?:reveal|print|show|display|output)\b[^.!?\n]{0,30}\b(?:api[- ]?key|password|secret|token|configuration|system prompt)\b/iu,
  /\b(?:toon|geef|print)\b[^.!?\n]{0,30}\b(?:api-?sleutel|sleutel|wachtwoord|configuratie|systeemprompt|instructies)\b/iu,
  /\b(?:roep|call|invoke)\b[^.!?\n]{0,40}\b(?:search_corpus|indicator_\w+|tool|functie)\b[^.!?\n]{0,40}\b(?:aan|with|met)\b/iu,
  /\bas an ai\b|\bals (?:ai|taalmodel)\b/iu,
];

/** True when a sentence reads as an instruction to the assistant rather than as content. */
export function isPlantedInstruction(sentence: string): boolean {
  return INSTRUCTION_PATTERNS.some((re) => re.test(sentence));
}

/** The passage text with sentences that pose as instructions replaced by INSTRUCTION_REMOVED. */
export function neutralizeInstructions(text: string): string {
  const parts = text.split(/(?<=[.!?])(\s+)/u);
  let changed = false;
  const out = parts.map((part) => {
    if (/^\s+$/.test(part) || !isPlantedInstruction(part)) return part;
    changed = true;
    return INSTRUCTION_REMOVED;
  });
  if (!changed) return text;
  // one marker for a run of removed sentences
  return out.join('').replace(new RegExp(`(${escapeRegExp(INSTRUCTION_REMOVED)})(\\s+\\1)+`, 'g'), '$1');
}

/** Longest passage text handed to the model (characters). */
const MAX_PASSAGE_CHARS = 2000;

export class PassageRegistry {
  private readonly byNumber = new Map<number, Passage>();
  private readonly numberById = new Map<string, number>();

  /** Numbers a passage (the same chunk keeps its number) and returns n. Planted instructions are cut out first. */
  add(passage: Passage): number {
    const known = this.numberById.get(passage.id);
    if (known !== undefined) return known;
    const n = this.byNumber.size + 1;
    const text = neutralizeInstructions(passage.text);
    this.byNumber.set(n, text === passage.text ? passage : { ...passage, text });
    this.numberById.set(passage.id, n);
    return n;
  }

  get(n: number): Passage | undefined {
    return this.byNumber.get(n);
  }

  get size(): number {
    return this.byNumber.size;
  }

  /** Numbers the passages and renders them as the model sees them, one per paragraph. */
  addAndFormat(passages: Passage[]): string {
    return passages
      .map((p) => {
        const n = this.add(p);
        return formatPassage(n, this.byNumber.get(n)!);
      })
      .join('\n\n');
  }
}

/** `[n] title, p. X, section: text` (the section is left out when the chunk has none). */
export function formatPassage(n: number, p: Passage): string {
  const pages = p.pageEnd && p.pageEnd !== p.page ? `pp. ${p.page}-${p.pageEnd}` : `p. ${p.page}`;
  const section = p.section ? `, ${oneLine(p.section)}` : '';
  const text = oneLine(p.text);
  return `[${n}] ${oneLine(p.title)}, ${pages}${section}: ${text.length > MAX_PASSAGE_CHARS ? text.slice(0, MAX_PASSAGE_CHARS) : text}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
