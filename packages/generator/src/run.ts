import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { HashTable64 } from './hash.ts';
import { inlineSource, workerSource, type ChunkSource } from './pool.ts';
import { ReportBuilder, type Report } from './report.ts';
import { instructionHashes } from './split-key.ts';
import { DEFAULT_RATIOS, SPLITS, shardFile, splitOf, type SplitName, type SplitRatios } from './splits.ts';

export interface GenerateOptions {
  count: number;
  seed: number;
  outDir: string;
  /** Each split is written as this many files, shard k from its own stream (seed, k). */
  shards?: number;
  /** Only this shard (an Indexed Job's index); default: every shard, one after another. */
  shardIndex?: number;
  workers?: number;
  ratios?: SplitRatios;
  /**
   * JSONL files (records with an `instruction`) whose instructions are held out: a pair with one of
   * them is not written, so a new training set never holds a validation or test instruction of another.
   */
  exclude?: string[];
  /** Called as records are kept: (kept so far, target). */
  onProgress?: (done: number, total: number) => void;
}

const PARTIAL = '.partial';
/** Stops a generator that cannot find enough distinct pairs instead of spinning forever. */
const MAX_ATTEMPTS_PER_RECORD = 20;

/** Bytes gathered before each write to disk. */
const WRITE_SIZE = 1 << 20;

/** Buffered appends to a file open under a temporary name, renamed into place when complete. */
class AtomicWriter {
  private fd: number;
  private buf = Buffer.allocUnsafe(2 * WRITE_SIZE);
  private size = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path + PARTIAL, 'w');
  }
  /** Appends one record: `{"id":"<id>",` and then its other fields, bytes[start..end) of a chunk. */
  record(id: string, bytes: Buffer, start: number, end: number): void {
    const need = id.length + 9 + end - start;
    if (this.size + need > this.buf.length) {
      this.flush();
      if (need > this.buf.length) this.buf = Buffer.allocUnsafe(2 * need);
    }
    this.size += this.buf.write(`{"id":"${id}",`, this.size, 'latin1');
    this.size += bytes.copy(this.buf, this.size, start, end);
    if (this.size >= WRITE_SIZE) this.flush();
  }
  flush(): void {
    for (let done = 0; done < this.size; ) done += writeSync(this.fd, this.buf, done, this.size - done);
    this.size = 0;
  }
  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.path + PARTIAL, this.path);
  }
}

/** Share of `count` for shard k of K: as equal as can be, the first ones taking the remainder. */
export const shardCount = (count: number, shard: number, shards: number) => Math.floor(count / shards) + (shard < count % shards ? 1 : 0);

/** Writes a file atomically (temp name, then rename), so a reader never sees half of it. */
export function writeFileAtomic(path: string, text: string): void {
  const fd = openSync(path + PARTIAL, 'w');
  writeSync(fd, text);
  closeSync(fd);
  renameSync(path + PARTIAL, path);
}

type ShardOptions = Required<Omit<GenerateOptions, 'shardIndex' | 'onProgress' | 'exclude'>> & { onProgress?: GenerateOptions['onProgress']; heldOut?: HashTable64 };

async function runShard(o: ShardOptions, shard: number, base: number, total: number): Promise<{ report: ReportBuilder; files: string[] }> {
  const target = shardCount(o.count, shard, o.shards);
  const report = new ReportBuilder();
  const writers = Object.fromEntries(SPLITS.map((s) => [s, new AtomicWriter(join(o.outDir, shardFile(s, shard, o.shards)))])) as Record<SplitName, AtomicWriter>;
  // instruction hash -> document hash: a repeat with the same document is a duplicate, with another a conflict.
  const seen = new HashTable64(Math.min(target, 1 << 22));
  let chunkIndex = 0;
  const next = () => ({ seed: o.seed, shard, index: chunkIndex++ });
  const source: ChunkSource = o.workers > 1 ? workerSource(next, o.workers) : inlineSource(next);
  const idPrefix = `s${o.seed}-${shard}-`;
  try {
    while (report.written < target) {
      if (report.attempts >= target * MAX_ATTEMPTS_PER_RECORD + 1000) throw new Error(`only ${report.written} distinct pairs found in ${report.attempts} attempts`);
      const chunk = await source.next();
      const h = chunk.hashes;
      const bytes = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
      const rejected = chunk.rejected.length ? new Map(chunk.rejected) : undefined;
      for (let i = 0, start = 0; i < chunk.ends.length && report.written < target; start = chunk.ends[i++]) {
        report.attempts++;
        const why = rejected?.get(i);
        if (why) {
          report.reject(why);
          continue;
        }
        if (o.heldOut?.get(h[i * 4], h[i * 4 + 1]) !== undefined) {
          report.heldOut++;
          continue;
        }
        const prior = seen.getOrSet(h[i * 4], h[i * 4 + 1], h[i * 4 + 2]);
        if (prior !== undefined) {
          if (prior === h[i * 4 + 2]) report.duplicates++;
          else report.reject('conflict: same instruction, different document');
          continue;
        }
        const split = splitOf(h[i * 4 + 3], o.ratios);
        writers[split].record(idPrefix + report.written, bytes, start, chunk.ends[i]);
        report.keep(chunk.info[i * 3], chunk.info[i * 3 + 1], chunk.info[i * 3 + 2], chunk.lengths[i], split);
        if ((report.written & 1023) === 0) o.onProgress?.(base + report.written, total);
      }
    }
  } finally {
    await source.close();
  }
  for (const w of Object.values(writers)) w.commit();
  o.onProgress?.(base + report.written, total);
  return { report, files: Object.values(writers).map((w) => w.path) };
}

/** The instruction hashes of every record in `files`, as the generator hashes its own. */
function heldOutInstructions(files: string[]): HashTable64 {
  const table = new HashTable64(1 << 14);
  const h = new Uint32Array(4);
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`--exclude ${file}: ${(err as Error).message}`);
    }
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let instruction: unknown;
      try {
        instruction = JSON.parse(line).instruction;
      } catch {
        throw new Error(`--exclude ${file}:${i + 1}: not a JSON line`);
      }
      if (typeof instruction !== 'string') throw new Error(`--exclude ${file}:${i + 1}: no "instruction" string`);
      instructionHashes(instruction, h, 0);
      table.getOrSet(h[0], h[1], 1);
    });
  }
  return table;
}

/**
 * Generates the dataset: train/val/test JSONL (sharded when asked) and report.json in `outDir`.
 * Same options, same bytes: chunk seeds depend on (seed, shard, chunk) only, and chunks are
 * consumed in order whatever the number of workers.
 */
export async function generateDataset(options: GenerateOptions): Promise<Report> {
  const started = performance.now();
  const o = { shards: 1, workers: 1, ratios: DEFAULT_RATIOS, ...options };
  if (!Number.isInteger(o.count) || o.count < 1) throw new Error(`--count must be a positive whole number; got ${o.count}`);
  if (!Number.isInteger(o.shards) || o.shards < 1) throw new Error(`--shards must be a positive whole number; got ${o.shards}`);
  if (o.shardIndex !== undefined && !(Number.isInteger(o.shardIndex) && o.shardIndex >= 0 && o.shardIndex < o.shards)) {
    throw new Error(`--shard-index must be between 0 and ${o.shards - 1}; got ${o.shardIndex}`);
  }
  mkdirSync(o.outDir, { recursive: true });
  // Leftovers of an interrupted run never look whole (they keep the .partial suffix); clear them.
  for (const f of readdirSync(o.outDir)) if (f.endsWith(PARTIAL)) rmSync(join(o.outDir, f));
  const shards = o.shardIndex === undefined ? Array.from({ length: o.shards }, (_, k) => k) : [o.shardIndex];
  const heldOut = o.exclude?.length ? heldOutInstructions(o.exclude) : undefined;
  const total = shards.reduce((n, k) => n + shardCount(o.count, k, o.shards), 0);
  const all = new ReportBuilder();
  const files: string[] = [];
  let base = 0;
  for (const k of shards) {
    const { report, files: f } = await runShard({ ...o, workers: o.workers, ratios: o.ratios, shards: o.shards, heldOut }, k, base, total);
    base += report.written;
    all.merge(report);
    files.push(...f);
  }
  const reportName = o.shardIndex === undefined ? 'report.json' : shardFile('report', o.shardIndex, o.shards, 'json');
  const report = all.build({
    options: { count: o.count, seed: o.seed, shards: o.shards, shardIndex: o.shardIndex ?? null, workers: o.workers, ratios: o.ratios, ...(o.exclude?.length ? { exclude: o.exclude } : {}) },
    requested: total,
    files: [...files.map((f) => f.slice(o.outDir.length).replace(/^[\\/]/, '')), reportName],
    seconds: (performance.now() - started) / 1000,
  });
  writeFileAtomic(join(o.outDir, reportName), JSON.stringify(report, null, 2) + '\n');
  return report;
}
