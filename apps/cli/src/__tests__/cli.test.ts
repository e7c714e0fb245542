import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/uidsl.mjs', import.meta.url));
const uidsl = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'uidsl-cli-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const good = { page: { name: 'home_page', theme: 'minimal', sections: [{ type: 'topbar', props: { title: '首页' } }] } };

test('uidsl with no command prints usage and exits 2; an unknown command exits 2', () => {
  const none = uidsl();
  assert.equal(none.code, 2);
  assert.match(none.out, /data generate/);
  assert.equal(uidsl('frobnicate').code, 2);
  assert.equal(uidsl('--help').code, 0);
});

test('validate: a valid document exits 0', () => {
  const r = uidsl('validate', file('good.json', JSON.stringify(good)));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /1 document checked, 0 invalid/);
});

test('validate: an invalid document exits 1 and names each path and code', () => {
  const bad = { page: { name: 'home_page', theme: 'neon', sections: [{ type: 'tabs', props: { items: ['a'], active: 4 } }] } };
  const r = uidsl('validate', file('bad.json', JSON.stringify(bad)));
  assert.equal(r.code, 1);
  assert.match(r.out, /bad\.json: page\.theme: must be one of .* \[DSL_NOT_ALLOWED\]/);
  const semantic = uidsl('validate', file('bad2.json', JSON.stringify({ ...good, page: { ...good.page, sections: [{ type: 'tabs', props: { items: ['a'], active: 4 } }] } })));
  assert.equal(semantic.code, 1);
  assert.match(semantic.out, /page\.sections\[0\]\.props\.active: .*\[DSL_INDEX_OUT_OF_RANGE\]/);
});

test('validate: broken JSON exits 1 with an INVALID_JSON issue', () => {
  const r = uidsl('validate', file('broken.json', '{"page":'));
  assert.equal(r.code, 1);
  assert.match(r.out, /DSL_INVALID_JSON/);
});

test('validate: JSONL records point at the failing line', () => {
  const rec = (doc: unknown) => JSON.stringify({ id: 'x', instruction: '首页', output_json_minified: JSON.stringify(doc), meta: {} });
  const p = file('records.jsonl', [rec(good), rec({ page: { ...good.page, name: 'nope' } }), JSON.stringify(good), 'not json'].join('\n') + '\n');
  const r = uidsl('validate', p);
  assert.equal(r.code, 1);
  assert.match(r.out, /records\.jsonl:2: page\.name: /);
  assert.match(r.out, /records\.jsonl:4: .*DSL_INVALID_JSON/);
  assert.doesNotMatch(r.out, /records\.jsonl:[13]:/);
  assert.match(r.err, /4 documents checked, 2 invalid/);
});

test('validate: usage errors exit 2 (no file, missing file, unknown option)', () => {
  assert.equal(uidsl('validate').code, 2);
  assert.equal(uidsl('validate', join(dir, 'missing.json')).code, 2);
  assert.equal(uidsl('validate', '--bogus', join(dir, 'good.json')).code, 2);
});

test('data generate: bad options exit 2 and write nothing', () => {
  const out = join(dir, 'never');
  for (const args of [[], ['--out', out, '--count', '0'], ['--out', out, '--count', 'ten'], ['--out', out, '--shards', '2', '--shard-index', '2'], ['--out', out, '--split', '1,2'], ['--out', out, '--wat']]) {
    const r = uidsl('data', 'generate', ...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /uidsl data generate: /);
  }
  assert.throws(() => readdirSync(out));
});

test('data generate: writes a dataset that validate accepts, with a plain progress line off a terminal', () => {
  const out = join(dir, 'ds');
  const r = uidsl('data', 'generate', '--count', '300', '--seed', '2', '--out', out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /wrote 300 records/);
  assert.match(r.out, /section types \(21\)/);
  assert.match(r.err, /generating: 300\/300 pairs \(100%\), \d+ pairs\/s/);
  assert.deepEqual(readdirSync(out).sort(), ['report.json', 'test.jsonl', 'train.jsonl', 'val.jsonl']);
  assert.equal(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).written, 300);
  assert.equal(uidsl('validate', join(out, 'train.jsonl')).code, 0);
});

test('eval: a split with no records, or a line that is not a record, exits 2 naming the file and line', () => {
  const empty = uidsl('eval', '--in', file('empty.jsonl', '\n'), '--no-dev');
  assert.equal(empty.code, 2);
  assert.match(empty.err, /empty\.jsonl holds no records/);
  const rec = JSON.stringify({ id: 1, instruction: '首页', output_json_minified: JSON.stringify(good) });
  const broken = uidsl('eval', '--in', file('broken.jsonl', `${rec}\n{"id": 2,\n`), '--no-dev');
  assert.equal(broken.code, 2);
  assert.match(broken.err, /broken\.jsonl:2: not JSON/);
  const noOutput = uidsl('eval', '--in', file('no-output.jsonl', `${rec}\n${JSON.stringify({ id: 2, instruction: '首页' })}\n`), '--no-dev');
  assert.equal(noOutput.code, 2);
  assert.match(noOutput.err, /no-output\.jsonl:2: "output_json_minified" must be a string/);
});
