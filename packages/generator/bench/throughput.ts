// Generation throughput: validated pairs per second written to disk, with 1 and 2 workers,
// and the peak memory of the whole process (worker threads included).
//
//   npx tsx packages/generator/bench/throughput.ts [--count N] [--workers 1,2] [--seed S]
//
// Results go to docs/dataset.md by hand, with the machine they were measured on.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from '../src/index.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '200000' }, workers: { type: 'string', default: '1,2' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.count);
const workerCounts = values.workers!.split(',').map(Number);

console.log(`node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}; ${count} pairs per run`);
const rows: { workers: number; seconds: number; pairsPerSecond: number; peakRssMiB: number }[] = [];
for (const workers of workerCounts) {
  const dir = mkdtempSync(join(tmpdir(), 'uidsl-bench-'));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const report = await generateDataset({ count, seed: Number(values.seed), outDir: dir, workers });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  rmSync(dir, { recursive: true, force: true });
  if (report.rejected.total) throw new Error(`rejected ${report.rejected.total} pairs`);
  rows.push({ workers, seconds: Math.round(seconds * 100) / 100, pairsPerSecond: Math.round(count / seconds), peakRssMiB: Math.round(peak / 2 ** 20) });
  console.log(`workers ${workers}: ${rows.at(-1)!.pairsPerSecond} pairs/s (${rows.at(-1)!.seconds} s), peak RSS ${rows.at(-1)!.peakRssMiB} MiB`);
}
if (rows.length > 1) console.log(`speed-up ${workerCounts.at(-1)} vs ${workerCounts[0]} workers: ${(rows.at(-1)!.pairsPerSecond / rows[0].pairsPerSecond).toFixed(2)}x`);
console.log(JSON.stringify(rows));
