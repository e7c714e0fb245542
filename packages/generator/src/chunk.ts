import { minify, validate } from '@uidsl/dsl';
import { Rng, deriveSeed } from './rng.ts';
import { generatePair } from './pair.ts';
import { hash64 } from './hash.ts';

/** Pairs are made in chunks; a chunk's seed depends only on (seed, shard, chunk index), never on the worker. */
export const CHUNK_SIZE = 1000;

export interface ChunkRequest { seed: number; shard: number; index: number }

/**
 * A generated chunk, in flat arrays so it crosses a worker boundary cheaply. `lines[i]` is the
 * record without its id (the writer adds it, since ids follow the order records are kept in).
 */
export interface ChunkResult {
  index: number;
  lines: string[];
  /** Per pair: instruction hash (2 words), document hash (1 word), split hash (1 word). */
  hashes: Uint32Array;
  pages: string[];
  themes: string[];
  sections: string[][];
  lengths: Uint16Array;
  /** Empty when the pair is valid; otherwise why it was rejected (the pair is not written). */
  rejected: string[];
}

/** Letters and digits only: noise variants of one description (spaces, doubled commas) share a split. */
const PUNCTUATION = /[\s，。、,.;；:：!！?？~～"'“”‘’「」《》<>（）()[\]【】\/|｜+\-—_>→]+/g;
export const splitKey = (instruction: string) => instruction.replace(PUNCTUATION, '').toLowerCase();

export function makeChunk({ seed, shard, index }: ChunkRequest, size = CHUNK_SIZE): ChunkResult {
  const rng = new Rng(deriveSeed(seed, shard, index));
  const out: ChunkResult = { index, lines: [], hashes: new Uint32Array(size * 4), pages: [], themes: [], sections: [], lengths: new Uint16Array(size), rejected: [] };
  for (let i = 0; i < size; i++) {
    const { instruction, doc, meta } = generatePair(rng);
    const check = validate(doc);
    const json = minify(doc);
    out.rejected.push(check.valid ? '' : `${check.issues[0].code} at ${check.issues[0].path}: ${check.issues[0].message}`);
    out.lines.push(`"instruction":${JSON.stringify(instruction)},"output_json_minified":${JSON.stringify(json)},"meta":${JSON.stringify(meta)}}`);
    const [a, b] = hash64(instruction);
    out.hashes[i * 4] = a;
    out.hashes[i * 4 + 1] = b;
    out.hashes[i * 4 + 2] = hash64(json)[0];
    out.hashes[i * 4 + 3] = hash64(splitKey(instruction), 0x5eed)[0];
    out.pages.push(meta.page);
    out.themes.push(meta.theme);
    out.sections.push(meta.sections);
    out.lengths[i] = Math.min(instruction.length, 65535);
  }
  return out;
}
