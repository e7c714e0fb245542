import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { Section } from '@uidsl/dsl';
import { renderPng, renderSvg, renderHtml } from '../index.ts';
import { subsetFont, fontData, subsetKey } from '../font.ts';
import { pageOf } from './helpers.ts';

const textPage = (body: string) => pageOf([{ type: 'text', props: { title: body, body } }] as Section[], 'minimal');

test('Chinese text is drawn as real glyphs: different words give different pixels', async () => {
  // Missing glyphs would all be the same box, so two different words would give the same image.
  const [a, b] = await Promise.all(['中文字体', '汉字渲染'].map(async (w) => sharp(await renderPng(textPage(w))).raw().toBuffer()));
  assert.equal(a.length, b.length);
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
  assert.ok(differing > 200, `only ${differing} bytes differ`);
});

test('the SVG carries text as paths, so it needs no font where it is opened', async () => {
  const svg = await renderSvg(textPage('中文'));
  assert.ok(!/<text\b/.test(svg));
  assert.ok((svg.match(/<path/g) ?? []).length >= 2, 'the title and body as paths');
});

test('the HTML embeds a subset of the font holding the page characters', () => {
  const html = renderHtml(textPage('中文'));
  const faces = [...html.matchAll(/@font-face\{[^}]*base64,([A-Za-z0-9+/=]+)/g)];
  assert.equal(faces.length, 2, 'regular and bold');
  const size = Buffer.from(faces[0][1], 'base64').length;
  assert.ok(size > 1000 && size < 200_000, `subset of ${size} bytes`);
  assert.ok(size < fontData(400).length / 20);
});

test('a subset grows with the characters it must hold', () => {
  const small = subsetFont(400, '中');
  const large = subsetFont(400, '中文字体渲染测试一二三四五六七八九十');
  assert.equal(small.readUInt32BE(0), 0x00010000, 'a TrueType file');
  assert.ok(large.length > small.length);
});

test('pages that differ only in numbers share one font subset; new letters or Chinese characters get their own', () => {
  assert.equal(subsetKey('价格 ¥12.50'), subsetKey('价格 ¥99 -10%'));
  assert.equal(subsetKey('价格 ¥12.50'), '¥价格');
  assert.notEqual(subsetKey('价格 ¥12.50'), subsetKey('价钱 ¥12.50'));
  assert.equal(subsetKey('价格 ¥99 Pro'), 'Por¥价格');
});

test('a subset holds the letters a page uses, not the whole alphabet', () => {
  const digits = subsetFont(400, subsetKey('价格 ¥12.50'));
  const letters = subsetFont(400, subsetKey('价格 ¥12.50 VIP'));
  const alphabet = subsetFont(400, subsetKey('价格 ¥12.50 ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'));
  assert.ok(digits.length < letters.length && letters.length < alphabet.length, `${digits.length} < ${letters.length} < ${alphabet.length}`);
});
