// Title, URL and kind of a document, from the index's copy of sources.yml.
import type { SourceDoc } from '../corpus/types.ts';
import type { DocInfo } from './compose.ts';

export function docInfoLookup(sources: readonly SourceDoc[] | ReadonlyMap<string, SourceDoc>): (doc: string) => DocInfo | undefined {
  const list = Array.isArray(sources) ? (sources as readonly SourceDoc[]) : [...(sources as ReadonlyMap<string, SourceDoc>).values()];
  const byId = new Map(list.map((s) => [s.id, s]));
  return (doc) => {
    const s = byId.get(doc);
    if (!s) return undefined;
    return { title: s.title, url: s.url || undefined, kind: s.kind, language: s.language };
  };
}
