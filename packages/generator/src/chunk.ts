import { minify, pageNames, sectionTypes, themeNames, validate } from '@uidsl/dsl';
import { Rng, deriveSeed } from './rng.ts';
import { generatePair } from './pair.ts';
import { hash64 } from './hash.ts';

/** Pairs are made in chunks; a chunk's seed depends only on (seed, shard, chunk index), never on the worker. */
export const CHUNK_SIZE = 1000;

export interface ChunkRequest { seed: number; shard: number; index: number }

/**
 * A generated chunk, in flat form so it crosses a worker boundary cheaply: one string and a few
 * typed arrays instead of thousands of small objects. Line i of `text` is record i without its
 * id (the writer adds it, since ids follow the order records are kept in).
 */
export interface ChunkResult {
  index: number;
  text: string;
  /** Per pair: instruction hash (2 words), document hash (1 word), split hash (1 word). */
  hashes: Uint32Array;
  /** Per pair: page type index, theme index, bit mask of the section types it holds. */
  info: Uint32Array;
  lengths: Uint16Array;
  /** [pair index, reason] for pairs that failed validation (they are not written). */
  rejected: [number, string][];
}

/** Letters and digits only: noise variants of one description (spaces, doubled commas) share a split. */
const PUNCTUATION = /[\s，。、,.;；:：!！?？~～"'“”‘’「」《》<>（）()[\]【】\/|｜+\-—_>→]+/g;
export const splitKey = (instruction: string) => instruction.replace(PUNCTUATION, '').toLowerCase();

const pageIndex = new Map(pageNames.map((p, i) => [p, i]));
const themeIndex = new Map(themeNames.map((t, i) => [t, i]));
const sectionIndex = new Map(sectionTypes.map((t, i) => [t, i]));
// Section types travel as a 32-bit mask; a schema with more types needs a wider field here.
if (sectionTypes.length > 32) throw new Error(`${sectionTypes.length} section types do not fit the 32-bit section mask`);

export function makeChunk({ seed, shard, index }: ChunkRequest, size = CHUNK_SIZE): ChunkResult {
  const rng = new Rng(deriveSeed(seed, shard, index));
  const lines: string[] = [];
  const hashes = new Uint32Array(size * 4);
  const info = new Uint32Array(size * 3);
  const lengths = new Uint16Array(size);
  const rejected: [number, string][] = [];
  for (let i = 0; i < size; i++) {
    const { instruction, doc, meta } = generatePair(rng);
    const check = validate(doc);
    if (!check.valid) rejected.push([i, `${check.issues[0].code} at ${check.issues[0].path}: ${check.issues[0].message}`]);
    const json = minify(doc);
    lines.push(`"instruction":${JSON.stringify(instruction)},"output_json_minified":${JSON.stringify(json)},"meta":${JSON.stringify(meta)}}`);
    const [a, b] = hash64(instruction);
    hashes[i * 4] = a;
    hashes[i * 4 + 1] = b;
    hashes[i * 4 + 2] = hash64(json)[0];
    hashes[i * 4 + 3] = hash64(splitKey(instruction), 0x5eed)[0];
    let mask = 0;
    for (const s of doc.page.sections) mask |= 1 << sectionIndex.get(s.type)!;
    info[i * 3] = pageIndex.get(doc.page.name)!;
    info[i * 3 + 1] = themeIndex.get(doc.page.theme)!;
    info[i * 3 + 2] = mask >>> 0;
    lengths[i] = Math.min(instruction.length, 65535);
  }
  // JSON.stringify escapes newlines inside strings, so "\n" only ever separates records.
  return { index, text: lines.join('\n'), hashes, info, lengths, rejected };
}
