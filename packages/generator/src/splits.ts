/** The three splits and their default shares; a record's split comes from its instruction's hash. */
export const SPLITS = ['train', 'val', 'test'] as const;
export type SplitName = (typeof SPLITS)[number];
export type SplitRatios = Record<SplitName, number>;
export const DEFAULT_RATIOS: SplitRatios = { train: 0.9, val: 0.05, test: 0.05 };

/** Parses "0.9,0.05,0.05" (or "90,5,5"), normalised to sum 1. */
export function parseRatios(text: string): SplitRatios {
  const parts = text.split(/[,:/]/).map(Number);
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x) || x < 0) || parts[0] + parts[1] + parts[2] <= 0) {
    throw new Error(`split ratios must be three non-negative numbers like 0.9,0.05,0.05; got "${text}"`);
  }
  const sum = parts[0] + parts[1] + parts[2];
  return { train: parts[0] / sum, val: parts[1] / sum, test: parts[2] / sum };
}

/**
 * Split of a record from a 32-bit hash of its normalised instruction: the same instruction
 * always lands in the same split, in every shard and every run, so splits cannot leak.
 */
export function splitOf(hash: number, r: SplitRatios): SplitName {
  const x = hash / 4294967296;
  return x < r.train ? 'train' : x < r.train + r.val ? 'val' : 'test';
}

/** File name of one split's shard: train.jsonl, or train-00002-of-00008.jsonl when sharded. */
export function shardFile(split: string, shard: number, shards: number, ext = 'jsonl'): string {
  return shards === 1 ? `${split}.${ext}` : `${split}-${String(shard).padStart(5, '0')}-of-${String(shards).padStart(5, '0')}.${ext}`;
}
