// The LLM prompts live in prompts/*.txt as plain text with {placeholders};
// they are read once when the answerer is created.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../config.ts';

export interface Prompts {
  system: string;
  answer: string;
  condense: string;
  /** the one-call answer for endpoints that reject tools: passages and the indicator figures in the prompt */
  answerNoTools: string;
}

/** The marker the model puts first when the passages do not answer the question. */
export const ABSTAIN_MARKER = 'GEEN_ANTWOORD:';

export const DEFAULT_PROMPTS_DIR = resolve(PROJECT_ROOT, 'prompts');

/** Reads system.txt, answer.txt, condense.txt and answer-notools.txt from `dir`; names the missing file if one is absent. */
export function loadPrompts(dir: string = DEFAULT_PROMPTS_DIR): Prompts {
  const read = (name: string): string => {
    const path = join(dir, `${name}.txt`);
    try {
      return readFileSync(path, 'utf8');
    } catch (err) {
      throw new Error(`Cannot read the LLM prompt ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}); restore it from git or set the prompts dir.`);
    }
  };
  return { system: read('system'), answer: read('answer'), condense: read('condense'), answerNoTools: read('answer-notools') };
}

/**
 * Replaces each `{name}` with vars[name] in one pass, so text that is
 * substituted in (a passage, a question) is never itself expanded.
 * Placeholders without a value are left as they are.
 */
export function fillTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(/\{([a-z_][a-z0-9_]*)\}/gi, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : whole,
  );
}
