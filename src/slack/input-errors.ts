// Bad /indicator options told in plain Dutch (or English), without the
// validation library's wording ("vs.0: unknown area …"): which option, what
// was wrong, and the valid values.
import { AREAS, getIndicator, normaliseParams } from '../metrics/index.ts';
import type { ZodIssue } from 'zod';
import type { Lang } from './blocks/labels.ts';


const flag = (key: string | number | undefined) => `--${String(key ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function sentence(issue: ZodIssue, params: Record<string, unknown>, lang: Lang): string {
  const key = issue.path[0];
  const opt = flag(key);
  const given = key !== undefined ? params[String(key)] : undefined;
  const area = /unknown area "([^"]*)"/.exec(issue.message);
  const codes = AREAS.map((a) => a.code).join(', ');
  if (area) {
    return lang === 'en'
      ? `I do not know the country or area "${area[1]}" (${opt}). Use a code or a name, e.g. NL, EU27, US, DE, Germany. Known: ${codes}.`
      : `Het land of gebied "${area[1]}" (${opt}) ken ik niet. Gebruik een code of een naam, bijvoorbeeld NL, EU27, US, DE of Duitsland. Bekend: ${codes}.`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') {
    return lang === 'en' ? `${opt} takes a number, e.g. a year like 2014 (got "${String(given)}").` : `${opt} verwacht een getal, bijvoorbeeld een jaartal als 2014 (niet "${String(given)}").`;
  }
  if (issue.code === 'too_small' && issue.minimum !== undefined) {
    return lang === 'en' ? `${opt} must be at least ${issue.minimum} (got ${String(given)}).` : `${opt} moet minstens ${issue.minimum} zijn (niet ${String(given)}).`;
  }
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    return lang === 'en' ? `${opt} must be at most ${issue.maximum} (got ${String(given)}).` : `${opt} mag hoogstens ${issue.maximum} zijn (niet ${String(given)}).`;
  }
  if (issue.code === 'unrecognized_keys') {
    return lang === 'en' ? 'An option is not known to this indicator; see the options below.' : 'Deze indicator kent een van de opties niet; zie de opties hieronder.';
  }
  if (key === undefined) return lang === 'en' ? 'The options are not valid; see below.' : 'De opties kloppen niet; zie hieronder.';
  return lang === 'en' ? `The value of ${opt} is not valid ("${String(given)}").` : `De waarde bij ${opt} klopt niet ("${String(given)}").`;
}

/** A plain explanation of why `params` are not valid for indicator `id`; undefined when they are. */
export function explainIndicatorInput(id: string, params: Record<string, unknown>, lang: Lang = 'nl'): string | undefined {
  const def = getIndicator(id);
  if (!def) return undefined;
  const parsed = def.schema.safeParse(normaliseParams(id, params));
  if (parsed.success) return undefined;
  const lines = [...new Set(parsed.error.issues.map((i) => sentence(i, params, lang)))];
  return lines.join(' ');
}
