// Generation throughput: validated pairs per second written to disk, with 1 and 2 workers,
// and the peak memory of the whole process (worker threads included).
//
//   npx tsx packages/generator/bench/throughput.ts [--count N] [--workers 1,2] [--seed S]
//
// Results go to docs/dataset.md by hand, with the machine they were measured on. Besides the wall
// clock rate it prints pairs per CPU-second (all threads of the process), which stays meaningful
// on a machine other jobs are loading, where wall-clock rates mostly measure the neighbours.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from '../src/index.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '200000' }, workers: { type: 'string', default: '1,2' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.count);
const workerCounts = values.workers!.split(',').map(Number);

console.log(`node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${count} pairs per run`);
const rows: { workers: number; seconds: number; pairsPerSecond: number; cpuSeconds: number; pairsPerCpuSecond: number; peakRssMiB: number }[] = [];
for (const workers of workerCounts) {
  const dir = mkdtempSync(join(tmpdir(), 'uidsl-bench-'));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const report = await generateDataset({ count, seed: Number(values.seed), outDir: dir, workers });
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpuSeconds = (used.user + used.system) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  rmSync(dir, { recursive: true, force: true });
  if (report.rejected.total) throw new Error(`rejected ${report.rejected.total} pairs`);
  const row = { workers, seconds: Math.round(seconds * 100) / 100, pairsPerSecond: Math.round(count / seconds), cpuSeconds: Math.round(cpuSeconds * 100) / 100, pairsPerCpuSecond: Math.round(count / cpuSeconds), peakRssMiB: Math.round(peak / 2 ** 20) };
  rows.push(row);
  console.log(`workers ${workers}: ${row.pairsPerSecond} pairs/s wall (${row.seconds} s), ${row.pairsPerCpuSecond} pairs per CPU-second (${row.cpuSeconds} CPU-s), peak RSS ${row.peakRssMiB} MiB`);
}
if (rows.length > 1) console.log(`speed-up ${workerCounts.at(-1)} vs ${workerCounts[0]} workers: ${(rows.at(-1)!.pairsPerSecond / rows[0].pairsPerSecond).toFixed(2)}x`);
console.log(JSON.stringify(rows));
