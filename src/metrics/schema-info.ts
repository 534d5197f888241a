// Reads a zod object schema into field descriptions: one source for CLI help,
// Slack help and error messages (the LangChain tools read the schema directly).
import { z } from 'zod';

export interface FieldInfo {
  name: string;
  flag: string; // --kebab-case
  type: 'area' | 'areas' | 'number' | 'numbers' | 'integer' | 'string';
  description: string;
  default?: unknown;
  optional: boolean;
}

export const toFlag = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function unwrap(s: z.ZodTypeAny): { inner: z.ZodTypeAny; description?: string; dflt?: unknown; optional: boolean } {
  let cur = s;
  let description = s.description;
  let dflt: unknown;
  let optional = false;
  for (;;) {
    description = description ?? cur.description;
    if (cur instanceof z.ZodDefault) {
      dflt = cur._def.defaultValue();
      optional = true;
      cur = cur._def.innerType;
    } else if (cur instanceof z.ZodOptional) {
      optional = true;
      cur = cur._def.innerType;
    } else if (cur instanceof z.ZodEffects) {
      cur = cur._def.schema;
    } else break;
  }
  return { inner: cur, description: description ?? cur.description, dflt, optional };
}

export function fieldsOf(schema: z.ZodTypeAny): FieldInfo[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([name, s]) => {
    const u = unwrap(s);
    let type: FieldInfo['type'] = 'string';
    const isArea = (t: z.ZodTypeAny) => t instanceof z.ZodEffects || /area/i.test(t.description ?? '');
    if (u.inner instanceof z.ZodNumber) type = u.inner.isInt ? 'integer' : 'number';
    else if (u.inner instanceof z.ZodArray) type = unwrap(u.inner.element).inner instanceof z.ZodNumber ? 'numbers' : 'areas';
    else if (isArea(s) || name === 'country' || name === 'vs' || name === 'base') type = 'area';
    const description = u.description ?? (u.inner instanceof z.ZodArray ? u.inner.description ?? u.inner.element.description : undefined) ?? '';
    return { name, flag: toFlag(name), type, description, default: u.dflt, optional: u.optional };
  });
}
