// Validates parameters with the indicator's zod schema and computes it.
import { AREAS } from './areas.ts';
import { getIndicator, INDICATOR_IDS, INDICATORS } from './catalogue.ts';
import { MetricsInputError } from './errors.ts';
import { fieldsOf, type FieldInfo } from './schema-info.ts';
import type { ZodIssue } from 'zod';
import type { Coverage } from './indicator.ts';
import { BUNDLED_SNAPSHOT_DIR, loadSnapshot, type Snapshot } from './snapshot.ts';
import type { IndicatorResult } from './types.ts';
import { coverageLine } from './indicator.ts';

export interface RunOptions {
  /** the snapshot to compute from; else the one read from `snapshotDir` */
  snapshot?: Snapshot;
  /** the caller's snapshot directory (config.corpusDir/indicators); default: the bundled corpus/indicators/ */
  snapshotDir?: string;
}

const toNumber = (v: unknown) => {
  if (typeof v !== 'string') return v;
  const t = v.trim().replace(',', '.');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : v;
};

/**
 * A list of numbers from text: "0.4,0.9", "0,4;0,9", "0,4 0,9" or one Dutch decimal "0,4".
 * "0,4,0,9" is ambiguous and left as text, so the schema rejects it.
 */
export function splitNumbers(v: string): unknown[] | string {
  const t = v.trim();
  if (/[;\s]/.test(t)) return t.split(/[;\s]+/).filter(Boolean).map(toNumber);
  if (/^-?\d+,\d+$/.test(t)) return [toNumber(t)];
  if (/^-?\d+(?:\.\d+)?(?:,-?\d+(?:\.\d+)?)*$/.test(t) && !(t.split(',').length > 2 && !t.includes('.'))) return t.split(',').map(toNumber);
  return v;
}

/**
 * Loosens parameters from text sources (CLI, slash commands): "EU27,US" → array,
 * "2014" → 2014, "0,4" → 0.4, a single number → [number] for list fields.
 */
export function normaliseParams(id: string, params: unknown): unknown {
  const def = getIndicator(id);
  if (!def || params === null || typeof params !== 'object' || Array.isArray(params)) return params;
  const out: Record<string, unknown> = { ...(params as Record<string, unknown>) };
  for (const f of fieldsOf(def.schema)) {
    const v = out[f.name];
    if (v === undefined) continue;
    if (f.type === 'areas' && typeof v === 'string') out[f.name] = v.split(/[,;]/).map((x) => x.trim()).filter(Boolean);
    else if (f.type === 'numbers') {
      if (typeof v === 'number') out[f.name] = [v];
      else if (typeof v === 'string') out[f.name] = splitNumbers(v); else if (Array.isArray(v)) out[f.name] = v.map(toNumber);
    } else if (f.type === 'number' || f.type === 'integer') out[f.name] = toNumber(v);
  }
  return out;
}

const shown = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? `"${v.join(',')}"` : JSON.stringify(v));

/**
 * One zod issue as a sentence a user understands: the option as typed
 * (--extra-pp), what it takes, and what was given; never zod's own wording
 * ("Expected array, received string"). A message written in a schema
 * (a bound with its reason) is kept.
 */
export function issueMessage(issue: ZodIssue, fields: FieldInfo[], raw: Record<string, unknown>, cov: Coverage): string {
  const name = String(issue.path[0] ?? '');
  const f = fields.find((x) => x.name === name);
  const flag = f?.flag ?? (name ? `--${name}` : 'the parameters');
  const given = raw[name];
  const isYear = f?.type === 'integer' && /year|from|to/i.test(name);
  const custom = issue.message && !/^(Expected|Number must|Array must|Invalid|Required)/.test(issue.message);
  if (issue.code === 'custom' || custom) return `${flag}: ${issue.message}.`.replace(/\.\.$/, '.');
  if (issue.code === 'invalid_type') {
    if (issue.received === 'undefined') return `${flag} is required.`;
    if (isYear) return `${flag} takes a year such as ${cov.to - 10}; ${shown(given)} is not a year.`;
    if (f?.type === 'numbers') return `${flag} takes one or more numbers, e.g. 0.4 or 0.4,0.9 (0,4 with a decimal comma is one number; separate several with ;). ${shown(given)} is not a number.`;
    if (f?.type === 'number' || f?.type === 'integer') return `${flag} takes a ${f.type === 'integer' ? 'whole ' : ''}number; ${shown(given)} is not one.`;
    if (f?.type === 'areas') return `${flag} takes area codes or names separated by commas, e.g. EU27,US.`;
    return `${flag}: ${shown(given)} is not valid here.`;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const bound = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
    if (issue.type === 'array') return `${flag} takes ${small ? 'at least' : 'at most'} ${bound} value${bound === 1 ? '' : 's'}.`;
    if (isYear) return small
      ? `${flag} ${String(given)}: the data start in ${cov.from}; choose ${cov.from} or later.`
      : `${flag} ${String(given)}: the data end in ${cov.to}; choose ${cov.to} or earlier.`;
    return `${flag} ${String(given)} is too ${small ? 'small' : 'large'}: ${small ? 'the lowest' : 'the highest'} value it takes is ${bound}.`;
  }
  if (issue.code === 'invalid_enum_value') return `${flag} takes ${issue.options.join(' or ')}, not ${shown(given)}.`;
  return `${flag}: ${issue.message}.`;
}

function coverageText(id: string, snap: Snapshot): string {
  const def = getIndicator(id)!;
  const c = def.coverage(snap);
  return id === 'scenario' ? `Areas with a baseline series: ${c.areas.join(', ')}.` : coverageLine(c);
}

/** Runs an indicator by id. Throws MetricsInputError listing valid ids, areas and years on bad input. */
export async function runIndicator(id: string, params: unknown = {}, opts: RunOptions = {}): Promise<IndicatorResult> {
  return runIndicatorSync(id, params, opts);
}

export function runIndicatorSync(id: string, params: unknown = {}, opts: RunOptions = {}): IndicatorResult {
  const def = getIndicator(id);
  if (!def) {
    throw new MetricsInputError(`Unknown indicator "${id}". Valid indicators: ${INDICATOR_IDS.join(', ')}.`);
  }
  const snap = opts.snapshot ?? loadSnapshot(opts.snapshotDir ?? BUNDLED_SNAPSHOT_DIR);
  const parsed = def.schema.safeParse(normaliseParams(id, params ?? {}));
  if (!parsed.success) {
    const fields = fieldsOf(def.schema);
    const raw = (params ?? {}) as Record<string, unknown>;
    const problems = [...new Set(parsed.error.issues.map((i) => issueMessage(i, fields, raw, def.coverage(snap))))];
    const unknownArea = parsed.error.issues.some((i) => /unknown area/.test(i.message));
    const areaHint = unknownArea ? ` Areas are given as ISO codes (NL, NLD), EU27, EA20, OECD or names (Nederland, Germany); known: ${AREAS.map((a) => a.code).join(', ')}.` : '';
    throw new MetricsInputError(`${id}: ${problems.join(' ')}${areaHint} ${coverageText(id, snap)}`);
  }
  return def.compute(parsed.data, snap);
}

export function listIndicators(): { id: string; title: { nl: string; en: string }; description: string }[] {
  return INDICATORS.map((d) => ({ id: d.id, title: d.title, description: d.description }));
}

/** Usage text generated from the schemas: all indicators, or one in detail. */
export function indicatorHelp(id?: string): string {
  if (id === undefined) {
    const w = Math.max(...INDICATOR_IDS.map((i) => i.length));
    return [
      'Indicators (polderbot indicator <id> [options]; --help after an id for its options):',
      ...INDICATORS.map((d) => `  ${d.id.padEnd(w)}  ${d.title.en} / ${d.title.nl}`),
    ].join('\n');
  }
  const def = getIndicator(id);
  if (!def) throw new MetricsInputError(`Unknown indicator "${id}". Valid indicators: ${INDICATOR_IDS.join(', ')}.`);
  const fields = fieldsOf(def.schema);
  const usage = fields.map((f) => (f.optional ? `[${f.flag} ${f.type.toUpperCase()}]` : `${f.flag} ${f.type.toUpperCase()}`)).join(' ');
  const lines = [`${def.id}: ${def.title.en} (${def.title.nl})`, '', def.description, '', `Usage: polderbot indicator ${def.id} ${usage} [--json] [--chart out.png] [--lang en|nl]`, ''];
  const w = Math.max(...fields.map((f) => f.flag.length));
  for (const f of fields) {
    const d = f.default !== undefined ? ` (default ${Array.isArray(f.default) ? f.default.join(',') : String(f.default)})` : '';
    const kind = f.type === 'areas' ? ' comma-separated list' : f.type === 'numbers' ? ' comma-separated numbers' : '';
    lines.push(`  ${f.flag.padEnd(w)}  ${f.description}${kind}${d && !f.description.includes('default') ? d : ''}`);
  }
  return lines.join('\n');
}

