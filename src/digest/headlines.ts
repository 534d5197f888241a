// The digest's headline figures, computed by the metrics module from the
// snapshot (pure over a Snapshot), each with its source and the advisory's own
// number beside it. Dutch text: the digest is for the SER's staff.
import { ADVISORY_RD } from '../metrics/advisory.ts';
import { runIndicatorSync } from '../metrics/run.ts';
import type { Snapshot } from '../metrics/snapshot.ts';
import type { Figure, FigureSource } from '../metrics/types.ts';

export interface Headline {
  id: 'productivity' | 'rd';
  /** one line of Dutch text, figures with their periods */
  text: string;
  /** "Bron: …" with dataset and retrieval date, and the advisory's page */
  source: string;
  figures: Figure[];
}

const nl = (v: number, d = 2) => v.toFixed(d).replace('.', ',').replace(/^-/, '−');
const signed = (v: number, d = 2) => (v > 0 ? `+${nl(v, d)}` : nl(v, d));
const code = (a: string) => ({ US: 'VS', OECD: 'OESO' })[a] ?? a;

/** A publisher as short as a source line can have it. */
const shortPublisher = (p: string) => (/Our World in Data/.test(p) ? 'UNESCO UIS via Our World in Data' : p === 'World Bank' ? 'Wereldbank' : p === 'OECD' ? 'OESO' : p);

/**
 * "Bron: Wereldbank NY.GDP.MKTP.PP.KD; OESO DSD_NAMAIN10@DF_TABLE3_EMPDC, opgehaald 2026-11-28; SER-advies 25/04, p. 8":
 * publisher and table code of each distinct dataset, the retrieval date once when they share it.
 */
export function sourceText(sources: FigureSource[]): string {
  const data = new Map<string, string>(); // "publisher code" → retrieved
  const pages = new Set<number>();
  for (const s of sources) {
    if (s.page !== undefined) pages.add(s.page);
    else data.set(`${shortPublisher(s.publisher)} ${s.table.split(/[\s(]/)[0]}`, s.retrieved);
  }
  const dates = new Set(data.values());
  const parts = dates.size <= 1
    ? [`${[...data.keys()].join('; ')}${dates.size ? `, opgehaald ${[...dates][0]}` : ''}`]
    : [...data].map(([k, d]) => `${k}, opgehaald ${d}`);
  if (pages.size) parts.push(`SER-advies 25/04, p. ${[...pages].sort((a, b) => a - b).join(', ')}`);
  return `Bron: ${parts.filter(Boolean).join('; ')}`;
}

/** Productivity growth NL vs EU27 and US over the last ten years of NL data (each area its own period), and NL's latest year. */
function productivityHeadline(snap: Snapshot): Headline {
  const probe = runIndicatorSync('productivity-growth', { country: 'NL', vs: [] }, { snapshot: snap });
  const lastNl = Number(probe.figures.find((f) => f.label === 'GDP per hour worked, level')!.period);
  const r = runIndicatorSync('productivity-growth', { country: 'NL', vs: ['EU27', 'US'], from: lastNl - 10 }, { snapshot: snap });
  const avg = r.figures.filter((f) => f.label === 'GDP per hour worked, average annual growth');
  const latest = r.figures.filter((f) => f.label === 'GDP per hour worked, annual change' && f.country === 'NL').at(-1)!;
  const parts = avg.map((f) => `${code(f.country)} ${signed(f.value)} % (${f.period})`);
  return {
    id: 'productivity',
    text: `Arbeidsproductiviteit per gewerkt uur, gemiddelde groei per jaar: ${parts.join(', ')}; NL in ${latest.period}: ${signed(latest.value)} %.`,
    source: sourceText(r.sources),
    figures: [...avg, latest],
  };
}

/** R&D intensity NL vs EU27 and US in the latest common year, the gap to 3 % (pp and euros), beside the advisory's 2.2 / 2.7 / 3 %. */
function rdHeadline(snap: Snapshot): Headline {
  const r = runIndicatorSync('rd-intensity', { country: 'NL', vs: ['EU27', 'US'] }, { snapshot: snap });
  const val = (c: string) => r.figures.find((f) => f.country === c && f.label === 'R&D expenditure (GERD), % of GDP')!;
  const gap = r.figures.find((f) => /^Gap to the/.test(f.label))!;
  const eur = r.figures.find((f) => /^Extra R&D spending needed/.test(f.label));
  const nlv = val('NL');
  const text =
    `R&D-uitgaven NL ${nl(nlv.value)} % van het bbp (${nlv.period}; EU27 ${nl(val('EU27').value)} %, VS ${nl(val('US').value)} %): ` +
    `${nl(gap.value)} procentpunt onder de 3 %-doelstelling${eur ? `, ≈ ${nl(eur.value, 1)} mld. euro per jaar` : ''}. ` +
    `Het advies (p. 8) noemt ${nl(ADVISORY_RD.nl.value, 1)} % tegen een OESO-gemiddelde van ${nl(ADVISORY_RD.oecd.value, 1)} %.`;
  const sources = [...r.figures.filter((f) => f.country !== 'OECD').map((f) => f.source), ADVISORY_RD.nl.source];
  return { id: 'rd', text, source: sourceText(sources), figures: [val('NL'), val('EU27'), val('US'), gap, ...(eur ? [eur] : []), ADVISORY_RD.nl, ADVISORY_RD.oecd, ADVISORY_RD.ambition] };
}

/** The headline figures; one that cannot be computed from this snapshot is left out (and named in `missing`). */
export function computeHeadlines(snap: Snapshot): { headlines: Headline[]; missing: string[] } {
  const headlines: Headline[] = [];
  const missing: string[] = [];
  for (const [id, f] of [['productivity', productivityHeadline], ['rd', rdHeadline]] as const) {
    try {
      headlines.push(f(snap));
    } catch (err) {
      missing.push(`${id}: ${(err as Error).message.split('. ')[0]}`);
    }
  }
  return { headlines, missing };
}
