import { createDeflate, inflateRawSync, crc32 as nativeCrc32, constants } from 'node:zlib';

/**
 * A PNG assembled from pieces compressed ahead of time. A PNG's pixels are one zlib stream cut into any
 * number of IDAT chunks, and a deflate stream may be a run of non-final blocks each ending on a byte
 * boundary (a sync flush). So a band of rows, deflated on its own and sync-flushed, can be kept as a
 * finished IDAT chunk and laid next to others: a page is its blocks' chunks plus a header, a closing
 * empty block and the Adler-32 of all rows, combined from the bands' own sums without reading a pixel.
 * Rows are 8-bit RGBA with filter 0, so a band does not depend on the rows above it. The page is opaque;
 * the alpha channel is kept because the canvas gives RGBA and dropping it cost the main thread more
 * (a pass over every pixel in JavaScript) than its bytes cost zlib on the thread pool.
 */
export interface Strip {
  width: number;
  rows: number;
  /** The band's IDAT chunks, each length, type, raw deflate data (sync-flushed, not final), CRC. */
  chunk: Buffer;
  /** Adler-32 of the band's filtered rows, and how many bytes they are. */
  adler: number;
  length: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ADLER_MOD = 65521;

const crcTable = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
/** CRC-32 in JavaScript, for Node 20 before 20.15 (the engines field allows them), which has no zlib.crc32. */
export function tableCrc32(data: Uint8Array): number {
  let c = ~0;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
const crc32: (data: Uint8Array) => number = typeof nativeCrc32 === 'function' ? (d) => nativeCrc32(d) : tableCrc32;

/** The Adler-32 of two byte runs laid end to end, from each run's own (zlib's adler32_combine). */
export function adlerCombine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_MOD;
  const a1 = first & 0xffff;
  const b1 = first >>> 16;
  const a2 = second & 0xffff;
  const b2 = second >>> 16;
  const a = (a1 + a2 + ADLER_MOD - 1) % ADLER_MOD;
  const b = (b1 + b2 + ((rem * a1) % ADLER_MOD) + ADLER_MOD - rem) % ADLER_MOD;
  return ((b << 16) | a) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Deflates a band's rows on libuv's thread pool, so the main thread goes on laying out the next block.
 * The rows are written, sync-flushed, then the stream is ended: zlib then adds only an empty final
 * block and the Adler-32 of the rows, which it computes natively as it goes.
 */
function deflateBand(filtered: Buffer): Promise<{ data: Buffer; adler: number }> {
  return new Promise((resolve, reject) => {
    // Level 1: the pages are flat colour and repeated rows, which the fastest level already finds.
    const z = createDeflate({ level: 1, chunkSize: 256 * 1024 });
    const parts: Buffer[] = [];
    z.on('data', (d: Buffer) => parts.push(d));
    z.on('error', reject);
    z.on('end', () => {
      const out = Buffer.concat(parts);
      // 2-byte header | the rows' blocks, ending on the sync flush's 00 00 FF FF | 03 00 (empty final block) | Adler-32
      const end = out.length - 6;
      if (out[end] !== 0x03 || out[end + 1] !== 0x00 || out.readUInt32BE(end - 4) !== 0x0000ffff) {
        reject(new Error('zlib ended a band in an unexpected way'));
        return;
      }
      resolve({ data: out.subarray(2, end), adler: out.readUInt32BE(end + 2) });
    });
    z.write(filtered);
    z.flush(constants.Z_SYNC_FLUSH, () => z.end());
  });
}

// Bands are deflated in pieces of about this many bytes of rows: the pieces of a tall block compress
// side by side on the thread pool, and each goes into a scratch buffer that is reused afterwards.
// (A fresh multi-megabyte buffer per block cost more in page faults and garbage collection than
// copying the rows into it: 7.8 against 1.6 ms for the home page at dpr 2.)
const PIECE = 1 << 20;
const scratch: Buffer[] = [];
const borrow = (): Buffer => scratch.pop() ?? Buffer.allocUnsafe(PIECE);
const giveBack = (b: Buffer): void => {
  if (scratch.length < 32) scratch.push(b);
};

/** Strips laid end to end as one: their chunks in order, their sums combined. */
export function joinStrips(parts: Strip[]): Strip {
  let adler = 1;
  for (const p of parts) adler = adlerCombine(adler, p.adler, p.length);
  return {
    width: parts[0].width,
    rows: parts.reduce((n, p) => n + p.rows, 0),
    chunk: Buffer.concat(parts.map((p) => p.chunk)),
    adler,
    length: parts.reduce((n, p) => n + p.length, 0),
  };
}

/** A band of rows from `rgba` (width x rows x 4 bytes), filtered and deflated into IDAT chunks. */
export async function stripOf(rgba: Uint8Array, width: number, rows: number): Promise<Strip> {
  const stride = width * 4;
  const perPiece = Math.max(1, Math.floor(PIECE / (stride + 1)));
  const pieces: Promise<Strip>[] = [];
  // A block of no rows still gets one (empty) piece, so every strip has a chunk.
  const count = Math.max(1, Math.ceil(rows / perPiece));
  for (let i = 0; i < count; i++) {
    const top = i * perPiece;
    const n = Math.min(perPiece, rows - top);
    const size = n * (stride + 1);
    const buf = size <= PIECE ? borrow() : Buffer.allocUnsafe(size);
    for (let y = 0; y < n; y++) {
      buf[y * (stride + 1)] = 0;
      buf.set(rgba.subarray((top + y) * stride, (top + y + 1) * stride), y * (stride + 1) + 1);
    }
    pieces.push(deflateBand(buf.subarray(0, size)).then(
      ({ data, adler }) => ({ width, rows: n, chunk: chunk('IDAT', data), adler, length: size }),
    ).finally(() => size <= PIECE && giveBack(buf)));
  }
  return joinStrips(await Promise.all(pieces));
}

/** RGBA bytes of `rows` rows of one opaque `#rrggbb` colour. */
export function solidRgba(width: number, rows: number, hex: string): Buffer {
  const out = Buffer.alloc(width * rows * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  for (let i = 0; i < out.length; i += 4) {
    out[i] = r;
    out[i + 1] = g;
    out[i + 2] = b;
    out[i + 3] = 255;
  }
  return out;
}

/** The first `rows` rows of a strip (the block the screen viewport's fold cuts). */
export function stripHead(strip: Strip, rows: number): Promise<Strip> {
  const parts: Buffer[] = [];
  for (let at = 0; at < strip.chunk.length; ) {
    const len = strip.chunk.readUInt32BE(at);
    parts.push(strip.chunk.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const data = Buffer.concat(parts);
  const filtered = inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
  const stride = strip.width * 4;
  const rgba = Buffer.alloc(rows * stride);
  for (let y = 0; y < rows; y++) filtered.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  return stripOf(rgba, strip.width, rows);
}

/** The PNG of strips stacked top to bottom (all as wide as the first). */
export function assemblePng(strips: Strip[]): Buffer {
  const width = strips[0].width;
  const height = strips.reduce((n, s) => n + s.rows, 0);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filtering (each row says its filter), no interlace
  let adler = 1;
  for (const s of strips) adler = adlerCombine(adler, s.adler, s.length);
  // zlib header for the fastest level (0x78 0x01), then the bands, then an empty final block and the checksum.
  const tail = Buffer.from([0x03, 0x00, adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff]);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x01])), ...strips.map((s) => s.chunk), chunk('IDAT', tail), chunk('IEND', Buffer.alloc(0))]);
}
