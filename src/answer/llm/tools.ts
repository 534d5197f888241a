// The tools the model may call: search_corpus (numbered passages, numbering
// shared with the first message) and the metrics catalogue's indicator tools.
// Arguments are validated by each tool's zod schema before anything runs.
import { ToolMessage } from '@langchain/core/messages';
import { tool, ToolInputParsingException, type StructuredToolInterface } from '@langchain/core/tools';
import { interopSafeParseAsync, isInteropZodSchema } from '@langchain/core/utils/types';
import { z } from 'zod';
import type { Figure } from '../../metrics/types.ts';
import type { Retriever } from '../../search/types.ts';
import type { PassageRegistry } from './passages.ts';

export const SEARCH_TOOL_NAME = 'search_corpus';
const MAX_TOOL_OUTPUT_CHARS = 8000;

export const SearchCorpusArgs = z
  .object({
    query: z.string().trim().min(2).max(300).describe('Zoekvraag in gewone woorden, bij voorkeur in het Nederlands'),
    k: z.number().int().min(1).max(8).optional().describe('Aantal passages (1-8, standaard 4)'),
  })
  .strict();

export function createSearchTool(retriever: Retriever, registry: PassageRegistry, defaultK = 4): StructuredToolInterface {
  return tool(
    async ({ query, k }: z.infer<typeof SearchCorpusArgs>) => {
      const passages = await retriever.retrieve(query, { k: k ?? defaultK });
      if (!passages.length) return 'Geen passages gevonden.';
      return registry.addAndFormat(passages);
    },
    {
      name: SEARCH_TOOL_NAME,
      description:
        'Zoekt in het SER-advies en de onderliggende rapporten. Geeft genummerde passages "[n] titel, p. X, sectie: tekst"; citeer ze met [n].',
      schema: SearchCorpusArgs,
    },
  );
}

export interface ToolCallRequest {
  id: string;
  name: string;
  args: unknown;
}

export interface ToolRun {
  message: ToolMessage;
  figures: Figure[];
  /** set when the call was refused (unknown tool or arguments failing the schema) */
  rejected?: string;
}

function isFigure(x: unknown): x is Figure {
  const f = x as Figure;
  return !!f && typeof f === 'object' && typeof f.label === 'string' && typeof f.value === 'number' && !!f.source && typeof f.source === 'object';
}

/** Figures in an indicator tool's result: its artifact, or the JSON it returned (one result or a list). */
export function figuresFromToolOutput(content: unknown, artifact?: unknown): Figure[] {
  const fromValue = (v: unknown): Figure[] => {
    if (!v || typeof v !== 'object') return [];
    if (Array.isArray(v)) return v.flatMap((x) => (isFigure(x) ? [x] : fromValue(x)));
    const figures = (v as { figures?: unknown }).figures;
    return Array.isArray(figures) ? figures.filter(isFigure) : [];
  };
  const fromArtifact = fromValue(artifact);
  if (fromArtifact.length) return fromArtifact;
  if (typeof content === 'string') {
    try {
      return fromValue(JSON.parse(content));
    } catch {
      return [];
    }
  }
  return fromValue(content);
}

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(argumenten)'}: ${i.message}`).join('; ');
}

function stringify(content: unknown): string {
  const s = typeof content === 'string' ? content : JSON.stringify(content);
  return s.length > MAX_TOOL_OUTPUT_CHARS ? `${s.slice(0, MAX_TOOL_OUTPUT_CHARS)} …(ingekort)` : s;
}

/** The tool message for a call that is refused without running. */
export function rejectToolCall(call: { id: string; name: string }, rejected: string, redact: (s: string) => string): ToolRun {
  const content = redact(`Fout: ${rejected}. Roep de tool alleen aan met argumenten volgens het schema.`);
  return { message: new ToolMessage({ content, tool_call_id: call.id, name: call.name, status: 'error' }), figures: [], rejected };
}

/**
 * Validates a call's arguments against the tool's schema and runs it. A call
 * that fails validation is not run: its error goes back to the model as the
 * tool message, and `rejected` says why.
 */
export async function runToolCall(call: ToolCallRequest, tools: Map<string, StructuredToolInterface>, redact: (s: string) => string): Promise<ToolRun> {
  const reply = (content: string, status: 'success' | 'error' = 'success') =>
    new ToolMessage({ content: redact(content), tool_call_id: call.id, name: call.name, status });
  const t = tools.get(call.name);
  if (!t) {
    const rejected = `onbekende tool "${call.name.slice(0, 60)}"`;
    return { message: reply(`Fout: ${rejected}. Beschikbaar: ${[...tools.keys()].join(', ')}.`, 'error'), figures: [], rejected };
  }
  let args: unknown = call.args;
  if (isInteropZodSchema(t.schema)) {
    const parsed = await interopSafeParseAsync(t.schema, call.args);
    if (!parsed.success) {
      return rejectToolCall(call, `ongeldige argumenten voor ${call.name}: ${describeIssues(parsed.error.issues as { path: PropertyKey[]; message: string }[])}`, redact);
    }
    args = parsed.data;
  }
  try {
    const out = (await t.invoke({ id: call.id, name: call.name, args: args as Record<string, unknown>, type: 'tool_call' })) as unknown;
    const content = out instanceof ToolMessage ? out.content : out;
    const artifact = out instanceof ToolMessage ? out.artifact : undefined;
    return { message: reply(stringify(content)), figures: figuresFromToolOutput(content, artifact) };
  } catch (err) {
    if (err instanceof ToolInputParsingException) {
      return rejectToolCall(call, `ongeldige argumenten voor ${call.name}: ${err.message}`, redact);
    }
    return { message: reply(`Fout bij het uitvoeren van ${call.name}: ${(err as Error)?.message ?? String(err)}`, 'error'), figures: [] };
  }
}
