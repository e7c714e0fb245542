import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import { generateDataset, parseRatios, summarise, DEFAULT_RATIOS } from '@uidsl/generator';

const HELP = `usage: uidsl data generate --out DIR [options]

Writes train.jsonl, val.jsonl, test.jsonl and report.json to DIR: one record a line,
{"id","instruction","output_json_minified","meta"}. Same options, same bytes.

options:
  --count N          records to write, after dropping duplicates (default 10000)
  --seed S           random seed (default 1)
  --out DIR          output folder (required)
  --shards K         write each split as K files, shard k generated from (seed, k) (default 1)
  --shard-index I    generate only shard I of K (one job of a sharded run, e.g. a Kubernetes Indexed Job)
  --workers W        generators: the main thread plus W-1 worker threads (default 1)
  --split A,B,C      train,val,test shares (default ${DEFAULT_RATIOS.train},${DEFAULT_RATIOS.val},${DEFAULT_RATIOS.test})
  --exclude F[,F]    JSONL files whose instructions are held out: no pair with one of them is written
  --quiet            no progress output
`;

const whole = (name: string, text: string | undefined, fallback: number, min = 0): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be a whole number >= ${min}; got "${text}"`);
  return n;
};

class UsageError extends Error {}

/** A progress bar with rate and ETA on a terminal; a plain line every few seconds otherwise (CI logs). */
function progressReporter(quiet: boolean): { update: (done: number, total: number) => void; stop: () => void } {
  if (quiet) return { update: () => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'generating |{bar}| {percentage}% {value}/{total} pairs | {rate} pairs/s | ETA {eta_formatted}', hideCursor: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const t0 = performance.now();
    return {
      update(done, total) {
        if (!started) { bar.start(total, 0, { rate: 0 }); started = true; }
        bar.update(done, { rate: Math.round(done / ((performance.now() - t0) / 1000 || 1)) });
      },
      stop: () => bar.stop(),
    };
  }
  const t0 = performance.now();
  let last = 0;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 5000 && done < total) return;
      last = now;
      const secs = (now - t0) / 1000;
      const rate = done / (secs || 1);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      process.stderr.write(`generating: ${done}/${total} pairs (${Math.round((done / total) * 100)}%), ${Math.round(rate)} pairs/s, eta ${eta}s\n`);
    },
    stop: () => {},
  };
}

export async function run(argv: string[]): Promise<number> {
  let opts;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, shards: { type: 'string' }, 'shard-index': { type: 'string' },
        workers: { type: 'string' }, split: { type: 'string' }, exclude: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (!values.out) throw new UsageError('--out DIR is required');
    const workers = whole('--workers', values.workers, 1, 1);
    if (workers > Math.max(64, availableParallelism() * 4)) throw new UsageError(`--workers ${workers} is more than this machine can use`);
    opts = {
      count: whole('--count', values.count, 10000, 1),
      seed: whole('--seed', values.seed, 1),
      outDir: values.out,
      shards: whole('--shards', values.shards, 1, 1),
      shardIndex: values['shard-index'] === undefined ? undefined : whole('--shard-index', values['shard-index'], 0),
      workers,
      ratios: values.split ? parseRatios(values.split) : DEFAULT_RATIOS,
      exclude: values.exclude ? values.exclude.split(',').map((f) => f.trim()).filter(Boolean) : undefined,
      quiet: values.quiet ?? false,
    };
    if (opts.shardIndex !== undefined && opts.shardIndex >= opts.shards) throw new UsageError(`--shard-index must be below --shards (${opts.shards}); got ${opts.shardIndex}`);
  } catch (err) {
    process.stderr.write(`uidsl data generate: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const progress = progressReporter(opts.quiet);
  try {
    const report = await generateDataset({ ...opts, onProgress: progress.update });
    progress.stop();
    process.stdout.write(summarise(report) + '\n');
    return report.rejected.total > 0 ? 1 : 0;
  } catch (err) {
    progress.stop();
    process.stderr.write(`uidsl data generate: ${(err as Error).message}\n`);
    return 1;
  }
}
