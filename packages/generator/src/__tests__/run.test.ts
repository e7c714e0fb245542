import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog, parseDocument } from '@uidsl/dsl';
import { generateDataset, shardCount } from '../run.ts';
import { splitKey } from '../chunk.ts';
import { SPLITS } from '../splits.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'uidsl-gen-'));
const read = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const records = (dir: string, split: string) => readFileSync(join(dir, `${split}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const withoutTiming = (files: Record<string, string>) => ({ ...files, 'report.json': JSON.stringify({ ...JSON.parse(files['report.json']), seconds: 0, pairsPerSecond: 0, options: {} }) });

const COUNT = 3000;
const base = tmp();
const report = await generateDataset({ count: COUNT, seed: 7, outDir: base });

test('writes the three splits and report.json, exactly --count records, none rejected', () => {
  assert.deepEqual(readdirSync(base).sort(), ['report.json', 'test.jsonl', 'train.jsonl', 'val.jsonl']);
  const n = SPLITS.reduce((sum, s) => sum + records(base, s).length, 0);
  assert.equal(n, COUNT);
  assert.equal(report.written, COUNT);
  assert.equal(report.rejected.total, 0);
  assert.deepEqual(JSON.parse(readFileSync(join(base, 'report.json'), 'utf8')).splits, report.splits);
  assert.ok(report.splits.val > COUNT * 0.02 && report.splits.test > COUNT * 0.02, JSON.stringify(report.splits));
});

test('records have the agreed shape and every output is a valid document', () => {
  for (const split of SPLITS) {
    for (const r of records(base, split)) {
      assert.deepEqual(Object.keys(r), ['id', 'instruction', 'output_json_minified', 'meta']);
      assert.equal(typeof r.instruction, 'string');
      const v = parseDocument(r.output_json_minified);
      assert.equal(v.valid, true, r.output_json_minified);
      assert.equal(JSON.stringify(v.doc), r.output_json_minified, 'minified: no whitespace');
      assert.equal(r.meta.page, v.doc!.page.name);
    }
  }
});

test('the same seed writes the same bytes, with one generator, two or three', async () => {
  for (const workers of [2, 3]) {
    const again = tmp();
    await generateDataset({ count: COUNT, seed: 7, outDir: again, workers });
    assert.deepEqual(withoutTiming(read(again)), withoutTiming(read(base)), `${workers} workers`);
  }
  const other = tmp();
  await generateDataset({ count: 200, seed: 8, outDir: other });
  assert.notEqual(read(other)['train.jsonl'].slice(0, 2000), read(base)['train.jsonl'].slice(0, 2000));
});

test('no instruction (nor its punctuation-free form) is in two splits', () => {
  const owner = new Map<string, string>();
  for (const split of SPLITS) {
    for (const r of records(base, split)) {
      for (const key of [r.instruction, `norm:${splitKey(r.instruction)}`]) {
        assert.ok(!owner.has(key) || owner.get(key) === split, `"${key}" in ${owner.get(key)} and ${split}`);
        owner.set(key, split);
      }
    }
  }
});

test('no instruction maps to two documents, nor do two that differ only in spaces and punctuation', () => {
  const docs = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const split of SPLITS) {
    for (const r of records(base, split)) {
      assert.ok(!docs.has(r.instruction), `repeated: ${r.instruction}`);
      docs.set(r.instruction, r.output_json_minified);
      const key = splitKey(r.instruction);
      assert.equal(byKey.get(key) ?? r.output_json_minified, r.output_json_minified, r.instruction);
      byKey.set(key, r.output_json_minified);
    }
  }
});

test('the report covers every page type, theme and section type, with counts that add up', () => {
  assert.deepEqual(Object.keys(report.pages).sort(), Object.keys(catalog.pages).sort());
  assert.deepEqual(Object.keys(report.themes).sort(), Object.keys(catalog.themes).sort());
  assert.deepEqual(Object.keys(report.sectionTypes).sort(), Object.keys(catalog.sections).sort());
  assert.equal(Object.values(report.pages).reduce((a, b) => a + b, 0), COUNT);
  assert.equal(Object.values(report.length.histogram).reduce((a, b) => a + b, 0), COUNT);
  assert.ok(report.length.min > 0 && report.length.min <= report.length.p50 && report.length.p50 <= report.length.max);
  assert.equal(report.distinctInstructions, COUNT);
});

test('a rerun clears leftovers of an interrupted run and rewrites whole files', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'train.jsonl.partial'), '{"half":');
  writeFileSync(join(dir, 'train.jsonl'), 'stale\n');
  await generateDataset({ count: COUNT, seed: 7, outDir: dir });
  assert.equal(readdirSync(dir).some((f) => f.endsWith('.partial')), false);
  assert.deepEqual(withoutTiming(read(dir)), withoutTiming(read(base)));
});

test('sharded: K files per split, and one shard run alone (an Indexed Job) writes the same bytes', async () => {
  const all = tmp();
  const r = await generateDataset({ count: 900, seed: 3, outDir: all, shards: 3 });
  assert.equal(r.written, 900);
  for (const s of SPLITS) for (let k = 0; k < 3; k++) assert.ok(existsSync(join(all, `${s}-0000${k}-of-00003.jsonl`)));
  const one = tmp();
  const r1 = await generateDataset({ count: 900, seed: 3, outDir: one, shards: 3, shardIndex: 1 });
  assert.equal(r1.written, shardCount(900, 1, 3));
  assert.deepEqual(readdirSync(one).sort(), ['report-00001-of-00003.json', 'test-00001-of-00003.jsonl', 'train-00001-of-00003.jsonl', 'val-00001-of-00003.jsonl']);
  for (const s of SPLITS) assert.equal(readFileSync(join(one, `${s}-00001-of-00003.jsonl`), 'utf8'), readFileSync(join(all, `${s}-00001-of-00003.jsonl`), 'utf8'));
});

test('shard shares add up to the count', () => {
  for (const [count, shards] of [[10, 3], [7, 7], [1000, 8], [5, 8]]) {
    assert.equal(Array.from({ length: shards }, (_, k) => shardCount(count, k, shards)).reduce((a, b) => a + b, 0), count);
  }
});

test('bad options are refused before anything is written', async () => {
  await assert.rejects(generateDataset({ count: 0, seed: 1, outDir: tmp() }), /--count/);
  await assert.rejects(generateDataset({ count: 10, seed: 1, outDir: tmp(), shards: 2, shardIndex: 2 }), /--shard-index/);
});

test('the dev set is never copied: none of its descriptions is generated', () => {
  const devPath = process.env.UIDSL_DEV_SET ?? new URL('../../../../../shared/eval/dev.jsonl', import.meta.url).pathname;
  if (!existsSync(devPath)) return;
  const dev = new Set(readFileSync(devPath, 'utf8').trim().split('\n').map((l) => splitKey(JSON.parse(l).instruction)));
  for (const split of SPLITS) for (const r of records(base, split)) assert.ok(!dev.has(splitKey(r.instruction)), r.instruction);
});

test('--exclude holds out the instructions of other files and still writes --count records', async () => {
  // Same seed as `base`: every held-out instruction comes up again and must be skipped.
  const held = [join(base, 'val.jsonl'), join(base, 'test.jsonl')];
  const heldSet = new Set(held.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l).instruction)));
  const dir = tmp();
  const r = await generateDataset({ count: COUNT, seed: 7, outDir: dir, ratios: { train: 1, val: 0, test: 0 }, exclude: held });
  const train = records(dir, 'train');
  assert.equal(train.length, COUNT);
  assert.equal(train.filter((x) => heldSet.has(x.instruction)).length, 0);
  // (At least once: a short instruction can come up twice in one stream, and each time it is skipped.)
  assert.ok(r.heldOut >= heldSet.size, `each held-out instruction was met and skipped (${r.heldOut} skips for ${heldSet.size})`);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).options.exclude, held);
});

test('--exclude names a missing file, or a line without an instruction', async () => {
  await assert.rejects(generateDataset({ count: 10, seed: 1, outDir: tmp(), exclude: ['/nonexistent.jsonl'] }), /--exclude \/nonexistent\.jsonl/);
  const bad = join(tmp(), 'bad.jsonl');
  writeFileSync(bad, '{"instruction":"首页"}\n{"id":2}\n');
  await assert.rejects(generateDataset({ count: 10, seed: 1, outDir: tmp(), exclude: [bad] }), /bad\.jsonl:2: no "instruction" string/);
});
