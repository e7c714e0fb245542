import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minify } from '@uidsl/dsl';
import { Rng } from '../rng.ts';
import { generatePair, type Pair } from '../pair.ts';
import { hash32, hash64 } from '../hash.ts';
import { instructionHashes, splitKey, SPLIT_SEED } from '../split-key.ts';
import { quotedJson } from '../quoted-json.ts';
import { ChunkBuilder, makeChunk, metaJson } from '../chunk.ts';

const rng = new Rng(515);
const pairs: Pair[] = Array.from({ length: 3000 }, () => generatePair(rng));

test('quotedJson is JSON.stringify(minify(doc)) for generated documents and for the escapes it takes a slow path for', () => {
  for (const p of pairs) assert.equal(quotedJson(p.doc), JSON.stringify(minify(p.doc)));
  const odd = { a: 'say "hi"', b: ['back\\slash', 'line\nbreak', 'tab\t', '\u0001'], c: { d: -0.5, e: 1e21, f: true, g: null, h: undefined }, i: [undefined, NaN, Infinity], j: [], k: {} };
  assert.equal(quotedJson(odd), JSON.stringify(JSON.stringify(odd)));
});

test('metaJson is JSON.stringify(meta) for generated pairs', () => {
  for (const p of pairs) assert.equal(metaJson(p.meta), JSON.stringify(p.meta));
});

test('instructionHashes gives hash64 of the instruction and of its split key, on the fast path and the slow one', () => {
  const out = new Uint32Array(4);
  const texts = [...pairs.map((p) => p.instruction), 'Make A HOME page，ＡＢＣ风格', 'ΣΊΣΥΦΟΣ 首页', 'İstanbul 首页', '表情😀首页 ＼  — →', ''];
  for (const text of texts) {
    instructionHashes(text, out, 0);
    assert.deepEqual([out[0], out[1]], hash64(text), text);
    assert.equal(out[3], hash64(splitKey(text), SPLIT_SEED)[0], text);
  }
});

test('hash32 tells apart documents that differ in one character, in either lane', () => {
  const json = JSON.stringify(pairs[0].doc);
  assert.equal(hash32(json), hash32(json.slice()));
  const seen = new Set([hash32(json)]);
  for (let i = 0; i < json.length; i++) {
    const changed = json.slice(0, i) + String.fromCharCode(json.charCodeAt(i) ^ 1) + json.slice(i + 1);
    assert.ok(!seen.has(hash32(changed)), `position ${i}`);
    seen.add(hash32(changed));
  }
  assert.notEqual(hash32('ab'), hash32('abb'));
});

test('a chunk made a few pairs at a time is the chunk made at once, records one a line', () => {
  const whole = makeChunk({ seed: 3, shard: 1, index: 4 }, 200);
  const b = new ChunkBuilder({ seed: 3, shard: 1, index: 4 }, 200);
  assert.throws(() => b.result(), /0 of 200/);
  let steps = 0;
  while (!b.step(7)) steps++;
  assert.equal(steps, 28);
  const parts = b.result();
  assert.deepEqual(Buffer.from(parts.bytes), Buffer.from(whole.bytes));
  assert.deepEqual([parts.ends, parts.hashes, parts.info, parts.lengths], [whole.ends, whole.hashes, whole.info, whole.lengths]);
  const lines = Buffer.from(whole.bytes).toString('utf8').split('\n');
  assert.equal(lines.pop(), '');
  assert.equal(lines.length, 200);
  assert.equal(whole.ends[199], whole.bytes.length);
  const first = JSON.parse(`{${lines[0]}`);
  assert.deepEqual(Object.keys(first), ['instruction', 'output_json_minified', 'meta']);
  assert.deepEqual(Object.keys(JSON.parse(first.output_json_minified)), ['page']);
  assert.deepEqual(Object.keys(first.meta), Object.keys(pairs[0].meta));
});
