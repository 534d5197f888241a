// The labelled support set (test/fixtures/llm/support-set.jsonl): sentences a
// model might write, each citing a page of the advisory or an indicator tool
// result, labelled supported or not. Shared by the calibration test and
// `npx tsx test/llm/support-set.ts` (prints the threshold sweep and the misses).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDocument } from '../../src/corpus/prepare.ts';
import { parseSources } from '../../src/corpus/sources.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { supportOf, type Evidence } from '../../src/answer/llm/support.ts';
import { FIXTURES } from './helpers.ts';

export interface Labelled {
  id: number;
  unit: string;
  split: 'fit' | 'holdout';
  source: number | string;
  lang: 'nl' | 'en';
  kind: string;
  supported: boolean;
  text: string;
}

export const supportSet: Labelled[] = readFileSync(join(FIXTURES, 'support-set.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Labelled);

/** Each sentence with its best score against the evidence it cites (the whole cleaned page, or the tool's JSON). */
export async function scoreSet(): Promise<(Labelled & { score: number; reason?: string })[]> {
  const corpusDir = join(PROJECT_ROOT, 'corpus');
  const docs = parseSources(readFileSync(join(corpusDir, 'sources.yml'), 'utf8'));
  const advisory = docs.find((d) => d.id === 'ser-briefadvies-25-04')!;
  const prepared = await prepareDocument(corpusDir, advisory);
  const tools = JSON.parse(readFileSync(join(FIXTURES, 'support-tools.json'), 'utf8')) as Record<string, string>;
  const evidence = new Map<string, Evidence[]>();
  // a sentence citing page P is read against the index's passages (chunks, with their sections) on P,
  // as the model would have received them; the best of them counts
  const evidenceFor = (source: number | string): Evidence[] => {
    const key = String(source);
    let e = evidence.get(key);
    if (!e) {
      if (typeof source === 'number') {
        const chunks = prepared.chunks.filter((c) => c.page <= source && source <= (c.pageEnd ?? c.page));
        if (!chunks.length) throw new Error(`support set cites page ${source}, not in the advisory`);
        e = chunks.map((c) => ({ id: c.id, text: c.text, context: `${advisory.title} ${c.section}`, kind: 'passage' as const }));
      } else {
        const name = source.replace(/^tool:/, '');
        if (!tools[name]) throw new Error(`support set cites ${source}, not in support-tools.json`);
        e = [{ id: source, text: tools[name], kind: 'tool' }];
      }
      evidence.set(key, e);
    }
    return e;
  };
  return supportSet.map((s) => {
    let best: { score: number; reason?: string } = { score: 0, reason: 'empty' };
    for (const ev of evidenceFor(s.source)) {
      const r = supportOf(s.text, ev, s.lang, 0);
      if (r.score > best.score || best.reason === 'empty') best = r;
    }
    return { ...s, score: best.score, reason: best.score > 0 ? undefined : best.reason };
  });
}

export interface Scores {
  threshold: number;
  precision: number;
  recall: number;
  kept: number;
  n: number;
}

export function measure(rows: { supported: boolean; score: number }[], threshold: number): Scores {
  const kept = rows.filter((r) => r.score >= threshold && r.score > 0);
  const tp = kept.filter((r) => r.supported).length;
  const pos = rows.filter((r) => r.supported).length;
  return { threshold, precision: kept.length ? tp / kept.length : 1, recall: pos ? tp / pos : 1, kept: kept.length, n: rows.length };
}

/** The threshold fitted on the fit split: highest recall with precision ≥ 0.95; ties take the higher threshold. */
export function fitThreshold(rows: { supported: boolean; score: number }[], minPrecision = 0.95): Scores {
  let best: Scores | undefined;
  for (let t = 0.3; t <= 0.951; t += 0.05) {
    const s = measure(rows, Math.round(t * 100) / 100);
    if (s.precision < minPrecision) continue;
    if (!best || s.recall > best.recall || (s.recall === best.recall && s.threshold > best.threshold)) best = s;
  }
  if (!best) throw new Error(`no threshold reaches precision ${minPrecision}`);
  return best;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const rows = await scoreSet();
  for (const split of ['fit', 'holdout'] as const) {
    const part = rows.filter((r) => r.split === split);
    console.log(`\n${split}: ${part.length} sentences (${part.filter((r) => r.supported).length} supported)`);
    for (let t = 0.3; t <= 0.951; t += 0.05) {
      const s = measure(part, Math.round(t * 100) / 100);
      console.log(`  t=${s.threshold.toFixed(2)} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} kept=${s.kept}`);
    }
  }
  const fitted = fitThreshold(rows.filter((r) => r.split === 'fit'));
  console.log('\nfitted on fit:', fitted, '\nholdout at it:', measure(rows.filter((r) => r.split === 'holdout'), fitted.threshold), '\nall:', measure(rows, fitted.threshold));
  const t = Number(process.argv[2] ?? fitted.threshold);
  console.log(`\nmisses at ${t}:`);
  for (const r of rows) {
    const kept = r.score >= t && r.score > 0;
    if (kept !== r.supported) console.log(`  ${r.split} ${r.supported ? 'FN' : 'FP'} ${r.kind} ${r.lang} ${r.source} score=${r.score.toFixed(2)} ${r.reason ?? ''} :: ${r.text}`);
  }
}
