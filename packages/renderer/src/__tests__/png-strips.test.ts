import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync, deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';
import { assemblePng, stripOf, stripHead, solidRgba, adlerCombine, tableCrc32 } from '../png-strips.ts';

const noise = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + ((i * i) >> 3)) & 0xff));

/** The concatenated IDAT data of a PNG, inflated by zlib, which checks the stream and its Adler-32. */
function idat(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  return inflateSync(Buffer.concat(parts));
}

test('combining two Adler-32 sums agrees with zlib summing both runs', () => {
  const [a, b] = [noise(70_000, 1), noise(12_345, 2)];
  const adler = (x: Buffer) => deflateSync(x, { level: 0 }).readUInt32BE(deflateSync(x, { level: 0 }).length - 4);
  assert.equal(adlerCombine(adler(a), adler(b), b.length), adler(Buffer.concat([a, b])));
});

test('the CRC-32 for Node versions without zlib.crc32 agrees with zlib', () => {
  for (const data of [Buffer.alloc(0), Buffer.from('IEND', 'latin1'), noise(10_000, 5)]) assert.equal(tableCrc32(data), crc32(data));
});

test('strips compressed apart stack into one valid PNG with every row in place', async () => {
  const w = 37;
  const top = noise(w * 5 * 4, 3);
  const middle = solidRgba(w, 4, '#10A0FF');
  const bottom = noise(w * 9 * 4, 4);
  const png = assemblePng([await stripOf(top, w, 5), await stripOf(middle, w, 4), await stripHead(await stripOf(bottom, w, 9), 6)]);
  assert.equal(idat(png).length, 15 * (w * 4 + 1), 'zlib accepts the stream and its checksum');
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  assert.deepEqual([info.width, info.height, info.channels], [w, 15, 4]);
  assert.ok(data.subarray(0, top.length).equals(top));
  assert.ok(data.subarray(top.length, top.length + middle.length).equals(middle));
  assert.deepEqual([...middle.subarray(0, 4)], [0x10, 0xa0, 0xff, 0xff]);
  assert.ok(data.subarray(top.length + middle.length).equals(bottom.subarray(0, w * 6 * 4)), 'the head of a strip is its first rows');
});
