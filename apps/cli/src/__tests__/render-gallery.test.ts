import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const BIN = fileURLToPath(new URL('../../bin/uidsl.mjs', import.meta.url));
const uidsl = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'uidsl-render-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const doc = { page: { name: 'detail_page', theme: 'minimal', sections: [{ type: 'topbar', props: { title: '商品详情' } }, { type: 'cta', props: { text: '立即购买' } }] } };
const docFile = file('doc.json', JSON.stringify(doc));

test('render: html to stdout, with --theme overriding the document theme', () => {
  const r = uidsl('render', docFile, '--theme', 'obsidian-gold');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^<!doctype html>/);
  assert.match(r.out, /商品详情/);
  assert.match(r.out, /background:#0E0E0E/);
});

test('render: png to a file at the asked width and dpr; the format follows the extension', async () => {
  const out = join(dir, 'page.png');
  const r = uidsl('render', docFile, '--out', out, '--width', '400', '--dpr', '2');
  assert.equal(r.code, 0, r.err);
  const meta = await sharp(readFileSync(out)).metadata();
  assert.equal(meta.format, 'png');
  assert.equal(meta.width, 800);
});

test('render: the sharp rasterizer draws the same page at the same size; an unknown one is a usage error', async () => {
  const [skia, viaSharp] = [join(dir, 'skia.png'), join(dir, 'sharp.png')];
  assert.equal(uidsl('render', docFile, '--out', skia).code, 0);
  const r = uidsl('render', docFile, '--out', viaSharp, '--rasterizer', 'sharp');
  assert.equal(r.code, 0, r.err);
  const [a, b] = await Promise.all([skia, viaSharp].map((f) => sharp(readFileSync(f)).removeAlpha().raw().toBuffer({ resolveWithObject: true })));
  assert.deepEqual([b.info.width, b.info.height], [a.info.width, a.info.height]);
  let diff = 0;
  for (let i = 0; i < a.data.length; i++) diff += Math.abs(a.data[i] - b.data[i]);
  assert.ok(diff / a.data.length < 8, `mean difference ${diff / a.data.length}`);
  assert.equal(uidsl('render', docFile, '--out', skia, '--rasterizer', 'canvas').code, 2);
});

test('render: vue and svg formats', () => {
  assert.match(uidsl('render', docFile, '--format', 'vue').out, /<template>[\s\S]*<style scoped>/);
  assert.match(uidsl('render', docFile, '--format', 'svg', '--viewport', 'screen').out, /^<svg width="375" height="812"/);
});

test('render: bad options exit 2, an invalid document exits 1 with its paths', () => {
  assert.equal(uidsl('render', docFile, '--format', 'gif').code, 2);
  assert.equal(uidsl('render', docFile, '--theme', 'neon').code, 2);
  assert.equal(uidsl('render', docFile, '--width', '5000').code, 2);
  assert.equal(uidsl('render', join(dir, 'missing.json')).code, 2);
  const bad = uidsl('render', file('bad.json', JSON.stringify({ page: { ...doc.page, theme: 'neon' } })));
  assert.equal(bad.code, 1);
  assert.match(bad.err, /page\.theme/);
});

test('gallery: a contact sheet of records and bare documents across themes, invalid lines skipped', () => {
  const record = { id: 'r1', instruction: '简约 商品详情页', output_json_minified: JSON.stringify(doc), meta: {} };
  const jsonl = file('in.jsonl', [JSON.stringify(record), JSON.stringify(doc), '{"page":1}', 'not json', ''].join('\n'));
  const out = join(dir, 'gallery');
  const r = uidsl('gallery', '--in', jsonl, '--out', out, '--themes', 'minimal,tech-purple');
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /2 documents x 2 themes, 2 invalid lines skipped/);
  assert.equal(readdirSync(join(out, 'png')).length, 4);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.equal((html.match(/<img /g) ?? []).length, 4);
  assert.match(html, /简约 商品详情页/);
  assert.equal(uidsl('gallery', '--in', file('none.jsonl', 'x\n'), '--out', out).code, 1);
  assert.equal(uidsl('gallery', '--in', jsonl).code, 2);
});
