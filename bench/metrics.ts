// Benchmark: warm runIndicator time per indicator (goal < 20 ms) and chart render time.
// Run: npx tsx bench/metrics.ts
import { performance } from 'node:perf_hooks';
import { renderChartPng } from '../src/metrics/chart.ts';
import { BUNDLED_SNAPSHOT_DIR, INDICATOR_IDS, loadSnapshot, runIndicator } from '../src/metrics/index.ts';

const t0 = performance.now();
loadSnapshot(BUNDLED_SNAPSHOT_DIR);
const load = performance.now() - t0;

const rows: string[] = [];
for (const id of INDICATOR_IDS) {
  await runIndicator(id, {}); // warm
  const n = 50;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await runIndicator(id, {});
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  rows.push(`| ${id} | ${times[Math.floor(n / 2)].toFixed(2)} | ${times[Math.floor(n * 0.95)].toFixed(2)} |`);
}

const r = await runIndicator('productivity-growth', {});
const c0 = performance.now();
await renderChartPng(r.chart!);
const firstChart = performance.now() - c0;
const chartTimes: number[] = [];
let size = 0;
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  size = (await renderChartPng(r.chart!)).length;
  chartTimes.push(performance.now() - s);
}
chartTimes.sort((a, b) => a - b);

console.log(`Snapshot load (cold, parse CSVs): ${load.toFixed(1)} ms\n`);
console.log('| indicator (defaults, warm) | median ms | p95 ms |');
console.log('|---|---|---|');
for (const row of rows) console.log(row);
console.log('\n| chart | ms |');
console.log('|---|---|');
console.log(`| first render (incl. font load) | ${firstChart.toFixed(0)} |`);
console.log(`| warm render, median of 5 | ${chartTimes[2].toFixed(0)} |`);
console.log(`| PNG size | ${(size / 1024).toFixed(0)} kB |`);
