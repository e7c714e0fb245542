import { pageNames, sectionTypes, themeNames, validate } from '@uidsl/dsl';
import { Rng, deriveSeed } from './rng.ts';
import { generatePair, type PairMeta } from './pair.ts';
import { hash32 } from './hash.ts';
import { instructionHashes } from './split-key.ts';
import { quotedJson } from './quoted-json.ts';

export { splitKey } from './split-key.ts';

/** Pairs are made in chunks; a chunk's seed depends only on (seed, shard, chunk index), never on the worker. */
export const CHUNK_SIZE = 1000;

export interface ChunkRequest { seed: number; shard: number; index: number }

/**
 * A generated chunk, in flat form so it crosses a worker boundary by transfer, without copying:
 * UTF-8 bytes and a few typed arrays instead of thousands of small objects or strings. Record i
 * without its id (the writer adds it, since ids follow the order records are kept in) is
 * bytes[ends[i - 1] .. ends[i]) (from 0 for the first), newline included.
 */
export interface ChunkResult {
  index: number;
  bytes: Uint8Array;
  ends: Uint32Array;
  /** Per pair: instruction hash (2 words), document hash (1 word), split hash (1 word). */
  hashes: Uint32Array;
  /** Per pair: page type index, theme index, bit mask of the section types it holds. */
  info: Uint32Array;
  lengths: Uint16Array;
  /** [pair index, reason] for pairs that failed validation (they are not written). */
  rejected: [number, string][];
}

const pageIndex = new Map(pageNames.map((p, i) => [p, i]));
const themeIndex = new Map(themeNames.map((t, i) => [t, i]));
const sectionIndex = new Map(sectionTypes.map((t, i) => [t, i]));
// Section types travel as a 32-bit mask; a schema with more types needs a wider field here.
if (sectionTypes.length > 32) throw new Error(`${sectionTypes.length} section types do not fit the 32-bit section mask`);

const list = (items: string[]) => (items.length ? `["${items.join('","')}"]` : '[]');

/**
 * `JSON.stringify(meta)`, written out: every string in it is a schema name or a prop path from the
 * generator's own tables (letters, digits, - . _), so nothing needs escaping; a test checks the two agree.
 */
export const metaJson = (m: PairMeta) =>
  `{"page":"${m.page}","theme":"${m.theme}","themeNamed":${m.themeNamed},"pageNamed":${m.pageNamed},"sectionsNamed":${m.sectionsNamed},"sections":${list(m.sections)},"style":"${m.style}","shuffled":${m.shuffled},"varied":${list(m.varied)}}`;

/** Bytes a chunk starts with room for; records average about 700, and the buffer grows when needed. */
const BYTES_PER_RECORD = 1024;

/**
 * Makes one chunk a few pairs at a time, so a thread with other work (the one writing the records)
 * can fill the gaps in it with generation and still take its turn at writing promptly.
 */
export class ChunkBuilder {
  private rng: Rng;
  // A standalone buffer (not from Node's shared pool), so its memory can be transferred.
  private bytes: Buffer;
  private at = 0;
  private made = 0;
  private ends: Uint32Array;
  private hashes: Uint32Array;
  private info: Uint32Array;
  private lengths: Uint16Array;
  private rejected: [number, string][] = [];

  constructor(private readonly request: ChunkRequest, private readonly size = CHUNK_SIZE) {
    this.rng = new Rng(deriveSeed(request.seed, request.shard, request.index));
    this.bytes = Buffer.allocUnsafeSlow(size * BYTES_PER_RECORD);
    this.ends = new Uint32Array(size);
    this.hashes = new Uint32Array(size * 4);
    this.info = new Uint32Array(size * 3);
    this.lengths = new Uint16Array(size);
  }

  get done(): boolean {
    return this.made === this.size;
  }

  /** Makes up to `count` more pairs; true when the chunk is complete. */
  step(count: number): boolean {
    const { rng, ends, hashes, info, lengths } = this;
    const stop = Math.min(this.size, this.made + count);
    for (let i = this.made; i < stop; i++) {
      const { instruction, doc, meta } = generatePair(rng);
      const check = validate(doc);
      if (!check.valid) this.rejected.push([i, `${check.issues[0].code} at ${check.issues[0].path}: ${check.issues[0].message}`]);
      // JSON.stringify(minify(doc)): the document as a JSON string. JSON escapes the newlines inside
      // strings, so "\n" only ever ends a record.
      const output = quotedJson(doc);
      const head = `"instruction":${JSON.stringify(instruction)},"output_json_minified":`;
      const tail = `,"meta":${metaJson(meta)}}\n`;
      this.reserve(3 * (head.length + output.length) + tail.length); // UTF-8: at most 3 bytes a UTF-16 unit; the meta is ASCII
      // Written in three parts: joined first, the ASCII parts would be copied into a two-byte string.
      const bytes = this.bytes;
      let at = this.at;
      at += bytes.write(head, at, 'utf8');
      at += bytes.write(output, at, 'utf8');
      at += bytes.write(tail, at, 'latin1');
      this.at = ends[i] = at;
      instructionHashes(instruction, hashes, i * 4);
      hashes[i * 4 + 2] = hash32(output);
      let mask = 0;
      for (const s of doc.page.sections) mask |= 1 << sectionIndex.get(s.type)!;
      info[i * 3] = pageIndex.get(doc.page.name)!;
      info[i * 3 + 1] = themeIndex.get(doc.page.theme)!;
      info[i * 3 + 2] = mask >>> 0;
      lengths[i] = Math.min(instruction.length, 65535);
    }
    this.made = stop;
    return this.done;
  }

  result(): ChunkResult {
    if (!this.done) throw new Error(`chunk ${this.request.index} has ${this.made} of ${this.size} pairs`);
    const { bytes, at, ends, hashes, info, lengths, rejected } = this;
    return { index: this.request.index, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, at), ends, hashes, info, lengths, rejected };
  }

  private reserve(most: number): void {
    if (this.at + most <= this.bytes.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.at + most));
    this.bytes.copy(grown, 0, 0, this.at);
    this.bytes = grown;
  }
}

/** A whole chunk at once. */
export function makeChunk(request: ChunkRequest, size = CHUNK_SIZE): ChunkResult {
  const b = new ChunkBuilder(request, size);
  b.step(size);
  return b.result();
}
