// Penn World Table rows from the snapshot, shaped for growth accounting.
import type { GrowthAccountingInput } from '../formulas.ts';
import { coverageOf, type Coverage } from '../indicator.ts';
import type { Snapshot } from '../snapshot.ts';

/** PWT inputs for one area (years with every column present). Capital = rkna (capital services). */
export type PwtRow = GrowthAccountingInput & { nominal?: number };

export function pwtInputs(snap: Snapshot, area: string): Map<number, PwtRow> {
  const out = new Map<number, PwtRow>();
  for (const r of snap.pwt.byArea.get(area) ?? []) {
    const { rgdpna, emp, avh, hc, rkna, labsh, rtfpna, cgdpo, pl_gdpo, xr } = r;
    if ([rgdpna, emp, avh, hc, rkna, labsh].every((v) => typeof v === 'number')) {
      out.set(r.year, {
        year: r.year,
        Y: rgdpna as number,
        K: rkna as number,
        H: (emp as number) * (avh as number),
        hc: hc as number,
        labsh: labsh as number,
        tfp: typeof rtfpna === 'number' ? rtfpna : undefined,
        // nominal GDP in national currency (PWT identity cgdpo × pl_gdpo × xr), for the GDP deflator
        nominal: typeof cgdpo === 'number' && typeof pl_gdpo === 'number' && typeof xr === 'number' ? cgdpo * pl_gdpo * xr : undefined,
      });
    }
  }
  return out;
}

export function pwtCoverage(snap: Snapshot): Coverage {
  const c = coverageOf(snap.pwt, 'avh', (a) => pwtInputs(snap, a).size > 1);
  const years = c.areas.flatMap((a) => [...pwtInputs(snap, a).keys()]);
  return { areas: c.areas, from: Math.min(...years), to: Math.max(...years) };
}

/** The inputs for from..to inclusive, or the first missing year. */
export function pwtRange(inputs: Map<number, PwtRow>, from: number, to: number): PwtRow[] | number {
  const rows: PwtRow[] = [];
  for (let y = from; y <= to; y++) {
    const r = inputs.get(y);
    if (!r) return y;
    rows.push(r);
  }
  return rows;
}
