import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { Section } from '@uidsl/dsl';
import { renderPng } from '../png.ts';
import { h } from 'vue';
import { resolve } from '../options.ts';
import { UiPage } from '../page.ts';
import { toSatori, type SatoriElement } from '../satori-tree.ts';
import { layout } from '../layout.ts';
import { paint } from '../paint.ts';
import { newCanvas } from '../skia.ts';
import { assemblePng, stripOf } from '../png-strips.ts';
import { clearTiles, tileKey } from '../tiles.ts';
import { lookOf } from '../theme.ts';
import { everySectionPage, usualPage } from '../samples.ts';
import { pageOf } from './helpers.ts';

async function meanDiff(a: Buffer, b: Buffer) {
  const [x, y] = await Promise.all([a, b].map((p) => sharp(p).removeAlpha().raw().toBuffer({ resolveWithObject: true })));
  assert.deepEqual([x.info.width, x.info.height], [y.info.width, y.info.height], 'same size');
  let d = 0;
  for (let i = 0; i < x.data.length; i++) d += Math.abs(x.data[i] - y.data[i]);
  return d / x.data.length;
}

/** The page laid out and painted as one tree, on one canvas. */
async function wholePage(doc: unknown, dpr: 1 | 2): Promise<Buffer> {
  const r = resolve(doc, { dpr });
  const box = layout(toSatori(h(UiPage, { doc: r.doc, theme: r.theme, width: r.width }))[0] as SatoriElement, r.width);
  const [w, rows] = [r.width * dpr, Math.round(box.height) * dpr];
  const canvas = newCanvas(w, rows);
  const ctx = canvas.getContext('2d');
  ctx.scale(dpr, dpr);
  paint(ctx, box, dpr);
  return assemblePng([await stripOf(canvas.data(), w, rows)]);
}

test('stacked section blocks give the same pixels as drawing the whole page at once', async () => {
  for (const [doc, dpr] of [[everySectionPage('forest-green'), 1], [usualPage('home_page', 'obsidian-gold'), 2]] as const) {
    clearTiles();
    const tiled = await renderPng(doc, { dpr });
    const whole = await wholePage(doc, dpr);
    assert.ok((await meanDiff(tiled, whole)) < 0.05, doc.page.name);
  }
});

test('a cached block is reused only for the same section in the same look', async () => {
  const a: Section = { type: 'banner', props: { title: '甲' } };
  const look = lookOf(pageOf([a], 'minimal'), 'minimal', 375);
  assert.equal(tileKey(a, look), tileKey({ type: 'banner', props: { title: '甲' } }, look));
  assert.notEqual(tileKey(a, look), tileKey({ type: 'banner', props: { title: '乙' } }, look));
  assert.notEqual(tileKey(a, look), tileKey(a, lookOf(pageOf([a], 'minimal', { layout: { bg: '#000000' } }), 'minimal', 375)));
  assert.notEqual(tileKey(a, look), tileKey(a, lookOf(pageOf([a], 'minimal'), 'minimal', 400)));
  // Rendering again from the cache gives the very same image as from scratch.
  const doc = pageOf([a, { type: 'cta', props: { text: '确定' } }] as Section[], 'sunset-orange');
  clearTiles();
  const first = await renderPng(doc, { dpr: 2 });
  assert.ok((await renderPng(doc, { dpr: 2 })).equals(first));
});

test('the screen viewport stops drawing at the fold', async () => {
  const doc = everySectionPage('minimal');
  const png = await renderPng(doc, { viewport: 'screen', dpr: 1 });
  const full = await renderPng(doc, { dpr: 1 });
  const top = await sharp(full).extract({ left: 0, top: 0, width: 375, height: 812 }).png().toBuffer();
  assert.ok((await meanDiff(png, top)) < 0.05);
});
