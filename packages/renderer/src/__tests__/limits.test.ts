import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Section } from '@uidsl/dsl';
import { renderHtml, renderPng, renderSvg, RenderError, LIMITS } from '../index.ts';
import { EVERY_SECTION } from '../samples.ts';
import { pageOf } from './helpers.ts';

const doc = pageOf([{ type: 'banner', props: { title: '标题' } }] as Section[]);
const isCode = (code: string, status: number) => (e: unknown) => e instanceof RenderError && e.code === code && e.status === status;

test('widths outside 320..1280 or not whole are refused', async () => {
  for (const width of [319, 1281, 400.5, 0, -1, Number.NaN]) {
    assert.throws(() => renderHtml(doc, { width }), isCode('RENDER_BAD_OPTION', 400), `width ${width}`);
    await assert.rejects(renderPng(doc, { width }), isCode('RENDER_BAD_OPTION', 400));
  }
  for (const width of [LIMITS.minWidth, LIMITS.maxWidth]) assert.match(renderHtml(doc, { width, font: 'none' }), new RegExp(`width:${width}px`));
});

test('dpr other than 1, 2, 3 and unknown viewports or themes are refused', async () => {
  for (const dpr of [0, 4, 1.5]) await assert.rejects(renderPng(doc, { dpr: dpr as 1 }), isCode('RENDER_BAD_OPTION', 400));
  await assert.rejects(renderSvg(doc, { viewport: 'tablet' as 'full' }), isCode('RENDER_BAD_OPTION', 400));
  assert.throws(() => renderHtml(doc, { theme: 'neon' as 'minimal' }), isCode('RENDER_BAD_OPTION', 400));
  await assert.rejects(renderPng(doc, { rasterizer: 'canvas' as 'skia' }), isCode('RENDER_BAD_OPTION', 400));
});

test('an image over the pixel budget is refused with 413', async () => {
  const tall = pageOf([...EVERY_SECTION, ...EVERY_SECTION.slice(0, 3)] as Section[]);
  await assert.rejects(renderPng(tall, { width: 1280, dpr: 3 }), isCode('RENDER_TOO_LARGE', 413));
  await assert.rejects(renderPng(tall, { width: 1280, dpr: 3, rasterizer: 'sharp' }), isCode('RENDER_TOO_LARGE', 413));
  // The same page fits as a phone screen.
  assert.ok((await renderPng(tall, { viewport: 'screen', dpr: 3 })).length > 0);
});

test('the theme option overrides the document theme', () => {
  const html = renderHtml(pageOf([{ type: 'text', props: { body: 'x' } }] as Section[], 'minimal'), { theme: 'obsidian-gold', font: 'none' });
  assert.match(html, /background:#0E0E0E/);
});

test('refused documents carry every issue the validator found', () => {
  try {
    renderHtml({ page: { name: 'nope', theme: 'minimal', sections: [{ type: 'tabs', props: { items: [], active: 3 } }] } });
    assert.fail('rendered an invalid document');
  } catch (e) {
    assert.ok(e instanceof RenderError);
    assert.ok(e.issues.length >= 2);
    assert.ok(e.issues.some((i) => i.path === 'page.name'));
  }
});
