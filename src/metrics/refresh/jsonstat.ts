// JSON-stat 2.0 (Eurostat statistics API) → flat observations.
export interface JsonStatDataset {
  version?: string;
  class?: string;
  id: string[];
  size: number[];
  value: (number | null)[] | Record<string, number | null>;
  dimension: Record<string, { category: { index: Record<string, number> | string[]; label?: Record<string, string> } }>;
  updated?: string;
}

/** Every non-null cell as { <dimension id>: category code, value }. Row-major over `id`/`size`. */
export function jsonStatObservations(ds: JsonStatDataset): (Record<string, string> & { value: number })[] {
  if (!ds || !Array.isArray(ds.id) || !Array.isArray(ds.size) || !ds.dimension) throw new Error('not a JSON-stat 2.0 dataset (id, size, dimension missing)');
  const codes = ds.id.map((d) => {
    const idx = ds.dimension[d].category.index;
    const list: string[] = [];
    if (Array.isArray(idx)) idx.forEach((c, i) => (list[i] = c));
    else for (const [c, i] of Object.entries(idx)) list[i] = c;
    return list;
  });
  const entries: [number, number | null][] = Array.isArray(ds.value)
    ? ds.value.map((v, i) => [i, v] as [number, number | null])
    : Object.entries(ds.value).map(([k, v]) => [Number(k), v] as [number, number | null]);
  const out: (Record<string, string> & { value: number })[] = [];
  for (const [flat, v] of entries) {
    if (v === null || v === undefined) continue;
    let rest = flat;
    const obs: Record<string, string> = {};
    for (let d = ds.id.length - 1; d >= 0; d--) {
      obs[ds.id[d]] = codes[d][rest % ds.size[d]];
      rest = Math.floor(rest / ds.size[d]);
    }
    out.push({ ...obs, value: v } as Record<string, string> & { value: number });
  }
  return out;
}
